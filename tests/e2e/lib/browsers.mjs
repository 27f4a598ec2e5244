// Launching the real browsers with the built extension. Chromium through playwright-core
// (persistent context: the only way to load an unpacked extension), Firefox ESR through
// puppeteer-core over WebDriver BiDi (browser.installExtension). Debian's binaries only.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTS, ROOT } from './server.mjs';

// The tests use the INSPECT build (open shadow roots, Relais's state on <html>: ARCHITECTURE.md,
// "DOM contract"), but for the privacy test, which uses the shipped build (`build: 'shipped'`).
export const CHROME_EXT = join(ROOT, 'dist/chrome-inspect');
export const FIREFOX_EXT = join(ROOT, 'dist/firefox-inspect');
export const CHROME_SHIPPED = join(ROOT, 'dist/chrome');
export const FIREFOX_SHIPPED = join(ROOT, 'dist/firefox');
/** The extension's moz-extension:// host in the tests' Firefox (fixed by a preference). */
export const FIREFOX_UUID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/**
 * In-page helpers for the tests (installed before the page's scripts; inspect build): Relais's
 * elements are in the open shadow roots of its hosts. `relaisDom.all(sel)` / `one(sel)` query
 * every root (the hosts' roots and the popovers, bar and notices inside them); `host(el)` is
 * the light-DOM host of an element inside a root.
 */
export const RELAIS_DOM = `(() => {
  if (globalThis.relaisDom) return;
  const roots = () => Array.from(document.querySelectorAll('relais-overlay, relais-layer'), (h) => h.shadowRoot).filter(Boolean);
  globalThis.relaisDom = {
    all: (sel) => roots().flatMap((r) => Array.from(r.querySelectorAll(sel))),
    one: (sel) => { for (const r of roots()) { const e = r.querySelector(sel); if (e) return e; } return null; },
    host: (el) => el?.getRootNode?.().host ?? null,
    active: () => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; },
  };
})();`;

const hostRules = Object.values(HOSTS).map((h) => `MAP ${h} 127.0.0.1`).join(', ');

/**
 * Chromium with the extension (or without: { extension: false }). `actionClicks`: allow
 * clickAction (below); `extensionDir`: another build of it (the benchmark's "before").
 * Returns { ctx, sw, extensionId, close }.
 */
export async function launchChromium({ extension = true, extensionDir, speech = false, profile, actionClicks = false, build = 'inspect' } = {}) {
  const { chromium } = await import('playwright-core');
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'relais-chromium-'));
  const ext = extensionDir ?? (build === 'shipped' ? CHROME_SHIPPED : CHROME_EXT);
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--ignore-certificate-errors',
    `--host-resolver-rules=${hostRules}`,
  ];
  if (extension) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  if (actionClicks) args.push('--enable-unsafe-extension-debugging');
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
  if (build !== 'shipped') await ctx.addInitScript({ content: RELAIS_DOM });
  let sw = null;
  let extensionId = null;
  if (extension) {
    sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    extensionId = new URL(sw.url()).host;
  }
  return {
    ctx, sw, extensionId,
    close: async () => {
      // The run's own speech daemon is stopped first: Chromium's shutdown otherwise waits for
      // an utterance still being spoken (30 s after the read-aloud tests' long explanation).
      if (speechHome) spawnSync('pkill', ['-9', '-f', speechHome]);
      await ctx.close();
      if (speechHome) {
        spawnSync('pkill', ['-9', '-f', speechHome]);
        rmSync(speechHome, { recursive: true, force: true });
      }
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks the extension's toolbar button on `page`'s tab, as a person does (CDP
 * Extensions.triggerAction; Chromium launched with { actionClicks: true }): the popup opens and
 * the extension gets the activeTab grant for that tab, which a screenshot needs.
 */
export async function clickAction(b, page) {
  const cdp = await b.ctx.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId: tab.targetId });
  await cdp.detach();
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
 * Firefox ESR with the extension installed temporarily (or without: { extension: false }), its
 * pages at moz-extension://FIREFOX_UUID/. `profile`: a folder kept after closing (otherwise a
 * temporary one, removed). `extensionPages`: let the test open those pages (WebDriver BiDi
 * refuses to navigate to moz-extension: addresses unless Firefox runs with
 * -remote-allow-system-access). `downloads`: a folder where downloads are saved without asking.
 * `rdp`: also keeps the event page from being suspended when idle (the evaluator holds its
 * console actor; the tests' waits are longer than Firefox's 30 s idle timeout). `prefs`: more
 * Firefox preferences. Returns { browser, close }.
 */
export async function launchFirefox({ acceptLanguages = 'en', extension = true, profile, extensionPages = false, build = 'inspect', rdp = false, downloads = null, speech = false, prefs = {} } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  // rdp: Firefox's Remote Debugging Protocol on a free port, to evaluate in the extension's
  // background (lib/firefox-rdp.mjs).
  const port = rdp ? await freePort() : null;
  // speech: Firefox's own test voices (`media.webspeech.synth.test`: en, fr-CA, es-MX, it-IT; no
  // Arabic). Its speech-dispatcher backend lists no voice here: with a daemon of the run's own
  // started first (HOME and XDG_RUNTIME_DIR as for Chromium) and answering `spd-say -L` with
  // espeak-ng's voices, headless Firefox ESR 153's speechSynthesis.getVoices() stays empty.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    ...(profile ? { userDataDir: profile } : {}),
    args: [...(port ? ['--start-debugger-server', String(port)] : []), ...(extensionPages ? ['-remote-allow-system-access'] : [])],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'relais@relais.invalid': FIREFOX_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      'network.trr.mode': 5,
      'intl.accept_languages': acceptLanguages,
      'xpinstall.signatures.required': false,
      ...(speech ? { 'media.webspeech.synth.enabled': true, 'media.webspeech.synth.test': true } : {}),
      'extensions.autoDisableScopes': 0,
      ...(port ? { 'devtools.debugger.remote-enabled': true, 'devtools.chrome.enabled': true, 'devtools.debugger.prompt-connection': false, 'extensions.background.idle.enabled': false } : {}),
      ...(downloads ? { 'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false, 'browser.download.start_downloads_in_tmp_dir': false, 'browser.download.alwaysOpenPanel': false } : {}),
      ...prefs,
    },
  });
  const id = extension ? await browser.installExtension(build === 'shipped' ? FIREFOX_SHIPPED : FIREFOX_EXT) : null;
  let evaluator = null;
  return {
    browser,
    id,
    /** Evaluates an expression in the extension's background (needs `rdp: true`); resolves its (text) result. */
    background: async (expression) => {
      if (!port || !id) throw new Error('launchFirefox({ rdp: true }) with the extension');
      evaluator ??= await (await import('./firefox-rdp.mjs')).backgroundEvaluator(port, id);
      return evaluator(expression);
    },
    /**
     * Evaluates `expression` in the extension's content-script sandbox of the tab at `pageUrl`
     * (needs `rdp: true`); resolves its (text) result. Returns { evaluate, close }.
     */
    contentScript: async (pageUrl) => {
      if (!port || !id) throw new Error('launchFirefox({ rdp: true }) with the extension');
      const evaluate = await (await import('./firefox-rdp.mjs')).contentScriptEvaluator(port, id, pageUrl);
      return { evaluate, close: evaluate.close };
    },
    /** A new page with the tests' in-page helpers (inspect build). */
    newPage: async () => {
      const page = await browser.newPage();
      if (build !== 'shipped') await page.evaluateOnNewDocument(RELAIS_DOM);
      return page;
    },
    close: () => {
      evaluator?.close();
      return browser.close();
    },
  };
}

/** A TCP port free on 127.0.0.1 now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
