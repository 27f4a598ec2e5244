// (tests/e2e/lib/both.mjs is the journal and mediator tests' own two-browser layer, written in
// parallel; merging the two is left to do.)
// One test body, two browsers: a small browser-neutral layer over playwright-core (Chromium) and
// puppeteer-core over WebDriver BiDi (Firefox ESR), so that a test written once runs under
// `for (const name of BROWSERS)`. What differs between the two drivers lives here only:
// - the background: Chromium's service worker (playwright `sw.evaluate`), Firefox's event page
//   through Firefox's Remote Debugging Protocol (lib/firefox-rdp.mjs);
// - the extension's pages: chrome-extension://<id>/ and moz-extension://FIREFOX_UUID/ (Firefox
//   started with -remote-allow-system-access; BiDi never reports such a navigation as finished,
//   so the page itself is waited for);
// - selectors: playwright's enter open shadow roots, puppeteer's do not, so every query of
//   Relais's elements is made in the page (`relaisDom`, inspect build) and every click is a real
//   mouse click at the element's centre, every key a real key press, in both browsers;
// - downloads: playwright's download event; Firefox saves into a folder set by preference;
// - page errors: Firefox reports the page's own CSP blocks (the DSFR's data: images under
//   default-src 'self') as page errors, with or without Relais: those are dropped, unless they
//   name Relais or a moz-extension: resource.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_UUID, launchChromium, launchFirefox } from './browsers.mjs';

export const BROWSERS = ['chromium', 'firefox'];

/** The label tests print: "Chromium" or "Firefox ESR". */
export const LABEL = { chromium: 'Chromium', firefox: 'Firefox ESR' };

/**
 * Launches `name` ('chromium' | 'firefox') with the inspect build. Options: `speech` (a
 * speech-dispatcher of the run's own), `acceptLanguages` (Firefox), `profile` (a profile folder
 * the caller keeps, to start the browser again on it). Returns a Session.
 */
export async function launch(name, { speech = false, acceptLanguages = 'en', profile } = {}) {
  if (name === 'chromium') return chromiumSession(await launchChromium({ speech, profile }));
  if (name === 'firefox') {
    const downloads = mkdtempSync(join(tmpdir(), 'relais-ff-downloads-'));
    const ff = await launchFirefox({ acceptLanguages, extensionPages: true, rdp: true, downloads, speech, profile });
    return firefoxSession(ff, downloads);
  }
  throw new Error(`unknown browser ${name}`);
}

/** `(api, arg) => …` evaluated in the background, its result returned as JSON. */
const backgroundExpression = (fn, arg) => `(async () => JSON.stringify(await (${fn})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})) ?? 'null')()`;

function chromiumSession(b) {
  const wrap = (page) => neutralPage('chromium', page, {
    waitFor: (fn, arg, opts) => page.waitForFunction(fn, arg, opts),
    pages: () => b.ctx.pages().length,
    download: async (click) => {
      const [d] = await Promise.all([page.waitForEvent('download'), click()]);
      const dir = mkdtempSync(join(tmpdir(), 'relais-download-'));
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      return { name: d.suggestedFilename(), path };
    },
    select: (sel, value) => page.selectOption(sel, value),
    waitForURL: (re) => page.waitForURL(re),
    onDialog: (f) => page.once('dialog', f),
  });
  return {
    name: 'chromium',
    label: LABEL.chromium,
    raw: b,
    extensionBase: `chrome-extension://${b.extensionId}`,
    background: async (fn, arg) => JSON.parse(await b.sw.evaluate(backgroundExpression(fn, arg))),
    setSettings: (s) => b.sw.evaluate((x) => chrome.storage.local.set({ settings: { schema: 1, disabledHosts: [], ...x } }), s),
    newPage: async () => wrap(await b.ctx.newPage()),
    /** Opens `url`, collecting page errors, and waits for Relais's state (`null`: do not wait). */
    open: async (url, { state = 'ready', timeout = 15000 } = {}) => {
      const p = wrap(await b.ctx.newPage());
      await p.raw.goto(url, { waitUntil: 'load' });
      if (state) await p.waitFor((s) => document.documentElement.getAttribute('data-relais') === s, state, { timeout });
      return p;
    },
    /** An extension page (path under the extension's root), once its body says `data-ready="true"`. */
    extensionPage: async (path) => {
      const p = wrap(await b.ctx.newPage());
      await p.raw.goto(`chrome-extension://${b.extensionId}/${path}`);
      await p.waitFor(() => document.body?.dataset.ready === 'true', null, { timeout: 30000 });
      return p;
    },
    pages: async () => b.ctx.pages().length,
    /**
     * Evaluates in Relais's content scripts' own world on `page` (CDP: the isolated world named
     * "Relais"). Returns { evaluate(expression) → the value (JSON-able), close }.
     */
    contentScript: async (page) => {
      const cdp = await b.ctx.newCDPSession(page.raw);
      const contexts = [];
      cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
      await cdp.send('Runtime.enable');
      let world;
      for (const end = Date.now() + 3000; !(world = contexts.find((x) => x.auxData?.type === 'isolated' && x.name === 'Relais')) && Date.now() < end;) {
        await new Promise((r) => setTimeout(r, 50));
      }
      if (!world) throw new Error(`no Relais isolated world among ${contexts.map((x) => x.name).join(', ')}`);
      return {
        evaluate: async (expression) => {
          const r = await cdp.send('Runtime.evaluate', { contextId: world.id, expression: `(async () => JSON.stringify(await (${expression})) ?? 'null')()`, awaitPromise: true, returnByValue: true });
          if (r.exceptionDetails) throw new Error(`content script: ${JSON.stringify(r.exceptionDetails)}`);
          return JSON.parse(r.result.value);
        },
        close: () => cdp.detach(),
      };
    },
    close: () => b.close(),
  };
}

function firefoxSession(ff, downloads) {
  /** Pages whose tab the debugging protocol has watched (content-script world). */
  const watched = new WeakSet();
  const wrap = (page) => neutralPage('firefox', page, {
    waitFor: async (fn, arg, opts) => {
      if (!watched.has(page)) return page.waitForFunction(fn, opts ?? {}, arg);
      // While the debugging protocol watches the tab, BiDi's script.callFunction fails ("Not
      // allowed to define cross-origin object as property on [Object] or [Array] XrayWrapper"):
      // the condition is polled with script.evaluate, whose text results cross intact.
      const expression = `JSON.stringify(Boolean((${fn})(${JSON.stringify(arg)})))`;
      for (const end = Date.now() + (opts?.timeout ?? 30000); ; await new Promise((r) => setTimeout(r, 50))) {
        if (JSON.parse(await page.evaluate(expression))) return;
        if (Date.now() > end) throw new Error(`Firefox: waiting failed: ${fn}`);
      }
    },
    download: async (click) => {
      const before = new Set(readdirSync(downloads));
      await click();
      for (const end = Date.now() + 15000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
        const fresh = readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
        // A finished download: no .part file left beside it, and its size stable.
        if (fresh.length && !readdirSync(downloads).some((f) => f.endsWith('.part'))) {
          const path = join(downloads, fresh[0]);
          const size = statSync(path).size;
          await new Promise((r) => setTimeout(r, 100));
          if (statSync(path).size === size) return { name: fresh[0], path };
        }
      }
      throw new Error('Firefox: no download');
    },
    select: (sel, value) => page.select(sel, value),
    waitForURL: async (re) => {
      for (const end = Date.now() + 15000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
        if (re.test(page.url())) {
          await page.waitForFunction(() => document.readyState === 'complete');
          return;
        }
      }
      throw new Error(`Firefox: URL never matched ${re}: ${page.url()}`);
    },
    onDialog: (f) => page.once('dialog', f),
  });
  const base = `moz-extension://${FIREFOX_UUID}`;
  return {
    name: 'firefox',
    label: LABEL.firefox,
    raw: ff,
    extensionBase: base,
    background: async (fn, arg) => JSON.parse(await ff.background(backgroundExpression(fn, arg))),
    setSettings: (s) => ff.background(`browser.storage.local.set({ settings: { schema: 1, disabledHosts: [], ...${JSON.stringify(s)} } }).then(() => 'ok')`),
    newPage: async () => wrap(await ff.newPage()),
    open: async (url, { state = 'ready', timeout = 15000 } = {}) => {
      const p = wrap(await ff.newPage());
      await p.raw.goto(url, { waitUntil: 'load' });
      if (state) await p.waitFor((s) => document.documentElement.getAttribute('data-relais') === s, state, { timeout });
      return p;
    },
    extensionPage: async (path) => {
      const p = wrap(await ff.newPage());
      await p.gotoExtension(`${base}/${path}`);
      return p;
    },
    pages: async () => (await ff.browser.pages()).length,
    /**
     * Evaluates in Relais's content-script sandbox on `page` (Firefox's Remote Debugging
     * Protocol: the tab's `content_script` target). Returns { evaluate(expression), close }.
     */
    contentScript: async (page) => {
      // From here on, the page's evaluations go through text and polling (see waitFor above):
      // the tab stays so even after the watcher is gone.
      watched.add(page.raw);
      const cs = await ff.contentScript(page.url());
      return {
        evaluate: async (expression) => JSON.parse(await cs.evaluate(`(async () => JSON.stringify(await (${expression})) ?? 'null')()`)),
        close: cs.close,
      };
    },
    close: async () => {
      await ff.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Finds an element in the page's light DOM, else in Relais's roots (inspect build). */
const FIND = `(sel) => document.querySelector(sel) ?? globalThis.relaisDom?.one(sel) ?? null`;

/**
 * The page as the tests use it. `raw` is the driver's own page. Queries take a CSS selector,
 * looked up in the page's DOM, then in Relais's open roots; `nth` picks among every match.
 */
function neutralPage(browser, page, impl) {
  const errors = [];
  page.on('pageerror', (e) => {
    const m = e.message ?? String(e);
    if (browser === 'firefox' && m.startsWith('Content-Security-Policy:') && !/moz-extension|relais/i.test(m)) return;
    errors.push(m);
  });
  /**
   * Runs `fn(el, arg)` (synchronous) on the element `sel` (nth match) in the page. The result
   * crosses as JSON text: while Firefox's debugging protocol watches the tab (the content-script
   * world, read-aloud), WebDriver BiDi returns objects and promised values as {}, text intact.
   */
  const onElement = async (sel, fn, arg, nth = 0) => JSON.parse(await page.evaluate(
    `(() => { const all = [...document.querySelectorAll(${JSON.stringify(sel)}), ...(globalThis.relaisDom?.all(${JSON.stringify(sel)}) ?? [])];
      const el = all[${nth}]; if (!el) throw new Error('no element ' + ${JSON.stringify(sel)});
      const r = (${fn})(el, ${JSON.stringify(arg ?? null)}); return JSON.stringify(r === undefined ? null : r); })()`,
  ));
  const p = {
    browser,
    raw: page,
    errors,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** Waits until `fn(arg)` is truthy in the page. */
    waitFor: (fn, arg = null, opts = { timeout: 15000 }) => impl.waitFor(fn, arg, opts),
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    count: (sel) => page.evaluate((s) => document.querySelectorAll(s).length + (globalThis.relaisDom?.all(s).length ?? 0), sel),
    /** Waits for an element to exist. */
    waitForElement: (sel, timeout = 15000) => impl.waitFor((s) => Boolean(document.querySelector(s) ?? globalThis.relaisDom?.one(s)), sel, { timeout }),
    attr: (sel, name, nth = 0) => onElement(sel, (el, n) => el.getAttribute(n), name, nth),
    text: (sel, nth = 0) => onElement(sel, (el) => el.textContent, null, nth),
    value: (sel) => onElement(sel, (el) => el.value),
    /** Runs `fn(el, arg)` (a function, serialised) on the element. */
    on: (sel, fn, arg, nth = 0) => onElement(sel, fn.toString(), arg, nth),
    focus: (sel, nth = 0) => onElement(sel, (el) => el.focus(), null, nth),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    /** A real mouse click at the centre of the element (scrolled into view). */
    click: async (sel, nth = 0) => {
      const box = await onElement(sel, (el) => {
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, null, nth);
      await page.mouse.click(box.x, box.y);
    },
    /** Replaces a field's value by typing (the field focused, its content selected). */
    fill: async (sel, value, nth = 0) => {
      await onElement(sel, (el) => { el.focus(); if (typeof el.select === 'function') el.select(); }, null, nth);
      await page.keyboard.type(value);
    },
    select: (sel, value) => impl.select(sel, value),
    waitForURL: (re) => impl.waitForURL(re),
    /** Accepts the next dialog (confirm, alert). */
    acceptDialog: () => impl.onDialog((d) => d.accept()),
    /** Clicks `sel` and returns the file it downloads: { name, path }. */
    download: (sel) => impl.download(() => p.click(sel)),
    screenshot: (path, { fullPage = false } = {}) => page.screenshot({ path, fullPage }),
    /** A screenshot of one element (in the page or in Relais's roots). */
    screenshotOf: async (sel, path, nth = 0) => {
      const handle = await page.evaluateHandle(
        `[...document.querySelectorAll(${JSON.stringify(sel)}), ...(globalThis.relaisDom?.all(${JSON.stringify(sel)}) ?? [])][${nth}]`,
      );
      const el = handle.asElement();
      if (!el) throw new Error(`no element ${sel}`);
      await el.screenshot({ path });
      await handle.dispose();
    },
    /** One round trip to the background, as the extension's pages send it (extension pages only). */
    send: (message) => page.evaluate((m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), message),
    /**
     * Navigates to an extension page and waits for its `data-ready="true"`. (WebDriver BiDi
     * never reports a navigation to a moz-extension: page as finished: the page is waited for.)
     */
    gotoExtension: async (url, { ready = true } = {}) => {
      if (browser === 'chromium') await page.goto(url);
      else await page.goto(url, { timeout: 1500 }).catch(() => {});
      await impl.waitFor(([u, r]) => location.href === u && (r ? document.body?.dataset.ready === 'true' : document.readyState === 'complete'), [url, ready], { timeout: 30000 });
    },
    /** Reloads an extension page and waits for the new document's `data-ready="true"`. */
    reloadExtension: async () => {
      await page.evaluate(() => { globalThis.__relaisTestOld = true; });
      if (browser === 'chromium') await page.reload();
      else await page.reload({ timeout: 1500 }).catch(() => {});
      await impl.waitFor(() => !globalThis.__relaisTestOld && document.body?.dataset.ready === 'true', null, { timeout: 30000 });
    },
    close: () => page.close(),
  };
  return p;
}
