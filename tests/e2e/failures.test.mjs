// Failures wherever they are printed (issue 13): the service's failure messages on the fixture
// tests/fixtures/portals/messages/ — in a field's .help-block, in a short paragraph, in a toast
// and in a role="status" line — are each recorded once, with their DOM snapshot, although the
// page renders them twice; the form's own validation messages beside them (a Quasar-like
// role="alert" under a field, Bootstrap's .invalid-feedback) are not recorded; each failure is
// shown with an overlay that names its block and French text (DOM contract). Chromium: the
// stored journal is read; Firefox ESR: the count the content script keeps (data-relais-recorded).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, launchFirefox, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { storedJournal } from './lib/journal.mjs';

const FAILURES = [
  { where: '.help-block', selector: '#numero-aide', failure: 'unavailable', text: 'Le service rencontre des difficultés. Réessayez plus tard.' },
  { where: 'short paragraph', selector: '#annonce', failure: 'no-slot', text: 'Aucun créneau disponible.' },
  { where: 'toast', selector: '#toast-session', failure: 'session-expired', text: 'Votre session a expiré. Reconnectez-vous.' },
  { where: 'role=status', selector: '#statut', failure: 'timeout', text: 'Délai d’attente dépassé : votre demande n’a pas été envoyée.' },
];
const VALIDATION = ['Ce champ est obligatoire', 'Le numéro allocataire doit comporter 7 chiffres.'];
const PATH = '/portals/messages/';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/** Clicks "Vérifier ma demande", waits for 4 records and for the page's second rendering to settle. */
async function trigger(page, waitFor) {
  await page.click('#verifier');
  await waitFor(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 4);
  await new Promise((r) => setTimeout(r, 1500)); // the re-render at 300 ms, the observer, the replies
  return page.evaluate(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0));
}

/**
 * For each failure element: the overlay that translates it among the relais-overlay hosts right
 * after it (its kind, block, source text), read inside the host's root as the DOM contract
 * exposes it (open in the inspect build).
 */
function shown(page) {
  return page.evaluate((failures) => failures.map(([sel, text]) => {
    const el = document.querySelector(sel);
    for (let n = el?.nextElementSibling; n?.tagName === 'RELAIS-OVERLAY'; n = n.nextElementSibling) {
      const box = n.shadowRoot?.querySelector('.relais-overlay');
      if (box?.dataset.relaisSource === text) return { kind: box.dataset.relaisKind, block: box.dataset.relaisFor, source: box.dataset.relaisSource };
    }
    return null;
  }), FAILURES.map((f) => [f.selector, f.text]));
}

test('Chromium: a failure in a .help-block, a short paragraph, a toast and a role=status is recorded once each', async () => {
  const b = await launchChromium();
  try {
    await setSettings(b.sw, { lang: 'en' });
    const { page, errors } = await openWithOverlay(b.ctx, server.url('servicePublic', PATH));
    const recorded = await trigger(page, (fn) => page.waitForFunction(fn, null, { timeout: 10000 }));
    const j = await storedJournal(b.sw);
    const records = j?.records ?? [];
    const rows = FAILURES.map((f) => {
      const mine = records.filter((r) => r.message === f.text);
      return { ...f, records: mine.length, kinds: mine.map((r) => `${r.kind}:${r.failure}`).join(' ') };
    });
    console.log(`Chromium: recorded ${recorded}\n${rows.map((r) => `  ${r.where.padEnd(16)} ${r.failure.padEnd(16)} records ${r.records} (${r.kinds})`).join('\n')}`);
    assert.equal(recorded, FAILURES.length, 'data-relais-recorded');
    for (const r of rows) {
      assert.equal(r.records, 1, `${r.where}: ${r.records} records of "${r.text}"`);
      const rec = records.find((x) => x.message === r.text);
      assert.equal(rec.kind, 'entry', `${r.where}: a new entry`);
      assert.equal(rec.failure, r.failure, `${r.where}: failure kind`);
      assert.ok(rec.capture?.sha256, `${r.where}: the DOM snapshot is kept`);
    }
    assert.equal(records.length, FAILURES.length, `only these: ${JSON.stringify(records.map((x) => [x.failure, x.message]))}`);
    for (const v of VALIDATION) assert.ok(!records.some((x) => x.message.includes(v)), `validation recorded: ${v}`);
    // Shown: an overlay after each, naming its block and the French text it was made from.
    const overlays = await shown(page);
    FAILURES.forEach((f, i) => {
      assert.ok(overlays[i], `${f.where}: no overlay`);
      assert.equal(overlays[i].source, f.text, `${f.where}: overlay source`);
      assert.match(overlays[i].block, /^b\d+$/);
    });
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await b.close();
  }
});

test('Firefox ESR: the same four failures are recorded once each', async () => {
  const ff = await launchFirefox({ acceptLanguages: 'en' });
  try {
    const page = await ff.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url('servicePublic', PATH), { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-relais') === 'ready', { timeout: 20000 });
    const recorded = await trigger(page, (fn) => page.waitForFunction(fn, { timeout: 10000 }));
    const overlays = await shown(page);
    console.log(`Firefox ESR: recorded ${recorded}; overlays ${overlays.filter(Boolean).length}/${FAILURES.length}`);
    assert.equal(recorded, FAILURES.length, 'data-relais-recorded');
    FAILURES.forEach((f, i) => assert.equal(overlays[i]?.source, f.text, `${f.where}: overlay`));
    assert.equal(await page.evaluate(() => relaisDom.one('.relais-notice') === null), true, 'the page was told a record failed');
    assert.deepEqual(errors.filter((e) => !e.startsWith('Content-Security-Policy:') || /moz-extension|relais/i.test(e)), []);
    await page.close();
  } finally {
    await ff.close();
  }
});
