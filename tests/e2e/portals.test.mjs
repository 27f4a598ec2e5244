// The overlay on the project's own portal fixtures (tests/fixtures/portals), in Chromium, served
// under the real portals' host names with `Content-Security-Policy: default-src 'self'`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { axe, inRelais, labelCoverage } from './lib/page-checks.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Overlays of the page: [{ kind, concepts, lang, dir, text }], read inside the hosts' shadow roots
 * (inspect build; playwright's selectors enter open roots).
 */
function overlays(page) {
  return page.$$eval('.relais-overlay', (els) => els.map((e) => ({
    kind: e.dataset.relaisKind,
    concepts: e.dataset.relaisConcept.split(' '),
    shows: e.dataset.relaisShows,
    lang: e.lang,
    dir: e.dir,
    text: e.textContent,
    hostAttributes: e.getRootNode().host.attributes.length,
    after: e.getRootNode().host.previousElementSibling?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80),
  })));
}

describe('portal fixtures', () => {
  test('ANEF login in Arabic: labels, hints, right-to-left, explanation by keyboard, form still submits', async () => {
    await setSettings(browser.sw, { lang: 'ar' });
    const { page, errors } = await openWithOverlay(browser.ctx, server.url('anef', '/portals/anef-login/'));
    const all = await overlays(page);
    const labelFor = (c) => all.find((o) => o.kind === 'label' && o.concepts.includes(c));
    for (const c of ['identifiant', 'mot-de-passe']) {
      const o = labelFor(c);
      assert.ok(o, `no label overlay for ${c}: ${JSON.stringify(all)}`);
      assert.equal(o.lang, 'ar');
      assert.equal(o.dir, 'rtl');
      assert.match(o.text, /\p{Script=Arabic}/u, `${c} overlay is not in Arabic: ${o.text}`);
    }
    assert.ok(all.some((o) => o.kind === 'hint' && o.concepts.includes('numero-etranger')), 'hint about the numéro étranger not overlaid');
    // Without a full translation, the concepts are shown as key words, labelled as such.
    for (const o of all.filter((x) => x.shows === 'key-words')) {
      assert.ok(o.text.startsWith('الكلمات الرئيسية:'), `not labelled as key words: ${o.text}`);
    }
    // The hosts in the page's DOM carry no attribute; nothing of Relais on <html> but the inspect build's state.
    assert.ok(all.every((o) => o.hostAttributes === 0), 'a host carries attributes');
    // Keyboard: Tab to the "?" of the identifiant overlay, Enter opens the explanation.
    const button = page.locator('.relais-overlay[data-relais-kind="label"] button.relais-explain-button[data-relais-concept="identifiant"]').first();
    await button.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator('.relais-popover[data-relais-concept="identifiant"]');
    await pop.waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await pop.getAttribute('lang'), 'ar');
    assert.ok((await pop.textContent()).length > 20, 'explanation is empty');
    // The popover is readable by assistive technology and adds no violation.
    assert.deepEqual((await axe(page, inRelais('.relais-popover'))).map((v) => v.id), []);
    await page.keyboard.press('Enter');
    assert.equal(await pop.count(), 0, 'Enter again closes the explanation');
    // The portal's own values and submit are untouched.
    await page.fill('#identifiant', '1234567890');
    await page.fill('#mot-de-passe', 'secret-Relais-1');
    await Promise.all([page.waitForURL(/result\.html/), page.click('#se-connecter')]);
    const q = new URL(page.url()).searchParams;
    assert.ok([...q.values()].includes('1234567890'), `identifiant not submitted: ${page.url()}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('areas marked translate="no", .notranslate and editable areas are left alone', async () => {
    await setSettings(browser.sw, { lang: 'en' });
    const { page, errors } = await openWithOverlay(browser.ctx, server.url('servicePublic', '/portals/mots-cles/'));
    const inside = await page.evaluate(() => document.querySelectorAll('[translate="no"] relais-overlay, .notranslate relais-overlay, [contenteditable] relais-overlay').length);
    assert.equal(inside, 0);
    const next = await page.$$eval('[translate="no"], .notranslate, [contenteditable]', (els) => els.map((e) => e.nextElementSibling?.tagName ?? null));
    assert.ok(!next.includes('RELAIS-OVERLAY'), 'overlay placed after an excluded area');
    const all = await overlays(page);
    assert.ok(all.some((o) => o.concepts.includes('titre-de-sejour')), `labels of the plain page not overlaid: ${JSON.stringify(all)}`);
    assert.ok(all.some((o) => o.concepts.includes('recepisse')), 'N° de récépissé not overlaid');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an error inserted late by a single-page application is overlaid (MutationObserver)', async () => {
    await setSettings(browser.sw, { lang: 'en' });
    const { page, errors } = await openWithOverlay(browser.ctx, server.url('prefecture', '/portals/prefecture-rdv/?delai=300'));
    await page.click('#demande-rdv');
    const host = page.locator('.relais-overlay[data-relais-kind="error"]');
    await host.first().waitFor({ timeout: 5000 });
    const concepts = await host.first().getAttribute('data-relais-concept');
    assert.match(concepts, /creneau|plage-horaire/, `the no-slot message was not recognised: ${concepts}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('every visible label of every fixture form is overlaid', async () => {
    await setSettings(browser.sw, { lang: 'uk' });
    for (const [host, path] of [['anef', '/portals/anef-login/'], ['caf', '/portals/caf-declaration/'], ['ameli', '/portals/ameli-compte/'], ['prefecture', '/portals/prefecture-rdv/']]) {
      const { page, errors } = await openWithOverlay(browser.ctx, server.url(host, path));
      const cov = await labelCoverage(page);
      assert.equal(cov.covered, cov.total, `${path}: labels without overlay: ${JSON.stringify(cov.missing)}`);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  test('a generated form with 2,000 labels is fully overlaid', async () => {
    await setSettings(browser.sw, { lang: 'ar' });
    const { page, errors } = await openWithOverlay(browser.ctx, server.url('servicePublic', '/generated/labels-2000.html'), { timeout: 30000 });
    const cov = await labelCoverage(page);
    assert.equal(cov.total, 2000);
    assert.equal(cov.covered, 2000);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the extension recognises the glossary\'s own surface forms in labels (≥ 95 %)', async () => {
    await setSettings(browser.sw, { lang: 'en' });
    const { page, errors } = await openWithOverlay(browser.ctx, server.url('servicePublic', '/generated/glossary-forms.html'), { timeout: 60000 });
    const r = await page.evaluate(() => {
      const labels = [...document.querySelectorAll('label[data-expect]')];
      const missed = labels.filter((l) => {
        const host = l.nextElementSibling;
        const box = host?.matches('relais-overlay') ? host.shadowRoot?.querySelector('.relais-overlay') : null;
        return !box?.dataset.relaisConcept.split(' ').includes(l.dataset.expect);
      });
      return { total: labels.length, missed: missed.length, examples: missed.slice(0, 10).map((l) => `${l.dataset.expect}: ${l.textContent}`) };
    });
    const rate = (r.total - r.missed) / r.total;
    console.log(`extension recognition of glossary forms in labels: ${r.total - r.missed}/${r.total} = ${(100 * rate).toFixed(2)} %`);
    assert.ok(rate >= 0.95, `${(100 * rate).toFixed(2)} %: ${r.examples.join(' | ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('no overlay outside the portals (host permissions only for them)', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(server.url('notPortal', '/portals/anef-login/'));
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-relais')), null);
    assert.equal(await page.locator('relais-overlay').count(), 0);
    await page.close();
  });

  test('popup: accessible, changes the language of an open page without reload', async () => {
    await setSettings(browser.sw, { lang: 'en' });
    const { page } = await openWithOverlay(browser.ctx, server.url('caf', '/portals/caf-declaration/'));
    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/pages/popup/popup.html`);
    await popup.waitForFunction(() => document.getElementById('lang').options.length > 1);
    assert.deepEqual((await axe(popup)).map((v) => v.id), []);
    const langs = await popup.$$eval('#lang option', (o) => o.map((x) => x.value));
    for (const l of ['fr', 'en', 'ar', 'uk']) assert.ok(langs.includes(l), `popup lacks ${l}`);
    assert.match(await popup.textContent('#review'), /\S/, 'review status not shown');
    await popup.selectOption('#lang', 'uk');
    await page.waitForFunction(() => relaisDom.one('.relais-overlay')?.lang === 'uk', null, { timeout: 5000 });
    assert.equal(await popup.evaluate(() => document.documentElement.lang), 'uk');
    await popup.close();
    await page.close();
  });
});
