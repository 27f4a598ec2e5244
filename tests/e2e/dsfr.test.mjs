// The overlay on real input nobody here wrote: the French state design system's own example
// pages (npm @gouvfr/dsfr), served with a strict CSP under a *.gouv.fr host name.
//
// For every page: at least 90 % of visible form labels get a translated overlay in en, ar and uk
// (figures printed per page and language); no page error; axe-core finds no violation that the
// page does not already have without Relais; every form submits exactly what it submits without
// Relais, with the values typed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { axe, labelCoverage, notInherited, typeAndSubmit, violationKeys } from './lib/page-checks.mjs';

const DSFR = join(ROOT, 'node_modules/@gouvfr/dsfr');
/** Every index.html under `dir` (relative to the package), `depth` levels deep at most. */
function pages(dir, depth) {
  const out = [];
  for (const e of readdirSync(join(DSFR, dir), { withFileTypes: true })) {
    if (e.isFile() && e.name === 'index.html') out.push(`${dir}/index.html`);
    if (e.isDirectory() && depth > 0) out.push(...pages(`${dir}/${e.name}`, depth - 1));
  }
  return out;
}
const PAGES = [
  ...pages('example/layout/pattern', 1).filter((p) => p !== 'example/layout/pattern/index.html'),
  ...pages('example/layout/page/login', 5),
  ...pages('example/layout/page/register', 5),
  ...['input', 'select', 'checkbox', 'radio', 'upload', 'password'].map((c) => `example/component/${c}/index.html`),
].sort();
const LANGS = ['en', 'ar', 'uk'];
const BAR = 0.9;

let server;
let browser;
const figures = [];

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  const rows = figures.map((f) => `${f.page.padEnd(58)} ${f.lang}  ${String(f.covered).padStart(3)}/${String(f.total).padEnd(3)} ${(100 * f.ratio).toFixed(1).padStart(5)} %`);
  console.log(`\nDSFR label coverage (visible labels with an overlay)\n${rows.join('\n')}`);
  for (const lang of LANGS) {
    const mine = figures.filter((f) => f.lang === lang);
    const covered = mine.reduce((a, f) => a + f.covered, 0);
    const total = mine.reduce((a, f) => a + f.total, 0);
    console.log(`overall ${lang}: ${covered}/${total} = ${(100 * covered / total).toFixed(1)} %`);
  }
});

describe('DSFR example pages', () => {
  for (const rel of PAGES) {
    const path = `/dsfr-pkg/${rel.replace(/index\.html$/, '')}`;
    test(rel, async () => {
      const url = server.url('dsfr', path);
      // Without Relais (switched off for this host): the baseline.
      await setSettings(browser.sw, { lang: 'en', disabledHosts: [new URL(url).hostname] });
      const base = await openWithOverlay(browser.ctx, url, { state: 'off' });
      await base.page.waitForTimeout(100); // same settling time as the runs with Relais
      const baseAxe = violationKeys(await axe(base.page));
      const baseForms = await typeAndSubmit(base.page);
      await base.page.close();

      for (const lang of LANGS) {
        await setSettings(browser.sw, { lang });
        const { page, errors } = await openWithOverlay(browser.ctx, url);
        await page.waitForTimeout(100); // let late DSFR scripts settle and the observer catch up
        const cov = await labelCoverage(page);
        const ratio = cov.total ? cov.covered / cov.total : 1;
        figures.push({ page: relative('example', rel).replace(/\/index\.html$/, ''), lang, ...cov, ratio });
        assert.ok(ratio >= BAR, `${rel} ${lang}: ${cov.covered}/${cov.total} labels covered; missing: ${JSON.stringify(cov.missing)}`);
        // Every translated fragment says its language and direction.
        const frags = await page.$$eval('.relais-overlay :is(.relais-term, .relais-translation)', (els) => els.map((e) => [e.lang, e.dir]));
        assert.ok(frags.length > 0, 'no translated fragment');
        for (const [l, d] of frags) {
          assert.ok(l, 'fragment without lang');
          assert.equal(d, ['ar', 'prs', 'ps'].includes(l) ? 'rtl' : 'ltr', `fragment ${l} has dir ${d}`);
        }
        if (lang === 'en' || lang === 'ar') {
          const withAxe = await axe(page);
          const added = await notInherited(page, [...violationKeys(withAxe)].filter((k) => !baseAxe.has(k)), baseAxe);
          assert.deepEqual(added, [], `${rel} ${lang}: axe violations caused by the overlay`);
        }
        if (lang === 'ar') {
          const forms = await typeAndSubmit(page);
          assert.deepEqual(forms, baseForms, `${rel}: forms submit differently with Relais`);
          for (const f of forms.filter((x) => x.submitted)) {
            for (const [name, value] of Object.entries(f.typed)) {
              assert.ok(f.entries.some(([k, v]) => k === name && v === value), `${rel}: form ${f.form} lost ${name}`);
            }
          }
        }
        assert.equal(await page.locator('.relais-overlay[data-relais-kind="captcha"]').count(), 0, `${rel}: a CAPTCHA was reported on a page that has none`);
        assert.deepEqual(errors, [], `${rel} ${lang}: page errors`);
        await page.close();
      }
    });
  }
});
