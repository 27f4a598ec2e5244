// Read aloud, observed at the browser API: the test wraps speechSynthesis.speak inside the
// content script's own isolated world (found over the DevTools protocol), so it sees exactly
// what Relais asked the browser to say, in which language, with which voice. Nothing in Rust or
// in the extension is stubbed. Chromium runs with --enable-speech-dispatcher and Debian's
// espeak-ng voices, which have Arabic and French but no Pashto: the "no voice" path is real.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium({ speech: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Wraps speechSynthesis.speak in Relais's isolated world; returns a reader of the calls. */
async function watchSpeech(page) {
  const cdp = await browser.ctx.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 3000;
  let world;
  while (!(world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Relais')) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(world, 'Relais content-script world not found');
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `globalThis.__spoken = [];
      const original = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (u) => { __spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); return original(u); };`,
  });
  return async () => (await cdp.send('Runtime.evaluate', { contextId: world.id, expression: 'JSON.stringify(__spoken)', returnByValue: true })).result.value;
}

test('Arabic: a label and an explanation are spoken in Arabic, by keyboard', async () => {
  await setSettings(browser.sw, { lang: 'ar' });
  const { page, errors } = await openWithOverlay(browser.ctx, server.url('anef', '/portals/anef-login/'));
  const spoken = await watchSpeech(page);
  const host = page.locator('.relais-overlay[data-relais-kind="label"][data-relais-concept="identifiant"]').first();
  const label = (await host.locator('.relais-term').first().textContent()).trim();
  await host.locator('button.relais-speak-button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => true);
  let calls = [];
  for (let i = 0; i < 100 && !calls.length; i++) { await page.waitForTimeout(100); calls = JSON.parse(await spoken()); }
  assert.equal(calls.length, 1, 'speak was not called');
  assert.equal(calls[0].text, label);
  assert.match(calls[0].lang, /^ar/);
  // The explanation popover reads the label and its explanation.
  await host.locator('button.relais-explain-button').first().click();
  const pop = page.locator('.relais-popover[data-relais-concept="identifiant"]');
  await pop.locator('button.relais-speak-button').click();
  for (let i = 0; i < 100 && calls.length < 2; i++) { await page.waitForTimeout(100); calls = JSON.parse(await spoken()); }
  assert.equal(calls.length, 2);
  assert.ok(calls[1].text.startsWith(label) && calls[1].text.length > label.length + 20, `explanation not read: ${calls[1].text}`);
  assert.match(calls[1].lang, /^ar/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Pashto: no voice on this computer, said plainly, French offered', async () => {
  await setSettings(browser.sw, { lang: 'ps' });
  const { page, errors } = await openWithOverlay(browser.ctx, server.url('anef', '/portals/anef-login/'));
  const spoken = await watchSpeech(page);
  const host = page.locator('.relais-overlay[data-relais-kind="label"][data-relais-concept="identifiant"]').first();
  await host.locator('button.relais-speak-button').click();
  const note = host.locator('.relais-no-voice');
  await note.waitFor({ timeout: 5000 });
  assert.equal(await note.getAttribute('role'), 'status');
  assert.equal(await note.getAttribute('lang'), 'ps');
  assert.deepEqual(JSON.parse(await spoken()), [], 'nothing may be spoken with a wrong voice');
  await note.locator('button').click();
  let calls = [];
  for (let i = 0; i < 100 && !calls.length; i++) { await page.waitForTimeout(100); calls = JSON.parse(await spoken()); }
  assert.equal(calls.length, 1);
  assert.match(calls[0].lang, /^fr/);
  assert.match(calls[0].text, /identifiant/i);
  assert.deepEqual(errors, []);
  await page.close();
});
