// The evidence journal when the browser's storage is full (issue #4: "a storage quota error
// keeps the text entry, tells the user, and never drops an entry silently").
//
// A full quota is simulated in the service worker: IDBObjectStore.prototype.put throws a
// QuotaExceededError for the refused stores, synchronously (one of the two ways a browser reports
// it; the other, the transaction's error at commit, cannot be caused from a test). Then:
// 1. captures refused: the entry is kept with its text, its capture file is not stored, the page
//    says so in a closable notice (screenshot, axe);
// 2. everything refused: the page says "not recorded", the stored journal is unchanged;
// 3. storage back: the next failure is recorded and the chain holds, link by link.
// The same in Firefox ESR, where the background is an event page reached over the Remote
// Debugging Protocol (lib/firefox-rdp.mjs) to make its stores refuse.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { storedJournal } from './lib/journal.mjs';
import { launchProfile as launch, openPortal, waitRecorded } from './lib/pair.mjs';
import { axe, violationKeys } from './lib/page-checks.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
let server;
let b;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
  b = await launchChromium();
  await setSettings(b.sw, { lang: 'en' });
});

after(async () => {
  await b?.close();
  await server?.close();
});

/** The stored journal (parsed, and as one text to compare) and the capture files' names. */
async function stored(sw) {
  const journal = await storedJournal(sw);
  const files = await sw.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal');
    req.onsuccess = () => {
      const db = req.result;
      const keys = db.transaction('captures').objectStore('captures').getAllKeys();
      keys.onsuccess = () => { db.close(); resolve(keys.result); };
      keys.onerror = () => reject(keys.error);
    };
    req.onerror = () => reject(req.error);
  }));
  return { raw: journal ? JSON.stringify(journal) : null, journal, files };
}

/**
 * Makes `put` and `add` into the named stores throw QuotaExceededError, synchronously; `[]`
 * restores them. (A record is added to `records`, its head put in `journal`, its capture in `captures`.)
 */
function refuse(sw, stores) {
  return sw.evaluate((names) => {
    globalThis.relaisTestOriginal ??= { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
    for (const [method, original] of Object.entries(globalThis.relaisTestOriginal)) {
      IDBObjectStore.prototype[method] = names.length ? function (...args) {
        if (names.includes(this.name)) throw new DOMException('quota', 'QuotaExceededError');
        return original.apply(this, args);
      } : original;
    }
  }, stores);
}

function waitNotice(page, kind) {
  // In the page's relais-layer (inspect build: open root; playwright's selectors enter it).
  return page.waitForSelector(`.relais-notice[data-relais-notice="${kind}"]`, { state: 'attached', timeout: 8000 });
}

/** Every record's `prev` is the hash of the record before it (64 zeros for the first). */
function assertChain(journal) {
  journal.records.forEach((r, i) => {
    assert.equal(r.seq, i + 1, `record ${i}: seq`);
    assert.equal(r.prev, i === 0 ? '0'.repeat(64) : journal.records[i - 1].hash, `record #${r.seq}: prev is not the hash of #${i}`);
    assert.match(r.hash, /^[0-9a-f]{64}$/);
  });
}

test('a full quota keeps the text, says so, and drops no entry silently', async (t) => {
  // 1. The captures store is full: the entry is kept with its text, without its file.
  await refuse(b.sw, ['captures']);
  const { page: full, errors: fullErrors } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
  const notice = await waitNotice(full, 'quota');
  let s = await stored(b.sw);
  const noSlot = s.journal?.records.find((r) => r.kind === 'entry' && r.failure === 'no-slot');
  assert.ok(noSlot, `the entry was not kept: ${JSON.stringify(s.journal)}`);
  assert.match(noSlot.message, /plus de plage horaire libre/);
  // Recorded again without the capture: the record names no file that was never stored.
  assert.equal(noSlot.capture, undefined, 'a record kept without its capture must not name one');
  assert.deepEqual(s.files, [], 'no capture file may be stored while the captures store is full');
  const text = (await notice.textContent()).trim();
  assert.ok(text.length > 20 && !text.includes('[journal-storage-full]'), `notice text: ${text}`);
  assert.match(text, /storage is full/);
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.deepEqual(fullErrors, []);

  // The same on a form (the notice must leave the fields usable): screenshot, axe, close button.
  const { page, errors } = await openWithOverlay(b.ctx, server.url('ameli', '/portals/ameli-compte/'));
  const formNotice = await waitNotice(page, 'quota');
  await page.waitForTimeout(300); // the overlays of the page settle
  await page.screenshot({ path: join(OUT, 'journal-quota.png') });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: join(OUT, 'journal-quota-narrow.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const withNotice = violationKeys(await axe(page));
  assert.deepEqual([...withNotice].filter((k) => /relais-notice|relais-layer/.test(k)), [], 'axe violations on the notice');
  const box = await formNotice.boundingBox();
  assert.ok(box && box.height < 120, `the notice is ${box?.height}px high`);
  const close = page.locator('.relais-notice button.relais-notice-close');
  assert.ok((await close.getAttribute('aria-label'))?.length, 'the close button has no name');
  await close.click();
  assert.equal(await page.locator('.relais-notice').count(), 0, 'the close button does not close the notice');
  const withoutNotice = violationKeys(await axe(page));
  assert.deepEqual([...withNotice].filter((k) => !withoutNotice.has(k)), [], 'axe violations added by relais-notice');
  assert.deepEqual(errors, []);
  s = await stored(b.sw);
  assert.equal(s.journal.records.filter((r) => r.kind === 'entry').length, 2, 'the form error was not kept');
  assertChain(s.journal);
  assert.deepEqual(s.files, []);
  await page.close();
  await full.close();

  // 2. Nothing can be written: the page says "not recorded", the stored journal is unchanged.
  const before2 = s.raw;
  await refuse(b.sw, ['captures', 'journal', 'records']);
  const { page: login, errors: loginErrors } = await openWithOverlay(b.ctx, server.url('anef', '/portals/anef-login/'));
  await login.click('#se-connecter'); // empty identifier: the form's own error message
  const error = await waitNotice(login, 'error');
  const errorText = (await error.textContent()).trim();
  assert.ok(errorText.length > 20 && !errorText.includes('[journal-not-recorded]'), `notice text: ${errorText}`);
  assert.match(errorText, /could not record/);
  await login.waitForTimeout(300);
  s = await stored(b.sw);
  assert.equal(s.raw, before2, 'the stored journal changed although nothing could be written');
  assert.deepEqual(loginErrors, []);
  await login.close();

  // 3. Storage back: the next failure is recorded after the others, and the chain holds.
  await refuse(b.sw, []);
  const { page: spa, errors: spaErrors } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/'));
  await spa.click('#demande-rdv');
  await spa.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 8000 });
  s = await stored(b.sw);
  const n = JSON.parse(before2).records.length;
  assert.ok(s.journal.records.length > n, 'the failure after the storage came back was not recorded');
  assert.deepEqual(s.journal.records.slice(0, n), JSON.parse(before2).records, 'earlier records changed');
  const third = s.journal.records[n];
  assert.equal(third.kind, 'entry');
  assert.match(third.url, /prefecture-rdv\/$/);
  assertChain(s.journal);
  assert.ok(third.capture && s.files.includes(third.capture.file), 'the capture is stored again once there is room');
  assert.equal(await spa.locator('.relais-notice').count(), 0, 'a notice after a normal record');
  assert.deepEqual(spaErrors, []);
  await spa.close();
  console.log(`quota: ${s.journal.records.length} records, chain intact; files stored: ${s.files.join(', ')}`);

  // A record kept without its capture names no file, so the export works: the notice tells the
  // person to export their journal, and they can.
  await t.test('the journal still exports after a quota event', async () => {
    const jp = await b.ctx.newPage();
    const pageErrors = [];
    jp.on('pageerror', (e) => pageErrors.push(e.message));
    await jp.goto(`chrome-extension://${b.extensionId}/pages/journal/journal.html`);
    await jp.waitForFunction(() => document.body.dataset.ready === 'true');
    try {
      const [download] = await Promise.all([jp.waitForEvent('download', { timeout: 5000 }), jp.click('#export')]);
      assert.ok(download);
    } finally {
      if (pageErrors.length) console.log(`export after a quota event: ${pageErrors.join(' / ')}`);
      await jp.close();
    }
  });
});

test('Firefox ESR: a full quota keeps the text without the capture, says so; the chain holds once storage is back', async () => {
  const ff = await launch('firefox', { lang: 'en', rdp: true });
  // The same refusal as above, in Firefox's background event page.
  const refuseFf = (stores) => ff.raw.background(`(() => {
    const names = ${JSON.stringify(stores)};
    globalThis.relaisTestOriginal ??= { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
    for (const [method, original] of Object.entries(globalThis.relaisTestOriginal)) {
      IDBObjectStore.prototype[method] = names.length ? function (...args) {
        if (names.includes(this.name)) throw new DOMException('quota', 'QuotaExceededError');
        return original.apply(this, args);
      } : original;
    }
    return 'ok';
  })()`);
  const journalOf = async () => {
    const p = await ff.newPage();
    await ff.gotoExtension(p, 'pages/mediator/mediator.html');
    const r = await p.evaluate(async () => {
      const store = await import(browser.runtime.getURL('shared/journal-store.js'));
      return { json: await store.loadJournal(), files: [...(await store.loadCaptures()).keys()] };
    });
    await p.close();
    return { journal: r.json ? JSON.parse(r.json) : null, files: r.files };
  };
  try {
    await refuseFf(['captures']);
    const { page: full, errors } = await openPortal(ff, server.url('prefecture', '/portals/prefecture-rdv/complet.html'));
    await ff.waitFor(full, () => relaisDom.one('.relais-notice[data-relais-notice="quota"]'));
    const text = await full.evaluate(() => relaisDom.one('.relais-notice[data-relais-notice="quota"]').textContent.trim());
    assert.match(text, /storage is full/);
    let s = await journalOf();
    const entry = s.journal?.records.find((r) => r.kind === 'entry' && r.failure === 'no-slot');
    assert.ok(entry, `the entry was not kept: ${JSON.stringify(s.journal)}`);
    assert.match(entry.message, /plus de plage horaire libre/);
    assert.equal(entry.capture, undefined, 'a record kept without its capture must not name one');
    assert.deepEqual(s.files, []);
    assert.deepEqual(errors.filter((e) => !e.startsWith('Content-Security-Policy')), []);
    await full.close();

    await refuseFf([]);
    const { page: spa } = await openPortal(ff, server.url('prefecture', '/portals/prefecture-rdv/'));
    await spa.click('#demande-rdv');
    await waitRecorded(ff, spa, 1);
    s = await journalOf();
    assertChain(s.journal);
    const last = s.journal.records.at(-1);
    assert.equal(last.kind, 'entry');
    assert.ok(last.capture && s.files.includes(last.capture.file), 'the capture is stored again once there is room');
    await spa.close();
    console.log(`Firefox quota: ${s.journal.records.length} records, chain intact; files stored: ${s.files.join(', ')}`);
  } finally {
    await ff.close();
  }
});
