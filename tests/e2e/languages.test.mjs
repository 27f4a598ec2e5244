// Every shipped language on the portal fixtures and a DSFR page: each recognised term has its
// "?" and an explanation in that language (coverage printed per language); right-to-left
// languages really render right to left (element geometry, and a screenshot kept in
// tests/e2e/out/ for a person to look at); hard French paragraphs are marked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { CHROME_EXT, launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
const { languages } = JSON.parse(readFileSync(join(CHROME_EXT, 'locales/index.json'), 'utf8'));
const PAGES = [
  ['anef', '/portals/anef-login/'],
  ['caf', '/portals/caf-declaration/'],
  ['prefecture', '/portals/prefecture-rdv/'],
  ['ameli', '/portals/ameli-compte/'],
  ['dsfr', '/dsfr-pkg/example/layout/page/register/2-steps/2b-identity/'],
];
const RTL = ['ar', 'prs', 'ps'];

let server;
let browser;
const rows = [];

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  console.log('\nTerms with "?" and an explanation in the person\'s own language (portal fixtures + DSFR register page)');
  console.log('lang      terms  own-language  with-?   fallback  in a translation');
  for (const r of rows) console.log(`${r.lang.padEnd(8)} ${String(r.terms).padStart(6)} ${String(r.own).padStart(12)} ${String(r.withButton).padStart(8)} ${String(r.fallback).padStart(10)} ${String(r.translations).padStart(17)}`);
});

test('the 17 languages are shipped', () => {
  assert.equal(languages.length, 17, `shipped: ${languages.join(' ')}`);
});

for (const lang of languages) {
  test(`${lang}: every recognised term has its "?" and explanation`, async () => {
    await setSettings(browser.sw, { lang });
    const row = { lang, terms: 0, own: 0, withButton: 0, fallback: 0, translations: 0 };
    for (const [host, path] of PAGES) {
      const { page, errors } = await openWithOverlay(browser.ctx, server.url(host, path));
      // Each concept of each overlay: as a key word (with its "?"), or as the "?" of a full
      // translation (the translation in the person's language, its direction right).
      const concepts = await page.$$eval('.relais-overlay', (boxes) => boxes.flatMap((box) => {
        const ids = (box.dataset.relaisConcept || '').split(' ').filter(Boolean);
        const tr = box.querySelector('.relais-translation');
        return ids.map((id) => {
          const term = box.querySelector(`.relais-term[data-relais-concept="${id}"]`);
          const shown = tr ?? term;
          return {
            shows: box.dataset.relaisShows,
            lang: tr ? tr.lang : term?.lang,
            dir: shown?.dir,
            button: box.querySelector(`button.relais-explain-button[data-relais-concept="${id}"]`) !== null,
            fallback: (term ?? tr)?.parentElement.querySelector('.relais-fallback') !== null,
          };
        });
      }));
      assert.ok(concepts.length > 0, `${path}: no term`);
      for (const term of concepts) {
        row.terms++;
        if (term.lang === lang) row.own++;
        if (term.button) row.withButton++;
        if (term.fallback) row.fallback++;
        if (term.shows === 'translation') row.translations++;
        assert.equal(term.dir, RTL.includes(term.lang) ? 'rtl' : 'ltr');
      }
      // Open one explanation: it is in the person's language, with the French beside it.
      const first = page.locator('.relais-overlay button.relais-explain-button').first();
      await first.click();
      const pop = page.locator('.relais-popover').first();
      assert.equal(await pop.getAttribute('lang'), lang);
      assert.ok((await pop.locator('p').first().textContent()).trim().length > 10, 'empty explanation');
      assert.deepEqual(errors, []);
      await page.close();
    }
    rows.push(row);
    assert.equal(row.withButton, row.terms, `${lang}: terms without "?"`);
    assert.equal(row.own, row.terms, `${lang}: ${row.terms - row.own} terms not in ${lang}`);
  });
}

test('right-to-left languages render right to left', async () => {
  for (const lang of RTL.filter((l) => languages.includes(l))) {
    await setSettings(browser.sw, { lang });
    const { page } = await openWithOverlay(browser.ctx, server.url('anef', '/portals/anef-login/'));
    // The hint overlay holds several terms: in RTL the first one stands to the right of the second.
    const host = page.locator('.relais-overlay[data-relais-kind="hint"]').first();
    const geo = await host.evaluate((h) => {
      const items = [...h.querySelectorAll('.relais-item')].map((i) => i.getBoundingClientRect());
      const start = h.firstElementChild.firstElementChild.getBoundingClientRect(); // "key words:" or the translation
      return { direction: getComputedStyle(h).direction, first: items[0], second: items[1], start, host: h.getBoundingClientRect() };
    });
    assert.equal(geo.direction, 'rtl');
    assert.ok(geo.second, 'need two terms to compare');
    if (Math.abs(geo.first.top - geo.second.top) < 2) {
      assert.ok(geo.first.left > geo.second.left, `${lang}: first term is not right of the second`);
    }
    // The text starts at the right edge of its box.
    assert.ok(Math.abs(geo.host.right - (geo.start.right + 8)) < 12, `${lang}: text does not start at the right edge`);
    await host.screenshot({ path: join(OUT, `rtl-${lang}.png`) });
    await page.close();
  }
});

test('hard French paragraphs are marked before the paragraph, with their key concepts', async () => {
  await setSettings(browser.sw, { lang: 'ar' });
  const { page, errors } = await openWithOverlay(browser.ctx, server.url('prefecture', '/portals/prefecture-rdv/'));
  const host = page.locator('#conditions-reglementaires').locator('xpath=preceding-sibling::*[1]');
  assert.equal(await host.evaluate((e) => e.tagName), 'RELAIS-OVERLAY');
  const mark = await host.evaluate((e) => ({ ...e.shadowRoot.querySelector('.relais-overlay').dataset }));
  assert.equal(mark.relaisKind, 'hard');
  const concepts = mark.relaisConcept.split(' ');
  assert.ok(concepts.includes('titre-de-sejour') && concepts.includes('piece-justificative'), concepts.join(' '));
  assert.ok(Number(mark.relaisEase) < 40);
  // The plain paragraph that follows is not marked.
  const plain = await page.$$eval('.relais-overlay[data-relais-kind="hard"]', (els) => els.map((e) => e.getRootNode().host.nextElementSibling?.textContent.slice(0, 30)));
  assert.ok(!plain.some((t) => t.startsWith('Les rendez-vous sont ouverts')), plain.join(' | '));
  assert.deepEqual(errors, []);
  await page.close();
});
