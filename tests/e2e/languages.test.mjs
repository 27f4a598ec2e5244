// Every shipped language on the portal fixtures and a DSFR page: each recognised term has its
// "?" and an explanation in that language (coverage printed per language); right-to-left
// languages really render right to left (element geometry, and a screenshot kept in
// tests/e2e/out/ for a person to look at); hard French paragraphs are marked. In Chromium and in
// Firefox ESR (one body, lib/pair.mjs; Firefox's screenshots end in -firefox).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { CHROME_EXT } from './lib/browsers.mjs';
import { BROWSERS, LABEL, launch } from './lib/pair.mjs';

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
const rows = { chromium: [], firefox: [] };

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
});

after(async () => {
  await server?.close();
  for (const name of BROWSERS) {
    console.log(`\n${LABEL[name]}: terms with "?" and an explanation in the person's own language (portal fixtures + DSFR register page)`);
    console.log('lang      terms  own-language  with-?   fallback  in a translation');
    for (const r of rows[name]) console.log(`${r.lang.padEnd(8)} ${String(r.terms).padStart(6)} ${String(r.own).padStart(12)} ${String(r.withButton).padStart(8)} ${String(r.fallback).padStart(10)} ${String(r.translations).padStart(17)}`);
  }
});

test('the 17 languages are shipped', () => {
  assert.equal(languages.length, 17, `shipped: ${languages.join(' ')}`);
});

for (const name of BROWSERS) {
  describe(LABEL[name], () => {
    let b;
    const suffix = name === 'chromium' ? '' : `-${name}`;
    before(async () => {
      b = await launch(name);
    });
    after(async () => {
      await b?.close();
    });

  for (const lang of languages) {
    test(`${lang}: every recognised term has its "?" and explanation`, async () => {
      await b.setSettings({ lang });
      const row = { lang, terms: 0, own: 0, withButton: 0, fallback: 0, translations: 0 };
      for (const [host, path] of PAGES) {
        const page = await b.open(server.url(host, path));
        // Each concept of each overlay: as a key word (with its "?"), or as the "?" of a full
        // translation (the translation in the person's language, its direction right).
        const concepts = await page.evaluate(() => relaisDom.all('.relais-overlay').flatMap((box) => {
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
        await page.click('.relais-overlay button.relais-explain-button');
        await page.waitForElement('.relais-popover');
        assert.equal(await page.attr('.relais-popover', 'lang'), lang);
        assert.ok((await page.text('.relais-popover p')).trim().length > 10, 'empty explanation');
        assert.deepEqual(page.errors, []);
        await page.close();
      }
      rows[name].push(row);
      assert.equal(row.withButton, row.terms, `${lang}: terms without "?"`);
      assert.equal(row.own, row.terms, `${lang}: ${row.terms - row.own} terms not in ${lang}`);
    });
  }

  test('right-to-left languages render right to left', async () => {
    for (const lang of RTL.filter((l) => languages.includes(l))) {
      await b.setSettings({ lang });
      const page = await b.open(server.url('anef', '/portals/anef-login/'));
      // The hint overlay holds several terms: in RTL the first one stands to the right of the second.
      const host = '.relais-overlay[data-relais-kind="hint"]';
      // The first hint overlay with two terms: its key words, or the terms a full translation
      // explains ("Explain: …").
      const geo = await page.evaluate((sel) => {
        const terms = (h) => h.querySelectorAll(h.dataset.relaisShows === 'translation' ? '.relais-ref' : '.relais-item');
        const all = relaisDom.all(sel);
        const nth = all.findIndex((h) => terms(h).length >= 2);
        const h = all[nth];
        if (!h) return { nth, direction: all[0] && getComputedStyle(all[0]).direction };
        const items = [...terms(h)].map((i) => i.getBoundingClientRect().toJSON());
        const start = h.firstElementChild.firstElementChild.getBoundingClientRect().toJSON(); // "key words:" or the translation
        return { nth, direction: getComputedStyle(h).direction, first: items[0], second: items[1], start, host: h.getBoundingClientRect().toJSON() };
      }, host);
      assert.equal(geo.direction, 'rtl');
      assert.ok(geo.second, 'need two terms to compare');
      if (Math.abs(geo.first.top - geo.second.top) < 2) {
        assert.ok(geo.first.left > geo.second.left, `${lang}: first term is not right of the second`);
      }
      // The text starts at the right edge of its box.
      assert.ok(Math.abs(geo.host.right - (geo.start.right + 8)) < 12, `${lang}: text does not start at the right edge`);
      await page.screenshotOf(host, join(OUT, `rtl-${lang}${suffix}.png`), geo.nth);
      await page.close();
    }
  });

  test('hard French paragraphs are marked before the paragraph, with their key concepts', async () => {
    await b.setSettings({ lang: 'ar' });
    const page = await b.open(server.url('prefecture', '/portals/prefecture-rdv/'));
    const host = await page.evaluate(() => {
      const e = document.querySelector('#conditions-reglementaires').previousElementSibling;
      return { tag: e.tagName, dataset: { ...e.shadowRoot?.querySelector('.relais-overlay')?.dataset } };
    });
    assert.equal(host.tag, 'RELAIS-OVERLAY');
    const mark = host.dataset;
    assert.equal(mark.relaisKind, 'hard');
    const concepts = mark.relaisConcept.split(' ');
    assert.ok(concepts.includes('titre-de-sejour') && concepts.includes('piece-justificative'), concepts.join(' '));
    assert.ok(Number(mark.relaisEase) < 40);
    // The plain paragraph that follows is not marked.
    const plain = await page.evaluate(() => relaisDom.all('.relais-overlay[data-relais-kind="hard"]').map((e) => e.getRootNode().host.nextElementSibling?.textContent.slice(0, 30)));
    assert.ok(!plain.some((t) => t.startsWith('Les rendez-vous sont ouverts')), plain.join(' | '));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
  });
}
