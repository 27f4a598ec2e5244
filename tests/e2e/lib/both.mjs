// One way to drive both browsers for the tests that run in Chromium and in Firefox ESR: the
// journal page, the mediator page and the portals, through what the two drivers share
// (playwright-core for Chromium, puppeteer-core over WebDriver BiDi for Firefox). Everything a
// test reads of the extension's storage it reads from an extension page (the same origin as the
// background): Firefox's background is an event page that WebDriver cannot evaluate in.
//
// What the drivers do not share is done in the page, the same way in both: a file chosen for
// import is handed to the page's own `change` handler (a `DataTransfer`), an export is caught at
// `URL.createObjectURL` (the bytes the page would download), confirmation dialogs are answered by
// replacing `confirm`/`prompt` for that page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_UUID, launchChromium, launchFirefox } from './browsers.mjs';

export const BROWSERS = ['chromium', 'firefox'];

/**
 * Launches `kind` with the extension (inspect build), the person's language `lang`, in a profile
 * folder of its own (kept with `keepProfile`, for a forensic scan after closing). Firefox grants
 * optional permissions without its prompt (`extensions.webextOptionalPermissionPrompts`: a
 * headless browser has no doorhanger to click); Chromium grants those without a warning, such as
 * `browsingData`, without asking. `rdp` (Firefox): evaluate in the background with
 * `raw.background(expression)` (lib/firefox-rdp.mjs).
 */
export async function launch(kind, { lang = 'en', keepProfile = false, profile, rdp = false } = {}) {
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
      // WebDriver BiDi's navigation to a moz-extension: page may not report its load, and the
      // frame being waited on may be replaced by the navigation still under way (retried).
      await page.goto(url, { timeout: 3000 }).catch(() => {});
      for (let tries = 0; ; tries++) {
        try {
          await page.waitForFunction((u) => location.href === u && document.body?.dataset.ready, { timeout: 60000 }, url);
          return;
        } catch (e) {
          if (tries >= 4 || !/detached|context|navigat/i.test(String(e?.message))) throw e;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
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
