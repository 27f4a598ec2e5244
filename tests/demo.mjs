// ./build.sh demo: serves the demo portal pages on 127.0.0.1, opens Chromium with Relais, and
// writes a screenshot of each demo page in each shipped language to dist/demo/ (with an
// index.html to browse them). With a display ($DISPLAY), it then leaves the browser open on the
// demo index for a person to use; close the browser window to stop.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT, HOSTS } from './e2e/lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings, CHROME_EXT, CHROME_SHIPPED } from './e2e/lib/browsers.mjs';

const OUT = join(ROOT, 'dist/demo');
mkdirSync(OUT, { recursive: true });
const { languages } = JSON.parse(readFileSync(join(CHROME_EXT, 'locales/index.json'), 'utf8'));

const PAGES = [
  { name: 'anef-login', host: 'anef', path: '/portals/anef-login/', open: 'identifiant' },
  { name: 'prefecture-rdv', host: 'prefecture', path: '/portals/prefecture-rdv/', click: '#demande-rdv' },
  { name: 'caf-declaration', host: 'caf', path: '/portals/caf-declaration/' },
  { name: 'ameli-compte', host: 'ameli', path: '/portals/ameli-compte/' },
  { name: 'dsfr-register-identity', host: 'dsfr', path: '/dsfr-pkg/example/layout/page/register/2-steps/2b-identity/' },
];

const server = await startServer();
const headed = Boolean(process.env.DISPLAY);
const browser = await launchChromium();
const shots = [];
try {
  for (const lang of languages.filter((l) => l !== 'fr')) {
    await setSettings(browser.sw, { lang });
    for (const p of PAGES) {
      const { page, errors } = await openWithOverlay(browser.ctx, server.url(p.host, p.path));
      if (p.click) {
        await page.click(p.click);
        await page.locator('.relais-overlay[data-relais-kind="error"]').first().waitFor({ timeout: 5000 });
      }
      if (p.open) await page.locator(`button.relais-explain-button[data-relais-concept="${p.open}"]`).first().click();
      const file = `${p.name}-${lang}.png`;
      await page.screenshot({ path: join(OUT, file), fullPage: true });
      if (errors.length) console.warn(`${file}: page errors ${errors.join('; ')}`);
      shots.push({ file, lang, page: p.name });
      await page.close();
    }
    console.log(`demo: ${lang} done`);
  }
  // Mediator mode (a session for a person reading Arabic, then Tigrinya), the mediator page with a
  // phrase card, and the journal page with what the tries above recorded.
  await setSettings(browser.sw, { lang: 'fr' });
  const ext = (path) => `chrome-extension://${browser.extensionId}/${path}`;
  for (const lang of ['ar', 'ti'].filter((l) => languages.includes(l))) {
    const desk = await browser.ctx.newPage();
    await desk.goto(ext('pages/mediator/mediator.html'));
    await desk.waitForFunction(() => document.body.dataset.ready === 'true');
    await desk.evaluate((l) => chrome.runtime.sendMessage({ type: 'mediator.start', lang: l }), lang);
    const { page } = await openWithOverlay(browser.ctx, server.url('caf', '/portals/caf-declaration/'));
    await page.focus('#numero-allocataire');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `mediator-caf-${lang}.png`) });
    shots.push({ file: `mediator-caf-${lang}.png`, lang, page: 'mediator mode, CAF form' });
    await page.close();
    await desk.reload();
    await desk.waitForFunction((l) => document.body.dataset.ready === 'true' && document.body.dataset.phrasesLang === l, lang);
    await desk.screenshot({ path: join(OUT, `mediator-page-${lang}.png`), fullPage: true });
    await desk.click('button.phrase[data-card="phrase-appointment-no-slot"]');
    await desk.screenshot({ path: join(OUT, `mediator-card-${lang}.png`) });
    shots.push({ file: `mediator-page-${lang}.png`, lang, page: 'mediator page' }, { file: `mediator-card-${lang}.png`, lang, page: 'phrase card' });
    await desk.evaluate(() => chrome.runtime.sendMessage({ type: 'mediator.end', keep: false }));
    await desk.close();
  }
  const journal = await browser.ctx.newPage();
  await journal.goto(ext('pages/journal/journal.html'));
  await journal.waitForFunction(() => document.body.dataset.ready === 'true');
  await journal.screenshot({ path: join(OUT, 'journal-fr.png'), fullPage: true });
  shots.push({ file: 'journal-fr.png', lang: 'fr', page: 'evidence journal' });
  await journal.close();
  const dossier = await browser.ctx.newPage();
  await dossier.goto(ext('pages/dossier/dossier.html'));
  await dossier.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60000 });
  await dossier.screenshot({ path: join(OUT, 'dossier-fr.png') });
  await dossier.pdf({ path: join(OUT, 'dossier-fr.pdf'), format: 'A4', printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
  shots.push({ file: 'dossier-fr.png', lang: 'fr', page: 'the French dossier for the court (dossier-fr.pdf)' });
  await dossier.close();
  console.log('demo: mediator mode and journal done');

  const rows = shots.map((s) => `<figure><a href="${s.file}"><img src="${s.file}" alt="${s.page} in ${s.lang}" width="320"></a><figcaption>${s.page} — ${s.lang}</figcaption></figure>`);
  writeFileSync(join(OUT, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>Relais demo screenshots</title><h1>Relais demo screenshots</h1>${rows.join('\n')}</html>\n`);
  console.log(`demo: ${shots.length} screenshots in dist/demo/ (open dist/demo/index.html)`);
} finally {
  if (headed) {
    console.log('demo: browser left open on the demo portals; close it to stop.');
    await browser.close();
    const { chromium } = await import('playwright-core');
    const ctx = await chromium.launchPersistentContext('', {
      executablePath: '/usr/bin/chromium', headless: false,
      args: [`--disable-extensions-except=${CHROME_SHIPPED}`, `--load-extension=${CHROME_SHIPPED}`, '--ignore-certificate-errors',
        `--host-resolver-rules=${Object.values(HOSTS).map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`],
    });
    const page = ctx.pages()[0] ?? await ctx.newPage();
    await page.goto(server.url('servicePublic', '/portals/'));
    await new Promise((resolve) => ctx.on('close', resolve));
  } else {
    await browser.close();
  }
  await server.close();
}
