// The overlay on real input nobody here wrote: the French state design system's own example
// pages (npm @gouvfr/dsfr), served with a strict CSP under a *.gouv.fr host name.
//
// For every page: at least 90 % of visible form labels get a translated overlay in en, ar and uk
// (figures printed per page and language); no page error; axe-core finds no violation that the
// page does not already have without Relais; every form submits exactly what it submits without
// Relais, with the values typed. In Chromium and in Firefox ESR (one body, lib/pair.mjs; Firefox
// checks every page in Arabic, beside its baseline).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { BROWSERS, LABEL, launch } from './lib/pair.mjs';
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
const figures = [];

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
  for (const name of BROWSERS) {
    const mineAll = figures.filter((f) => f.browser === name);
    if (!mineAll.length) continue;
    const rows = mineAll.map((f) => `${f.page.padEnd(58)} ${f.lang}  ${String(f.covered).padStart(3)}/${String(f.total).padEnd(3)} ${(100 * f.ratio).toFixed(1).padStart(5)} %`);
    console.log(`\n${LABEL[name]}: DSFR label coverage (visible labels with an overlay)\n${rows.join('\n')}`);
    for (const lang of LANGS) {
      const mine = mineAll.filter((f) => f.lang === lang);
      const covered = mine.reduce((a, f) => a + f.covered, 0);
      const total = mine.reduce((a, f) => a + f.total, 0);
      if (!mine.length) continue;
      console.log(`${LABEL[name]}, overall ${lang}: ${covered}/${total} = ${(100 * covered / total).toFixed(1)} %`);
    }
  }
});

for (const name of BROWSERS) {
  describe(`${LABEL[name]}: DSFR example pages`, () => {
    let b;
    before(async () => {
      b = await launch(name);
    });
    after(async () => {
      await b?.close();
    });

    for (const rel of PAGES) {
      const path = `/dsfr-pkg/${rel.replace(/index\.html$/, '')}`;
      test(rel, async () => {
        const url = server.url('dsfr', path);
        // Without Relais (switched off for this host): the baseline.
        await b.setSettings({ lang: 'en', disabledHosts: [new URL(url).hostname] });
        const base = await b.open(url, { state: 'off' });
        await base.wait(100); // same settling time as the runs with Relais
        const baseAxe = violationKeys(await axe(base));
        const baseForms = await typeAndSubmit(base);
        await base.close();

        // Firefox ESR: the baseline and Arabic (right to left, axe, forms) on every page; the
        // coverage of en and uk is the core's, the same in both browsers, and is measured in
        // Chromium (a Firefox run of all three languages doubles the file's time).
        for (const lang of name === 'chromium' ? LANGS : ['ar']) {
          await b.setSettings({ lang });
          const page = await b.open(url);
          await page.wait(100); // let late DSFR scripts settle and the observer catch up
          const cov = await labelCoverage(page);
          const ratio = cov.total ? cov.covered / cov.total : 1;
          figures.push({ browser: name, page: relative('example', rel).replace(/\/index\.html$/, ''), lang, ...cov, ratio });
          assert.ok(ratio >= BAR, `${rel} ${lang}: ${cov.covered}/${cov.total} labels covered; missing: ${JSON.stringify(cov.missing)}`);
          // Every translated fragment says its language and direction.
          const frags = await page.evaluate(() => relaisDom.all('.relais-overlay :is(.relais-term, .relais-translation)').map((e) => [e.lang, e.dir]));
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
          // An overlay in an area the page hides (visibility: hidden: the closed "display settings"
          // modal, transparent and fixed over the page) is hidden with it: never an invisible box
          // that takes the clicks meant for the page beneath.
          const shownInHidden = await page.evaluate(() => relaisDom.all('.relais-overlay')
            .filter((e) => getComputedStyle(relaisDom.host(e).parentElement).visibility === 'hidden' && getComputedStyle(e).visibility !== 'hidden')
            .map((e) => e.textContent.slice(0, 40)));
          assert.deepEqual(shownInHidden, [], `${rel} ${lang}: overlays shown inside hidden areas`);
          assert.equal(await page.count('.relais-overlay[data-relais-kind="captcha"]'), 0, `${rel}: a CAPTCHA was reported on a page that has none`);
          assert.deepEqual(page.errors, [], `${rel} ${lang}: page errors`);
          await page.close();
        }
      });
    }
  });
}
