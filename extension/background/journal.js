// The evidence journal in the background, its writer (the journal page writes only an import).
// The journal core (relais_journal_wasm) keeps the hash chain; shared/journal-store.js keeps it on
// disk (IndexedDB, one row per record), the computer's journal or, during a mediator session, the
// session's (sealed with the session's key). A record is acknowledged only once it, the new head
// and its capture are durably stored; a full quota records the text again without the capture
// and says so. Nothing already written is ever written again.
//
// The journal's module is instantiated only when it is first needed (a failure to record, the
// journal page): pages that meet no failure never pay for it. (A service worker cannot import()
// lazily; importing the small glue file is free, compiling the module is what waits.)
import initJournal, { JournalCore } from '../pkg/relais_journal_wasm.js';
import { api } from '../shared/api.js';
import { fromBase64 } from '../shared/base64.js';
import {
  JOURNAL_DB, SESSION_DB, commit, currentJournalDb, hasLegacyRow, isQuotaError, loadCaptures, loadStored, migrate,
  useJournalDb,
} from '../shared/journal-store.js';
import { ensureLocale } from './core.js';
import { personLanguage, readSession } from './settings.js';

export const VERSION = api.runtime.getManifest().version;
const serverDates = new Map(); // tabId -> Date header of its last main-frame response
let journalReady = null;
let storeOpened = null; // see journalOpened
let journalModule = null;

/** Keeps a tab's last main-frame `Date` header: the server's own time of its later records. */
export function noteServerDate(tabId, date) {
  serverDates.set(tabId, date);
}

/** The journal module, instantiated once. */
export function journalCore() {
  journalModule ??= (async () => {
    await initJournal({ module_or_path: api.runtime.getURL('pkg/relais_journal_wasm_bg.wasm') });
    return new JournalCore();
  })();
  journalModule.catch(() => { journalModule = null; });
  return journalModule;
}

/**
 * The open journal (the session's or the computer's), loaded and verified link by link once. A
 * journal stored by Relais 0.2 (one row holding the whole JSON) is moved to one row per record
 * here, the first time: read and verified whole, then its records and head written in one
 * transaction that also removes the old row.
 */
export function ensureJournal() {
  if (!journalReady) {
    let opened;
    storeOpened = new Promise((resolve) => { opened = resolve; });
    journalReady = (async () => {
      // The service worker may have restarted in the middle of a session: find its journal again.
      useJournalDb((await readSession()) ? SESSION_DB : JOURNAL_DB);
      // Its rows are this version's: a page may read them while they are verified here.
      if (!(await hasLegacyRow())) opened();
      const j = await journalCore();
      const stored = await loadStored();
      if (stored?.legacy) {
        j.open(stored.legacy);
        await migrate(j.storedHead(), j.storedRecords());
      } else {
        j.openStored(stored?.head ?? null, stored?.records ?? []);
      }
      opened();
      return j;
    })();
    journalReady.catch(() => { journalReady = null; });
  }
  return journalReady;
}

/**
 * Resolves once the open journal's rows can be read (chosen, and moved to one row per record if
 * Relais 0.2 stored it), which may be before they are verified: the journal page lists its first
 * records meanwhile, marked as being checked, and asks `journal.summary`, which waits for the
 * verification. A journal that cannot be read rejects here too.
 */
async function journalOpened() {
  const ready = ensureJournal();
  await Promise.race([storeOpened, ready]);
}

/** Forgets the journal in memory: it is read again from disk (after a write that did not happen). */
export function forgetJournal() {
  journalReady = null;
}

/** Chooses the open journal: the computer's (JOURNAL_DB) or a mediator session's (SESSION_DB). */
export function switchJournal(name) {
  useJournalDb(name);
  journalReady = null;
}

export function now() {
  return {
    utcMs: Date.now(),
    offsetMinutes: -new Date().getTimezoneOffset(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

const storageError = (e) => Object.assign(new Error(`The journal could not be written: ${e?.message ?? e}`), { name: 'StorageError' });

/** Records a failure; resolves once the record (and its capture) are durably stored. */
/** A failure kind's meaning in a language, as the core gives it: `${lang} ${failure}` → text. */
const meanings = new Map();

function meaningOf(c, failure, lang) {
  const key = `${lang} ${failure}`;
  if (meanings.has(key)) return meanings.get(key);
  const meaning = c.failureMeaning(failure, lang) ?? null;
  // Kept only once the language and its fallback are loaded (before, the core answers with less).
  if ((lang === 'fr' || c.hasLocale(lang)) && c.hasLocale('en')) meanings.set(key, meaning);
  return meaning;
}

export async function recordFailure(c, settings, f, capture) {
  const lang = await personLanguage(settings);
  await ensureLocale(c, lang).catch(() => {});
  const failure = {
    ...now(),
    serverDate: f.tabId !== undefined ? serverDates.get(f.tabId) ?? null : null,
    url: f.url,
    title: f.title ?? '',
    failure: f.failure,
    httpStatus: f.httpStatus ?? null,
    message: f.message,
    meaning: meaningOf(c, f.failure, lang),
    extension: VERSION,
  };
  const write = (withCapture) => append((j) => {
    const cap = withCapture ? capture : null;
    const rec = j.record(failure, cap?.kind ?? null, cap?.mediaType ?? null, cap?.bytes ?? null);
    return { rec, files: rec.captureFile && cap ? [[rec.captureFile, cap.bytes]] : [] };
  });
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
    throw storageError(e);
  }
}

/**
 * Records a failure Relais noticed by itself rather than read on the page: an HTTP status
 * (`{source: 'http', status, statusLine}`), a network error (`{source: 'network', error}`), a
 * failed CAPTCHA (`{source: 'captcha', kind}`), the person's report (`{source: 'reported'}`). The
 * core decides whether it is a failure and what the journal says (kind, status, the French
 * message of the dossier); resolves null when it is none (a status below 400, a request the page
 * or the person cancelled). `page` is `{url, title, tabId}`.
 */
export async function recordNoticed(c, settings, noticed, page, capture = null) {
  const failure = c.noticed(noticed);
  if (!failure) return null;
  return recordFailure(c, settings, { ...failure, ...page }, capture);
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
  const rec = await recordNoticed(c, settings, { source: 'reported' }, { url: tab.url, title: tab.title ?? '', tabId: tab.id }, capture);
  if (note?.trim()) rec.note = (await addNote(rec.entry, note.trim().slice(0, 4000))).seq;
  return rec;
}

let appending = Promise.resolve(); // appends run one at a time, in the order they were asked

/**
 * Chains one record with `make(journal)` → `{rec, files, drop}` (`rec` with its `seq`, its line
 * `record` and the new `head`) and stores it, onto the stored head. Appends run one after the
 * other: each record is chained to, and stored after, the one before it. When it is not on disk,
 * memory follows disk again (the journal is read again); when the stored journal was replaced
 * meanwhile (an import on the journal page), the record is chained again onto the new one, once.
 */
export function append(make) {
  const run = appending.then(() => appendNow(make));
  appending = run.catch(() => {});
  return run;
}

async function appendNow(make) {
  for (let attempt = 0; ; attempt++) {
    const j = await ensureJournal();
    const { rec, files = [], drop = [] } = make(j);
    try {
      await commit({ seq: rec.seq, record: rec.record, head: rec.head, files, drop });
      return rec;
    } catch (e) {
      journalReady = null;
      if (e?.name !== 'StaleJournalError' || attempt > 0) throw e;
    }
  }
}

async function deleteEntry(entry, reason) {
  const t = now();
  try {
    await append((j) => {
      const rec = j.delete(BigInt(entry), reason, t.utcMs, t.offsetMinutes, t.timeZone, VERSION);
      return { rec, drop: rec.droppable };
    });
  } catch (e) {
    throw storageError(e);
  }
  return { deleted: entry };
}

/** Chains a note on entry `entry` (0: the whole journal). */
export async function addNote(entry, text) {
  const t = now();
  try {
    const rec = await append((j) => ({ rec: j.note(BigInt(entry), text, t.utcMs, t.offsetMinutes, t.timeZone, VERSION) }));
    return { seq: rec.seq };
  } catch (e) {
    throw storageError(e);
  }
}

/** The bundle (ZIP bytes) of the open journal, with its captures. */
export async function exportOpenJournal() {
  const j = await ensureJournal();
  return j.export(await loadCaptures());
}

/**
 * The dossier's figures of the open journal (the journal page lists the records itself), once
 * it is verified. A failure's distinct messages, most frequent first, at most SUMMARY_MESSAGES
 * of them (`messagesOmitted` counts the others): the core keeps its figures up to date with each
 * record, so that neither they nor the page's first paint grow with the journal (the dossier
 * page lists every message, from the journal itself).
 */
async function journalSummary() {
  return (await ensureJournal()).summary(SUMMARY_MESSAGES);
}
const SUMMARY_MESSAGES = 5;

export const handlers = {
  'journal.record': (msg, { core: c, settings, sender }) => recordFailure(c, settings, {
    failure: msg.failure, message: msg.message, url: msg.url, title: msg.title, tabId: sender?.tab?.id,
  }, msg.snapshot ? { kind: 'dom', mediaType: 'text/html', bytes: new TextEncoder().encode(msg.snapshot) } : null),
  'journal.report': (msg, { core: c, settings }) => reportBlocking(c, settings, msg.note),
  'journal.delete': (msg) => deleteEntry(msg.entry, msg.reason),
  'journal.note': (msg) => addNote(msg.entry, msg.text),
  // The open journal, moved to one row per record the first time, before a page reads it; its
  // verification may still be under way (journal.summary waits for it).
  'journal.where': async () => {
    await journalOpened();
    return { db: currentJournalDb(), session: currentJournalDb() === SESSION_DB };
  },
  'journal.summary': () => journalSummary(),
  // The journal page stored a bundle it verified: read the journal again (and check it).
  'journal.reload': async () => {
    journalReady = null;
    await ensureJournal();
    return {};
  },
};
