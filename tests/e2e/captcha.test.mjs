// CAPTCHA widgets: recognised on fixtures that reproduce each kind's real markup (local files,
// no request to any real service), on load, when inserted late and inside a shadow root; never
// on the DSFR's own pages; hints keyboard-operable and accessible; "go to audio" moves focus;
// three failed submissions are counted as evidence. In Chromium and in Firefox ESR (one body,
// lib/pair.mjs; the evidence and the journal read in the background of each). `relais scan` uses
// the same detector.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, ROOT } from './lib/server.mjs';
import { BROWSERS, LABEL, launch } from './lib/pair.mjs';
import { axe, inRelais } from './lib/page-checks.mjs';
import { readStoredJournal } from './lib/journal.mjs';

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

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

const panels = (page) => page.evaluate(() => relaisDom.all('.relais-overlay[data-relais-kind="captcha"]').map((e) => e.dataset.relaisCaptcha).sort());
const PANEL = '.relais-overlay[data-relais-kind="captcha"]';

for (const name of BROWSERS) {
  describe(LABEL[name], () => {
    let b;
    before(async () => {
      b = await launch(name);
      await b.setSettings({ lang: 'en' });
    });
    after(async () => {
      await b?.close();
    });

    describe('detection in the browser', () => {
      for (const [file, kinds] of Object.entries(EXPECTED)) {
        test(`${file}: ${kinds.join(', ')}`, async () => {
          const page = await b.open(server.url('prefecture', `/captcha/${file}`));
          await page.waitFor((n) => relaisDom.all('.relais-overlay[data-relais-kind="captcha"]').length >= n, kinds.length, { timeout: 5000 });
          assert.deepEqual(await panels(page), [...kinds].sort());
          assert.deepEqual(page.errors, []);
          await page.close();
        });
      }

      test('late insertion and a widget inside a shadow root', async () => {
        const page = await b.open(server.url('prefecture', '/captcha/late.html'));
        await page.waitFor(() => relaisDom.all('.relais-overlay[data-relais-kind="captcha"]').length >= 2, null, { timeout: 5000 });
        assert.deepEqual(await panels(page), ['hcaptcha', 'recaptcha-v2']);
        assert.deepEqual(page.errors, []);
        await page.close();
      });
    });

    test('hints never hide the widget, are keyboard-operable and accessible; "go to audio" focuses the audio control', async () => {
      await b.setSettings({ lang: 'ar' });
      const page = await b.open(server.url('prefecture', '/captcha/captchetat.html'));
      await page.waitForElement(PANEL);
      assert.equal(await page.attr(PANEL, 'role'), 'region');
      assert.equal(await page.attr(PANEL, 'lang'), 'ar');
      assert.ok(await page.evaluate(() => {
        const p = relaisDom.one('.relais-overlay[data-relais-kind="captcha"]').getBoundingClientRect();
        return ['#captchaImage', '#playSoundIcon', '#reloadCaptchaIcon', '#captchaFormulaireExtInput'].every((s) => {
          const r = document.querySelector(s).getBoundingClientRect();
          return r.bottom <= p.top || r.top >= p.bottom || r.right <= p.left || r.left >= p.right;
        });
      }), 'the hint overlaps the widget');
      assert.deepEqual((await axe(page, inRelais(PANEL))).map((v) => v.id), []);
      const go = `${PANEL} button.relais-go-button`;
      assert.equal(await page.attr(go, 'data-relais-go'), 'audio');
      await page.focus(go);
      await page.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'playSoundIcon');
      await page.close();
      await b.setSettings({ lang: 'en' });
    });

    test('three failed submissions are counted as one captcha_blocked record with count 3', async () => {
      await b.background((api) => api.storage.local.remove('evidence'));
      const page = await b.open(server.url('prefecture', '/captcha/captchetat-fail.html'));
      await page.waitForElement(PANEL);
      const submit = 'form button[type="submit"], form input[type="submit"]'; // the first of them
      for (let i = 1; i <= 3; i++) {
        await page.fill('#captchaFormulaireExtInput', `ABC${i}`);
        await page.click(submit);
        await page.waitFor((n) => /\d/.test(relaisDom.one('.relais-captcha-count')?.textContent ?? '') && relaisDom.one('.relais-captcha-count').textContent.includes(String(n)), i, { timeout: 5000 });
      }
      const evidence = await b.background((api) => api.storage.local.get('evidence').then((r) => r.evidence));
      assert.equal(evidence.schema, 1);
      assert.equal(evidence.captchaBlocked.length, 1);
      assert.equal(evidence.captchaBlocked[0].kind, 'captchetat');
      assert.equal(evidence.captchaBlocked[0].count, 3);
      assert.equal(evidence.captchaBlocked[0].tries.length, 3);
      // In the journal: one `captcha` entry with its attempts, three tries in all.
      const journal = await b.background(readStoredJournal);
      const entries = journal.records.filter((r) => r.kind === 'entry' && r.failure === 'captcha');
      assert.equal(entries.length, 1);
      assert.equal(journal.records.filter((r) => r.kind === 'attempt' && r.entry === entries[0].seq).length, 2);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });
}

test('relais scan reports the same widgets on the saved pages', () => {
  for (const [file, kinds] of Object.entries(EXPECTED)) {
    const out = JSON.parse(execFileSync(RELAIS, ['scan', join(FIXTURES, file), '--lang', 'en'], { encoding: 'utf8' }));
    assert.deepEqual(out.captchas.map((c) => c.kind).sort(), [...kinds].sort(), file);
  }
});

test('no CAPTCHA is reported on any of the DSFR example pages', async () => {
  const root = join(ROOT, 'node_modules/@gouvfr/dsfr/example');
  const pages = [];
  const walk = (d) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p); else if (e.endsWith('.html')) pages.push(p); } };
  walk(root);
  assert.ok(pages.length > 200, `${pages.length} DSFR pages`);
  // One `relais scan` per page, as many at a time as the computer has cores (each is one process
  // that reads the locales, then the page).
  const scan = promisify(execFile);
  let next = 0;
  let scanned = 0;
  const worker = async () => {
    while (next < pages.length) {
      const p = pages[next++];
      const out = JSON.parse((await scan(RELAIS, ['scan', p, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 64 << 20 })).stdout);
      assert.equal(out.summary.captchaWidgets, 0, `${p}: ${JSON.stringify(out.captchas)}`);
      scanned++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  assert.equal(scanned, pages.length);
  console.log(`no CAPTCHA on ${pages.length} DSFR example pages`);
});
