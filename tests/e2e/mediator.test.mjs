// Mediator mode end to end (issue #6): a session for a person who reads Tigrinya, side by side
// with French on a fixture form, a ring on the field being filled, notes, phrase cards opened and
// closed by keyboard, the end of the session without keeping anything (every storage area and
// IndexedDB database is read afterwards), then a session in Arabic kept in a profile protected by
// a passphrase (the raw stored bytes hold no plaintext; a wrong passphrase changes nothing; the
// right one opens the journal again). axe-core on the bar, the mediator page and a card. In
// Firefox ESR: a session side by side, the bar's keyboard command and a phrase card by keyboard,
// its journal sealed, kept in a profile, a wrong passphrase refused, the profile reopened and deleted with its database (the browser's own traces of a
// session: forensic.test.mjs, in both browsers).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { axe, inRelais } from './lib/page-checks.mjs';
import { answerDialogs, everything, launchProfile as launch, openPortal, waitRecorded } from './lib/pair.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
const NOTE = 'NOTE-SECRETE-7391 : la personne revient jeudi avec son récépissé';
const PASS = 'cheval agrafe batterie';
let server;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/** A storage dump as one searchable text (binary values are already spelled out). */
function searchable(dump) {
  return JSON.stringify(dump);
}

/** The text of the journal page (or of one of its parts) as it shows the open journal. */
async function journalText(b, selector = 'main') {
  const jp = await b.ctx.newPage();
  await jp.goto(`chrome-extension://${b.extensionId}/pages/journal/journal.html`);
  await jp.waitForFunction(() => document.body.dataset.ready === 'true');
  const text = await jp.textContent(selector);
  await jp.close();
  return text;
}

async function mediatorPage(b, hash = '') {
  const page = await b.ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html${hash}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return { page, errors };
}

async function startSession(b, lang) {
  const { page } = await mediatorPage(b);
  await page.selectOption('#lang', lang);
  await page.click('#start');
  await page.waitForFunction((l) => !document.getElementById('notes').hidden && document.body.dataset.phrasesLang === l, lang);
  return page;
}

/** Fills the CAF fixture form by keyboard, as a person would, and returns the values. */
async function fillForm(page) {
  await page.focus('#numero-allocataire');
  await page.keyboard.type('1234567');
  // (Tab would stop on the overlay's own buttons first: "?" and "read aloud" of the next label.)
  await page.focus('#code-confidentiel');
  await page.keyboard.type('secret42');
  return page.evaluate(() => ({ n: document.getElementById('numero-allocataire').value, p: document.getElementById('code-confidentiel').value }));
}

async function checkSideBySide(page, lang, shot) {
  await page.waitForTimeout(300); // the ring glides to the field in 0.12 s
  const view = await page.evaluate((l) => {
    const html = document.documentElement;
    // Inside the hosts' roots (inspect build: open); mediator mode is on each root's top element.
    const overlays = relaisDom.all('.relais-overlay[data-relais-kind="label"]');
    const modes = relaisDom.all('.relais-overlay').map((o) => o.dataset.relaisMode ?? null);
    // An item is a key word (.relais-term beside .relais-term-fr) or a full translation
    // (.relais-translation beside the French text, .relais-text-fr).
    const pairs = overlays.flatMap((o) => [...o.querySelectorAll('.relais-item')]).map((item) => {
      const fr = item.querySelector('.relais-term-fr[lang="fr"], .relais-text-fr[lang="fr"]');
      const tr = item.querySelector(`.relais-term[lang="${l}"], .relais-translation[lang="${l}"]`);
      return { fr: fr?.textContent ?? null, tr: tr?.textContent ?? null, frBox: fr?.getBoundingClientRect().toJSON(), trBox: tr?.getBoundingClientRect().toJSON() };
    });
    const ring = relaisDom.one('.relais-focus')?.getBoundingClientRect().toJSON();
    const field = document.activeElement.closest('.fr-input-group')?.getBoundingClientRect().toJSON();
    const bar = relaisDom.one('.relais-mediator-bar');
    // The page's own DOM: the hosts and <html> (but the inspect build's state attributes).
    const hostAttributes = [...document.querySelectorAll('relais-overlay, relais-layer')].reduce((n, h) => n + h.attributes.length, 0);
    const scrollPadding = getComputedStyle(html).scrollPaddingBottom;
    return { mediator: html.dataset.relaisMediator, modes, pairs, ring, field, hostAttributes, scrollPadding, bar: bar ? { lang: bar.lang, box: bar.getBoundingClientRect().toJSON(), text: bar.textContent } : null };
  }, lang);
  assert.equal(view.mediator, 'on');
  assert.ok(view.modes.length && view.modes.every((m) => m === 'mediator'), `mediator mode inside every root: ${view.modes}`);
  assert.equal(view.hostAttributes, 0, 'a host element carries attributes');
  assert.equal(view.scrollPadding, 'auto', 'a style on the page\'s <html> says a session is on');
  assert.ok(view.pairs.length >= 2, `side-by-side overlays: ${JSON.stringify(view.pairs)}`);
  for (const p of view.pairs) {
    assert.ok(p.fr && p.tr, `French and ${lang} in every overlay item: ${JSON.stringify(p)}`);
    assert.notEqual(p.fr, p.tr);
    // Side by side: the two boxes share a row, or (a full translation in a narrow overlay) the
    // translation comes right under the French, in reading order.
    const row = Math.abs(p.frBox.top - p.trBox.top) < p.frBox.height;
    const under = p.trBox.top >= p.frBox.bottom - 1 && p.trBox.top - p.frBox.bottom < 8 && Math.abs(p.trBox.left - p.frBox.left) < 4;
    assert.ok(row || under, `not side by side: ${JSON.stringify(p)}`);
  }
  // The ring surrounds the field group being filled.
  assert.ok(view.ring && view.field, 'no focus ring');
  assert.ok(view.ring.left <= view.field.left && view.ring.top <= view.field.top
    && view.ring.right >= view.field.right && view.ring.bottom >= view.field.bottom, `ring ${JSON.stringify(view.ring)} field ${JSON.stringify(view.field)}`);
  assert.ok(view.bar, 'no mediator bar');
  await page.screenshot({ path: join(OUT, shot), fullPage: false });
  return view;
}

test('mediator session: side by side, ring, notes, cards by keyboard, nothing left behind, encrypted profile', async () => {
  const b = await launchChromium({ speech: true });
  try {
    await setSettings(b.sw, { lang: 'en' }); // the mediator's own language on this computer
    const before = await everything(b.sw);

    // ---- 1. A session in Tigrinya -----------------------------------------------------------
    const desk = await startSession(b, 'ti');
    assert.equal(Number(await desk.evaluate(() => document.body.dataset.phrases)) >= 40, true, 'at least 40 phrase cards');
    const tiCard = await desk.evaluate(() => document.querySelector('button.phrase .text')?.lang);
    assert.equal(tiCard, 'ti', 'the cards are in Tigrinya');

    const { page, errors } = await openWithOverlay(b.ctx, server.url('caf', '/portals/caf-declaration/'));
    const values = await fillForm(page);
    assert.deepEqual(values, { n: '1234567', p: 'secret42' }, 'the overlay changed what the person typed');
    await page.focus('#numero-allocataire');
    const ti = await checkSideBySide(page, 'ti', 'mediator-ti.png');
    assert.equal(ti.bar.lang, 'en', 'the bar speaks the mediator\'s language');
    assert.match(ti.bar.text, /ትግርኛ/, 'the bar names the person\'s language');
    // The bar never hides a field: the last field, reached by keyboard focus, ends above it.
    await page.evaluate(() => {
      scrollTo(0, 0);
      const fields = [...document.querySelectorAll('input, select, textarea, button')].filter((f) => f.offsetParent);
      fields.at(-1).focus();
    });
    await page.waitForTimeout(200); // the browser scrolls the field into view, then Relais clears it of the bar
    const hidden = await page.evaluate(() => {
      const bar = relaisDom.one('.relais-mediator-bar').getBoundingClientRect();
      const last = document.activeElement;
      const r = last.getBoundingClientRect();
      return r.bottom > bar.top + 1 ? { field: last.outerHTML.slice(0, 80), bottom: r.bottom, bar: bar.top } : null;
    });
    assert.equal(hidden, null, `the bar hides a field: ${JSON.stringify(hidden)}`);

    // Keyboard: the bar's buttons are buttons; "A+" makes the overlay text larger.
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(relaisDom.one('.relais-overlay')).fontSize));
    const small = await size();
    await page.focus('.relais-mediator-bar button[data-relais-action="larger"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.dataset.relaisScale === '2');
    await page.waitForFunction(() => document.documentElement.dataset.relais === 'ready' && relaisDom.one('.relais-overlay[data-relais-scale="2"]'));
    assert.ok((await size()) > small, 'A+ did not enlarge the overlay');
    // "Read this field aloud" without a field says what to do; with one it speaks (no voice for
    // Tigrinya: it says so and reads the French).
    await page.focus('#numero-allocataire');
    await page.click('.relais-mediator-bar button[data-relais-action="read"]');
    await page.waitForFunction(() => relaisDom.one('.relais-mediator-bar .relais-bar-status')?.textContent.length > 0);

    // The keyboard shortcut's effect during a session: focus goes to the bar (sent as the
    // background's command handler sends it; headless browsers cannot press extension commands).
    const focused = await b.sw.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.tabs.sendMessage(tab.id, { type: 'mediator.focus' });
    }, page.url());
    assert.equal(focused, true);
    assert.equal(await page.evaluate(() => relaisDom.active()?.closest('.relais-mediator-bar') != null), true, 'focus is not in the bar');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => relaisDom.active()?.dataset.relaisAction), 'smaller', 'Tab does not move along the bar');

    // axe: the bar and the overlays add no violation.
    const v = await axe(page, { include: [inRelais('.relais-mediator-bar', 'relais-layer'), inRelais('.relais-overlay')] });
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));

    // A failure met during the session goes to the session's journal.
    const { page: full } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await full.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 5000 });
    await full.close();
    const during = await everything(b.sw);
    assert.ok(during.databases['relais-session'], 'no session journal');
    // Sealed with the session's key: nothing of it in clear, yet the journal page reads it.
    assert.equal(searchable(during.databases['relais-session']).includes('plage horaire'), false, 'the session journal is stored in clear');
    assert.match(await journalText(b), /plage horaire/);
    assert.equal(searchable(during.databases['relais-journal'] ?? {}).includes('plage horaire'), false, 'the session wrote into the computer\'s journal');

    // Notes, on the mediator page.
    await desk.bringToFront();
    await desk.fill('#notes-text', NOTE);
    await desk.waitForFunction(() => document.getElementById('notes-saved').textContent.length > 0);
    assert.match(JSON.stringify(await b.sw.evaluate(() => chrome.storage.session.get(null))), /NOTE-SECRETE-7391/);

    // A phrase card by keyboard: Enter opens it full-screen, Escape closes it, focus returns.
    await desk.focus('button.phrase[data-card="phrase-appointment-no-slot"]');
    await desk.keyboard.press('Enter');
    await desk.waitForFunction(() => document.getElementById('card').open);
    const card = await desk.evaluate(() => ({ text: document.getElementById('card-text').textContent, lang: document.getElementById('card-text').lang, fr: document.getElementById('card-fr').textContent, focus: document.activeElement.id }));
    assert.equal(card.lang, 'ti');
    assert.match(card.fr, /pas de rendez-vous libre/);
    assert.equal(card.focus, 'card-read');
    const cardAxe = await axe(desk, { include: [['#card']] });
    assert.deepEqual(cardAxe, [], JSON.stringify(cardAxe, null, 1));
    await desk.screenshot({ path: join(OUT, 'mediator-card-ti.png') });
    await desk.keyboard.press('Escape');
    await desk.waitForFunction(() => !document.getElementById('card').open);
    assert.equal(await desk.evaluate(() => document.activeElement.dataset.card), 'phrase-appointment-no-slot', 'focus did not return to the card');
    const deskAxe = await axe(desk);
    assert.deepEqual(deskAxe, [], JSON.stringify(deskAxe, null, 1));

    // ---- 2. End without keeping: nothing of the session remains ------------------------------
    await desk.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html#end`);
    await desk.waitForFunction(() => document.body.dataset.ready === 'true');
    await desk.check('#keep-none');
    await desk.uncheck('#clean'); // the browser's own traces: the forensic test (the portal tab stays open here)
    await desk.click('#end-button');
    await desk.waitForFunction(() => document.getElementById('notes').hidden);
    await desk.waitForFunction(() => !document.getElementById('report').hidden);
    assert.deepEqual(await desk.evaluate(() => [...document.querySelectorAll('#report-done li')].map((li) => li.dataset.report)), ['mediator-report-session']);
    assert.ok(await desk.evaluate(() => document.querySelector('#report-remains li[data-report="mediator-report-not-removed"]')), 'the report does not say the browser\'s traces remain');
    const reportAxe = await axe(desk, { include: [['#report']] });
    assert.deepEqual(reportAxe, [], JSON.stringify(reportAxe, null, 1));
    await page.waitForFunction(() => !relaisDom.one('.relais-mediator-bar') && document.documentElement.dataset.relais === 'ready');
    assert.equal(await page.evaluate(() => relaisDom.one('.relais-overlay')?.lang), 'en', 'the page went back to the computer\'s language');
    assert.equal(await page.evaluate(() => relaisDom.one('.relais-focus, .relais-popover, .relais-bar-spacer, [data-relais-mode]')), null);
    assert.equal(await page.evaluate(() => document.querySelectorAll('relais-layer').length), 1, 'the layer is the same before, during and after a session');
    const afterEnd = await everything(b.sw);
    const text = searchable(afterEnd);
    for (const trace of ['NOTE-SECRETE', 'plage horaire', '"ti"', 'mediator', 'relais-session', '1234567']) {
      assert.equal(text.includes(trace), false, `${trace} is still stored after the session: ${text.slice(0, 400)}`);
    }
    assert.deepEqual(afterEnd.session, {});
    assert.deepEqual(afterEnd.local, before.local, 'storage.local changed');
    assert.deepEqual(Object.keys(afterEnd.databases).sort(), Object.keys(before.databases).sort(), 'a database was left behind');
    assert.deepEqual(errors, []);
    await page.close();

    // ---- 3. A session in Arabic, kept in a protected profile ------------------------------------
    await desk.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html`);
    await desk.waitForFunction(() => document.body.dataset.ready === 'true');
    await desk.selectOption('#lang', 'ar');
    await desk.click('#start');
    await desk.waitForFunction(() => !document.getElementById('notes').hidden);
    const { page: ar } = await openWithOverlay(b.ctx, server.url('caf', '/portals/caf-declaration/'));
    await fillForm(ar);
    await ar.focus('#numero-allocataire');
    const arView = await checkSideBySide(ar, 'ar', 'mediator-ar.png');
    // (a translation under its French has no column)
    assert.ok(arView.pairs.every((p) => p.trBox.left < p.frBox.left || p.trBox.top >= p.frBox.bottom - 1), 'in Arabic the French column is on the right (RTL order)');
    const { page: full2 } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await full2.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 5000 });
    await full2.close();
    await desk.bringToFront();
    await desk.fill('#notes-text', NOTE);
    await desk.waitForFunction(() => document.getElementById('notes-saved').textContent.length > 0);
    await desk.check('#keep-profile');
    await desk.fill('#profile-name', 'A. B.');
    await desk.fill('#passphrase', PASS);
    await desk.fill('#passphrase-again', `${PASS}x`);
    await desk.click('#end-button');
    await desk.waitForFunction(() => document.getElementById('end-error').textContent.length > 0);
    assert.equal(await desk.evaluate(() => document.getElementById('notes').hidden), false, 'a mistyped passphrase ended the session');
    await desk.fill('#passphrase-again', PASS);
    await desk.check('#keep-notes');
    await desk.click('#end-button');
    await desk.waitForFunction(() => document.getElementById('notes').hidden, null, { timeout: 20000 });
    await ar.close();

    const kept = await everything(b.sw);
    const raw = searchable(kept);
    assert.ok(kept.databases['relais-profiles']?.profiles?.length === 1, 'no profile stored');
    for (const plain of ['plage horaire', 'NOTE-SECRETE', 'journal.json', 'seine-saint-denis', 'relais-journal']) {
      assert.equal(raw.includes(plain), false, `"${plain}" is stored in clear`);
    }
    assert.equal(kept.databases['relais-session'], undefined);
    assert.deepEqual(kept.session, {});

    // A wrong passphrase: a clear message, nothing changed.
    await desk.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html#profiles`);
    await desk.waitForFunction(() => document.body.dataset.ready === 'true');
    await desk.fill('#profile-pass-0', 'pas la bonne phrase');
    await desk.click('[data-profile="A. B."] button[data-profile-action="open"]');
    await desk.waitForFunction(() => document.getElementById('profile-error-0').textContent.length > 0, null, { timeout: 20000 });
    assert.match(await desk.textContent('#profile-error-0'), /passphrase/i);
    assert.deepEqual((await everything(b.sw)).databases['relais-profiles'], kept.databases['relais-profiles'], 'a wrong passphrase changed the profile');

    // The right one opens the journal again, in a new session in Arabic, with the kept note.
    await desk.fill('#profile-pass-0', PASS);
    await desk.click('[data-profile="A. B."] button[data-profile-action="open"]');
    await desk.waitForFunction(() => !document.getElementById('notes').hidden, null, { timeout: 20000 });
    assert.equal(await desk.inputValue('#lang'), 'ar');
    const reopened = searchable((await everything(b.sw)).databases['relais-session']);
    assert.equal(reopened.includes('plage horaire') || reopened.includes('NOTE-SECRETE'), false, 'the reopened journal is stored in clear');
    const reopenedText = await journalText(b, '#journal-notes');
    assert.match(reopenedText, /NOTE-SECRETE-7391/);
    // Keeping into that profile with another passphrase: refused before anything is chained.
    await desk.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html#end`);
    await desk.waitForFunction(() => document.body.dataset.ready === 'true');
    await desk.fill('#notes-text', 'SECOND-NOTE');
    await desk.waitForFunction(() => document.getElementById('notes-saved').textContent.length > 0);
    await desk.check('#keep-profile');
    await desk.fill('#profile-name', 'A. B.');
    await desk.fill('#passphrase', 'une autre phrase');
    await desk.fill('#passphrase-again', 'une autre phrase');
    await desk.check('#keep-notes');
    await desk.click('#end-button');
    await desk.waitForFunction(() => document.getElementById('end-error').textContent.length > 0, null, { timeout: 20000 });
    assert.match(await desk.textContent('#end-error'), /passphrase/i);
    assert.equal(searchable((await everything(b.sw)).databases['relais-session']).includes('SECOND-NOTE'), false, 'the notes were chained before the passphrase was checked');
    assert.equal(await desk.evaluate(() => document.getElementById('notes').hidden), false, 'the session ended on a wrong passphrase');

    // The profile exported (its journal bundle, which relais journal verify accepts), then deleted.
    await desk.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html#end`);
    await desk.waitForFunction(() => document.body.dataset.ready === 'true');
    await desk.check('#keep-none');
    await desk.click('#end-button');
    await desk.waitForFunction(() => document.getElementById('notes').hidden);
    await desk.fill('#profile-pass-0', PASS);
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.click('[data-profile="A. B."] button[data-profile-action="export"]')]);
    const zip = join(OUT, 'mediator-profile.zip');
    await download.saveAs(zip);
    const verified = spawnSync(join(ROOT, 'target/release/relais'), ['journal', 'verify', zip], { encoding: 'utf8' });
    assert.equal(verified.status, 0, verified.stdout + verified.stderr);
    assert.match(verified.stdout, /1 note/);
    desk.once('dialog', (d) => d.accept());
    await desk.click('[data-profile="A. B."] button[data-profile-action="delete"]');
    await desk.waitForFunction(() => document.body.dataset.profiles === '0');
    // The last profile gone, its database goes too: no trace that mediator mode was used.
    assert.equal((await everything(b.sw)).databases['relais-profiles'], undefined, 'the profiles database outlived its last profile');
    console.log(`mediator: ${Number(await desk.evaluate(() => document.body.dataset.phrases))} phrase cards; profile of ${kept.databases['relais-profiles'].profiles[0][1].data.binary} encrypted bytes; screenshots in tests/e2e/out/mediator-*.png`);
  } finally {
    await b.close();
  }
});

test('a browser closed in the middle of a session leaves nothing of it for the next person', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const profile = mkdtempSync(join(tmpdir(), 'relais-mediator-'));
  let b = await launchChromium({ profile });
  try {
    await setSettings(b.sw, { lang: 'fr' }); // a French-speaking mediator: French is not offered as the person's language
    await startSession(b, 'so');
    const { page } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 5000 });
    const sealed = searchable((await everything(b.sw)).databases['relais-session']);
    assert.ok(sealed.length > 100 && !sealed.includes('plage horaire'), 'no sealed session journal');
    await b.ctx.close();
    b = await launchChromium({ profile });
    // The background cleans up as it starts; give it a moment, then read everything.
    let left = null;
    for (let i = 0; i < 20; i++) {
      left = await everything(b.sw);
      if (!left.databases['relais-session']) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(left.databases['relais-session'], undefined, 'the session journal survived the browser');
    assert.equal(searchable(left).includes('plage horaire'), false);
    assert.deepEqual(left.session, {});
  } finally {
    await b.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('Firefox ESR: a session side by side, bar and cards by keyboard, ended (its journal sealed, then gone), kept in a profile, a wrong passphrase refused, reopened, deleted', async () => {
  const b = await launch('firefox', { lang: 'en' });
  try {
    const desk = await b.newPage();
    await b.gotoExtension(desk, 'pages/mediator/mediator.html');
    const before = await everything(desk);
    await desk.evaluate(() => { document.getElementById('lang').value = 'ar'; });
    await desk.click('#start');
    await b.waitFor(desk, () => !document.getElementById('notes').hidden);

    const { page } = await openPortal(b, server.url('caf', '/portals/caf-declaration/'));
    await b.waitFor(page, () => relaisDom.one('.relais-mediator-bar') && relaisDom.one('.relais-overlay[lang="ar"]'));
    await page.focus('#numero-allocataire');
    await page.keyboard.type('1234567');
    // The keyboard shortcut's effect: focus goes to the bar (the message the background's
    // command handler sends, sent here from the mediator page: a headless browser cannot press
    // an extension's command), and Tab moves along the bar.
    // (The portal's tab is the active one: it was opened last and is being typed in.)
    const focused = await desk.evaluate(async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return browser.tabs.sendMessage(tab.id, { type: 'mediator.focus' });
    });
    assert.equal(focused, true, 'mediator.focus');
    assert.equal(await page.evaluate(() => relaisDom.active()?.closest('.relais-mediator-bar') != null), true, 'focus is not in the bar');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => relaisDom.active()?.dataset.relaisAction), 'smaller', 'Tab does not move along the bar');
    const { page: full } = await openPortal(b, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await waitRecorded(b, full, 1);
    await full.close();
    const during = await everything(desk);
    assert.ok(during.databases['relais-session'], 'no session journal');
    assert.equal(JSON.stringify(during.databases).includes('plage horaire'), false, 'the session journal is stored in clear');

    await desk.bringToFront();
    await desk.focus('#notes-text');
    await desk.keyboard.type(NOTE);
    await b.waitFor(desk, () => document.getElementById('notes-saved').textContent.length > 0);
    // A phrase card by keyboard: Enter opens it full-screen, Escape closes it, focus returns.
    await desk.focus('button.phrase[data-card="phrase-appointment-no-slot"]');
    await desk.keyboard.press('Enter');
    await b.waitFor(desk, () => document.getElementById('card').open);
    const card = await desk.evaluate(() => ({ lang: document.getElementById('card-text').lang, fr: document.getElementById('card-fr').textContent, focus: document.activeElement.id }));
    assert.equal(card.lang, 'ar');
    assert.match(card.fr, /pas de rendez-vous libre/);
    assert.equal(card.focus, 'card-read');
    await desk.keyboard.press('Escape');
    await b.waitFor(desk, () => !document.getElementById('card').open);
    assert.equal(await desk.evaluate(() => document.activeElement.dataset.card), 'phrase-appointment-no-slot', 'focus did not return to the card');
    await b.gotoExtension(desk, 'pages/mediator/mediator.html#end');
    await desk.click('#keep-profile');
    await desk.click('#clean'); // unchecked: the browser's traces are the forensic test's
    for (const [id, v] of [['#profile-name', 'A. B.'], ['#passphrase', PASS], ['#passphrase-again', PASS]]) {
      await desk.focus(id);
      await desk.keyboard.type(v);
    }
    await desk.click('#keep-notes');
    await desk.click('#end-button');
    await b.waitFor(desk, () => !document.getElementById('report').hidden, null, 60000);
    await b.waitFor(page, () => !relaisDom.one('.relais-mediator-bar') && document.documentElement.dataset.relais === 'ready');
    // The overlays are drawn again after the session's end: wait for them (Firefox may still be
    // redrawing when the page says "ready").
    await b.waitFor(page, () => Boolean(relaisDom.one('.relais-overlay')?.lang)).catch(() => {});
    assert.equal(await page.evaluate(() => relaisDom.one('.relais-overlay')?.lang), 'en', 'the page went back to the computer\'s language');
    await page.close();

    const kept = await everything(desk);
    assert.equal(kept.databases['relais-profiles']?.profiles?.length, 1, 'no profile stored');
    assert.equal(kept.databases['relais-session'], undefined);
    assert.deepEqual(kept.session, {});
    // The portal tab stays open after the end (the test leaves "close the session's tabs"
    // unchecked): read again in the computer's language, it may count untranslated strings in
    // that language, as any tab would. Nothing of the person's language may be there.
    const { untranslated: counted, ...keptLocal } = kept.local;
    assert.ok(Object.values(counted?.strings ?? {}).every((r) => r.lang === 'en'), `untranslated strings of the session kept: ${JSON.stringify(counted)}`);
    assert.deepEqual(keptLocal, before.local, 'storage.local changed');
    const raw = JSON.stringify(kept);
    for (const plain of ['plage horaire', 'NOTE-SECRETE', 'journal.json', '1234567']) assert.equal(raw.includes(plain), false, `"${plain}" is stored in clear`);

    // A wrong passphrase: a clear message, nothing changed; the right one opens the journal again.
    await b.gotoExtension(desk, 'pages/mediator/mediator.html#profiles');
    await desk.focus('#profile-pass-0');
    await desk.keyboard.type('pas la bonne phrase');
    await desk.click('[data-profile="A. B."] button[data-profile-action="open"]');
    await b.waitFor(desk, () => document.getElementById('profile-error-0').textContent.length > 0, null, 60000);
    assert.match(await desk.evaluate(() => document.getElementById('profile-error-0').textContent), /passphrase/i);
    assert.deepEqual((await everything(desk)).databases['relais-profiles'], kept.databases['relais-profiles'], 'a wrong passphrase changed the profile');
    await desk.evaluate(() => { document.getElementById('profile-pass-0').value = ''; });
    await desk.focus('#profile-pass-0');
    await desk.keyboard.type(PASS);
    await desk.click('[data-profile="A. B."] button[data-profile-action="open"]');
    await b.waitFor(desk, () => !document.getElementById('notes').hidden, null, 60000);
    assert.equal(await desk.evaluate(() => document.getElementById('lang').value), 'ar');
    const jp = await b.newPage();
    await b.gotoExtension(jp, 'pages/journal/journal.html');
    assert.match(await jp.evaluate(() => document.getElementById('journal-notes').textContent), /NOTE-SECRETE-7391/);
    assert.match(await jp.evaluate(() => document.querySelector('main').textContent), /plage horaire/);
    await jp.close();

    // Ended again without keeping, then the profile deleted: its database goes with it.
    await b.gotoExtension(desk, 'pages/mediator/mediator.html#end');
    await desk.click('#keep-none');
    await desk.click('#clean');
    await desk.click('#end-button');
    await b.waitFor(desk, () => !document.getElementById('report').hidden, null, 60000);
    await b.gotoExtension(desk, 'pages/mediator/mediator.html#profiles');
    await answerDialogs(desk, '');
    await desk.click('[data-profile="A. B."] button[data-profile-action="delete"]');
    await b.waitFor(desk, () => document.body.dataset.profiles === '0');
    const last = await everything(desk);
    assert.deepEqual(Object.keys(last.databases).sort(), Object.keys(before.databases).sort(), 'a database was left behind');
    assert.deepEqual(last.session, {});
  } finally {
    await b.close();
  }
});
