// The evidence journal end to end: failures recorded by themselves (a "no free slot" page met
// five times, an HTTP 503, an error a single-page application shows after a click), the bundle
// exported from the journal page and verified by `relais journal verify`, a tampered bundle
// refused on verification and on import with the journal unchanged, no loss when the browser is
// killed right after "recorded", and the dossier printed to PDF. The same journal page in Firefox
// ESR: records, a note, a deletion, the export verified by `relais journal verify`, a tampered
// bundle refused on import with the journal unchanged, a verified one imported.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { storedJournal, waitRecords } from './lib/journal.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { answerDialogs, chooseFile, downloadBytes, launchProfile as launch, openPortal, waitRecorded } from './lib/pair.mjs';

const RELAIS = join(ROOT, 'target/release/relais');
const OUT = join(ROOT, 'tests/e2e/out');
let server;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
});

after(async () => {
  await server?.close();
});

test('failures are recorded by themselves; the bundle verifies; tampering is named and refused', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'relais-journal-'));
  let b = await launchChromium({ profile });
  await setSettings(b.sw, { lang: 'ar' });

  // 1. "No free slot", five tries: one entry and four attempts, each with its capture.
  for (let i = 0; i < 5; i++) {
    const { page, errors } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 5000 });
    assert.deepEqual(errors, []);
    await page.close();
  }
  let j = await waitRecords(b.sw, 5);
  const noSlot = j.records.filter((r) => r.kind === 'entry' && r.failure === 'no-slot');
  assert.equal(noSlot.length, 1, JSON.stringify(j.records.map((r) => [r.kind, r.failure])));
  const attempts = j.records.filter((r) => r.kind === 'attempt' && r.entry === noSlot[0].seq);
  assert.equal(attempts.length, 4);
  assert.match(noSlot[0].message, /plus de plage horaire libre/);
  assert.equal(noSlot[0].meaning.lang, 'ar');
  assert.ok(noSlot[0].capture?.sha256 && attempts.every((a) => a.capture?.sha256), 'every try has its capture');
  assert.ok(noSlot[0].serverDate, 'the server Date header is kept');

  // 2. HTTP 503, recorded without any action.
  const before503 = j.records.length;
  const p503 = await b.ctx.newPage();
  await p503.goto(server.url('anef', '/portals/service-indisponible/'));
  j = await waitRecords(b.sw, before503 + 1);
  assert.ok(j.records.some((r) => r.kind === 'entry' && r.httpStatus === 503), 'HTTP 503 not recorded');
  await p503.close();

  // 3. A late error in a single-page application, after a click.
  const n = j.records.length;
  const { page: spa } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/'));
  await spa.click('#demande-rdv');
  j = await waitRecords(b.sw, n + 1);
  assert.ok(j.records.length > n, 'the SPA error was not recorded');
  await spa.close();

  // 4. Killed right after "recorded": nothing reported as recorded is lost.
  const count = j.records.length;
  const pid = spawnSync('pgrep', ['-f', `user-data-dir=${profile}`], { encoding: 'utf8' }).stdout.trim().split('\n').map(Number).filter(Boolean);
  assert.ok(pid.length, 'Chromium process not found');
  for (const p of pid) { try { process.kill(p, 'SIGKILL'); } catch { /* already gone */ } }
  await b.ctx.close().catch(() => {});
  b = await launchChromium({ profile });
  j = await waitRecords(b.sw, count);
  assert.equal(j.records.length, count, 'records lost after the browser was killed');

  // 5. Export from the journal page, verify with the CLI, tamper, verify and import again.
  const journalPage = await b.ctx.newPage();
  await journalPage.goto(`chrome-extension://${b.extensionId}/pages/journal/journal.html`);
  await journalPage.waitForFunction(() => document.body.dataset.ready === 'true');
  assert.equal(await journalPage.evaluate(() => document.body.dataset.records), String(count));
  // Deleting an entry asks for confirmation and a reason, and adds a deletion to the chain.
  journalPage.on('dialog', (d) => d.accept(d.type() === 'prompt' ? 'doublon' : undefined));
  await journalPage.locator('button[data-entry]').last().click();
  await journalPage.waitForFunction((n) => document.body.dataset.records === String(n), count + 1);
  j = await storedJournal(b.sw);
  const deletion = j.records.find((r) => r.kind === 'deletion');
  assert.ok(deletion && deletion.reason === 'doublon', 'the deletion is not in the chain');
  const [download] = await Promise.all([journalPage.waitForEvent('download'), journalPage.click('#export')]);
  const bundle = join(OUT, 'journal-bundle.zip');
  await download.saveAs(bundle);
  const ok = spawnSync(RELAIS, ['journal', 'verify', bundle], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /OK/);

  // Flip one byte of the stored bundle: refused (the ZIP's own checksum).
  const zip = readFileSync(bundle);
  const at = zip.indexOf(Buffer.from('plage horaire libre'));
  assert.ok(at > 0, 'journal.json is stored uncompressed in the bundle');
  const flipped = Buffer.from(zip);
  flipped[at] ^= 0x01;
  const flippedPath = join(OUT, 'journal-bundle-flipped.zip');
  writeFileSync(flippedPath, flipped);
  const ko1 = spawnSync(RELAIS, ['journal', 'verify', flippedPath], { encoding: 'utf8' });
  assert.notEqual(ko1.status, 0, 'a bundle with a flipped byte verified');
  // Change one character of the first entry's message and re-zip properly (a careful forger):
  // the chain names the broken record.
  const tampered = join(OUT, 'journal-bundle-tampered.zip');
  execFileSync('python3', ['-c', `
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, 'w', zipfile.ZIP_STORED) as out:
    for info in z.infolist():
        data = z.read(info.filename)
        if info.filename == 'journal.json':
            data = data.replace('plage horaire libre'.encode(), 'plage horaire lib.e'.encode(), 1)
        out.writestr(info, data)
`, bundle, tampered]);
  const ko = spawnSync(RELAIS, ['journal', 'verify', tampered], { encoding: 'utf8' });
  assert.notEqual(ko.status, 0, 'a tampered bundle verified');
  assert.match(ko.stdout + ko.stderr, /record #\d+/, ko.stdout + ko.stderr);
  console.log(`tampered bundle: ${(ko.stdout + ko.stderr).trim().split('\n').slice(0, 2).join(' / ')}`);

  const [chooser] = await Promise.all([journalPage.waitForEvent('filechooser'), journalPage.click('#import')]);
  await chooser.setFiles(tampered);
  await journalPage.waitForFunction(() => document.getElementById('status').textContent.length > 0);
  const after = await storedJournal(b.sw);
  assert.deepEqual(after, j, 'the journal changed after a refused import');

  // 6. The dossier, printed to PDF by Chromium from its own page (tests/e2e/dossier.test.mjs
  // reads such PDFs back).
  const dossier = await b.ctx.newPage();
  await dossier.goto(`chrome-extension://${b.extensionId}/pages/dossier/dossier.html`);
  await dossier.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
  await dossier.pdf({ path: join(OUT, 'dossier.pdf'), format: 'A4', printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
  await b.close();
  console.log(`journal: ${count} records; bundle and dossier in tests/e2e/out/`);
});

/** Makes a tampered copy of a bundle: one character of a record changed, re-zipped properly. */
function tamper(bundle, out) {
  execFileSync('python3', ['-c', `
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, 'w', zipfile.ZIP_STORED) as out:
    for info in z.infolist():
        data = z.read(info.filename)
        if info.filename == 'journal.json':
            data = data.replace('plage horaire libre'.encode(), 'plage horaire lib.e'.encode(), 1)
        out.writestr(info, data)
`, bundle, out]);
}

/** The stored journal as the journal page reads it (journal.json text), from an extension page. */
function pageJournal(page) {
  return page.evaluate(async () => {
    const ext = globalThis.browser ?? globalThis.chrome;
    const store = await import(ext.runtime.getURL('shared/journal-store.js'));
    return store.loadJournal();
  });
}

test('Firefox ESR: recorded, noted, deleted, exported and verified, a tampered bundle refused, a good one imported', async () => {
  const b = await launch('firefox', { lang: 'ar' });
  try {
    for (let i = 0; i < 3; i++) {
      const { page, errors } = await openPortal(b, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
      await waitRecorded(b, page, 1);
      assert.deepEqual(errors.filter((e) => !e.startsWith('Content-Security-Policy')), []);
      await page.close();
    }
    const jp = await b.newPage();
    const errors = [];
    jp.on('pageerror', (e) => errors.push(e.message));
    await b.gotoExtension(jp, 'pages/journal/journal.html');
    assert.equal(await jp.evaluate(() => document.body.dataset.records), '3');
    assert.match(await jp.evaluate(() => document.querySelector('main').textContent), /plage horaire libre/);

    // A note on the whole journal, then the deletion of an entry (confirmed, with a reason).
    await jp.evaluate(() => { document.querySelector('#journal-note-form details').open = true; });
    await jp.focus('#journal-note-form textarea');
    await jp.keyboard.type('Note de test Firefox');
    await jp.click('#journal-note-form button[data-note-for="0"]');
    await b.waitFor(jp, () => document.body.dataset.records === '4');
    await answerDialogs(jp, 'doublon');
    await jp.click('button[data-entry]');
    await b.waitFor(jp, () => document.body.dataset.records === '5');
    const stored = JSON.parse(await pageJournal(jp));
    assert.deepEqual(stored.records.map((r) => r.kind), ['entry', 'attempt', 'attempt', 'note', 'deletion']);
    assert.equal(stored.records[4].reason, 'doublon');

    // Export (the bytes the page offers for download), verified by the CLI.
    const bundle = join(OUT, 'journal-firefox-bundle.zip');
    writeFileSync(bundle, await downloadBytes(jp, '#export'));
    const ok = spawnSync(RELAIS, ['journal', 'verify', bundle], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /OK/);

    // A tampered bundle: refused in the page, the journal unchanged.
    const tampered = join(OUT, 'journal-firefox-tampered.zip');
    tamper(bundle, tampered);
    const before = await pageJournal(jp);
    await jp.evaluate(() => { document.getElementById('status').textContent = ''; });
    await chooseFile(jp, '#import', readFileSync(tampered), 'tampered.zip');
    await b.waitFor(jp, () => document.getElementById('status').textContent.length > 0);
    const refusal = await jp.evaluate(() => document.getElementById('status').textContent);
    assert.match(refusal, /record #\d+/, 'the refusal does not name the broken record');
    assert.equal(await pageJournal(jp), before, 'the journal changed after a refused import');

    // The good bundle imported: the same journal, verified, read again by the background.
    await jp.evaluate(() => { document.getElementById('status').textContent = ''; });
    await chooseFile(jp, '#import', readFileSync(bundle), 'bundle.zip');
    await b.waitFor(jp, () => document.getElementById('status').textContent.length > 0 && document.body.dataset.records === '5');
    assert.equal(await pageJournal(jp), before);
    assert.deepEqual(errors, []);
    console.log(`Firefox journal: 5 records, bundle verified (${ok.stdout.trim().split('\n')[0]}), tampered bundle refused: ${refusal}`);
  } finally {
    await b.close();
  }
});
