// ./build.sh demo: serves the demo portal pages on 127.0.0.1, opens Chromium with Relais, and
// writes a screenshot of each demo page in each shipped language to dist/demo/ (with an
// index.html to browse them). With a display ($DISPLAY), it then leaves the browser open on the
// demo index for a person to use; close the browser window to stop.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT, HOSTS } from './e2e/lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings, CHROME_EXT } from './e2e/lib/browsers.mjs';

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
        await page.locator('relais-overlay[data-relais-kind="error"]').first().waitFor({ timeout: 5000 });
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
      args: [`--disable-extensions-except=${CHROME_EXT}`, `--load-extension=${CHROME_EXT}`, '--ignore-certificate-errors',
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
