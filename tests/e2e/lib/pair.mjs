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

/**
 * Firefox: navigates a puppeteer page to a moz-extension: page with `navigate()` (its goto or
 * reload) and resolves when `until()`, a wait in the page, does. WebDriver BiDi never reports
 * such a navigation as finished, so it is not awaited (it fails once the page closes, ignored):
 * the page itself is waited for, and a wait begun in the document being replaced is begun again.
 */
export async function firefoxExtensionNavigation(navigate, until) {
  navigate().catch(() => {});
  for (let tries = 0; ; tries++) {
    try {
      return await until();
    } catch (e) {
      // Begun in the document being replaced, the wait fails with the protocol's error of the
      // moment (a detached frame, a destroyed context, "Waiting failed" over a null realm): it is
      // begun again. A timeout is final.
      if (tries >= 9 || e?.name === 'TimeoutError' || /exceeded|Firefox: waiting failed/.test(String(e?.message))) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
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
      const until = () => impl.waitFor(([u, r]) => location.href === u && (r ? document.body?.dataset.ready === 'true' : document.readyState === 'complete'), [url, ready], { timeout: 30000 });
      if (browser === 'chromium') {
        await page.goto(url);
        await until();
      } else await firefoxExtensionNavigation(() => page.goto(url, { timeout: 60000 }), until);
    },
    /** Reloads an extension page and waits for the new document's `data-ready="true"`. */
    reloadExtension: async () => {
      await page.evaluate(() => { globalThis.__relaisTestOld = true; });
      const until = () => impl.waitFor(() => !globalThis.__relaisTestOld && document.body?.dataset.ready === 'true', null, { timeout: 30000 });
      if (browser === 'chromium') {
        await page.reload();
        await until();
      } else await firefoxExtensionNavigation(() => page.reload({ timeout: 60000 }), until);
    },
    close: () => page.close(),
  };
  return p;
}

// ---- Sessions of raw driver pages, in a profile folder of their own --------------------------
// (Formerly lib/both.mjs.) The journal, mediator, forensic and dossier tests drive the extension's
// pages and the portals through what the two drivers share (playwright-core for Chromium,
// puppeteer-core over WebDriver BiDi for Firefox), on the drivers' own pages. Everything a test
// reads of the extension's storage it reads from an extension page (the same origin as the
// background): Firefox's background is an event page that WebDriver cannot evaluate in.
//
// What the drivers do not share is done in the page, the same way in both: a file chosen for
// import is handed to the page's own `change` handler (a `DataTransfer`), an export is caught at
// `URL.createObjectURL` (the bytes the page would download), confirmation dialogs are answered by
// replacing `confirm`/`prompt` for that page.

/**
 * Launches `kind` with the extension (inspect build), the person's language `lang`, in a profile
 * folder of its own (kept with `keepProfile`, for a forensic scan after closing). Firefox grants
 * optional permissions without its prompt (`extensions.webextOptionalPermissionPrompts`: a
 * headless browser has no doorhanger to click); Chromium grants those without a warning, such as
 * `browsingData`, without asking. `rdp` (Firefox): evaluate in the background with
 * `raw.background(expression)` (lib/firefox-rdp.mjs).
 */
export async function launchProfile(kind, { lang = 'en', keepProfile = false, profile, rdp = false } = {}) {
  const dir = profile ?? mkdtempSync(join(tmpdir(), `relais-${kind}-`));
  const removeDir = () => { if (!keepProfile && !profile) rmSync(dir, { recursive: true, force: true }); };
  if (kind === 'chromium') {
    const b = await launchChromium({ profile: dir });
    await b.sw.evaluate((l) => chrome.storage.local.set({ settings: { schema: 1, disabledHosts: [], lang: l } }), lang);
    const base = `chrome-extension://${b.extensionId}`;
    return {
      kind, dir, base, raw: b,
      newPage: () => b.ctx.newPage(),
      waitFor: (page, fn, arg, timeout = 20000) => page.waitForFunction(fn, arg, { timeout }),
      gotoExtension: async (page, path) => {
        await page.goto(`${base}/${path}`);
        await page.waitForFunction(() => document.body?.dataset.ready, null, { timeout: 60000 });
      },
      close: async () => { await b.ctx.close(); removeDir(); },
    };
  }
  const ff = await launchFirefox({
    acceptLanguages: lang, profile: dir, extensionPages: true, rdp,
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  const base = `moz-extension://${FIREFOX_UUID}`;
  const b = {
    kind, dir, base, raw: ff,
    newPage: () => ff.newPage(),
    waitFor: (page, fn, arg, timeout = 20000) => page.waitForFunction(fn, { timeout }, arg),
    gotoExtension: async (page, path) => {
      const url = `${base}/${path}`;
      await firefoxExtensionNavigation(() => page.goto(url, { timeout: 60000 }),
        () => page.waitForFunction((u) => location.href === u && document.body?.dataset.ready, { timeout: 60000 }, url));
    },
    close: async () => { await ff.close(); removeDir(); },
  };
  // The settings of the person's language (Firefox takes it from intl.accept_languages too).
  const p = await b.newPage();
  await b.gotoExtension(p, 'pages/mediator/mediator.html');
  await p.evaluate((l) => browser.storage.local.set({ settings: { schema: 1, disabledHosts: [], lang: l } }), lang);
  await p.close();
  return b;
}

/** Opens a portal page and waits for the overlay (inspect build: Relais's state on <html>). */
export async function openPortal(b, url, { state = 'ready' } = {}) {
  const page = await b.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message ?? String(e)));
  await page.goto(url, { waitUntil: 'load' });
  if (state) await b.waitFor(page, (s) => document.documentElement.getAttribute('data-relais') === s, state);
  return { page, errors };
}

/** Waits until the page reports at least `n` failures recorded (durably) from it. */
export function waitRecorded(b, page, n = 1) {
  return b.waitFor(page, (k) => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= k, n);
}

/**
 * Everything the extension keeps, read from an extension page: storage.local, storage.session,
 * and every IndexedDB database (binary values spelled out as latin1 and UTF-8 text, so that a
 * search finds clear text in them).
 */
export function everything(page) {
  return page.evaluate(async () => {
    const ext = globalThis.browser ?? globalThis.chrome;
    const plain = (v) => {
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
        const bytes = new Uint8Array(v instanceof ArrayBuffer ? v : v.buffer, v.byteOffset ?? 0, v.byteLength);
        let latin1 = '';
        for (const x of bytes) latin1 += String.fromCharCode(x);
        return { binary: bytes.length, latin1, utf8: new TextDecoder().decode(bytes) };
      }
      if (Array.isArray(v)) return v.map(plain);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
      return v;
    };
    const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const databases = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await req(indexedDB.open(name));
      const out = {};
      for (const store of db.objectStoreNames) {
        const s = db.transaction(store).objectStore(store);
        const [keys, values] = await Promise.all([req(s.getAllKeys()), req(s.getAll())]);
        out[store] = keys.map((k, i) => [k, plain(values[i])]);
      }
      db.close();
      databases[name] = out;
    }
    return { local: await ext.storage.local.get(null), session: await ext.storage.session.get(null), databases };
  });
}

/** Answers the page's confirm() with yes and its prompt() with `answer`. */
export function answerDialogs(page, answer) {
  return page.evaluate((a) => {
    window.confirm = () => true;
    window.prompt = () => a;
  }, answer);
}

/**
 * The bytes the page offers for download when `selector` is clicked (caught at
 * URL.createObjectURL), as a Buffer.
 */
export async function downloadBytes(page, selector) {
  const b64 = await page.evaluate(async (sel) => {
    const original = URL.createObjectURL;
    const blob = new Promise((resolve) => {
      URL.createObjectURL = (x) => { resolve(x); return original.call(URL, x); };
    });
    document.querySelector(sel).click();
    const bytes = new Uint8Array(await (await blob).arrayBuffer());
    URL.createObjectURL = original;
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, selector);
  return Buffer.from(b64, 'base64');
}

/** Hands `bytes` to the file input `selector` as the file `name`, as choosing it would. */
export function chooseFile(page, selector, bytes, name) {
  return page.evaluate(({ sel, b64, n }) => {
    const bin = atob(b64);
    const arr = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([arr], n, { type: 'application/zip' }));
    const input = document.querySelector(sel);
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, { sel: selector, b64: Buffer.from(bytes).toString('base64'), n: name });
}
