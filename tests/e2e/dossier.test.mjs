// The dossier a judge reads (issue 16), printed to PDF by Chromium and by Firefox ESR.
//
// Chromium records, through the real path, 40 attempts over 21 simulated days at varied hours
// (the test sets the clock: the background's `Date` is replaced in the service worker by a test
// clock, and the fixture server's `Date` header follows the same clock), plus a "this is
// blocking me" report with a screenshot (the toolbar button clicked through CDP), notes in Arabic and French, an entry deleted with its
// reason and a trusted timestamp from a local authority. Firefox imports the bundle Chromium
// exported. Each browser prints the dossier, the letter and the list of documents; poppler reads
// them back: no Arabic outside the person's notes, French dates with the time zone, 40 attempts
// over 21 days on page 1, every capture's hash, "page n / N" and the head hash on every page;
// pictures of every page are left in tests/e2e/out/ to be looked at. What is typed at print
// time is then searched for in every storage area, every database and every file of the
// browser's profile: it must be nowhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { chooseFile, firefoxExtensionNavigation } from './lib/pair.mjs';
import { storedJournal, waitRecords } from './lib/journal.mjs';
import { FIREFOX_UUID, clickAction, launchChromium, launchFirefox, setSettings } from './lib/browsers.mjs';
import { makeTsa } from './lib/tsa.mjs';
import { pdfPageCount, pdfPages, renderPages, solid, squash } from './lib/pdf.mjs';
import { dumpDatabases, scanProfile } from './lib/storage-scan.mjs';

// The person's clock is in Paris (the browsers inherit this).
process.env.TZ = 'Europe/Paris';

const RELAIS = join(ROOT, 'target/release/relais');
const OUT = join(ROOT, 'tests/e2e/out');
const MINUTE = 60_000;
const AR_NOTE = 'ذهبت إلى الموقع مرة أخرى في الليل ولم أجد أي موعد';
const AR_REPORT_NOTE = 'الصفحة تقول دائما لا يوجد موعد';
const FR_NOTE = 'Nous avons essayé le matin avant le travail et le soir, pendant trois semaines.';
const REASON = 'page d’une autre démarche, sans rapport';
// Typed at print time, never to be stored: unusual strings, easy to find in any file.
const TYPED = {
  name: 'Zénaïde Quartermaine-Essai',
  address: '17 rue des Témoins-Uniques',
  town: '93999 Villetestée',
  contact: 'zq-essai@example.invalid',
  file: '7512340099',
  prefecture: 'Préfecture de la Seine-Essai',
  prefectureAddress: '1 esplanade Jean-Essai',
  prefectureTown: '93007 Bobitest Cedex',
  city: 'Villetestée',
  court: 'Tribunal administratif de Montessai',
};
const FIELDS = {
  name: '#f-name', address: '#f-address', town: '#f-town', contact: '#f-contact', file: '#f-file',
  prefecture: '#f-prefecture', prefectureAddress: '#f-prefecture-address', prefectureTown: '#f-prefecture-town', city: '#f-city', court: '#f-court',
};
const secrets = () => Object.values(TYPED).filter((v) => v !== TYPED.city);

let server;
let tsa;
let simulated = Date.now();
let bundlePath = null; // exported by the Chromium test, imported by the Firefox one
let chromiumFacts = null;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  tsa = makeTsa();
  // The portal's own clock follows the simulated one: its Date header is 1.5 s before the record.
  server = await startServer({ tsa: tsa.handler, date: () => simulated - 1500 });
});

after(async () => {
  await server?.close();
});

// ------------------------------------------------------------------------------------------
// The simulated three weeks

const HOURS = [7, 12, 22, 0, 9, 18, 6, 23, 13, 20, 2, 11, 16, 19, 8, 14, 21, 5, 10, 17, 1];

/** 21 days ending four days ago, Paris time: 40 times, one to two a day, at varied hours. */
function plan() {
  const today = new Date();
  const day = (d, h, m, s) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - 24 + d, h, m, s).getTime();
  const times = [];
  for (let d = 0; d < 21; d++) {
    const first = day(d, HOURS[d], (d * 7) % 60, 15);
    times.push(first);
    if (d >= 19) continue;
    // Every fourth day the person tries again three minutes later: an attempt of the same
    // entry; otherwise at another hour of the day: a new entry.
    times.push(d % 4 === 1 ? first + 3 * MINUTE : day(d, HOURS[(d + 9) % 21], (d * 11) % 60, 40));
  }
  times.sort((a, b) => a - b);
  return { times, unrelated: day(10, 15, 30, 0), after: day(21, 9, 0, 0) };
}

/** Replaces the service worker's `Date` by a test clock (test only: the extension takes the time from `Date`). */
async function setClock(sw, ms) {
  simulated = ms;
  await sw.evaluate((t) => {
    if (!globalThis.__relaisTestClock) {
      const Real = Date;
      const clock = { now: t };
      globalThis.__relaisTestClock = clock;
      globalThis.Date = class extends Real {
        constructor(...args) {
          if (args.length) super(...args);
          else super(clock.now);
        }

        static now() {
          return clock.now;
        }
      };
    }
    globalThis.__relaisTestClock.now = t;
  }, ms);
}

async function meet(b, url, n) {
  const page = await b.ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const j = await waitRecords(b.sw, n, 10000);
  await page.close();
  return j;
}

// ------------------------------------------------------------------------------------------
// Reading the printed PDFs

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const FRENCH_TIME = /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4} à \d\d h \d\d min \d\d s \(heure de Paris\)/g;

/** The Arabic letters of a text, counted (presentation forms folded). */
function arabicLetters(text) {
  const counts = new Map();
  for (const c of text.normalize('NFKC').match(ARABIC) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/** The checks every printed document passes: "page n / N" and the head on every page. */
function pagesOf(pdf, head, { full }) {
  const pages = pdfPages(pdf);
  const n = pdfPageCount(pdf);
  assert.equal(pages.length, n, `${pdf}: pdftotext pages`);
  // A hash cut at the end of a line is never hyphenated (the hyphen would read as part of it).
  assert.doesNotMatch(pages.join('\f'), /[0-9a-f]{6,}[\u2010\u00ad-]\n[0-9a-f]{6,}/, `${pdf}: a hash is hyphenated`);
  pages.forEach((p, i) => {
    assert.ok(squash(p).includes(`page ${i + 1} / ${n}`), `${pdf}: no "page ${i + 1} / ${n}" on page ${i + 1}`);
    assert.ok(solid(p).includes(full ? head : head.slice(0, 16)), `${pdf}: no head hash on page ${i + 1}`);
  });
  return pages;
}

function checkDossier(pdf, { journal, head, bundle, name, label }) {
  const pages = pagesOf(pdf, head, { full: true });
  const all = squash(pages.join('\n'));
  const first = squash(pages[0]);
  assert.match(first, /Échecs rencontrés sur un service public en ligne/);
  assert.ok(first.includes('40 tentatives sur 21 jours distincts'), `${label}: page 1 lacks the counts:\n${first}`);
  assert.ok(first.includes(`Personne concernée : ${name}`), `${label}: page 1 lacks the name typed`);
  assert.match(first, /Période couverte du \S+ \d+(er)? \S+ \d{4} à \d\d h \d\d \(heure de Paris\) au /);
  assert.match(first, /Horodatages certifiés n° 1 : l’enregistrement n° \d+, la tête de chaîne, existait au plus tard le .* \(heure de Paris\), selon l’autorité d’horodatage https:\/\/\s?horodatage\.relais-?test\.gouv\.fr/); // pdftotext joins a word cut at a line's end; a URL may also break after its "//" (its port and the date's length move the break)
  assert.match(first, /Dates données par le serveur pour 40 des 40 tentatives/);
  assert.match(squash(pages.slice(0, 2).join(' ')), /Calendrier des tentatives/);
  // French dates with the time zone: one per row of the table (41: the deleted one too), and
  // under every capture and note; never an ISO time.
  const times = all.match(FRENCH_TIME) ?? [];
  assert.ok(times.length >= 41, `${label}: ${times.length} French times`);
  assert.doesNotMatch(all, /\d{4}-\d\d-\d\dT\d\d:/, `${label}: an ISO time is printed`);
  // The person's language: only in their notes, which are named with it. Every line of Arabic
  // (or of a glyph the PDF does not map back to a character: Firefox's lam-alef ligature) comes
  // right under a note's label and date; its letters are the notes' letters (all of them in
  // Chromium's PDF, which maps every glyph back).
  const notes = journal.records.filter((r) => r.kind === 'note').map((r) => r.text).join('');
  const inNotes = new Map(arabicLetters(notes));
  const printedLetters = arabicLetters(all);
  for (const [c, k] of printedLetters) assert.ok(k <= (inNotes.get(c) ?? 0), `${label}: Arabic outside the person's notes (${c} × ${k})`);
  if (label === 'chromium') assert.deepEqual(printedLetters, [...inNotes], `${label}: the notes are not all printed`);
  const lines = pages.join('\n').split('\n');
  const foreign = (l) => /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\uFFFD]/u.test(l);
  let arabicLines = 0;
  lines.forEach((l, i) => {
    if (!foreign(l)) return;
    arabicLines++;
    const before = lines.slice(0, i).filter((x) => x.trim() && !foreign(x));
    assert.match(before.at(-1) ?? '', /^écrite le /, `${label}: Arabic line ${i} not under a note's date: ${l}`);
    assert.match(before.at(-2) ?? '', /^Note de la personne, en arabe — note n° \d+/, `${label}: Arabic line ${i} not under a note's label`);
  });
  assert.ok(arabicLines >= 2, `${label}: the Arabic notes are not printed`);
  assert.match(all, /Note de la personne, en français/);
  for (const r of journal.records.filter((x) => x.kind === 'entry' && x.meaning)) {
    assert.ok(!all.includes(squash(r.meaning.text)), `${label}: a meaning is printed`);
  }
  // Every capture's hash, the removed ones named as removed with the reason.
  const compact = solid(all);
  const captures = journal.records.filter((r) => r.capture);
  assert.ok(captures.length >= 40, `${label}: ${captures.length} captures`);
  for (const r of captures) assert.ok(compact.includes(r.capture.sha256), `${label}: hash of capture ${r.seq} missing`);
  const deleted = new Set(journal.records.filter((r) => r.kind === 'deletion').map((r) => r.entry));
  for (const r of captures.filter((c) => deleted.has(c.kind === 'entry' ? c.seq : c.entry))) {
    assert.ok(all.includes(`Capture n° ${r.seq}`) && all.includes('Capture retirée du dossier'), `${label}: removed capture ${r.seq} not named`);
  }
  assert.ok(all.includes(`« ${REASON} »`), `${label}: the deletion's reason`);
  // The annex names the ZIP so that it can be matched to the paper.
  assert.match(all, /Annexe 2 — Comment vérifier ce dossier/);
  assert.ok(compact.includes(bundle.name) && compact.includes(bundle.sha256), `${label}: the ZIP's name and SHA-256`);
  assert.match(all, /Annexe 1 — Adresses des pages .* A1 https:\/\/www\.seine-saint-denis\.gouv\.fr/);
  return { pages: pages.length, times: times.length };
}

function checkLetter(pdf, head, label) {
  const pages = pagesOf(pdf, head, { full: false });
  const all = squash(pages.join('\n'));
  assert.match(all, /MODÈLE À ADAPTER/);
  assert.match(all, /avocat ou par un service d’aide juridique/);
  assert.match(all, /Objet : demande de rendez-vous par un autre moyen que le site internet — titre de séjour/);
  assert.match(all, /J’ai essayé d’obtenir un rendez-vous 40 fois, sur 21 jours différents, du \S+ \d+(er)? \S+ \d{4} au \S+ \d+(er)? \S+ \d{4}, à des heures différentes\./, `${label}: the letter's count`);
  for (const v of Object.values(TYPED).filter((x) => x !== TYPED.court)) assert.ok(all.includes(v), `${label}: ${v} not in the letter`);
  const days = all.match(/(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) \S+ \d{4} : à \d\d h \d\d/g) ?? [];
  assert.equal(days.length, 21, `${label}: one line per day`);
  assert.match(all, /Le site a affiché 39 fois : « Il n'existe plus de plage horaire libre pour votre demande de rendez-vous\. Veuillez recommencer ultérieurement\. » J’ai aussi signalé moi-même un blocage/);
  assert.equal(all.match(ARABIC), null, `${label}: Arabic in the letter`);
}

function checkPieces(pdf, head, bundle, label) {
  const pages = pagesOf(pdf, head, { full: false });
  const all = squash(pages.join('\n'));
  assert.match(all, /Requête en référé « mesures utiles » \(article L\. 521-3 du code de justice administrative\)/);
  assert.match(all, /Bordereau des pièces jointes/);
  assert.ok(all.includes(TYPED.court) && all.includes(TYPED.name), `${label}: typed data`);
  assert.ok(solid(all).includes(head) && solid(all).includes(bundle.sha256), `${label}: head and ZIP hash`);
  assert.equal(all.match(ARABIC), null, `${label}: Arabic in the list`);
}

/** Types the print-time data, prints the three documents, returns what the page said. */
async function printAll(page, pdf, label) {
  // The calendar grid: every hour with an attempt is a dark cell (weekend rows included), and
  // the cells add up to the attempts.
  const grid = await page.evaluate(() => [...document.querySelectorAll('#doc-dossier table.grid td.hit')]
    .map((td) => ({ n: Number(td.textContent), bg: getComputedStyle(td).backgroundColor, weekend: td.parentElement.classList.contains('weekend') })));
  assert.equal(grid.reduce((a, c) => a + c.n, 0), 40, `${label}: the grid's cells`);
  assert.ok(grid.some((c) => c.weekend), `${label}: no attempt on a weekend in the grid`);
  for (const c of grid) assert.match(c.bg, /^rgb\((17, 17, 17|85, 85, 85)\)$/, `${label}: a cell of the grid is not dark: ${JSON.stringify(c)}`);
  for (const [k, sel] of Object.entries(FIELDS)) await page.type(sel, TYPED[k]);
  // The letters are laid out again a moment after typing.
  for (let end = Date.now() + 10000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const done = await page.evaluate((name) => document.querySelector('[data-typed="name"]')?.textContent === name
      && Boolean(document.querySelector('#doc-pieces [data-typed="court"]')), TYPED.name);
    if (done) break;
  }
  const info = await page.evaluate(() => ({
    pages: Number(document.body.dataset.pages),
    head: document.querySelector('[data-head]')?.textContent,
    bundle: { name: document.querySelector('[data-bundle-name]')?.textContent, sha256: document.querySelector('[data-bundle-sha256]')?.textContent },
    url: location.href,
  }));
  const files = {};
  for (const doc of ['dossier', 'lettre', 'pieces']) {
    await page.click(`input[name="doc"][value="${doc}"]`);
    assert.equal(await page.evaluate(() => document.body.dataset.doc), doc);
    files[doc] = join(OUT, `${doc}-${label}.pdf`);
    await pdf(files[doc]);
    renderPages(files[doc], join(OUT, `${doc}-${label}`));
  }
  return { ...info, files };
}

/** Reads what an extension context can see of storage: every area, every database. */
const readStorage = (api) => `(async () => {
  const local = await ${api}.storage.local.get(null);
  const session = ${api}.storage.session ? await ${api}.storage.session.get(null) : {};
  const web = [typeof localStorage === 'undefined' ? '' : JSON.stringify({ ...localStorage }), typeof sessionStorage === 'undefined' ? '' : JSON.stringify({ ...sessionStorage })];
  return [JSON.stringify(local), JSON.stringify(session), ...web, await (${dumpDatabases.toString()})()].join('\\n');
})()`;

/** Opens an extension page in Firefox and waits until it is ready (lib/pair.mjs). */
function gotoExtension(page, url) {
  return firefoxExtensionNavigation(() => page.goto(url, { timeout: 60000 }),
    () => page.waitForFunction((u) => location.href === u && document.body?.dataset.ready, { timeout: 60000 }, url));
}

function assertNowhere(text, where) {
  for (const s of secrets()) assert.ok(!text.includes(s), `"${s}" found in ${where}`);
}

// ------------------------------------------------------------------------------------------

test('Chromium: 40 attempts over 21 days recorded through the real path; the dossier, the letter and the list printed and checked', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'relais-dossier-chromium-'));
  const b = await launchChromium({ profile, actionClicks: true });
  try {
    await setSettings(b.sw, { lang: 'ar' });
    const { times, unrelated, after: later } = plan();
    const complet = server.url('prefecture', '/portals/prefecture-rdv/complet.html');
    let n = 0;
    let deleteThese = [];
    const events = [...times.slice(0, -1).map((t) => ({ t, kind: 'visit' })), { t: unrelated, kind: 'unrelated' }, { t: times.at(-1), kind: 'report' }]
      .sort((x, y) => x.t - y.t);
    const jp = await b.ctx.newPage(); // the extension page that sends the person's report and notes
    await jp.goto(`chrome-extension://${b.extensionId}/pages/journal/journal.html`);
    await jp.waitForFunction(() => document.body.dataset.ready);
    for (const e of events) {
      await setClock(b.sw, e.t);
      if (e.kind === 'visit') {
        const j = await meet(b, complet, n + 1);
        const r = j.records.at(-1);
        assert.equal(Date.parse(r.time.utc), e.t, 'recorded at the simulated time');
        assert.match(r.time.local, /\+0[12]:00$/);
        assert.equal(r.time.timeZone, 'Europe/Paris');
        n = j.records.length;
      } else if (e.kind === 'unrelated') {
        // An HTTP 503 on another portal, deleted by the person afterwards.
        const before = n;
        await meet(b, server.url('anef', '/portals/service-indisponible/'), n + 1);
        await new Promise((r) => setTimeout(r, 1500)); // its page may add a record of its own
        const j = await storedJournal(b.sw);
        deleteThese = j.records.slice(before).filter((r) => r.kind === 'entry').map((r) => r.seq);
        assert.ok(deleteThese.length >= 1);
        n = j.records.length;
      } else {
        // "This is blocking me" on the booking page, with a note in Arabic: a screenshot.
        const tab = await b.ctx.newPage();
        await tab.goto(server.url('prefecture', '/portals/prefecture-rdv/index.html'));
        await tab.bringToFront();
        await clickAction(b, tab); // the toolbar button: the screenshot's activeTab grant
        const reported = await jp.evaluate((note) => chrome.runtime.sendMessage({ type: 'journal.report', note }), AR_REPORT_NOTE);
        assert.ok(reported?.ok, JSON.stringify(reported));
        await tab.close();
        n = (await waitRecords(b.sw, n + 2)).records.length;
      }
    }
    // The person's notes and the deletion, the next morning.
    await setClock(b.sw, later);
    const send = (m) => jp.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
    assert.ok((await send({ type: 'journal.note', entry: 1, text: AR_NOTE })).ok);
    assert.ok((await send({ type: 'journal.note', entry: 0, text: FR_NOTE })).ok);
    for (const seq of deleteThese) assert.ok((await send({ type: 'journal.delete', entry: seq, reason: REASON })).ok);
    // A trusted timestamp of the head, by the local authority (its clock is the real one).
    await setClock(b.sw, later + 10 * MINUTE);
    await jp.reload();
    await jp.waitForFunction(() => document.body.dataset.ready === 'true');
    await jp.fill('#tsa-urls', server.url('tsa', '/tsa'));
    await jp.click('#tsa-button');
    await jp.waitForFunction(() => document.querySelector('#tsa-status li[data-ok="true"]'), null, { timeout: 20000 });
    const journal = await storedJournal(b.sw);
    const failures = journal.records.filter((r) => r.kind === 'entry' || r.kind === 'attempt');
    const shot = failures.find((r) => r.capture?.kind === 'screenshot');
    assert.ok(shot, 'the report has its screenshot');
    assert.ok(journal.records.some((r) => r.kind === 'attempt'), 'a failure met again within minutes is an attempt of its entry');
    assert.equal(journal.timestamps.length, 1);
    assert.equal(journal.records.filter((r) => r.kind === 'entry' && r.meaning?.lang === 'ar').length > 0, true, 'the meanings were recorded in Arabic');

    // The dossier page.
    const page = await b.ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${b.extensionId}/pages/dossier/dossier.html`);
    await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60000 });
    assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true', await page.textContent('#status'));
    assert.equal(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'fr,ltr');
    const printed = await printAll(page, (path) => page.pdf({ path, format: 'A4', printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } }), 'chromium');
    assert.equal(printed.head, journal.records.at(-1).hash);
    assert.ok(!secrets().some((s) => printed.url.includes(s)), 'typed data in the address');
    // The ZIP the dossier names, downloaded from its page: the same bytes, verified by relais.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#zip')]);
    assert.equal(download.suggestedFilename(), printed.bundle.name);
    bundlePath = join(OUT, printed.bundle.name);
    await download.saveAs(bundlePath);
    assert.equal(createHash('sha256').update(readFileSync(bundlePath)).digest('hex'), printed.bundle.sha256, 'the ZIP is the one the paper names');
    const verify = spawnSync(RELAIS, ['journal', 'verify', '--tsa-ca', tsa.cert, bundlePath], { encoding: 'utf8' });
    assert.equal(verify.status, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, new RegExp(`head: ${printed.head}`));
    const d = checkDossier(printed.files.dossier, { journal, head: printed.head, bundle: printed.bundle, name: TYPED.name, label: 'chromium' });
    checkLetter(printed.files.lettre, printed.head, 'chromium');
    checkPieces(printed.files.pieces, printed.head, printed.bundle, 'chromium');
    assert.deepEqual(errors, []);
    chromiumFacts = { head: printed.head, bundle: printed.bundle };
    console.log(`Chromium: dossier ${d.pages} pages (${d.times} French times), letter ${pdfPageCount(printed.files.lettre)}, list ${pdfPageCount(printed.files.pieces)}; ${journal.records.length} records; ZIP ${printed.bundle.name}`);

    // Nothing typed is stored: every storage area and database, then every file of the profile.
    await page.close();
    assertNowhere(await b.sw.evaluate(readStorage('chrome')), 'Chromium storage');
    await jp.close();
  } finally {
    await b.close();
  }
  const found = scanProfile(profile, secrets());
  assert.deepEqual(found, [], `typed data in Chromium's profile: ${found.join(', ')}`);
  // The scan does see what the browser keeps: the dossier page's address is in its session files.
  assert.ok(scanProfile(profile, ['pages/dossier/dossier.html']).length > 0, 'the profile scan finds nothing at all');
  rmSync(profile, { recursive: true, force: true });
});

test('Firefox ESR: the same journal imported, the dossier, the letter and the list printed and checked', async (t) => {
  if (!bundlePath) {
    t.skip('no bundle from the Chromium test');
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'relais-dossier-firefox-'));
  // The profile scan below must see what the browser keeps, its session-restore file included:
  // Firefox writes that file every 15 s by default, and this test can be shorter than that.
  const ff = await launchFirefox({ acceptLanguages: 'ar', profile, extensionPages: true, prefs: { 'browser.sessionstore.interval': 1000 } });
  try {
    const base = `moz-extension://${FIREFOX_UUID}`;
    const page = await ff.browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await gotoExtension(page, `${base}/pages/journal/journal.html`);
    // Imported as a person does, on the journal page (verified there, then stored).
    await chooseFile(page, '#import', readFileSync(bundlePath), 'dossier.zip');
    await page.waitForFunction(() => document.getElementById('status').textContent.length > 0 && Number(document.body.dataset.records) > 0, { timeout: 60000 });
    await gotoExtension(page, `${base}/pages/dossier/dossier.html`);
    assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true', await page.$eval('#status', (e) => e.textContent));
    const journal = JSON.parse(execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("journal.json").decode())', bundlePath], { encoding: 'utf8' }));
    const printed = await printAll(page, (path) => page.pdf({ path, format: 'A4', printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } }), 'firefox');
    // The same journal: the same head, and the same ZIP, byte for byte, named on the paper.
    assert.equal(printed.head, chromiumFacts.head);
    assert.deepEqual(printed.bundle, chromiumFacts.bundle);
    const d = checkDossier(printed.files.dossier, { journal, head: printed.head, bundle: printed.bundle, name: TYPED.name, label: 'firefox' });
    checkLetter(printed.files.lettre, printed.head, 'firefox');
    checkPieces(printed.files.pieces, printed.head, printed.bundle, 'firefox');
    assert.deepEqual(errors, []);
    console.log(`Firefox: dossier ${d.pages} pages (${d.times} French times), letter ${pdfPageCount(printed.files.lettre)}, list ${pdfPageCount(printed.files.pieces)}`);
    // Nothing typed is stored, read from an extension page of the same origin after the dossier closed.
    await gotoExtension(page, `${base}/pages/journal/journal.html`);
    assertNowhere(await page.evaluate(readStorage('browser')), 'Firefox storage');
  } finally {
    await ff.close();
  }
  const found = scanProfile(profile, secrets());
  assert.deepEqual(found, [], `typed data in Firefox's profile: ${found.join(', ')}`);
  // The scan does see what the browser keeps (its compressed session files included).
  const seen = scanProfile(profile, ['pages/dossier/dossier.html']);
  assert.ok(seen.length > 0, 'the profile scan finds nothing at all');
  console.log(`Firefox profile: the dossier page's address found in ${seen.join(', ')}; the typed data nowhere`);
  rmSync(profile, { recursive: true, force: true });
});
