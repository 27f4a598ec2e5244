// Relais background: a module service worker in Chromium, an event page in Firefox.
//
// It owns the Rust core (WebAssembly), which cannot run in a content script on portals whose
// Content-Security-Policy forbids WebAssembly. One listener, registered synchronously at top
// level, receives every message; the core validates it (typed, bounded) before anything else
// happens. Replies are always { ok: true, value } or { ok: false, error: { name, message } }.
// See ARCHITECTURE.md, "Message protocol".

import init, { Core } from '../pkg/relais_wasm.js';
// The journal's module is instantiated only when it is first needed (a failure to record, the
// journal page): pages that meet no failure never pay for it. (A service worker cannot import()
// lazily; importing the small glue file is free, compiling the module is what waits.)
import initJournal, { JournalCore } from '../pkg/relais_journal_wasm.js';
import {
  JOURNAL_DB, SESSION_DB, appendJournal, isQuotaError, currentJournalDb, deleteJournalDb, loadCaptures, loadJournal, replaceJournal, useJournalDb,
} from '../shared/journal-store.js';
import { api } from '../shared/api.js';
import { fromBase64, toBase64 } from '../shared/base64.js';
import { WrongPassphraseError, checkPassphrase, deleteProfile, listProfiles, openProfile, saveProfile } from './profiles.js';

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
      // In a mediator session the person's language applies, and the bar speaks the mediator's.
      const session = await readSession();
      const lang = session?.lang ?? settings.lang;
      await ensureLocale(c, lang);
      await ensureLocale(c, settings.lang);
      const m = await meta(lang);
      return {
        lang,
        enabled: !settings.disabledHosts.includes(msg.host),
        dir: m.dir,
        speech: m.speech,
        languageName: m.name,
        strings: c.handle({ type: 'ui.strings', lang }, lang),
        mediator: session ? {
          scale: session.scale,
          lang: settings.lang,
          dir: (await meta(settings.lang)).dir,
          strings: c.handle({ type: 'ui.strings', lang: settings.lang }, settings.lang),
        } : null,
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
    case 'journal.note':
      return addNote(c, msg.entry, msg.text);
    case 'journal.timestamp':
      return timestampJournal(msg.urls);
    case 'journal.where':
      return { db: currentJournalDb(), session: currentJournalDb() === SESSION_DB };
    case 'mediator.start':
      return startSession(c, msg.lang ?? settings.lang);
    case 'mediator.state':
      return readSession();
    case 'mediator.set':
      return updateSession(msg);
    case 'mediator.open': {
      // One mediator page: an open one is brought forward at that section, not opened again.
      const url = api.runtime.getURL(`pages/mediator/mediator.html#${msg.section}`);
      const [open] = await api.tabs.query({ url: api.runtime.getURL('pages/mediator/mediator.html*') }).catch(() => []);
      if (open) {
        await api.tabs.update(open.id, { url, active: true });
        await api.windows?.update(open.windowId, { focused: true }).catch(() => {});
      } else {
        await api.tabs.create({ url });
      }
      return { opened: msg.section };
    }
    case 'mediator.end':
      return endSession(c, msg);
    case 'profile.list':
      return listProfiles();
    case 'profile.open':
      return openProfileSession(c, msg.profile, msg.passphrase);
    case 'profile.export':
      return exportProfile(c, msg.profile, msg.passphrase);
    case 'profile.delete':
      await deleteProfile(msg.profile);
      return { deleted: msg.profile };
    case 'phrases.get':
      return phraseCards(c, msg.lang);
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
  // In a mediator session the counter lives in session memory, with the session's journal.
  const counters = (await readSession()) ? (api.storage.session ?? api.storage.local) : api.storage.local;
  const evidence = (await counters.get(EVIDENCE_KEY))[EVIDENCE_KEY] ?? { schema: 1, captchaBlocked: [] };
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
  await counters.set({ [EVIDENCE_KEY]: evidence });
  // Each failed try is also a record of the journal: an entry, then attempts of it.
  await journal(record.count);
  return { count: record.count };
}

// ---- Evidence journal ------------------------------------------------------------------------
// The core keeps the chain; journal-store.js keeps it on disk. One writer: this background.

const VERSION = api.runtime.getManifest().version;
const serverDates = new Map(); // tabId -> Date header of its last main-frame response
let journalReady = null;
let journalModule = null;

/** The journal module, instantiated once. */
function journalCore() {
  journalModule ??= (async () => {
    await initJournal({ module_or_path: api.runtime.getURL('pkg/relais_journal_wasm_bg.wasm') });
    return new JournalCore();
  })();
  journalModule.catch(() => { journalModule = null; });
  return journalModule;
}

/** The open journal (the session's or the computer's), loaded and verified once. */
function ensureJournal() {
  journalReady ??= (async () => {
    const j = await journalCore();
    // The service worker may have restarted in the middle of a session: find its journal again.
    useJournalDb((await readSession()) ? SESSION_DB : JOURNAL_DB);
    j.open(await loadJournal());
    return j;
  })();
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
  const lang = (await readSession())?.lang ?? settings.lang;
  await ensureLocale(c, lang).catch(() => {});
  const failure = {
    ...now(),
    serverDate: f.tabId !== undefined ? serverDates.get(f.tabId) ?? null : null,
    url: f.url,
    title: f.title ?? '',
    failure: f.failure,
    httpStatus: f.httpStatus ?? null,
    message: f.message,
    meaning: c.failureMeaning(f.failure, lang) ?? null,
    extension: VERSION,
  };
  const write = async (withCapture) => {
    const j = await ensureJournal();
    const cap = withCapture ? capture : null;
    const rec = j.record(failure, cap?.kind ?? null, cap?.mediaType ?? null, cap?.bytes ?? null);
    try {
      await appendJournal(rec.journalJson, rec.captureFile, cap?.bytes ?? null);
    } catch (e) {
      // Not on disk: forget the in-memory record too (the journal is read again from disk).
      journalReady = null;
      throw e;
    }
    return rec;
  };
  try {
    const rec = await write(Boolean(capture));
    return { seq: rec.seq, kind: rec.kind, entry: rec.entry, hash: rec.hash, captureKept: Boolean(capture), quota: false };
  } catch (e) {
    if (capture && isQuotaError(e)) {
      // The browser's storage is full: the text evidence is recorded without its capture (the
      // record names no file), and the page tells the person.
      try {
        const rec = await write(false);
        return { seq: rec.seq, kind: rec.kind, entry: rec.entry, hash: rec.hash, captureKept: false, quota: true };
      } catch (e2) {
        e = e2;
      }
    }
    throw Object.assign(new Error(`The journal could not be written: ${e?.message ?? e}`), { name: 'StorageError' });
  }
}

/** "This is blocking me": a screenshot of the visible tab (the popup click grants activeTab). */
async function reportBlocking(c, settings, note) {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) throw Object.assign(new Error('No page to record.'), { name: 'JournalError' });
  let capture = null;
  try {
    const dataUrl = await api.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 60 });
    capture = { kind: 'screenshot', mediaType: 'image/jpeg', bytes: fromBase64(dataUrl.slice(dataUrl.indexOf(',') + 1)) };
  } catch (e) {
    console.warn('Relais: no screenshot', e);
  }
  // The person's own words are a note on the entry, not the portal's message: the message
  // column of the dossier holds only what the portal said.
  const rec = await recordFailure(c, settings, {
    failure: 'other', message: '(signalé par la personne)', url: tab.url, title: tab.title ?? '', tabId: tab.id,
  }, capture);
  if (note?.trim()) rec.note = (await addNote(c, rec.entry, note.trim().slice(0, 4000))).seq;
  return rec;
}

async function deleteEntry(c, entry, reason) {
  const j = await ensureJournal();
  const t = now();
  const res = j.delete(BigInt(entry), reason, t.utcMs, t.offsetMinutes, t.timeZone, VERSION);
  try {
    await appendJournal(res.journalJson, null, null, res.droppable);
  } catch (e) {
    journalReady = null; // the deletion is not on disk: memory follows disk again
    throw Object.assign(new Error(`The journal could not be written: ${e?.message ?? e}`), { name: 'StorageError' });
  }
  return { deleted: entry };
}

async function addNote(c, entry, text) {
  const j = await ensureJournal();
  const t = now();
  const res = j.note(BigInt(entry), text, t.utcMs, t.offsetMinutes, t.timeZone, VERSION);
  try {
    await appendJournal(res.journalJson, null, null);
  } catch (e) {
    journalReady = null;
    throw Object.assign(new Error(`The journal could not be written: ${e?.message ?? e}`), { name: 'StorageError' });
  }
  return { seq: res.seq };
}

// ---- Trusted time (RFC 3161) -------------------------------------------------------------------
// The person lists the authorities (two independent ones recommended) on the journal page, which
// asks the browser for permission to reach them. Each receives only the SHA-256 of the head's
// hash, never a record; its signed reply is checked by the core against that hash and kept in
// the bundle (`timestamps/<n>.tsr`). These are the only requests Relais itself sends, and only on
// the person's click.
const TSA_KEY = 'tsa';

async function timestampAuthority(tsa, query) {
  const signal = AbortSignal.timeout(20_000);
  const res = await fetch(tsa, { method: 'POST', headers: { 'Content-Type': 'application/timestamp-query' }, body: query, signal, credentials: 'omit', cache: 'no-store' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function timestampJournal(urls) {
  const j = await ensureJournal();
  await api.storage.local.set({ [TSA_KEY]: { schema: 1, urls } });
  const results = [];
  for (const tsa of urls) {
    try {
      const q = j.timestampQuery();
      const token = await timestampAuthority(tsa, new Uint8Array(q.query));
      const stamped = j.timestamp(BigInt(q.seq), tsa, token);
      await appendJournal(stamped.journalJson, stamped.files[0], token);
      results.push({ tsa, ok: true, seq: q.seq });
    } catch (e) {
      journalReady = null; // memory follows disk again if the write failed half-way
      await ensureJournal().catch(() => {});
      results.push({ tsa, ok: false, error: String(e?.message ?? e) });
    }
  }
  return results;
}

/** The bundle (ZIP bytes) of the open journal, with its captures. */
async function exportOpenJournal(c) {
  const j = await ensureJournal();
  return j.export(await loadCaptures());
}

/** Verifies a bundle in full before anything is written; the journal is untouched on error. */
async function importBundle(c, base64) {
  const zip = fromBase64(base64);
  const j = await journalCore();
  const verified = j.verify(zip); // throws JournalError naming the first broken record
  const files = j.bundleFiles(zip);
  await replaceJournal(verified.journalJson, files);
  journalReady = null;
  await ensureJournal();
  return verified.report;
}

// ---- Mediator sessions ------------------------------------------------------------------------
// A session is a person sitting at a shared computer with a mediator. Its state lives in
// storage.session (memory only, never written to disk, not readable by content scripts) under
// SESSION_KEY; its journal is the IndexedDB database SESSION_DB. Ending the session deletes both
// and restores the computer's own settings: nothing of the person stays unless they keep their
// journal in a profile encrypted with their passphrase (profiles.js). See ARCHITECTURE.md,
// "Stored data".
const SESSION_KEY = 'mediator';
const sessionArea = () => api.storage.session ?? api.storage.local;

async function readSession() {
  return (await sessionArea().get(SESSION_KEY))[SESSION_KEY] ?? null;
}

async function writeSession(session) {
  await sessionArea().set({ [SESSION_KEY]: session });
  await broadcast({ type: 'settings.changed' });
  return session;
}

function switchJournal(name) {
  useJournalDb(name);
  journalReady = null;
}

async function startSession(c, lang, profile = null) {
  if (!(await shippedLanguages()).includes(lang)) {
    throw Object.assign(new Error(`Relais does not ship ${lang} yet.`), { name: 'UnknownLanguageError' });
  }
  const current = await readSession();
  if (current) return current;
  const session = await writeSession({ schema: 1, started: new Date().toISOString(), lang, scale: 1, notes: '', profile });
  switchJournal(SESSION_DB);
  await ensureJournal(); // finds the session (just written) and opens its journal
  return session;
}

async function updateSession(msg) {
  const session = await readSession();
  if (!session) throw Object.assign(new Error('No mediator session is on.'), { name: 'SessionError' });
  if (msg.lang) {
    if (!(await shippedLanguages()).includes(msg.lang)) {
      throw Object.assign(new Error(`Relais does not ship ${msg.lang} yet.`), { name: 'UnknownLanguageError' });
    }
    session.lang = msg.lang;
  }
  if (typeof msg.scale === 'number') session.scale = msg.scale;
  if (typeof msg.notes === 'string') {
    // Notes change often: no re-render of every page for them.
    session.notes = msg.notes;
    await sessionArea().set({ [SESSION_KEY]: session });
    return session;
  }
  return writeSession(session);
}

/** The profile's encrypted payload: the person's language and their journal's bundle. */
function profilePayload(lang, bundle) {
  return new TextEncoder().encode(JSON.stringify({ schema: 1, lang, bundle: toBase64(bundle) }));
}

function readPayload(bytes) {
  const p = JSON.parse(new TextDecoder().decode(bytes));
  return { lang: p.lang, bundle: fromBase64(p.bundle) };
}

async function endSession(c, msg) {
  const session = await readSession();
  if (!session) throw Object.assign(new Error('No mediator session is on.'), { name: 'SessionError' });
  let kept = null;
  if (msg.keep) {
    await ensureJournal();
    // A wrong passphrase for an existing profile is refused before anything is added to the
    // journal (a retry must not chain the notes twice).
    await checkPassphrase(msg.profile.trim(), msg.passphrase);
    if (msg.keepNotes && session.notes.trim()) await addNote(c, 0, session.notes.trim().slice(0, 4000));
    const bundle = await exportOpenJournal(c);
    // Throws WrongPassphraseError when the profile exists with another passphrase: the session
    // then stays as it is, nothing is lost, and the person can try again.
    kept = await saveProfile(msg.profile.trim(), msg.passphrase, profilePayload(session.lang, bundle));
  }
  await wipeSession();
  return { kept };
}

/** Removes everything of the session: its journal, its captures, its state, its counters. */
async function wipeSession() {
  // The session's state goes first: a failure recorded meanwhile (ensureJournal reads the
  // session to choose its database) then goes to the computer's journal, never to a
  // session database being deleted.
  if (api.storage.session) await api.storage.session.clear();
  else await api.storage.local.remove([SESSION_KEY]);
  switchJournal(JOURNAL_DB);
  await deleteJournalDb(SESSION_DB);
  await broadcast({ type: 'settings.changed' });
}

async function openProfileSession(c, name, passphrase) {
  if (await readSession()) throw Object.assign(new Error('End the current session before opening a profile.'), { name: 'SessionError' });
  const { lang, bundle } = readPayload(await openProfile(name, passphrase));
  const j = await journalCore();
  const verified = j.verify(bundle);
  const files = j.bundleFiles(bundle);
  switchJournal(SESSION_DB);
  await replaceJournal(verified.journalJson, files);
  journalReady = null;
  try {
    return await startSession(c, lang, name);
  } catch (e) {
    await wipeSession();
    throw e;
  }
}

async function exportProfile(c, name, passphrase) {
  const { bundle } = readPayload(await openProfile(name, passphrase));
  (await journalCore()).verify(bundle);
  return { bundle: toBase64(bundle) };
}

/** Phrase cards in `lang` beside the French. */
async function phraseCards(c, lang) {
  await ensureLocale(c, lang);
  for (const l of ['fr', lang]) {
    // A language without its cards yet shows the French ones, marked as French.
    if (!c.hasPhrases(l)) c.addPhrases(l, await readText(`locales/${l}/phrases.ftl`).catch((e) => (l === 'fr' ? Promise.reject(e) : '')));
  }
  return c.phraseCards(lang);
}

if (api.commands) {
  // The keyboard shortcut (Alt+Shift+M by default): without a session, starts one and opens the
  // mediator page; during a session, moves keyboard focus to the bar of the portal page in front
  // (the bar comes last in the page's Tab order), or opens the mediator page if there is none.
  api.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'mediator') return;
    try {
      const c = await core();
      const session = await readSession();
      if (session) {
        const [front] = tab ? [tab] : await api.tabs.query({ active: true, currentWindow: true });
        const focused = front ? await api.tabs.sendMessage(front.id, { type: 'mediator.focus' }).catch(() => false) : false;
        if (focused) return;
      } else {
        await startSession(c, (await readSettings()).lang);
      }
      await api.tabs.create({ url: api.runtime.getURL('pages/mediator/mediator.html#phrases') });
    } catch (e) {
      console.error('Relais could not start mediator mode:', e);
    }
  });
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
    (err) => sendResponse({ ok: false, error: { name: err instanceof WrongPassphraseError ? 'WrongPassphraseError' : err?.name ?? 'Error', message: String(err?.message ?? err) } }),
  );
  return true;
});

// A session's memory (storage.session) does not survive the browser closing, but its journal
// database would: a browser closed (or crashed) in the middle of a session must not leave the
// person's records to the next one. Without a session in memory, its database is deleted.
readSession().then((session) => (session ? null : deleteJournalDb(SESSION_DB))).catch((e) => console.error('Relais could not clean up an ended session:', e));

// Start the core early so the first page does not wait for it.
core().catch((e) => console.error('Relais could not start its core:', e));
