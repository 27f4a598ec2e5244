// The journal's store, one row per record (issue 14), in Chromium and in Firefox ESR: a journal
// stored by Relais 0.2 (database version 1, the whole journal.json in one `current` row, as the
// frozen fixture of crate/journal/tests/data/journal/v1 was stored) is moved to one row per
// record the first time the new version opens it — nothing lost, the same head hash, its
// captures and trusted timestamp still there, the old row gone — and records then append one row
// each, never rewriting an earlier one. The journal page lists the migrated journal and exports a
// bundle that `relais journal verify` accepts with the same head. A store that lost a record is
// refused on reading; a record acknowledged ("recorded") survives the browser killed right after.
//
// Each test starts a browser on a profile folder of its own, stops it and starts it again on the
// same folder (lib/pair.mjs `launch(name, {profile})`), as a person's browser is closed and opened
// again. The old layout is written, and the rows read, by the extension's own background (its
// origin holds the database): Chromium's service worker, Firefox's event page through the Remote
// Debugging Protocol (lib/firefox-rdp.mjs).
//
// What differs in Firefox, and what replaces it:
// - the extension is installed again at each start, as lib/browsers.mjs installs it (puppeteer's
//   `installExtension`, WebDriver BiDi: a temporary installation), at its fixed id and
//   moz-extension UUID (lib/browsers.mjs), so that the extension installed again on the same
//   profile is the same origin and finds its database, as a person's installed extension does
//   (Firefox ESR 153 keeps a temporary extension's storage when it closes: checked by this test's
//   first step, which would find no journal otherwise). Nothing of the journal's own code differs;
// - "killed": the browser's main process is sent SIGKILL in both browsers (Chromium's found by
//   its profile folder, Firefox's from puppeteer's process handle), and started again on the same
//   profile: no shutdown of either browser runs, so nothing but what was committed is on disk.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { readStoredJournal } from './lib/journal.mjs';
import { BROWSERS, LABEL, launch } from './lib/pair.mjs';

const RELAIS = join(ROOT, 'target/release/relais');
const OUT = join(ROOT, 'tests/e2e/out');
const V1 = join(ROOT, 'crate/journal/tests/data/journal/v1');
let server;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/** `name` started on `profile` (kept), the person's language English. */
async function start(name, profile) {
  const s = await launch(name, { profile });
  await s.setSettings({ lang: 'en' });
  return s;
}

/** Kills the browser of session `s` started on `profile` (SIGKILL: no shutdown runs), then lets go of its driver. */
async function kill(s, profile) {
  const pids = new Set(spawnSync('pgrep', ['-f', profile], { encoding: 'utf8' }).stdout.trim().split('\n').map(Number).filter(Boolean));
  if (s.name === 'firefox' && s.raw.browser.process()?.pid) pids.add(s.raw.browser.process().pid);
  assert.ok(pids.size, `no ${s.label} process found for ${profile}`);
  for (const p of pids) { try { process.kill(p, 'SIGKILL'); } catch { /* already gone */ } }
  await new Promise((r) => setTimeout(r, 500));
  // The drivers see a browser that went away; closing them only frees what they hold.
  await Promise.race([s.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
}

/** The v1 bundle's files: {name: base64}. */
function v1Files() {
  const dir = mkdtempSync(join(tmpdir(), 'relais-v1-'));
  try {
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', join(V1, 'bundle.zip'), dir]);
    const files = {};
    const walk = (d) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (!['journal.json', 'README.txt'].includes(e)) files[relative(dir, p)] = readFileSync(p).toString('base64');
      }
    };
    walk(dir);
    return files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes the layout of Relais 0.2 (database version 1) as it stored a journal, one `current`
 * row, from the extension's background (its origin).
 */
function writeOldLayout(s, json, files) {
  return s.background((_api, { json, files }) => new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal', 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('journal');
      req.result.createObjectStore('captures');
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['journal', 'captures'], 'readwrite', { durability: 'strict' });
      tx.objectStore('journal').put(json, 'current');
      for (const [name, b64] of Object.entries(files)) {
        const bin = atob(b64);
        tx.objectStore('captures').put(Uint8Array.from(bin, (c) => c.charCodeAt(0)), name);
      }
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }), { json, files });
}

/** The raw rows of the journal database: its version, stores, `journal` keys, record keys, capture names. */
function rows(s) {
  return s.background(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal');
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction([...db.objectStoreNames]);
      const keys = (x) => tx.objectStore(x).getAllKeys();
      const j = keys('journal');
      const r = keys('records');
      const c = keys('captures');
      const values = tx.objectStore('records').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), journal: j.result, records: r.result, captures: c.result, lines: values.result });
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }));
}

/** Deletes record `seq`'s row (a damaged store), from the background. */
function loseRecord(s, seq) {
  return s.background((_api, n) => new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal');
    req.onsuccess = () => {
      const tx = req.result.transaction('records', 'readwrite', { durability: 'strict' });
      tx.objectStore('records').delete(n);
      tx.oncomplete = () => { req.result.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }), seq);
}

/** The journal page, once it says whether it could read the journal (`data-ready`: true or error). */
async function journalPage(s) {
  const page = await s.newPage();
  await page.gotoExtension(`${s.extensionBase}/pages/journal/journal.html`, { ready: false });
  await page.waitFor(() => document.body?.dataset.ready, null, { timeout: 30000 });
  return page;
}

/** Opens a portal page whose failure Relais records, and waits until it says "recorded" `n` times. */
async function recordOn(s, path, n = 1, click = null) {
  const page = await s.open(server.url('prefecture', path));
  if (click) await page.click(click);
  await page.waitFor((k) => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= k, n, { timeout: 15000 });
  return page;
}

for (const name of BROWSERS) {
  test(`${LABEL[name]}: a journal stored by Relais 0.2 is moved to one row per record on first start: nothing lost, same head`, async () => {
    const profile = mkdtempSync(join(tmpdir(), `relais-store-${name}-`));
    const json = readFileSync(join(V1, 'journal.json'), 'utf8');
    const old = JSON.parse(json);
    const head = old.records.at(-1).hash;
    let s = await start(name, profile);
    try {
      await writeOldLayout(s, json, v1Files());
      await s.close();

      // The first start of this version: the journal is moved when it is first opened.
      s = await start(name, profile);
      const page = await journalPage(s);
      assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true', await page.text('#status'));
      assert.equal(await page.evaluate(() => document.body.dataset.records), String(old.records.length));
      const r = await rows(s);
      assert.equal(r.version, 2);
      assert.deepEqual(r.stores, ['captures', 'journal', 'records']);
      assert.deepEqual(r.journal, ['head'], 'the old row is gone, the head is there');
      assert.deepEqual(r.records, old.records.map((x) => x.seq));
      assert.deepEqual(r.captures.sort(), ['captures/000001.jpg', 'captures/000002.jpg', 'captures/000005.html', 'timestamps/1.pem', 'timestamps/1.tsr']);
      // Every record's row is the very line the old journal held: no hashed byte rewritten.
      const oldLines = json.split('\n').map((l) => l.replace(/,$/, ''));
      for (const line of r.lines) assert.ok(oldLines.includes(line), `a row is not a line of the old journal: ${line.slice(0, 80)}`);
      const moved = await s.background(readStoredJournal);
      assert.deepEqual(moved.records, old.records);
      assert.deepEqual(moved.timestamps, old.timestamps);
      assert.equal(moved.schema, 2);
      assert.equal(moved.records.at(-1).hash, head);
      // The background's reading of it (the figures the journal and dossier pages show): same head, the timestamp kept.
      const summary = await page.send({ type: 'journal.summary' });
      assert.ok(summary.ok, JSON.stringify(summary));
      assert.equal(summary.value.head, head);
      assert.deepEqual(summary.value.timestamps.map((t) => t.seq), [6]);

      // The bundle exported from the page verifies, with the same head and the timestamp.
      const { path: bundle } = await page.download('#export');
      const ok = spawnSync(RELAIS, ['journal', 'verify', bundle, '--json'], { encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stdout + ok.stderr);
      const { report } = JSON.parse(ok.stdout);
      assert.equal(report.head, head);
      assert.equal(report.timestamps.length, 1);

      // A new failure appends one row; no earlier row changes.
      const full = await recordOn(s, '/portals/prefecture-rdv/complet.html');
      await full.close();
      const r2 = await rows(s);
      assert.deepEqual(r2.records, [...r.records, r.records.length + 1]);
      assert.deepEqual(r2.lines.slice(0, r.lines.length), r.lines, 'an earlier record was rewritten');
      const grown = await s.background(readStoredJournal);
      assert.equal(grown.records.at(-1).prev, head, 'the new record is chained to the migrated head');
      assert.deepEqual(page.errors, []);
      console.log(`${LABEL[name]}: migration: ${old.records.length} records, head ${head.slice(0, 12)}…, 5 files; then one row appended`);
    } finally {
      await s.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test(`${LABEL[name]}: a store that lost a record is refused on reading, not shown as a shorter whole chain`, async () => {
    const profile = mkdtempSync(join(tmpdir(), `relais-store-${name}-`));
    let s = await start(name, profile);
    try {
      const full = await recordOn(s, '/portals/prefecture-rdv/complet.html');
      const spa = await recordOn(s, '/portals/prefecture-rdv/', 1, '#demande-rdv');
      await full.close();
      await spa.close();
      assert.equal((await s.background(readStoredJournal)).records.length, 2);
      // The last record's row lost (a damaged store), the head still counting it.
      await loseRecord(s, 2);
      await s.close();
      s = await start(name, profile);
      const page = await journalPage(s);
      assert.equal(await page.evaluate(() => document.body.dataset.ready), 'error');
      assert.match(await page.text('#status'), /holds 1 records but its head counts 2/);
      // The records the page may have listed while the background was checking them are gone.
      assert.equal(await page.evaluate(() => document.querySelectorAll('#table tr').length), 0, 'records of a refused journal are still shown');
      assert.equal(await page.evaluate(() => document.getElementById('checking').hidden), true);
    } finally {
      await s.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test(`${LABEL[name]}: a record acknowledged as "recorded" survives the browser killed right after`, async () => {
    const profile = mkdtempSync(join(tmpdir(), `relais-store-${name}-`));
    let s = await start(name, profile);
    try {
      await recordOn(s, '/portals/prefecture-rdv/complet.html');
      await recordOn(s, '/portals/prefecture-rdv/', 1, '#demande-rdv');
      // "recorded" is shown once the record, the head and the capture are committed (strict
      // durability): the browser is killed at once, before any shutdown could write more.
      await kill(s, profile);
      s = await start(name, profile);
      const j = await s.background(readStoredJournal);
      assert.equal(j?.records?.length, 2, `records lost after ${LABEL[name]} was killed`);
      assert.ok(j.records.every((r) => r.capture?.kind === 'dom'), 'a record lost its capture');
      const page = await journalPage(s);
      assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true', await page.text('#status'));
      assert.equal(await page.evaluate(() => document.body.dataset.records), '2');
      const summary = await page.send({ type: 'journal.summary' });
      assert.equal(summary.value.head, j.records[1].hash, 'the head after the restart is not the last record acknowledged');
      console.log(`${LABEL[name]}: killed right after "recorded" twice: both records and their captures read back and verified`);
    } finally {
      await s.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
