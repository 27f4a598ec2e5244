// What the overlay shows (issue 12 part 4, issue 17 part 3), on the portal fixtures in Chromium
// (inspect build: the roots are open to the test): a block with a full translation shows it AS the
// translation (its language, "translation not yet reviewed", "translation by the portal"), a block
// without shows its concepts as key words, labelled as such, never dressed as a translation; the
// concepts' "?" stay in both; the "?" popover ends with its source and the date it was checked,
// in the person's language and in French, the source a link opened only on a click; mediator mode
// keeps the French beside the translation. Screenshots for a person to look at in tests/e2e/out/
// (display-*.png, popover-source-*.png, mediator-translation-en.png).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer } from './lib/server.mjs';
import { CHROME_EXT, launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { axe, inRelais } from './lib/page-checks.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
const { meaning = [] } = JSON.parse(readFileSync(join(CHROME_EXT, 'locales/index.json'), 'utf8'));
const FIXTURES = [['anef', '/portals/anef-login/'], ['caf', '/portals/caf-declaration/']];
const KEY_WORDS = { en: 'Key words:', ar: 'الكلمات الرئيسية:', ti: 'ቀንዲ ቃላት:', 'zh-Hans': '关键词：', fr: 'Mots clés :' };
const UNREVIEWED = { en: 'translation not yet reviewed' };
const BY_PORTAL = { en: 'translation by the portal' };
const isolate = (s) => s.replace(/[\u2068\u2069]/g, '');
let server;
let browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every overlay of the page as the person reads it. */
function boxes(page) {
  return page.$$eval('.relais-overlay', (els) => els.map((e) => ({
    kind: e.dataset.relaisKind,
    shows: e.dataset.relaisShows,
    concepts: (e.dataset.relaisConcept || '').split(' ').filter(Boolean),
    buttons: [...e.querySelectorAll('button.relais-explain-button')].map((b) => b.dataset.relaisConcept),
    keyWordsLabel: e.querySelector('.relais-key-words-label')?.textContent ?? null,
    translation: e.querySelector('.relais-translation') ? {
      text: e.querySelector('.relais-translation').textContent,
      lang: e.querySelector('.relais-translation').lang,
      dir: e.querySelector('.relais-translation').dir,
      reviewed: e.querySelector('.relais-translation').dataset.relaisReviewed,
      origin: e.querySelector('.relais-translation').dataset.relaisOrigin,
    } : null,
    marks: Object.fromEntries([...e.querySelectorAll('.relais-mark')].map((m) => [m.dataset.relaisMark, m.textContent])),
    text: e.textContent,
  })));
}

for (const lang of ['en', 'ar', 'ti', 'zh-Hans']) {
  test(`${lang}: full translations shown as translations, other blocks as key words labelled as such (ANEF, CAF)`, async () => {
    await setSettings(browser.sw, { lang });
    const seen = { translation: 0, keyWords: 0, portal: 0 };
    for (const [host, path] of FIXTURES) {
      const { page, errors } = await openWithOverlay(browser.ctx, server.url(host, path));
      const all = await boxes(page);
      for (const b of all.filter((x) => x.kind !== 'hard' && x.kind !== 'captcha')) {
        // Every concept keeps its "?" (a translation's concepts are the block's terms).
        for (const c of b.concepts) assert.ok(b.buttons.includes(c), `${path}: no "?" for ${c} in ${b.text}`);
        if (b.shows === 'translation') {
          seen.translation++;
          assert.equal(b.keyWordsLabel, null, `a translation labelled as key words: ${b.text}`);
          assert.ok(b.translation?.text, `no translation text: ${b.text}`);
          assert.equal(b.translation.lang, lang);
          assert.equal(b.translation.dir, ['ar', 'prs', 'ps'].includes(lang) ? 'rtl' : 'ltr');
          assert.ok(['memory', 'grammar'].includes(b.translation.origin));
          if (b.translation.reviewed === 'false') assert.equal(b.marks.unreviewed, UNREVIEWED[lang] ?? b.marks.unreviewed, 'an unreviewed translation without its mark');
          assert.ok(b.translation.reviewed === 'true' || b.marks.unreviewed, `unreviewed, unmarked: ${b.text}`);
          if (b.marks.portal) {
            seen.portal++;
            if (BY_PORTAL[lang]) assert.equal(b.marks.portal, BY_PORTAL[lang]);
          }
        } else {
          seen.keyWords++;
          assert.equal(b.shows, 'key-words');
          assert.equal(b.translation, null);
          assert.equal(b.keyWordsLabel, KEY_WORDS[lang], `key words not labelled: ${b.text}`);
          assert.ok(b.text.startsWith(KEY_WORDS[lang]), 'the label comes first');
        }
      }
      if (lang === 'en' || lang === 'ar') {
        assert.deepEqual((await axe(page, inRelais('.relais-overlay'))).map((v) => `${v.id}: ${v.targets[0]}`), [], `${path}: axe in the overlay's roots`);
      }
      await page.screenshot({ path: join(OUT, `display-${host}-${lang}.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    }
    console.log(`${lang}: ${seen.translation} blocks shown as translations (${seen.portal} the portal's own), ${seen.keyWords} as key words; this build has full translations for: ${meaning.filter((l) => l !== 'fr').join(', ') || 'none'}`);
    if (meaning.includes(lang)) {
      assert.ok(seen.translation > 0, `${lang} has a translation memory, but no block was translated`);
      if (lang === 'en') assert.ok(seen.portal > 0, 'no block shown as the portal\'s own translation (ANEF: FranceConnect, « Mot de passe oublié ? »)');
    } else {
      assert.equal(seen.translation, 0);
    }
  });
}

/** Opens the "?" of `concept` in the first label overlay that has it; returns the popover. */
async function openExplanation(page, concept) {
  const button = page.locator(`.relais-overlay button.relais-explain-button[data-relais-concept="${concept}"]`).first();
  await button.click();
  const pop = page.locator(`.relais-popover[data-relais-concept="${concept}"]`).first();
  await pop.waitFor();
  return pop;
}

test('the "?" popover ends with its source and the date it was checked, in the person\'s language and in French', async () => {
  const context = browser.ctx;
  const pagesBefore = context.pages().length;
  await setSettings(browser.sw, { lang: 'ar' });
  const { page, errors } = await openWithOverlay(context, server.url('anef', '/portals/anef-login/'));
  const pop = await openExplanation(page, 'identifiant');
  await page.waitForFunction(() => relaisDom.all('.relais-popover .relais-source').every((p) => p.textContent.length > 0));
  const lines = await pop.evaluate((p) => [...p.querySelectorAll('.relais-source')].map((l) => {
    const a = l.querySelector('a');
    return { lang: l.lang, dir: l.dir, text: l.textContent, link: a && { href: a.getAttribute('href'), target: a.target, rel: a.rel, text: a.textContent } };
  }));
  console.log(`popover source lines (ar): ${lines.map((l) => `[${l.lang}] ${isolate(l.text)}`).join(' / ')}`);
  assert.deepEqual(lines.map((l) => [l.lang, l.dir]), [['ar', 'rtl'], ['fr', 'ltr']]);
  const date = await page.evaluate(() => new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-12-07T00:00:00Z')));
  assert.equal(isolate(lines[0].text), `المصدر: ${lines[0].link.text}، تم التحقق في ${date}`);
  assert.equal(isolate(lines[1].text), `Source : ${lines[1].link.text}, vérifié le 7 décembre 2026`);
  for (const { link } of lines) {
    assert.match(link.href, /^https:\/\//);
    assert.equal(link.target, '_blank');
    assert.equal(link.rel, 'noopener noreferrer');
    assert.match(link.text, /^refugies\.info/);
  }
  assert.equal(context.pages().length, pagesBefore + 1, 'a page was opened without a click');
  assert.deepEqual((await axe(page, inRelais('.relais-popover'))).map((v) => v.id), []);
  await pop.screenshot({ path: join(OUT, 'popover-source-ar.png') });
  // A concept without a source shows no such line.
  const noSource = await openExplanation(page, 'mot-de-passe');
  assert.equal(await noSource.locator('.relais-sources').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();

  // A person who reads French: one line, in French.
  await setSettings(browser.sw, { lang: 'fr' });
  const fr = await openWithOverlay(context, server.url('anef', '/portals/anef-login/'));
  const frPop = await openExplanation(fr.page, 'numero-etranger');
  await fr.page.waitForFunction(() => relaisDom.all('.relais-popover .relais-source').every((p) => p.textContent.length > 0));
  const frLines = await frPop.evaluate((p) => [...p.querySelectorAll('.relais-source')].map((l) => ({ lang: l.lang, text: l.textContent })));
  assert.equal(frLines.length, 1);
  assert.match(isolate(frLines[0].text), /^Source : Rennes Métropole, « Trouver son numéro étranger AGDREF », vérifié le 7 décembre 2026$/);
  await frPop.screenshot({ path: join(OUT, 'popover-source-fr.png') });
  assert.deepEqual(fr.errors, []);
  await fr.page.close();
});

test('mediator mode: the French beside the full translation (English), French first', async () => {
  await setSettings(browser.sw, { lang: 'fr' });
  const desk = await browser.ctx.newPage();
  await desk.goto(`chrome-extension://${browser.extensionId}/pages/mediator/mediator.html`);
  await desk.waitForFunction(() => document.body.dataset.ready === 'true');
  await desk.evaluate(() => chrome.runtime.sendMessage({ type: 'mediator.start', lang: 'en' }));
  const { page, errors } = await openWithOverlay(browser.ctx, server.url('anef', '/portals/anef-login/'));
  const pairs = await page.$$eval('.relais-overlay[data-relais-mode="mediator"][data-relais-shows="translation"]', (els) => els.map((e) => {
    const fr = e.querySelector('.relais-text-fr');
    const tr = e.querySelector('.relais-translation');
    return { fr: fr?.textContent, tr: tr?.textContent, frBox: fr?.getBoundingClientRect().toJSON(), trBox: tr?.getBoundingClientRect().toJSON() };
  }));
  if (meaning.includes('en')) assert.ok(pairs.length > 0, 'no translated block in mediator mode');
  for (const p of pairs) {
    assert.ok(p.fr && p.tr && p.fr !== p.tr, JSON.stringify(p));
    assert.ok(p.frBox.left <= p.trBox.left, `French first: ${JSON.stringify(p)}`);
  }
  await page.focus('#identifiant');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'mediator-translation-en.png') });
  await desk.evaluate(() => chrome.runtime.sendMessage({ type: 'mediator.end', keep: false }));
  assert.deepEqual(errors, []);
  await page.close();
  await desk.close();
});
