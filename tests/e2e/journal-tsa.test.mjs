// Trusted time from the extension (issue #4, item 7): the person lists a time-stamping authority
// on the journal page; the background sends it the RFC 3161 request for the head of the chain;
// the reply is checked by the core, kept in the bundle, and `relais journal verify` checks its
// signature with OpenSSL. The authority is a local one made with `openssl ts` (lib/tsa.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { makeTsa } from './lib/tsa.mjs';
import { downloadBytes, launchProfile as launch, openPortal, waitRecorded } from './lib/pair.mjs';

const RELAIS = join(ROOT, 'target/release/relais');
const OUT = join(ROOT, 'tests/e2e/out');
let server;
let tsa;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  tsa = makeTsa();
  server = await startServer({ tsa: tsa.handler });
});

after(async () => {
  await server?.close();
});

test('the journal is timestamped by the authority the person lists, and the bundle verifies with it', async () => {
  const b = await launchChromium();
  try {
    await setSettings(b.sw, { lang: 'fr' });
    const { page } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 5000 });
    await page.close();

    const jp = await b.ctx.newPage();
    const errors = [];
    jp.on('pageerror', (e) => errors.push(e.message));
    await jp.goto(`chrome-extension://${b.extensionId}/pages/journal/journal.html`);
    await jp.waitForFunction(() => document.body.dataset.ready === 'true');
    await jp.fill('#tsa-urls', server.url('tsa', '/tsa'));
    await jp.click('#tsa-button');
    await jp.waitForFunction(() => document.querySelector('#tsa-status li'), null, { timeout: 20000 });
    const status = await jp.textContent('#tsa-status');
    assert.equal(await jp.evaluate(() => document.querySelector('#tsa-status li').dataset.ok), 'true', status);
    assert.equal(tsa.requests.length, 1);
    assert.equal(tsa.requests[0].contentType, 'application/timestamp-query');
    assert.ok(tsa.requests[0].bytes < 100, 'the authority receives a fingerprint, not records');
    // The dossier names the timestamp: which record, which authority, and the time it certifies.
    const dossier = await b.ctx.newPage();
    await dossier.goto(`chrome-extension://${b.extensionId}/pages/dossier/dossier.html`);
    await dossier.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
    assert.match(await dossier.textContent('dd[data-fact="timestamps"]'), /n° 1 : l’enregistrement n° 1, la tête de chaîne, existait au plus tard le .* selon l’autorité d’horodatage https:\/\/horodatage\.relais-test\.gouv\.fr/);
    await dossier.close();

    const [download] = await Promise.all([jp.waitForEvent('download'), jp.click('#export')]);
    const bundle = join(OUT, 'journal-tsa-bundle.zip');
    await download.saveAs(bundle);
    const ok = spawnSync(RELAIS, ['journal', 'verify', '--tsa-ca', tsa.cert, bundle], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /trusted timestamp 1: record #1 .* signature checked by openssl/);
    console.log(ok.stdout.split('\n').find((l) => l.includes('trusted timestamp')));
    // A listed authority that does not answer: a clear line, the journal unchanged.
    const before = await jp.evaluate(() => document.body.dataset.records);
    await jp.fill('#tsa-urls', server.url('tsa', '/nope'));
    await jp.click('#tsa-button');
    await jp.waitForFunction(() => document.querySelector('#tsa-status li[data-ok="false"]'), null, { timeout: 20000 });
    assert.match(await jp.textContent('#tsa-status'), /HTTP 404|HTTP 4/);
    assert.equal(await jp.evaluate(() => document.body.dataset.records), before);
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});

test('Firefox ESR: the journal timestamped by the listed authority, the bundle verified with it', async () => {
  const b = await launch('firefox', { lang: 'fr' });
  try {
    const { page } = await openPortal(b, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await waitRecorded(b, page, 1);
    await page.close();
    const jp = await b.newPage();
    const errors = [];
    jp.on('pageerror', (e) => errors.push(e.message));
    await b.gotoExtension(jp, 'pages/journal/journal.html');
    const requests = tsa.requests.length;
    await jp.focus('#tsa-urls');
    await jp.keyboard.type(server.url('tsa', '/tsa'));
    await jp.click('#tsa-button');
    await b.waitFor(jp, () => document.querySelector('#tsa-status li'));
    const status = await jp.evaluate(() => document.getElementById('tsa-status').textContent);
    assert.equal(await jp.evaluate(() => document.querySelector('#tsa-status li').dataset.ok), 'true', status);
    assert.equal(tsa.requests.length, requests + 1);
    const bundle = join(OUT, 'journal-tsa-firefox-bundle.zip');
    writeFileSync(bundle, await downloadBytes(jp, '#export'));
    const ok = spawnSync(RELAIS, ['journal', 'verify', '--tsa-ca', tsa.cert, bundle], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /trusted timestamp 1: record #1 .* signature checked by openssl/);
    assert.deepEqual(errors, []);
    console.log(`Firefox: ${ok.stdout.split('\n').find((l) => l.includes('trusted timestamp'))}`);
  } finally {
    await b.close();
  }
});
