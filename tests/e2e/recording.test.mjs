// The privacy test (issue 13): the portal cannot read the overlay. The language a person reads is
// a proxy of their origin; a portal's analytics and session replay must not learn it, nor that a
// mediator sits beside them. On the self-recording fixture page (rrweb session replay and copies
// of the page's own outerHTML, tests/fixtures/apps/rrweb-anef, read with lib/rrweb.mjs), with the
// SHIPPED build (closed shadow roots), in Chromium AND Firefox ESR: Relais on in Arabic, then in a
// mediator session. What the page recorded holds no character of the overlay (its Arabic words, the
// French explanations' words, the mediator bar's words), no lang/dir of the person's language, no
// Relais attribute, and no host seen as a shadow host; <html> and the page's styles are as without
// Relais. In Chromium, the accessibility tree (what a screen reader reads) holds the overlay's text.
// Everything searched is printed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer } from './lib/server.mjs';
import { launchChromium, launchFirefox, setSettings } from './lib/browsers.mjs';
import { recordingContent, relaisHosts, relaisTraces } from './lib/rrweb.mjs';

const ARABIC = { lang: 'ar', dir: 'rtl', script: /\p{Script=Arabic}/u };
const ERROR = 'Veuillez saisir votre identifiant';
const PAGE = '/apps/rrweb-anef/';
const RELAIS = join(ROOT, 'target/release/relais');
let server;
let tmp;

before(async () => {
  server = await startServer();
  tmp = mkdtempSync(join(tmpdir(), 'relais-privacy-'));
});

after(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// ---- what is searched --------------------------------------------------------------------------

/** Words of a text: runs of letters (and inner apostrophes/hyphens) of at least `min` letters. */
const wordsOf = (text, min = 4) => [...new Set(text.match(/\p{L}[\p{L}\p{M}'’-]*\p{L}/gu) ?? [])].filter((w) => [...w].length >= min);

/**
 * What the overlay says on this page, from the core itself: `relais scan` (the content scripts'
 * reading rules, the same core and locale files) on the fixture's HTML, with the error message
 * the page adds after a submit. The concepts' labels and explanations in Arabic, their French
 * explanations, and the overlay's interface strings.
 */
function coreWords(lang) {
  const html = readFileSync(join(ROOT, 'dist/fixtures-apps/rrweb-anef/index.html'), 'utf8')
    .replace('</form>', `<p class="fr-message fr-message--error">${ERROR} : votre numéro étranger ou votre adresse électronique.</p></form>`);
  const file = join(tmp, 'rrweb-anef.html');
  writeFileSync(file, html);
  const scan = JSON.parse(execFileSync(RELAIS, ['scan', file, '--lang', lang], { encoding: 'utf8' }));
  const concepts = Object.values(scan.concepts);
  const ui = (l) => Object.fromEntries(readFileSync(join(ROOT, `locales/${l}/ui.ftl`), 'utf8').split('\n')
    .map((line) => line.match(/^([a-z-]+) = (.*)$/)).filter(Boolean).map((m) => [m[1], m[2]]));
  const mine = ui(lang);
  return {
    person: [...concepts.flatMap((c) => [c.label, c.explain, c.where, c.todo]), ...Object.entries(mine).filter(([id]) => id.startsWith('overlay-') && !mine[id].includes('{')).map(([, v]) => v)].filter(Boolean),
    frenchExplanations: concepts.map((c) => c.explainFr).filter(Boolean),
    concepts: concepts.length,
    // The mediator's bar speaks the mediator's language (English here).
    mediatorBar: ['mediator-bar', 'mediator-read-field', 'mediator-smaller', 'mediator-larger', 'mediator-end'].map((id) => ui('en')[id]),
  };
}

/**
 * The searched strings: the overlay's sentences and words in the person's language, the words of
 * the French explanations that the page itself never shows (in the recording without Relais),
 * and the bar's strings; `rendered` adds what the content scripts really rendered (Chromium).
 */
function searchList(core, baseline, rendered = []) {
  const pageWords = new Set(wordsOf(baseline, 1).map((w) => w.toLowerCase()));
  const frWords = [...new Set([...core.frenchExplanations, ...rendered.filter((t) => !ARABIC.script.test(t))].flatMap((t) => wordsOf(t, 5)))]
    .filter((w) => !pageWords.has(w.toLowerCase()));
  const arabic = [...new Set([...core.person, ...rendered].flatMap((t) => [t, ...wordsOf(t, 2)]).filter((t) => ARABIC.script.test(t)))];
  return { arabic, frWords, sentences: core.frenchExplanations, mediator: core.mediatorBar };
}

function printSearched(label, s, extra = '') {
  console.log(`${label}: searched ${s.arabic.length} Arabic strings (e.g. ${s.arabic.slice(0, 6).join(' | ')}), `
    + `${s.sentences.length} French explanations and ${s.frWords.length} of their words the page never shows (e.g. ${s.frWords.slice(0, 8).join(', ')}), `
    + `${s.mediator.length} mediator-bar strings (${s.mediator.join(' | ')}), any /\\p{Script=Arabic}/ character, lang="ar", dir="rtl", data-relais*, attributes on relais-* hosts, shadow hosts${extra}`);
}

// ---- driving the page (the same in both browsers) ----------------------------------------------

/** The page's own view of itself: <html>'s attributes, the hosts, styles a script can read. */
function pageView() {
  const html = document.documentElement;
  const hosts = [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('RELAIS-'));
  return {
    htmlAttributes: html.getAttributeNames().sort(),
    hosts: hosts.map((h) => h.tagName.toLowerCase()),
    hostAttributes: hosts.reduce((n, h) => n + h.attributes.length, 0),
    openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
    scrollPadding: getComputedStyle(html).scrollPaddingBottom,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    layers: document.querySelectorAll('relais-layer').length,
  };
}

/** Waits until there are at least `min` relais-overlay hosts and their number stopped changing. */
async function overlaysSettled(page, min) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const n = await page.evaluate(() => document.querySelectorAll('relais-overlay').length);
    if (n >= min && n === last) return n;
    last = n;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the overlay did not settle (${last} hosts, ${min} expected)`);
}

/**
 * A person's visit: the overlay appears, the person opens an explanation by keyboard (Shift+Tab
 * from the identifier field reaches the hint overlay's "?" buttons, before its read-aloud button),
 * submits the empty form (the page adds an error message, which gets its overlay), and the page
 * snapshots itself after. Returns the recording.
 */
async function visit(page, minOverlays) {
  await overlaysSettled(page, minOverlays);
  await page.focus('#identifiant');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await page.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 600)); // the popover and its source line (formatted by the core)
  await page.click('#se-connecter');
  // playwright-core (Chromium) takes (fn, arg, options), puppeteer-core (Firefox) (fn, options, arg).
  const snapshotHasError = (text) => window.relaisFixtureRecording.snapshots.at(-1)?.includes(text);
  if (typeof page.context === 'function') await page.waitForFunction(snapshotHasError, ERROR, { timeout: 15000 });
  else await page.waitForFunction(snapshotHasError, { timeout: 15000 }, ERROR);
  await overlaysSettled(page, minOverlays + 1);
  await new Promise((r) => setTimeout(r, 700)); // one more outerHTML copy after the error's overlay
  return page.evaluate(() => window.relaisFixtureRecording);
}

function checkRecording(label, recording, search, view, baselineView) {
  const words = [...search.arabic, ...search.frWords, ...search.sentences, ...search.mediator];
  const traces = relaisTraces(recording, { ...ARABIC, words });
  const hosts = relaisHosts(recording);
  console.log(`${label}: ${recording.events.length} rrweb events, ${recording.snapshots.length} outerHTML copies; `
    + `what the page can still see: host tags ${JSON.stringify(hosts.rrweb)} (rrweb), ${JSON.stringify(hosts.html)} (outerHTML); traces: ${traces.length}`);
  assert.deepEqual(traces, [], `${label}: the page recorded Relais`);
  assert.ok((hosts.rrweb['relais-overlay'] ?? 0) > 0, `${label}: the overlay was not there while the page recorded`);
  // What a page script can read of itself: as without Relais, but the attribute-free hosts.
  assert.deepEqual(view.htmlAttributes, baselineView.htmlAttributes, `${label}: <html> changed`);
  assert.equal(view.hostAttributes, 0, `${label}: a host carries attributes`);
  assert.equal(view.openRoots, 0, `${label}: a host's shadow root is readable by the page`);
  assert.equal(view.scrollPadding, baselineView.scrollPadding, `${label}: a style on <html> changed`);
  assert.equal(view.sheets, baselineView.sheets, `${label}: a stylesheet was added to the page`);
  assert.equal(view.adopted, 0);
  assert.equal(view.layers, 1, `${label}: one relais-layer, session or not`);
}

/** The recording's own text without Relais: what the page shows by itself. */
function baselineText(recording) {
  const c = recordingContent(recording.events);
  return [...c.texts, ...c.attributes.map((a) => a.value), ...recording.snapshots].join('\n');
}

// ---- Chromium ----------------------------------------------------------------------------------

/** The text of every closed root, read in the content scripts' isolated world (CDP). */
async function renderedTexts(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Relais');
  assert.ok(world, 'no Relais isolated world');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    returnByValue: true,
    expression: `[...document.querySelectorAll('relais-overlay, relais-layer')].flatMap((h) => {
      const root = globalThis.__relais.rootOf(h);
      return root ? [...root.querySelectorAll('*')].filter((e) => !e.children.length && e.textContent.trim()).map((e) => e.textContent.trim()) : [];
    })`,
  });
  await cdp.detach();
  return result.value;
}

/** Every name and text in Chromium's full accessibility tree (closed shadow roots included). */
async function axTexts(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.flatMap((n) => [n.name?.value, n.value?.value]).filter((t) => typeof t === 'string' && t.trim());
}

describe('privacy: the page cannot read the overlay (shipped build)', () => {
  let core;
  let chromiumRendered = [];

  before(() => {
    core = coreWords('ar');
  });

  test('Chromium: in Arabic, then in a mediator session, the page records nothing of Relais; the accessibility tree has the overlay', async () => {
    const base = await launchChromium({ extension: false });
    let baseline;
    let baselineView;
    try {
      const page = await base.ctx.newPage();
      await page.goto(server.url('anef', PAGE), { waitUntil: 'load' });
      await page.click('#se-connecter');
      await page.waitForFunction((text) => window.relaisFixtureRecording.snapshots.at(-1)?.includes(text), ERROR);
      const recording = await page.evaluate(() => window.relaisFixtureRecording);
      assert.deepEqual(relaisTraces(recording, { ...ARABIC, words: core.frenchExplanations }), [], 'traces without Relais');
      baseline = baselineText(recording);
      baselineView = await page.evaluate(pageView);
    } finally {
      await base.close();
    }

    const b = await launchChromium({ build: 'shipped' });
    try {
      await setSettings(b.sw, { lang: 'ar' });
      const page = await b.ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url('anef', PAGE), { waitUntil: 'load' });
      const recording = await visit(page, 3);
      const view = await page.evaluate(pageView);
      chromiumRendered = await renderedTexts(b.ctx, page);
      const rendered = chromiumRendered.join('\n');
      assert.match(rendered, ARABIC.script, 'the overlay was not rendered in Arabic');
      assert.ok(chromiumRendered.some((t) => core.frenchExplanations.some((e) => e.includes(t) || t.includes(e))), 'no explanation was open');
      const search = searchList(core, baseline, chromiumRendered);
      printSearched('Chromium, Arabic', search, `; ${chromiumRendered.length} texts rendered in the closed roots`);
      checkRecording('Chromium, Arabic', recording, search, view, baselineView);

      // What a screen reader reads: the overlay's Arabic and the open explanation, from closed roots.
      const ax = await axTexts(b.ctx, page);
      const arabicInAx = ax.filter((t) => ARABIC.script.test(t));
      const labels = Object.values(core.person).filter((t) => ARABIC.script.test(t));
      const missing = chromiumRendered.filter((t) => ARABIC.script.test(t) && t.length > 1 && !ax.some((a) => a.includes(t)));
      console.log(`Chromium accessibility tree: ${ax.length} names and texts, ${arabicInAx.length} in Arabic (e.g. ${arabicInAx.slice(0, 5).join(' | ')}); rendered Arabic texts not in it: ${missing.length}`);
      assert.ok(labels.some((l) => ax.some((a) => a.includes(l))), 'the overlay\'s Arabic is not in the accessibility tree');
      assert.deepEqual(missing, [], 'rendered Arabic text missing from the accessibility tree');
      assert.ok(ax.some((a) => core.frenchExplanations.some((e) => a.includes(e))), 'the open explanation (French part) is not in the accessibility tree');
      await page.close();

      // A mediator session in Arabic (the mediator's own language: English).
      await setSettings(b.sw, { lang: 'en' });
      const desk = await b.ctx.newPage();
      await desk.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html`);
      await desk.waitForFunction(() => document.body.dataset.ready === 'true');
      await desk.selectOption('#lang', 'ar');
      await desk.click('#start');
      await desk.waitForFunction(() => !document.getElementById('notes').hidden && document.body.dataset.phrasesLang === 'ar');
      const session = await b.ctx.newPage();
      session.on('pageerror', (e) => errors.push(e.message));
      await session.goto(server.url('anef', PAGE), { waitUntil: 'load' });
      const sRecording = await visit(session, 3);
      const sView = await session.evaluate(pageView);
      const sRendered = await renderedTexts(b.ctx, session);
      // The session is on: the bar (its visible words; its name "Relais mediator mode" is an
      // aria-label) and French beside Arabic in the overlay.
      assert.ok(core.mediatorBar.slice(1).every((t) => sRendered.some((r) => r.includes(t))), `the mediator bar was not rendered: ${sRendered.filter((t) => !ARABIC.script.test(t)).join(' | ')}`);
      assert.match(sRendered.join('\n'), ARABIC.script, 'the session is not in Arabic');
      const sSearch = searchList(core, baseline, sRendered);
      printSearched('Chromium, mediator session', sSearch);
      checkRecording('Chromium, mediator session', sRecording, sSearch, sView, baselineView);
      assert.deepEqual(sView, view, 'the page can tell a session from no session');
      await desk.goto(`chrome-extension://${b.extensionId}/pages/mediator/mediator.html#end`);
      await desk.waitForFunction(() => document.body.dataset.ready === 'true');
      await desk.check('#keep-none');
      await desk.click('#end-button');
      await desk.waitForFunction(() => document.getElementById('notes').hidden);
      assert.deepEqual(errors, []);
    } finally {
      await b.close();
    }

    // The control: the same visit with the inspect build (open roots, state on <html>) IS caught.
    const inspect = await launchChromium();
    try {
      await setSettings(inspect.sw, { lang: 'ar' });
      const page = await inspect.ctx.newPage();
      await page.goto(server.url('anef', PAGE), { waitUntil: 'load' });
      const recording = await visit(page, 3);
      const traces = relaisTraces(recording, { ...ARABIC, words: searchList(core, baseline, chromiumRendered).frWords });
      const kinds = [...new Set(traces.map((t) => t.replace(/^html snapshot \d+/, 'html snapshot').replace(/".*$/, '')))];
      console.log(`control (inspect build, open roots): ${traces.length} traces found, of ${kinds.length} kinds: ${kinds.join(' | ')}`);
      assert.ok(traces.some((t) => t.includes('shadow host')) && traces.some((t) => t.includes('data-relais')) && traces.some((t) => t.includes('Script=Arabic') || t.includes('overlay text')), 'the search would not see a leak');
    } finally {
      await inspect.close();
    }
  });

  test('Firefox ESR: in Arabic, then in a mediator session, the page records nothing of Relais', async () => {
    const base = await launchFirefox({ extension: false });
    let baseline;
    let baselineView;
    try {
      const page = await base.browser.newPage();
      await page.goto(server.url('anef', PAGE), { waitUntil: 'load' });
      await page.click('#se-connecter');
      await page.waitForFunction((text) => window.relaisFixtureRecording.snapshots.at(-1)?.includes(text), {}, ERROR);
      const recording = await page.evaluate(() => window.relaisFixtureRecording);
      assert.deepEqual(relaisTraces(recording, { ...ARABIC, words: core.frenchExplanations }), [], 'traces without Relais');
      baseline = baselineText(recording);
      baselineView = await page.evaluate(pageView);
    } finally {
      await base.close();
    }

    const ff = await launchFirefox({ acceptLanguages: 'ar', build: 'shipped', rdp: true });
    try {
      const page = await ff.browser.newPage();
      await page.goto(server.url('anef', PAGE), { waitUntil: 'load' });
      const recording = await visit(page, 3);
      const view = await page.evaluate(pageView);
      // What Chromium rendered is what Firefox renders (same content scripts, same core).
      const search = searchList(core, baseline, chromiumRendered);
      printSearched('Firefox, Arabic', search);
      checkRecording('Firefox, Arabic', recording, search, view, baselineView);

      // A mediator session in Arabic, started by the background's own handler (what the popup
      // and the mediator page send: puppeteer cannot open their moz-extension:// pages, and
      // WebDriver BiDi does not press the extension's Alt+Shift+M), through Firefox's debugging
      // protocol.
      const mediator = (call) => `import('/background/mediator.js').then((m) => ${call}).then((r) => JSON.stringify(r))`;
      const started = JSON.parse(await ff.background(mediator(`m.handlers['mediator.start']({ type: 'mediator.start', lang: 'ar' }, { settings: { lang: 'ar' } })`)));
      assert.equal(started.lang, 'ar');
      const session = await ff.browser.newPage();
      await session.goto(server.url('anef', PAGE), { waitUntil: 'load' });
      const sRecording = await visit(session, 3);
      // The page has the mediator's bar: the content script says so when asked to focus it (the
      // message the shortcut sends during a session).
      const hasBar = await ff.background(`browser.tabs.query({ url: '*://${new URL(server.url('anef', PAGE)).hostname}/*' })
        .then((tabs) => Promise.all(tabs.map((t) => browser.tabs.sendMessage(t.id, { type: 'mediator.focus' }))))
        .then((r) => JSON.stringify(r))`);
      assert.ok(JSON.parse(hasBar).includes(true), `no mediator bar in the page: ${hasBar}`);
      const sView = await session.evaluate(pageView);
      const sSearch = searchList(core, baseline, chromiumRendered);
      printSearched('Firefox, mediator session', sSearch);
      checkRecording('Firefox, mediator session', sRecording, sSearch, sView, baselineView);
      assert.deepEqual(sView, view, 'the page can tell a session from no session');
      await ff.background(mediator(`m.handlers['mediator.end']({ type: 'mediator.end', keep: false }, {})`));
    } finally {
      await ff.close();
    }
  });
});
