// Launching the real browsers with the built extension. Chromium through playwright-core
// (persistent context: the only way to load an unpacked extension), Firefox ESR through
// puppeteer-core over WebDriver BiDi (browser.installExtension). Debian's binaries only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTS, ROOT } from './server.mjs';

export const CHROME_EXT = join(ROOT, 'dist/chrome');
export const FIREFOX_EXT = join(ROOT, 'dist/firefox');

const hostRules = Object.values(HOSTS).map((h) => `MAP ${h} 127.0.0.1`).join(', ');

/**
 * Chromium with the extension (or without: { extension: false }); `extensionDir` loads another
 * build of it (the benchmark's "before").
 * Returns { ctx, sw, extensionId, close }.
 */
export async function launchChromium({ extension = true, extensionDir = CHROME_EXT, speech = false, profile } = {}) {
  const { chromium } = await import('playwright-core');
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'relais-chromium-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--ignore-certificate-errors',
    `--host-resolver-rules=${hostRules}`,
  ];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  // Speech: Chromium autospawns speech-dispatcher on a socket under $HOME/.cache; a daemon left
  // from an earlier run can stop answering, so each run gets its own HOME, hence its own daemon,
  // stopped with the browser.
  let speechHome = null;
  if (speech) {
    args.push('--enable-speech-dispatcher');
    speechHome = mkdtempSync(join(tmpdir(), 'relais-speech-'));
  }
  const ctx = await chromium.launchPersistentContext(dir, {
    env: speechHome ? { ...process.env, HOME: speechHome, XDG_RUNTIME_DIR: speechHome } : process.env,
    executablePath: '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
  });
  let sw = null;
  let extensionId = null;
  if (extension) {
    sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    extensionId = new URL(sw.url()).host;
  }
  return {
    ctx, sw, extensionId,
    close: async () => {
      await ctx.close();
      if (speechHome) {
        spawnSync('pkill', ['-9', '-f', speechHome]);
        rmSync(speechHome, { recursive: true, force: true });
      }
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes the documented settings record (schema 1) from the service worker. */
export async function setSettings(sw, settings) {
  await sw.evaluate((s) => chrome.storage.local.set({ settings: { schema: 1, disabledHosts: [], ...s } }), settings);
}

/**
 * Opens `url` in a new page, collecting page errors, and waits for the overlay.
 * Returns { page, errors }.
 */
export async function openWithOverlay(ctx, url, { state = 'ready', timeout = 15000 } = {}) {
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  if (state) await page.waitForFunction((s) => document.documentElement.getAttribute('data-relais') === s, state, { timeout });
  return { page, errors };
}

/**
 * Firefox ESR with the extension installed temporarily (or without: { extension: false }).
 * Returns { browser, close }.
 */
export async function launchFirefox({ acceptLanguages = 'en', extension = true } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.trr.mode': 5,
      'intl.accept_languages': acceptLanguages,
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
    },
  });
  if (extension) await browser.installExtension(FIREFOX_EXT);
  return { browser, close: () => browser.close() };
}
