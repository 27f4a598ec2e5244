// The evidence journal's storage: IndexedDB in the extension's own origin, one row per record.
//
// Database version 2:
//   store `records`   seq (1, 2, …) → the record's line: its canonical JSON exactly as the core
//                     wrote it (JournalCore `record`, `note`, `delete` return it). Never rewritten.
//   store `journal`   `head` → {tag, json}: the head as the core wrote it (format, schema, trusted
//                     timestamps, number of records, last hash) and a random tag drawn at each
//                     write; `captcha` (a mediator session's only): its CAPTCHA counter.
//   store `captures`  bundle file name (`captures/000001.jpg`, `timestamps/1.tsr`) → bytes.
// A record, the new head and the record's capture are written in ONE transaction with strict
// durability, and only onto the head the record was chained to (its tag, read in that very
// transaction): when `commit` resolves all of it is on disk, and only then is the person told
// "recorded". A full quota makes the background record again without the capture and say so.
// Version 1 (Relais 0.2) kept the whole journal's JSON in `journal`/`current`, rewritten at each
// record; the background moves it to version 2's rows the first time it opens it (`migrate`).
//
// A mediator session's journal (SESSION_DB) is sealed: each of its rows is AES-GCM ciphertext
// under the session's key (shared/seal.js), so nothing of it can be read once the session ends.
// The computer's own journal (JOURNAL_DB) is not: it is the person's, on their own computer.
//
// Writers: the background (records, notes, deletions, timestamps) and the journal page (the import
// of a verified bundle, which replaces everything: its bytes stay where they are). The head's tag
// keeps them apart: a record chained to a head that is no longer the stored one is refused
// (StaleJournalError) and the background reads the journal again.
import { done, request } from './idb.js';
import { seal, sessionKey, unseal } from './seal.js';

export const JOURNAL_DB = 'relais-journal';
/** The journal of a mediator session: sealed, deleted when the session ends (background/mediator.js). */
export const SESSION_DB = 'relais-session';
const DB_VERSION = 2;
const LEGACY_ROW = 'current';
const HEAD_ROW = 'head';

const dbPromises = new Map(); // database name -> Promise<IDBDatabase>
const tags = new Map(); // database name -> the head's tag this context last read or wrote
let current = JOURNAL_DB;
let keyPromise = null; // the open journal's key: null for the computer's, the session's for SESSION_DB

/** Chooses which journal the functions below read and write. */
export function useJournalDb(name) {
  current = name;
  keyPromise = null;
}

export function currentJournalDb() {
  return current;
}

function key() {
  keyPromise ??= (async () => {
    if (current !== SESSION_DB) return null;
    const k = await sessionKey();
    if (!k) throw Object.assign(new Error('The mediator session has ended: its journal can no longer be read.'), { name: 'SessionError' });
    return k;
  })();
  keyPromise.catch(() => { keyPromise = null; });
  return keyPromise;
}

/** A journal written on another head than the one this context chained to. */
export class StaleJournalError extends Error {
  constructor() {
    super('The journal was changed elsewhere (an import): it is read again.');
    this.name = 'StaleJournalError';
  }
}

/** Does database `name` exist? (Asking IndexedDB to open it would create it.) */
async function exists(name) {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

/**
 * The open database `name`; with `create: false`, null when it does not exist yet (reading never
 * creates a database: a session that recorded nothing leaves none).
 */
export async function openJournalDb(name = current, { create = true } = {}) {
  if (!dbPromises.has(name)) {
    if (!create && !(await exists(name))) return null;
    if (!dbPromises.has(name)) {
      const dbPromise = new Promise((resolve, reject) => {
        const req = indexedDB.open(name, DB_VERSION);
        req.onupgradeneeded = () => {
          // 1 → 2 adds `records`; the old `current` row stays until migrate() moves it. A later
          // version adds stores here; it never rewrites a hashed record.
          const db = req.result;
          for (const store of ['journal', 'records', 'captures']) {
            if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
          }
        };
        req.onsuccess = () => {
          const db = req.result;
          // Another context deleting or upgrading this database closes our handle.
          db.onversionchange = () => { db.close(); dbPromises.delete(name); };
          resolve(db);
        };
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error('The journal database is blocked by another Relais window.'));
      });
      dbPromises.set(name, dbPromise);
      dbPromise.catch(() => { dbPromises.delete(name); });
    }
  }
  return dbPromises.get(name);
}

/** Deletes a journal database entirely (a mediator session's, when it ends). */
export async function deleteJournalDb(name) {
  const db = await dbPromises.get(name)?.catch(() => null);
  db?.close();
  dbPromises.delete(name);
  tags.delete(name);
  await new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve(); // finishes once the other handles close (they close on versionchange)
  });
}

// ---- rows, sealed or not ---------------------------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const newTag = () => crypto.randomUUID();

async function sealText(k, text, place) {
  return k ? seal(k, encoder.encode(text), place) : text;
}

async function openText(k, row, place) {
  return k ? decoder.decode(await unseal(k, row, place)) : row;
}

async function sealBytes(k, bytes, place) {
  return k ? seal(k, bytes, place) : bytes;
}

async function openBytes(k, row, place) {
  return k && row ? unseal(k, row, place) : row;
}

async function headRow(k, json, tag) {
  return k ? { tag, ...(await seal(k, encoder.encode(json), `journal/${HEAD_ROW}`)) } : { tag, json };
}

async function headJson(k, row) {
  if (!row) return null;
  return k ? decoder.decode(await unseal(k, row, `journal/${HEAD_ROW}`)) : row.json;
}

// ---- reading ---------------------------------------------------------------------------------

/**
 * The stored journal as the core reads it back: `{head, records}` (the head's JSON and every
 * record's line, in chain order), `{legacy}` (the whole JSON of a version 1 database, to
 * migrate), or null when nothing was ever recorded.
 */
export async function loadStored() {
  const name = current;
  const k = await key();
  const db = await openJournalDb(name, { create: false });
  if (!db) {
    tags.set(name, null);
    return null;
  }
  const tx = db.transaction(['journal', 'records']);
  const [legacy, head, rows] = await Promise.all([
    request(tx.objectStore('journal').get(LEGACY_ROW)),
    request(tx.objectStore('journal').get(HEAD_ROW)),
    request(tx.objectStore('records').getAll()),
  ]);
  tags.set(name, head?.tag ?? null);
  if (legacy) return { legacy };
  if (!head) return null;
  return {
    head: await headJson(k, head),
    records: k ? await Promise.all(rows.map((r, i) => openText(k, r, `records/${i + 1}`))) : rows,
  };
}

/** Is the open journal still in the layout of Relais 0.2 (one `current` row, to migrate)? */
export async function hasLegacyRow() {
  const db = await openJournalDb(current, { create: false });
  if (!db) return false;
  return (await request(db.transaction('journal').objectStore('journal').getKey(LEGACY_ROW))) !== undefined;
}

/** The head (parsed: `{records, head, timestamps, …}`), or null when nothing was recorded. */
export async function loadHead() {
  const db = await openJournalDb(current, { create: false });
  if (!db) return null;
  const row = await request(db.transaction('journal').objectStore('journal').get(HEAD_ROW));
  const json = await headJson(await key(), row);
  return json ? JSON.parse(json) : null;
}

/** Records `from` to `to` (their seq, both included), parsed, in chain order. */
export async function loadRecords(from, to) {
  const db = await openJournalDb(current, { create: false });
  if (!db || to < from) return [];
  const k = await key();
  const store = db.transaction('records').objectStore('records');
  const range = IDBKeyRange.bound(from, to);
  const [keys, rows] = await Promise.all([request(store.getAllKeys(range)), request(store.getAll(range))]);
  return Promise.all(rows.map(async (r, i) => JSON.parse(await openText(k, r, `records/${keys[i]}`))));
}

/** One capture's (or token's) bytes, or null. */
export async function loadCapture(file) {
  const db = await openJournalDb(current, { create: false });
  if (!db) return null;
  const row = await request(db.transaction('captures').objectStore('captures').get(file));
  return (await openBytes(await key(), row, `captures/${file}`)) ?? null;
}

/** Every capture's (and token's) bytes, by bundle file name. */
export async function loadCaptures() {
  const db = await openJournalDb(current, { create: false });
  if (!db) return new Map();
  const k = await key();
  const store = db.transaction('captures').objectStore('captures');
  const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
  return new Map(await Promise.all(keys.map(async (f, i) => [f, await openBytes(k, values[i], `captures/${f}`)])));
}

/**
 * The stored journal as one `journal.json` (format, schema, timestamps, records), for readers
 * that take a whole journal (the research page); null when nothing was recorded. The records are
 * the stored lines, unchanged.
 */
export async function loadJournal() {
  const stored = await loadStored();
  if (!stored) return null;
  if (stored.legacy) return stored.legacy;
  const { format, schema, timestamps } = JSON.parse(stored.head);
  return `${JSON.stringify({ format, schema, timestamps }).slice(0, -1)},"records":[\n${stored.records.join(',\n')}\n]}\n`;
}

/** A small row of the open journal's own (a session's CAPTCHA counter), or null. */
export async function loadMeta(name) {
  const db = await openJournalDb(current, { create: false });
  if (!db) return null;
  const row = await request(db.transaction('journal').objectStore('journal').get(name));
  return row ? JSON.parse(await openText(await key(), row, `journal/${name}`)) : null;
}

export async function saveMeta(name, value) {
  const row = await sealText(await key(), JSON.stringify(value), `journal/${name}`);
  const db = await openJournalDb();
  const tx = db.transaction('journal', 'readwrite', { durability: 'strict' });
  tx.objectStore('journal').put(row, name);
  await done(tx);
}

// ---- writing ---------------------------------------------------------------------------------

/**
 * Appends to the stored journal, durably, in one transaction, onto the head this context read:
 * record `seq`'s line (none for a timestamp), the new head, the files (`[[name, bytes]]`: a
 * capture, a timestamp token) and the removal of captures a deletion made droppable. Nothing is
 * written if anything fails: a full quota rejects with a QuotaExceededError (the caller records
 * again without the capture: a record must not name a file that was never stored), a head
 * changed elsewhere with a StaleJournalError.
 */
export async function commit({ seq = null, record = null, head, files = [], drop = [] }) {
  const name = current;
  const k = await key();
  // Sealing is asynchronous: done before the transaction, which must not wait on anything else.
  const recordRow = record === null ? null : await sealText(k, record, `records/${seq}`);
  const fileRows = await Promise.all(files.map(async ([f, bytes]) => [f, await sealBytes(k, bytes, `captures/${f}`)]));
  const tag = newTag();
  const row = await headRow(k, head, tag);
  const expected = tags.get(name) ?? null;
  const db = await openJournalDb(name);
  const tx = db.transaction(['journal', 'records', 'captures'], 'readwrite', { durability: 'strict' });
  const committed = done(tx);
  let failure = null;
  const read = tx.objectStore('journal').get(HEAD_ROW);
  read.onsuccess = () => {
    try {
      if ((read.result?.tag ?? null) !== expected) throw new StaleJournalError();
      if (recordRow !== null) tx.objectStore('records').add(recordRow, seq);
      tx.objectStore('journal').put(row, HEAD_ROW);
      for (const [f, bytes] of fileRows) tx.objectStore('captures').put(bytes, f);
      for (const f of drop) tx.objectStore('captures').delete(f);
    } catch (e) {
      // A request refused synchronously (a quota error can come this way), or a head changed
      // elsewhere: nothing of this transaction may be committed half-way.
      failure = e;
      tx.abort();
    }
  };
  try {
    await committed;
  } catch (e) {
    throw failure ?? e;
  }
  tags.set(name, tag);
}

/**
 * Replaces everything with a journal's rows (a verified bundle's: `head`, the lines of its
 * `records`, its `files` by name), in one transaction; the old `current` row goes too.
 */
export async function replaceJournal(head, records, files) {
  const name = current;
  const k = await key();
  const recordRows = await Promise.all(records.map((r, i) => sealText(k, r, `records/${i + 1}`)));
  const fileRows = await Promise.all([...files].map(async ([f, bytes]) => [f, await sealBytes(k, bytes, `captures/${f}`)]));
  const tag = newTag();
  const row = await headRow(k, head, tag);
  const db = await openJournalDb(name);
  const tx = db.transaction(['journal', 'records', 'captures'], 'readwrite', { durability: 'strict' });
  tx.objectStore('journal').clear();
  tx.objectStore('records').clear();
  tx.objectStore('captures').clear();
  recordRows.forEach((r, i) => tx.objectStore('records').add(r, i + 1));
  tx.objectStore('journal').put(row, HEAD_ROW);
  for (const [f, bytes] of fileRows) tx.objectStore('captures').put(bytes, f);
  await done(tx);
  tags.set(name, tag);
}

/**
 * Moves a version 1 journal (one `current` row) to one row per record: `head` and `records` are
 * the core's reading of it (JournalCore `storedHead`, `storedRecords`, after `open` verified it).
 * In one transaction: the old row is removed only with the new ones written.
 */
export async function migrate(head, records) {
  const name = current;
  const k = await key();
  const recordRows = await Promise.all(records.map((r, i) => sealText(k, r, `records/${i + 1}`)));
  const tag = newTag();
  const row = await headRow(k, head, tag);
  const db = await openJournalDb(name);
  const tx = db.transaction(['journal', 'records'], 'readwrite', { durability: 'strict' });
  tx.objectStore('records').clear();
  recordRows.forEach((r, i) => tx.objectStore('records').add(r, i + 1));
  tx.objectStore('journal').put(row, HEAD_ROW);
  tx.objectStore('journal').delete(LEGACY_ROW);
  await done(tx);
  tags.set(name, tag);
}

/** A full quota, however the browser reports it. */
export function isQuotaError(e) {
  return e?.name === 'QuotaExceededError' || /quota/i.test(String(e?.message ?? ''));
}
