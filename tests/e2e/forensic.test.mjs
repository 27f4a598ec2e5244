// Nothing left on a shared computer (issue 15), in Chromium and in Firefox ESR: a mediator session
// meets a failure on a portal page (a message carrying a marker of its own, served cacheable),
// types a marker in the portal's field and another in the session's notes, and ends without
// keeping anything, with the browser's traces removed (the default). Then the extension's storage
// is what it was before the session (no new database), the browser is closed, and every file of
// its profile folder is searched for the markers, as UTF-8 and as UTF-16 (Firefox's compressed
// session files unpacked): none is found, but for two exceptions of the browsers' own, named in
// EXCEPTIONS and printed. The same session kept in a profile: the markers are not found in clear
// either (the journal is in the profile, encrypted with the passphrase).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './lib/server.mjs';
import { FIREFOX_UUID } from './lib/browsers.mjs';
import { BROWSERS, everything, launchProfile as launch, openPortal, waitRecorded } from './lib/pair.mjs';
import { scanProfile } from './lib/storage-scan.mjs';
import { axe } from './lib/page-checks.mjs';

const FAILURE = 'FORENSIC-ECHEC-4417';
const TYPED = 'FORENSIC-SAISIE-8823';
const NOTE = 'FORENSIC-NOTE-5906';
const MARKERS = [FAILURE, TYPED, NOTE];

/** A portal page that shows a failure with a marker, and a field: served cacheable, as portals do. */
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion — ANEF</title></head><body><main>
<h1>Connexion à votre espace</h1>
<div class="fr-alert fr-alert--error" role="alert"><p>Échec ${FAILURE} : votre demande n’a pas pu être enregistrée, le service est indisponible.</p></div>
<form><label class="fr-label" for="identifiant">Identifiant</label>
<input class="fr-input" type="text" id="identifiant" name="identifiant" autocomplete="username">
<button type="button">Se connecter</button></form></main></body></html>`;

let server;

before(async () => {
  server = await startServer({
    routes: {
      '/relais-forensic/connexion.html': (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, max-age=600', 'Content-Security-Policy': "default-src 'self'" });
        res.end(PAGE);
      },
    },
  });
});

after(async () => {
  await server?.close();
});

/** Where each marker was found (`marker: files`), for the message of a failure. */
function where(dir) {
  return MARKERS.map((m) => `${m}: ${scanProfile(dir, [m]).join(', ') || 'nowhere'}`).join('; ');
}

/**
 * What no extension can remove, found by this test, said on the end-of-session report and in
 * docs/fin-de-seance.md, and allowed here by name, each for one marker only:
 * - the browser's own session-restore files (Chromium `Sessions/`, Firefox `sessionstore*`) may
 *   keep what was typed in a portal's field of a tab the session opened, even once Relais closed
 *   it, until the browser rewrites them (the report's `mediator-remains-restore`): the typed
 *   marker only;
 * - Firefox deletes the files of the cache entries `browsingData` removed lazily: they are moved
 *   to `cache2/doomed/`, then `cache2/trash*` at the next start, and deleted later in the
 *   background (not within 30 s of a restart, tried). Firefox itself no longer reads them: the
 *   portal's page (the failure marker) only.
 */
const EXCEPTIONS = [
  { files: /^(Default\/Sessions\/|sessionstore)/, marker: TYPED, what: 'the browser\'s session-restore files' },
  { files: /^cache2\/(doomed|trash\d+)\//, marker: FAILURE, what: 'Firefox\'s removed cache entries, not yet deleted' },
];

/** Files and bytes of a folder, to say what the scan searched. */
function size(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) { files += 1; bytes += statSync(p).size; }
    }
  };
  walk(dir);
  return { files, bytes };
}

/** Nothing found, but the named exceptions (EXCEPTIONS), which are printed. */
function assertOnlyExceptions(kind, dir, report) {
  for (const m of MARKERS) {
    const files = scanProfile(dir, [m]);
    const allowed = EXCEPTIONS.filter((e) => e.marker === m);
    const unexpected = files.filter((f) => !allowed.some((e) => e.files.test(f)));
    assert.deepEqual(unexpected, [], `${m} found in ${kind}'s profile folder: ${where(dir)}`);
    for (const e of allowed) {
      const there = files.filter((f) => e.files.test(f));
      if (there.length) console.log(`${kind}: ${m} is in ${e.what} (${there.join(', ')}): a known exception`);
    }
    if (m === TYPED && files.length) assert.ok(report.remains.some((r) => r[0] === 'mediator-remains-restore'), 'the report does not say the session-restore files remain');
  }
}

/** Sets a control's state as a person would have (select, radio, text) on the mediator page. */
async function typeInto(b, page, selector, text) {
  await page.focus(selector);
  await page.keyboard.type(text);
}

/** A session: a failure met, a marker typed in the portal and in the notes. Returns the desk page. */
async function session(b) {
  const desk = await b.newPage();
  await b.gotoExtension(desk, 'pages/mediator/mediator.html');
  const before = await everything(desk);
  await desk.evaluate(() => { document.getElementById('lang').value = 'ti'; });
  await desk.click('#start');
  await b.waitFor(desk, () => !document.getElementById('notes').hidden);

  const { page } = await openPortal(b, server.url('anef', '/relais-forensic/connexion.html'));
  await waitRecorded(b, page, 1);
  await typeInto(b, page, '#identifiant', TYPED);
  assert.equal(await page.evaluate(() => document.getElementById('identifiant').value), TYPED);

  await desk.bringToFront();
  await typeInto(b, desk, '#notes-text', NOTE);
  await b.waitFor(desk, () => document.getElementById('notes-saved').textContent.length > 0);

  // While the session lasts, its journal is on disk sealed: no marker in clear in any database.
  const during = await everything(desk);
  assert.ok(during.databases['relais-session'], 'the session has no journal');
  const stored = JSON.stringify(during.databases);
  for (const m of MARKERS) assert.equal(stored.includes(m), false, `${m} is in clear in a database during the session`);
  return { desk, before, portal: page };
}

/** Ends the session from its form (the browser's traces removed: the default); returns the report. */
async function end(b, desk, keep = null) {
  await b.gotoExtension(desk, 'pages/mediator/mediator.html#end');
  assert.equal(await desk.evaluate(() => document.getElementById('clean').checked), true, 'removing the browser\'s traces is not the default');
  if (keep) {
    await desk.click('#keep-profile');
    await typeInto(b, desk, '#profile-name', keep.name);
    await typeInto(b, desk, '#passphrase', keep.passphrase);
    await typeInto(b, desk, '#passphrase-again', keep.passphrase);
  } else {
    await desk.click('#keep-none');
  }
  await desk.click('#end-button');
  await b.waitFor(desk, () => !document.getElementById('report').hidden, null, 60000);
  return desk.evaluate(() => ({
    done: [...document.querySelectorAll('#report-done li')].map((li) => [li.dataset.report, li.textContent]),
    remains: [...document.querySelectorAll('#report-remains li')].map((li) => [li.dataset.report, li.textContent]),
    lang: document.documentElement.lang,
  }));
}

for (const kind of BROWSERS) {
  test(`${kind}: a session ended without keeping leaves nothing in the browser's profile folder`, async () => {
    const b = await launch(kind, { lang: 'en', keepProfile: true });
    let closed = false;
    try {
      const { desk, before } = await session(b);
      const report = await end(b, desk);
      console.log(`${kind} end-of-session report (${report.lang}):\n  removed: ${report.done.map((d) => d[1]).join('\n           ')}\n  remains: ${report.remains.map((d) => d[1]).join('\n           ')}`);
      const removed = report.done.map((d) => d[0]);
      for (const id of ['mediator-report-session', 'mediator-report-sites', 'mediator-report-history', 'mediator-report-tabs']) {
        assert.ok(removed.includes(id), `the report does not say ${id}: ${JSON.stringify(report)}`);
      }
      assert.equal(report.lang, 'en', 'the report is not in the mediator\'s language');
      const v = await axe(desk, { include: [['#report']] });
      assert.deepEqual(v, [], JSON.stringify(v, null, 1));
      // The portal tab the session opened is closed.
      assert.equal((await b.raw.ctx?.pages() ?? await b.raw.browser.pages()).some((p) => p.url().includes('relais-forensic')), false, 'the session\'s portal tab is still open');

      const afterEnd = await everything(desk);
      assert.deepEqual(afterEnd.local, before.local, 'storage.local changed');
      assert.deepEqual(afterEnd.session, {}, 'storage.session is not empty');
      assert.deepEqual(Object.keys(afterEnd.databases).sort(), Object.keys(before.databases).sort(), 'a database was left behind');
      const text = JSON.stringify(afterEnd);
      for (const m of MARKERS) assert.equal(text.includes(m), false, `${m} is still stored`);

      await b.raw.close();
      closed = true;
      const searched = size(b.dir);
      const found = scanProfile(b.dir, MARKERS);
      console.log(`${kind}: searched ${searched.files} files, ${searched.bytes} bytes of the profile folder (UTF-8 and UTF-16) for ${MARKERS.join(', ')}: ${found.length ? `found: ${where(b.dir)}` : 'none found'}`);
      assertOnlyExceptions(kind, b.dir, report);
      // The scan does see what the browser keeps: the extension's address (Chromium: the mediator
      // page's, in its session files; Firefox: the extension's id, in its preferences).
      const seen = scanProfile(b.dir, [kind === 'chromium' ? 'mediator.html' : FIREFOX_UUID]);
      assert.ok(seen.length > 0, 'the scan finds nothing at all');
    } finally {
      if (!closed) await b.close();
      rmSync(b.dir, { recursive: true, force: true });
    }
  });

  test(`${kind}: a session kept in a profile leaves its markers only as ciphertext`, async () => {
    const b = await launch(kind, { lang: 'en', keepProfile: true });
    let closed = false;
    try {
      const { desk } = await session(b);
      const report = await end(b, desk, { name: 'A. B.', passphrase: 'cheval agrafe batterie' });
      assert.ok(report.done.some((d) => d[0] === 'mediator-report-session'), JSON.stringify(report));
      const kept = await everything(desk);
      assert.equal(kept.databases['relais-profiles']?.profiles?.length, 1, 'no profile kept');
      assert.equal(kept.databases['relais-session'], undefined);
      const text = JSON.stringify(kept);
      for (const m of MARKERS) assert.equal(text.includes(m), false, `${m} is stored in clear`);
      await b.raw.close();
      closed = true;
      const searched = size(b.dir);
      const found = scanProfile(b.dir, MARKERS);
      console.log(`${kind} (kept): searched ${searched.files} files, ${searched.bytes} bytes: ${found.length ? `found: ${where(b.dir)}` : 'no marker in clear'}`);
      assertOnlyExceptions(kind, b.dir, report);
    } finally {
      if (!closed) await b.close();
      rmSync(b.dir, { recursive: true, force: true });
    }
  });
}
