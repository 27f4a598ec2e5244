// The self-recording portal page (rrweb session replay and copies of its own HTML, as some
// portals' analytics do): the recording is read back and searched for Relais's traces with
// lib/rrweb.mjs. Today's overlay is light DOM, so with Relais the recording DOES hold it: this
// file prints the traces; the privacy test that requires none comes with the closed-shadow-root
// overlay. What is asserted is what holds today: the helper finds the page's own text (full
// snapshot and mutations) and finds no trace when Relais is absent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { recordingContent, relaisTraces } from './lib/rrweb.mjs';

const ARABIC = { lang: 'ar', dir: 'rtl', script: /\p{Script=Arabic}/u };
const ERROR = 'Veuillez saisir votre identifiant';
let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/** Submits the empty form (the page adds an error message), waits for a snapshot after it, reads the recording. */
async function record(page) {
  await page.click('#se-connecter');
  await page.waitForFunction((text) => window.relaisFixtureRecording.snapshots.at(-1)?.includes(text), ERROR);
  const recording = await page.evaluate(() => window.relaisFixtureRecording);
  const overlayTexts = await page.$$eval('relais-overlay .relais-term', (els) => els.map((e) => e.textContent));
  return { recording, overlayTexts };
}

function assertRecordsPage(recording) {
  const c = recordingContent(recording.events);
  const all = c.texts.join('\n');
  assert.ok(all.includes('Identifiant'), 'the full snapshot has the label');
  assert.ok(all.includes('numéro étranger (10 chiffres)'), 'the full snapshot has the hint');
  assert.ok(all.includes(ERROR), 'the mutations have the error message added after submit');
  assert.ok(c.attributes.some((a) => a.name === 'class' && a.value.includes('fr-input-group--error')), 'attribute mutations are read');
}

test('recording without Relais: the helper reads the page and finds no trace of Relais', async () => {
  const b = await launchChromium({ extension: false });
  try {
    const page = await b.ctx.newPage();
    await page.goto(server.url('anef', '/apps/rrweb-anef/'), { waitUntil: 'load' });
    const { recording } = await record(page);
    assertRecordsPage(recording);
    assert.deepEqual(relaisTraces(recording, ARABIC), []);
  } finally {
    await b.close();
  }
});

test('recording with Relais (Arabic): traces printed, not yet asserted', async () => {
  const b = await launchChromium();
  try {
    await setSettings(b.sw, { lang: 'ar' });
    const { page, errors } = await openWithOverlay(b.ctx, server.url('anef', '/apps/rrweb-anef/'));
    const { recording, overlayTexts } = await record(page);
    assertRecordsPage(recording);
    const traces = relaisTraces(recording, { ...ARABIC, overlayTexts });
    const kinds = [...new Set(traces.map((t) => t.replace(/".*$/, '').replace(/snapshot \d+/, 'snapshot N')))];
    console.log(`Relais traces in the page's own recording: ${traces.length} (${recording.events.length} rrweb events, ${recording.snapshots.length} HTML copies); kinds: ${kinds.join(' | ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});
