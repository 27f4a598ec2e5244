// CAPTCHA widgets: recognised on fixtures that reproduce each kind's real markup (local files,
// no request to any real service), on load, when inserted late and inside a shadow root; never
// on the DSFR's own pages; hints keyboard-operable and accessible; "go to audio" moves focus;
// three failed submissions are counted as evidence. `relais scan` uses the same detector.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { axe, inRelais } from './lib/page-checks.mjs';

const RELAIS = join(ROOT, 'target/release/relais');
const FIXTURES = join(ROOT, 'tests/fixtures/captcha');
const EXPECTED = {
  'recaptcha-v2.html': ['recaptcha-v2'],
  'recaptcha-v3.html': ['recaptcha-invisible'],
  'hcaptcha.html': ['hcaptcha'],
  'turnstile.html': ['turnstile'],
  'friendly-captcha.html': ['friendly-captcha'],
  'captchetat.html': ['captchetat'],
  'captchetat-botdetect.html': ['captchetat'],
  'captchetat-fail.html': ['captchetat'],
  'image-generic.html': ['image'],
  'question.html': ['question'],
};

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
  await setSettings(browser.sw, { lang: 'en' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const panels = (page) => page.$$eval('.relais-overlay[data-relais-kind="captcha"]', (els) => els.map((e) => e.dataset.relaisCaptcha).sort());

describe('detection in the browser', () => {
  for (const [file, kinds] of Object.entries(EXPECTED)) {
    test(`${file}: ${kinds.join(', ')}`, async () => {
      const { page, errors } = await openWithOverlay(browser.ctx, server.url('prefecture', `/captcha/${file}`));
      await page.waitForFunction((n) => relaisDom.all('.relais-overlay[data-relais-kind="captcha"]').length >= n, kinds.length, { timeout: 5000 });
      assert.deepEqual(await panels(page), [...kinds].sort());
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('late insertion and a widget inside a shadow root', async () => {
    const { page, errors } = await openWithOverlay(browser.ctx, server.url('prefecture', '/captcha/late.html'));
    await page.waitForFunction(() => relaisDom.all('.relais-overlay[data-relais-kind="captcha"]').length >= 2, null, { timeout: 5000 });
    assert.deepEqual(await panels(page), ['hcaptcha', 'recaptcha-v2']);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

test('hints never hide the widget, are keyboard-operable and accessible; "go to audio" focuses the audio control', async () => {
  await setSettings(browser.sw, { lang: 'ar' });
  const { page } = await openWithOverlay(browser.ctx, server.url('prefecture', '/captcha/captchetat.html'));
  const panel = page.locator('.relais-overlay[data-relais-kind="captcha"]');
  await panel.waitFor();
  assert.equal(await panel.getAttribute('role'), 'region');
  assert.equal(await panel.getAttribute('lang'), 'ar');
  assert.ok(await page.evaluate(() => {
    const p = relaisDom.one('.relais-overlay[data-relais-kind="captcha"]').getBoundingClientRect();
    return ['#captchaImage', '#playSoundIcon', '#reloadCaptchaIcon', '#captchaFormulaireExtInput'].every((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return r.bottom <= p.top || r.top >= p.bottom || r.right <= p.left || r.left >= p.right;
    });
  }), 'the hint overlaps the widget');
  assert.deepEqual((await axe(page, inRelais('.relais-overlay[data-relais-kind="captcha"]'))).map((v) => v.id), []);
  const go = panel.locator('button.relais-go-button');
  assert.equal(await go.getAttribute('data-relais-go'), 'audio');
  await go.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'playSoundIcon');
  await page.close();
  await setSettings(browser.sw, { lang: 'en' });
});

test('three failed submissions are counted as one captcha_blocked record with count 3', async () => {
  await browser.sw.evaluate(() => chrome.storage.local.remove('evidence'));
  const { page, errors } = await openWithOverlay(browser.ctx, server.url('prefecture', '/captcha/captchetat-fail.html'));
  const panel = page.locator('.relais-overlay[data-relais-kind="captcha"]');
  await panel.waitFor();
  const submit = page.locator('form button[type="submit"], form input[type="submit"]').first();
  for (let i = 1; i <= 3; i++) {
    await page.fill('#captchaFormulaireExtInput', `ABC${i}`);
    await submit.click();
    await page.waitForFunction((n) => /\d/.test(relaisDom.one('.relais-captcha-count')?.textContent ?? '') && relaisDom.one('.relais-captcha-count').textContent.includes(String(n)), i, { timeout: 5000 });
  }
  const evidence = await browser.sw.evaluate(() => chrome.storage.local.get('evidence').then((r) => r.evidence));
  assert.equal(evidence.schema, 1);
  assert.equal(evidence.captchaBlocked.length, 1);
  assert.equal(evidence.captchaBlocked[0].kind, 'captchetat');
  assert.equal(evidence.captchaBlocked[0].count, 3);
  assert.equal(evidence.captchaBlocked[0].tries.length, 3);
  // In the journal: one `captcha` entry with its attempts, three tries in all.
  const journal = await browser.sw.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal', 1);
    req.onsuccess = () => {
      const get = req.result.transaction('journal').objectStore('journal').get('current');
      get.onsuccess = () => resolve(JSON.parse(get.result));
      get.onerror = () => reject(get.error);
    };
    req.onerror = () => reject(req.error);
  }));
  const entries = journal.records.filter((r) => r.kind === 'entry' && r.failure === 'captcha');
  assert.equal(entries.length, 1);
  assert.equal(journal.records.filter((r) => r.kind === 'attempt' && r.entry === entries[0].seq).length, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('relais scan reports the same widgets on the saved pages', () => {
  for (const [file, kinds] of Object.entries(EXPECTED)) {
    const out = JSON.parse(execFileSync(RELAIS, ['scan', join(FIXTURES, file), '--lang', 'en'], { encoding: 'utf8' }));
    assert.deepEqual(out.captchas.map((c) => c.kind).sort(), [...kinds].sort(), file);
  }
});

test('no CAPTCHA is reported on any of the DSFR example pages', () => {
  const root = join(ROOT, 'node_modules/@gouvfr/dsfr/example');
  const pages = [];
  const walk = (d) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p); else if (e.endsWith('.html')) pages.push(p); } };
  walk(root);
  assert.ok(pages.length > 200, `${pages.length} DSFR pages`);
  for (const p of pages) {
    const out = JSON.parse(execFileSync(RELAIS, ['scan', p, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    assert.equal(out.summary.captchaWidgets, 0, `${p}: ${JSON.stringify(out.captchas)}`);
  }
  console.log(`no CAPTCHA on ${pages.length} DSFR example pages`);
});
