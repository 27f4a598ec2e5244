// The evidence journal in the background, its one writer. The journal core (relais_journal_wasm)
// keeps the hash chain; shared/journal-store.js keeps it on disk (IndexedDB), the computer's
// journal or, during a mediator session, the session's. A record is acknowledged only once it
// and its capture are durably stored; a full quota records the text again without the capture
// and says so.
//
// The journal's module is instantiated only when it is first needed (a failure to record, the
// journal page): pages that meet no failure never pay for it. (A service worker cannot import()
// lazily; importing the small glue file is free, compiling the module is what waits.)
import initJournal, { JournalCore } from '../pkg/relais_journal_wasm.js';
import { api } from '../shared/api.js';
import { fromBase64 } from '../shared/base64.js';
import {
  JOURNAL_DB, SESSION_DB, appendJournal, currentJournalDb, isQuotaError, loadCaptures, loadJournal, replaceJournal, useJournalDb,
} from '../shared/journal-store.js';
import { ensureLocale } from './core.js';
import { personLanguage, readSession } from './settings.js';

export const VERSION = api.runtime.getManifest().version;
const serverDates = new Map(); // tabId -> Date header of its last main-frame response
let journalReady = null;
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

/** The open journal (the session's or the computer's), loaded and verified once. */
export function ensureJournal() {
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

async function deleteEntry(entry, reason) {
  const j = await ensureJournal();
  const t = now();
  const res = j.delete(BigInt(entry), reason, t.utcMs, t.offsetMinutes, t.timeZone, VERSION);
  try {
    await appendJournal(res.journalJson, null, null, res.droppable);
  } catch (e) {
    journalReady = null; // the deletion is not on disk: memory follows disk again
    throw storageError(e);
  }
  return { deleted: entry };
}

/** Chains a note on entry `entry` (0: the whole journal). */
export async function addNote(entry, text) {
  const j = await ensureJournal();
  const t = now();
  const res = j.note(BigInt(entry), text, t.utcMs, t.offsetMinutes, t.timeZone, VERSION);
  try {
    await appendJournal(res.journalJson, null, null);
  } catch (e) {
    journalReady = null;
    throw storageError(e);
  }
  return { seq: res.seq };
}

/** The bundle (ZIP bytes) of the open journal, with its captures. */
export async function exportOpenJournal() {
  const j = await ensureJournal();
  return j.export(await loadCaptures());
}

/** Verifies a bundle in full before anything is written; the journal is untouched on error. */
async function importBundle(base64) {
  const zip = fromBase64(base64);
  const j = await journalCore();
  const verified = j.verify(zip); // throws JournalError naming the first broken record
  const files = j.bundleFiles(zip);
  await replaceJournal(verified.journalJson, files);
  journalReady = null;
  await ensureJournal();
  return verified.report;
}

export const handlers = {
  'journal.record': (msg, { core: c, settings, sender }) => recordFailure(c, settings, {
    failure: msg.failure, message: msg.message, url: msg.url, title: msg.title, tabId: sender?.tab?.id,
  }, msg.snapshot ? { kind: 'dom', mediaType: 'text/html', bytes: new TextEncoder().encode(msg.snapshot) } : null),
  'journal.report': (msg, { core: c, settings }) => reportBlocking(c, settings, msg.note),
  'journal.delete': (msg) => deleteEntry(msg.entry, msg.reason),
  'journal.import': (msg) => importBundle(msg.bundle),
  'journal.note': (msg) => addNote(msg.entry, msg.text),
  'journal.where': () => ({ db: currentJournalDb(), session: currentJournalDb() === SESSION_DB }),
};
