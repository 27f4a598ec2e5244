// The journal's store, one row per record (issue 14): a journal stored by Relais 0.2 (database
// version 1, the whole journal.json in one `current` row, as the frozen fixture of
// crate/journal/tests/data/journal/v1 was stored) is moved to one row per record the first time
// the new version opens it — nothing lost, the same head hash, its captures and trusted
// timestamp still there, the old row gone — and records then append one row each, never
// rewriting an earlier one. The journal page lists the migrated journal and exports a bundle that
// `relais journal verify` accepts with the same head.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { storedJournal } from './lib/journal.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';

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

/** Writes the layout of Relais 0.2 (database version 1) as it stored a journal: one `current` row. */
function writeOldLayout(sw, json, files) {
  return sw.evaluate(({ json, files }) => new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal', 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('journal');
      req.result.createObjectStore('captures');
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['journal', 'captures'], 'readwrite');
      tx.objectStore('journal').put(json, 'current');
      for (const [name, b64] of Object.entries(files)) {
        const bin = atob(b64);
        tx.objectStore('captures').put(Uint8Array.from(bin, (c) => c.charCodeAt(0)), name);
      }
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }), { json, files });
}

/** The raw rows of the journal database: its version, stores, `journal` keys, record keys, capture names. */
function rows(sw) {
  return sw.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal');
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction([...db.objectStoreNames]);
      const keys = (s) => tx.objectStore(s).getAllKeys();
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

test('a journal stored by Relais 0.2 is moved to one row per record on first start: nothing lost, same head', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'relais-store-'));
  const json = readFileSync(join(V1, 'journal.json'), 'utf8');
  const old = JSON.parse(json);
  const head = old.records.at(-1).hash;
  let b = await launchChromium({ profile });
  try {
    await setSettings(b.sw, { lang: 'en' });
    await writeOldLayout(b.sw, json, v1Files());
    await b.close();

    // The first start of this version: the journal is moved when it is first opened.
    b = await launchChromium({ profile });
    const page = await b.ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${b.extensionId}/pages/journal/journal.html`);
    await page.waitForFunction(() => document.body.dataset.ready);
    assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true', await page.textContent('#status'));
    assert.equal(await page.evaluate(() => document.body.dataset.records), String(old.records.length));
    const r = await rows(b.sw);
    assert.equal(r.version, 2);
    assert.deepEqual(r.stores, ['captures', 'journal', 'records']);
    assert.deepEqual(r.journal, ['head'], 'the old row is gone, the head is there');
    assert.deepEqual(r.records, old.records.map((x) => x.seq));
    assert.deepEqual(r.captures.sort(), ['captures/000001.jpg', 'captures/000002.jpg', 'captures/000005.html', 'timestamps/1.pem', 'timestamps/1.tsr']);
    // Every record's row is the very line the old journal held: no hashed byte rewritten.
    const oldLines = json.split('\n').map((l) => l.replace(/,$/, ''));
    for (const line of r.lines) assert.ok(oldLines.includes(line), `a row is not a line of the old journal: ${line.slice(0, 80)}`);
    const moved = await storedJournal(b.sw);
    assert.deepEqual(moved.records, old.records);
    assert.deepEqual(moved.timestamps, old.timestamps);
    assert.equal(moved.schema, 2);
    assert.equal(moved.records.at(-1).hash, head);
    // The background's reading of it (the figures the journal and dossier pages show): same head, the timestamp kept.
    const summary = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'journal.summary' }));
    assert.ok(summary.ok, JSON.stringify(summary));
    assert.equal(summary.value.head, head);
    assert.deepEqual(summary.value.timestamps.map((t) => t.seq), [6]);

    // The bundle exported from the page verifies, with the same head and the timestamp.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const bundle = join(OUT, 'journal-migrated.zip');
    await download.saveAs(bundle);
    const ok = spawnSync(RELAIS, ['journal', 'verify', bundle, '--json'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const { report } = JSON.parse(ok.stdout);
    assert.equal(report.head, head);
    assert.equal(report.timestamps.length, 1);

    // A new failure appends one row; no earlier row changes.
    const { page: full } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await full.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 8000 });
    await full.close();
    const r2 = await rows(b.sw);
    assert.deepEqual(r2.records, [...r.records, r.records.length + 1]);
    assert.deepEqual(r2.lines.slice(0, r.lines.length), r.lines, 'an earlier record was rewritten');
    const grown = await storedJournal(b.sw);
    assert.equal(grown.records.at(-1).prev, head, 'the new record is chained to the migrated head');
    assert.deepEqual(errors, []);
    console.log(`migration: ${old.records.length} records, head ${head.slice(0, 12)}…, 5 files; then one row appended`);
  } finally {
    await b.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a store that lost a record is refused on reading, not shown as a shorter whole chain', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'relais-store-'));
  let b = await launchChromium({ profile });
  try {
    await setSettings(b.sw, { lang: 'en' });
    const { page: full } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await full.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 8000 });
    const { page: spa } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/'));
    await spa.click('#demande-rdv');
    await spa.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 8000 });
    assert.equal((await storedJournal(b.sw)).records.length, 2);
    // The last record's row lost (a damaged store), the head still counting it.
    await b.sw.evaluate(() => new Promise((resolve, reject) => {
      const req = indexedDB.open('relais-journal');
      req.onsuccess = () => {
        const tx = req.result.transaction('records', 'readwrite');
        tx.objectStore('records').delete(2);
        tx.oncomplete = () => { req.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await b.close();
    b = await launchChromium({ profile });
    const page = await b.ctx.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/pages/journal/journal.html`);
    await page.waitForFunction(() => document.body.dataset.ready);
    assert.equal(await page.evaluate(() => document.body.dataset.ready), 'error');
    assert.match(await page.textContent('#status'), /holds 1 records but its head counts 2/);
  } finally {
    await b.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
