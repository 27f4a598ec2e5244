// Relais background: a module service worker in Chromium, an event page in Firefox.
//
// It owns the Rust core (WebAssembly), which cannot run in a content script on portals whose
// Content-Security-Policy forbids WebAssembly. One listener, registered synchronously at top
// level, receives every message; the core validates it (typed, bounded) before anything else
// happens. Replies are always { ok: true, value } or { ok: false, error: { name, message } }.
// See ARCHITECTURE.md, "Message protocol".

import init, { Core } from './pkg/relais_wasm.js';
import { appendJournal, loadJournal, replaceJournal } from './journal-store.js';

const api = globalThis.browser ?? globalThis.chrome;
const SETTINGS_KEY = 'settings';
const SETTINGS_SCHEMA = 1;

let corePromise = null;
const loading = new Map();
const metas = new Map(); // lang -> meta.json, read once
let settingsCache = null; // dropped whenever storage changes

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) settingsCache = null;
});

async function readText(path) {
  const res = await fetch(api.runtime.getURL(path));
  if (!res.ok) throw Object.assign(new Error(`${path}: HTTP ${res.status}`), { name: 'LocaleError' });
  return res.text();
}

async function readJson(path) {
  return JSON.parse(await readText(path));
}

function core() {
  corePromise ??= (async () => {
    await init({ module_or_path: api.runtime.getURL('pkg/relais_wasm_bg.wasm') });
    const [glossary, ui, meta, common] = await Promise.all([
      readText('locales/fr/glossary.ftl'),
      readText('locales/fr/ui.ftl'),
      readJson('locales/fr/meta.json'),
      readText('locales/fr/common-words.txt'),
    ]);
    return new Core(glossary, ui, meta, common);
  })();
  // A failed start (for instance a malformed locale file) is retried on the next message.
  corePromise.catch(() => { corePromise = null; });
  return corePromise;
}

/** Loads `lang` and the fallbacks it needs (English), once each. */
async function ensureLocale(c, lang) {
  for (const l of [lang, 'en']) {
    if (l === 'fr' || c.hasLocale(l)) continue;
    if (!loading.has(l)) {
      loading.set(l, (async () => {
        const [meta, glossary, ui] = await Promise.all([
          readJson(`locales/${l}/meta.json`),
          readText(`locales/${l}/glossary.ftl`),
          readText(`locales/${l}/ui.ftl`),
        ]);
        c.addLocale(meta, glossary, ui);
      })().finally(() => loading.delete(l)));
    }
    await loading.get(l);
  }
}

let shipped = null; // locales/index.json is packaged with the extension: read it once

async function shippedLanguages() {
  shipped ??= readJson('locales/index.json').then((index) => index.languages);
  shipped.catch(() => { shipped = null; });
  return shipped;
}

/** The person's default language: the first browser language Relais ships, French excluded. */
async function defaultLanguage() {
  const shipped = await shippedLanguages();
  const wanted = (globalThis.navigator?.languages ?? []).map((l) => l.toLowerCase());
  for (const w of wanted) {
    const hit = shipped.find((s) => s !== 'fr' && (s.toLowerCase() === w || w.startsWith(s.toLowerCase() + '-')));
    if (hit) return hit;
  }
  return 'en';
}

async function meta(lang) {
  if (!metas.has(lang)) metas.set(lang, await readJson(`locales/${lang}/meta.json`));
  return metas.get(lang);
}

async function readSettings() {
  settingsCache ??= loadSettings();
  settingsCache.catch(() => { settingsCache = null; });
  return structuredClone(await settingsCache);
}

async function loadSettings() {
  const stored = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored && stored.schema > SETTINGS_SCHEMA) {
    throw Object.assign(new Error('Settings were written by a newer Relais.'), { name: 'StorageError' });
  }
  return {
    schema: SETTINGS_SCHEMA,
    lang: stored?.lang ?? (await defaultLanguage()),
    disabledHosts: stored?.disabledHosts ?? [],
  };
}

async function broadcast(message) {
  const tabs = await api.tabs.query({});
  await Promise.all(tabs.map((t) => api.tabs.sendMessage(t.id, message).catch(() => {})));
}

/** Messages the core answers by itself; it validates them as it decodes them. */
const CORE_TYPES = new Set(['scan.blocks', 'ui.strings', 'captcha.detect']);

async function dispatch(raw, sender) {
  const c = await core();
  const settings = await readSettings();
  if (CORE_TYPES.has(raw?.type) && typeof raw.lang === 'string') {
    await ensureLocale(c, raw.lang).catch(() => {}); // an unknown language is refused by the core
    return c.handle(raw, settings.lang);
  }
  const msg = c.validate(raw, settings.lang);
  switch (msg.type) {
    case 'settings.get': {
      // The interface strings come with the settings: one round trip before a page is read.
      await ensureLocale(c, settings.lang);
      return {
        lang: settings.lang,
        enabled: !settings.disabledHosts.includes(msg.host),
        dir: (await meta(settings.lang)).dir,
        speech: (await meta(settings.lang)).speech,
        strings: c.handle({ type: 'ui.strings', lang: settings.lang }, settings.lang),
      };
    }
    case 'settings.set': {
      if (msg.lang) {
        if (!(await shippedLanguages()).includes(msg.lang)) {
          throw Object.assign(new Error(`Relais does not ship ${msg.lang} yet.`), { name: 'UnknownLanguageError' });
        }
        settings.lang = msg.lang;
      }
      if (msg.host && typeof msg.enabled === 'boolean') {
        const others = settings.disabledHosts.filter((h) => h !== msg.host);
        settings.disabledHosts = msg.enabled ? others : [...others, msg.host];
      }
      await api.storage.local.set({ [SETTINGS_KEY]: settings });
      settingsCache = null;
      await broadcast({ type: 'settings.changed' });
      return { lang: settings.lang, disabledHosts: settings.disabledHosts };
    }
    case 'locale.list': {
      const shipped = await shippedLanguages();
      await Promise.all(shipped.map((l) => ensureLocale(c, l)));
      return c.handle(msg, settings.lang);
    }
    case 'captcha.event':
      return captchaEvent(msg, sender?.tab?.id ?? -1, (count) => recordFailure(c, settings, {
        failure: 'captcha',
        message: `Vérification de sécurité (CAPTCHA ${msg.kind}) non réussie`,
        url: sender?.tab?.url ?? `https://${msg.host}${msg.path}`,
        title: sender?.tab?.title ?? '',
        tabId: sender?.tab?.id,
      }, null));
    case 'journal.record':
      return recordFailure(c, settings, {
        failure: msg.failure, message: msg.message, url: msg.url, title: msg.title, tabId: sender?.tab?.id,
      }, msg.snapshot ? { kind: 'dom', mediaType: 'text/html', bytes: new TextEncoder().encode(msg.snapshot) } : null);
    case 'journal.report':
      return reportBlocking(c, settings, msg.note);
    case 'journal.delete':
      return deleteEntry(c, msg.entry, msg.reason);
    case 'journal.import':
      return importBundle(c, msg.bundle);
    default:
      throw Object.assign(new Error(`Unknown message type ${msg.type}`), { name: 'ProtocolError' });
  }
}

// ---- CAPTCHA failures as evidence -------------------------------------------------------------
// A CAPTCHA seen again soon after its form was submitted, in the same tab, on the same host, is a
// failed try. Tries are counted in storage.local under EVIDENCE_KEY (schema 1), one record per
// host and widget kind, and each is recorded in the journal (failure kind `captcha`). Pending submits live in storage.session (memory only), so a
// service-worker restart between the submit and the reloaded page loses nothing.
const EVIDENCE_KEY = 'evidence';
const RETRY_WINDOW_MS = 120_000;

async function captchaEvent(msg, tabId, journal) {
  const pendingKey = `captcha.pending.${tabId}`;
  const store = api.storage.session ?? api.storage.local;
  const evidence = (await api.storage.local.get(EVIDENCE_KEY))[EVIDENCE_KEY] ?? { schema: 1, captchaBlocked: [] };
  const find = () => evidence.captchaBlocked.find((r) => r.host === msg.host && r.kind === msg.kind);
  if (msg.event === 'submitted') {
    await store.set({ [pendingKey]: { kind: msg.kind, host: msg.host, at: Date.now() } });
    return { count: find()?.count ?? 0 };
  }
  const pending = (await store.get(pendingKey))[pendingKey];
  if (!pending || pending.kind !== msg.kind || pending.host !== msg.host || Date.now() - pending.at > RETRY_WINDOW_MS) {
    return { count: find()?.count ?? 0 };
  }
  await store.remove(pendingKey);
  let record = find();
  if (!record) {
    record = { kind: msg.kind, host: msg.host, path: msg.path, count: 0, tries: [] };
    evidence.captchaBlocked.push(record);
  }
  record.count += 1;
  record.tries.push(new Date().toISOString());
  await api.storage.local.set({ [EVIDENCE_KEY]: evidence });
  // Each failed try is also a record of the journal: an entry, then attempts of it.
  await journal(record.count);
  return { count: record.count };
}

// ---- Evidence journal ------------------------------------------------------------------------
// The core keeps the chain; journal-store.js keeps it on disk. One writer: this background.

const VERSION = api.runtime.getManifest().version;
const serverDates = new Map(); // tabId -> Date header of its last main-frame response
let journalReady = null;

function ensureJournal(c) {
  journalReady ??= (async () => { c.journalOpen(await loadJournal()); })();
  journalReady.catch(() => { journalReady = null; });
  return journalReady;
}

function now() {
  return {
    utcMs: Date.now(),
    offsetMinutes: -new Date().getTimezoneOffset(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

/** Records a failure; resolves once the record (and its capture) are durably stored. */
async function recordFailure(c, settings, f, capture) {
  await ensureJournal(c);
  const rec = c.journalRecord({
    ...now(),
    serverDate: f.tabId !== undefined ? serverDates.get(f.tabId) ?? null : null,
    url: f.url,
    title: f.title ?? '',
    failure: f.failure,
    httpStatus: f.httpStatus ?? null,
    message: f.message,
    lang: settings.lang,
    extension: VERSION,
  }, capture?.kind ?? null, capture?.mediaType ?? null, capture?.bytes ?? null);
  const stored = await appendJournal(rec.journalJson, rec.captureFile, capture?.bytes ?? null);
  return { seq: rec.seq, kind: rec.kind, entry: rec.entry, hash: rec.hash, captureKept: stored.captureKept, quota: Boolean(stored.quota) };
}

/** "This is blocking me": a screenshot of the visible tab (the popup click grants activeTab). */
async function reportBlocking(c, settings, note) {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) throw Object.assign(new Error('No page to record.'), { name: 'JournalError' });
  let capture = null;
  try {
    const dataUrl = await api.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 60 });
    const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
    capture = { kind: 'screenshot', mediaType: 'image/jpeg', bytes: Uint8Array.from(bin, (ch) => ch.charCodeAt(0)) };
  } catch (e) {
    console.warn('Relais: no screenshot', e);
  }
  return recordFailure(c, settings, {
    failure: 'other', message: note?.trim() || '(signalé par la personne)', url: tab.url, title: tab.title ?? '', tabId: tab.id,
  }, capture);
}

async function deleteEntry(c, entry, reason) {
  await ensureJournal(c);
  const t = now();
  const res = c.journalDelete(BigInt(entry), reason, t.utcMs, t.offsetMinutes, t.timeZone, VERSION);
  await appendJournal(res.journalJson, null, null, res.droppable);
  return { deleted: entry };
}

/** Verifies a bundle in full before anything is written; the journal is untouched on error. */
async function importBundle(c, base64) {
  const bin = atob(base64);
  const zip = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  const verified = c.journalVerify(zip); // throws JournalError naming the first broken record
  const files = c.journalBundleFiles(zip);
  await replaceJournal(verified.journalJson, files);
  journalReady = null;
  await ensureJournal(c);
  return verified.report;
}

// HTTP failures on the portals, observed without blocking anything. The manifest's host
// permissions limit these events to the portals.
if (api.webRequest) {
  const filter = { urls: api.runtime.getManifest().host_permissions, types: ['main_frame', 'xmlhttprequest'] };
  api.webRequest.onHeadersReceived.addListener((d) => {
    if (d.type !== 'main_frame') return;
    const date = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'date')?.value;
    if (date) serverDates.set(d.tabId, date);
  }, filter, ['responseHeaders']);
  api.webRequest.onCompleted.addListener((d) => {
    if (d.statusCode < 400 || d.tabId < 0) return;
    httpFailure(d, d.statusCode, `HTTP ${d.statusCode} ${d.statusLine?.replace(/^HTTP\/\S+\s+\d+\s*/, '') ?? ''}`.trim());
  }, filter);
  api.webRequest.onErrorOccurred.addListener((d) => {
    if (d.tabId < 0 || /ABORTED|NS_BINDING_ABORTED/.test(d.error)) return;
    httpFailure(d, null, `Erreur réseau : ${d.error}`);
  }, filter);
}

async function httpFailure(d, status, message) {
  try {
    const c = await core();
    const settings = await readSettings();
    const host = new URL(d.url).hostname;
    if (settings.disabledHosts.includes(host)) return;
    const tab = d.tabId >= 0 ? await api.tabs.get(d.tabId).catch(() => null) : null;
    await recordFailure(c, settings, {
      failure: status === null ? 'timeout' : status === 503 ? 'unavailable' : 'http-error',
      httpStatus: status, message, url: d.url, title: tab?.title ?? '', tabId: d.tabId,
    }, null);
  } catch (e) {
    console.error('Relais could not record an HTTP failure:', e);
  }
}

api.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  // Only our own extension's pages and content scripts can reach this listener
  // (no externally_connectable); the core still validates every message.
  dispatch(raw, sender).then(
    (value) => sendResponse({ ok: true, value }),
    (err) => sendResponse({ ok: false, error: { name: err?.name ?? 'Error', message: String(err?.message ?? err) } }),
  );
  return true;
});

// Start the core early so the first page does not wait for it.
core().catch((e) => console.error('Relais could not start its core:', e));
