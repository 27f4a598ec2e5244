// Read aloud, observed at the browser API: the test wraps speechSynthesis.speak inside the
// content scripts' own world (Chromium: the isolated world "Relais", over the DevTools protocol;
// Firefox ESR: the content-script sandbox, over Firefox's Remote Debugging Protocol; lib/pair.mjs),
// so it sees exactly what Relais asked the browser to say, in which language, with which voice.
// Nothing in Rust or in the extension is stubbed. One body, run in each browser.
//
// Voices. Chromium runs with --enable-speech-dispatcher and Debian's espeak-ng voices, which have
// Arabic and French but no Pashto: the "no voice" path is real. Firefox ESR's speech-dispatcher
// backend lists no voice in this headless setup (a daemon of the run's own answering
// `spd-say -L` with espeak-ng's voices, speechSynthesis.getVoices() stays empty), so Firefox runs
// with its own test voices (`media.webspeech.synth.test`: English, French (fr-CA), Spanish,
// Italian; real SpeechSynthesisVoice objects of its synthesis registry). They have no Arabic: in
// Firefox the first test speaks English instead of Arabic (the same assertions: the label and the
// explanation by keyboard, in the person's language); the Pashto test is the same in both.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { BROWSERS, LABEL, launch } from './lib/pair.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

const WRAP = `(() => {
  globalThis.__spoken = [];
  const synth = globalThis.speechSynthesis;
  const original = synth.speak.bind(synth);
  synth.speak = (u) => { globalThis.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); return original(u); };
  return true;
})()`;

/** Wraps speechSynthesis.speak in Relais's own world; returns a reader of the calls and a closer. */
async function watchSpeech(b, page) {
  const world = await b.contentScript(page);
  assert.equal(await world.evaluate(WRAP), true);
  return { spoken: () => world.evaluate('globalThis.__spoken'), close: () => world.close() };
}

const LABEL_HOST = '.relais-overlay[data-relais-kind="label"][data-relais-concept="identifiant"]';

for (const name of BROWSERS) {
  describe(LABEL[name], () => {
    let b;
    before(async () => {
      b = await launch(name, { speech: true });
    });
    after(async () => {
      await b?.close();
    });

    // The person's language with a voice on this computer (see above).
    const lang = name === 'chromium' ? 'ar' : 'en';
    test(`${lang === 'ar' ? 'Arabic' : 'English'}: a label and an explanation are spoken in that language, by keyboard`, async () => {
      await b.setSettings({ lang });
      const page = await b.open(server.url('anef', '/portals/anef-login/'));
      const { spoken, close } = await watchSpeech(b, page);
      // What the overlay shows: the full translation, else the key word.
      const shown = (await page.on(LABEL_HOST, (h) => (h.querySelector('.relais-translation') ?? h.querySelector('.relais-term')).textContent)).trim();
      await page.on(LABEL_HOST, (h) => h.querySelector('button.relais-speak-button').focus());
      await page.press('Enter');
      let calls = [];
      for (let i = 0; i < 100 && !calls.length; i++) { await page.wait(100); calls = await spoken(); }
      assert.equal(calls.length, 1, 'speak was not called');
      assert.equal(calls[0].text, shown);
      assert.match(calls[0].lang, new RegExp(`^${lang}`));
      assert.ok(calls[0].voice, 'spoken without a voice');
      console.log(`${b.label}: spoken in ${lang} with the voice ${calls[0].voice}`);
      // The explanation popover reads the concept's label and its explanation.
      await page.click(`${LABEL_HOST} button.relais-explain-button`);
      const pop = '.relais-popover[data-relais-concept="identifiant"]';
      await page.waitForElement(pop);
      const title = (await page.text(`${pop} .relais-pop-title`)).trim();
      await page.click(`${pop} button.relais-speak-button`);
      for (let i = 0; i < 100 && calls.length < 2; i++) { await page.wait(100); calls = await spoken(); }
      assert.equal(calls.length, 2);
      assert.ok(title && calls[1].text.startsWith(title) && calls[1].text.length > title.length + 20, `explanation not read: ${calls[1].text}`);
      assert.match(calls[1].lang, new RegExp(`^${lang}`));
      assert.deepEqual(page.errors, []);
      await close();
      await page.close();
    });

    test('Pashto: no voice on this computer, said plainly, French offered', async () => {
      await b.setSettings({ lang: 'ps' });
      const page = await b.open(server.url('anef', '/portals/anef-login/'));
      const { spoken, close } = await watchSpeech(b, page);
      await page.click(`${LABEL_HOST} button.relais-speak-button`);
      const note = `${LABEL_HOST} .relais-no-voice`;
      await page.waitForElement(note, 5000);
      assert.equal(await page.attr(note, 'role'), 'status');
      assert.equal(await page.attr(note, 'lang'), 'ps');
      assert.deepEqual(await spoken(), [], 'nothing may be spoken with a wrong voice');
      await page.click(`${note} button`);
      let calls = [];
      for (let i = 0; i < 100 && !calls.length; i++) { await page.wait(100); calls = await spoken(); }
      assert.equal(calls.length, 1);
      assert.match(calls[0].lang, /^fr/);
      assert.match(calls[0].text, /identifiant/i);
      assert.ok(calls[0].voice, 'spoken without a voice');
      assert.deepEqual(page.errors, []);
      await close();
      await page.close();
    });
  });
}
