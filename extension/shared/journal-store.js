// The evidence journal's storage: IndexedDB in the extension's own origin.
//
// Store `journal` holds one row, `current`: the journal's JSON exactly as the core wrote it (the
// core verifies every link when it loads it again). Store `captures` holds the bytes of each
// capture under its bundle file name (`captures/000001.jpg`). A new record and its capture are
// written in ONE transaction with strict durability: when `appendJournal` resolves both are on
// disk, and only then is the person told "recorded". A full quota makes the background record
// again without the capture and say so: the text evidence is never dropped.
import { done, request } from './idb.js';

export const JOURNAL_DB = 'relais-journal';
/** The journal of a mediator session: deleted when the session ends (background/mediator.js). */
export const SESSION_DB = 'relais-session';
const DB_VERSION = 1;

const dbPromises = new Map(); // database name -> Promise<IDBDatabase>
let current = JOURNAL_DB;

/** Chooses which journal the functions below read and write. */
export function useJournalDb(name) {
  current = name;
}

export function currentJournalDb() {
  return current;
}



export function openJournalDb(name = current) {
  if (dbPromises.has(name)) return dbPromises.get(name);
  const dbPromise = new Promise((resolve, reject) => {
    const req = indexedDB.open(name, DB_VERSION);
    req.onupgradeneeded = () => {
      // Version 1. A later version adds stores here; it never rewrites a hashed record.
      const db = req.result;
      if (!db.objectStoreNames.contains('journal')) db.createObjectStore('journal');
      if (!db.objectStoreNames.contains('captures')) db.createObjectStore('captures');
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another context deleting this database (end of a mediator session) closes our handle.
      db.onversionchange = () => { db.close(); dbPromises.delete(name); };
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('The journal database is blocked by another Relais window.'));
  });
  dbPromises.set(name, dbPromise);
  dbPromise.catch(() => { dbPromises.delete(name); });
  return dbPromise;
}

/** Deletes a journal database entirely (a mediator session's, when it ends). */
export async function deleteJournalDb(name) {
  const db = await dbPromises.get(name)?.catch(() => null);
  db?.close();
  dbPromises.delete(name);
  await new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve(); // finishes once the other handles close (they close on versionchange)
  });
}

/** The stored journal JSON, or null when nothing was recorded yet. */
export async function loadJournal() {
  const db = await openJournalDb();
  return (await request(db.transaction('journal').objectStore('journal').get('current'))) ?? null;
}

/**
 * Stores the journal's new JSON with the new capture, durably, in one transaction, and drops
 * captures that a deletion made droppable. Nothing is written if anything fails: a full quota
 * rejects with a QuotaExceededError, and the caller records again without the capture (the
 * record must not name a file that was never stored).
 */
export async function appendJournal(json, captureFile, bytes, droppable = []) {
  const db = await openJournalDb();
  const tx = db.transaction(['journal', 'captures'], 'readwrite', { durability: 'strict' });
  try {
    tx.objectStore('journal').put(json, 'current');
    if (captureFile && bytes) tx.objectStore('captures').put(bytes, captureFile);
    for (const f of droppable) tx.objectStore('captures').delete(f);
  } catch (e) {
    // A request refused synchronously (a quota error can come this way): nothing of this
    // transaction may be committed half-way.
    tx.abort();
    throw e;
  }
  await done(tx);
}

/** A full quota, however the browser reports it. */
export function isQuotaError(e) {
  return e?.name === 'QuotaExceededError' || /quota/i.test(String(e?.message ?? ''));
}

/** Every capture's bytes, by bundle file name. */
export async function loadCaptures() {
  const db = await openJournalDb();
  const store = db.transaction('captures').objectStore('captures');
  const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
  return new Map(keys.map((k, i) => [k, values[i]]));
}

/** Replaces everything with a verified bundle's content, in one transaction. */
export async function replaceJournal(json, files) {
  const db = await openJournalDb();
  const tx = db.transaction(['journal', 'captures'], 'readwrite', { durability: 'strict' });
  tx.objectStore('journal').put(json, 'current');
  tx.objectStore('captures').clear();
  for (const [file, bytes] of files) tx.objectStore('captures').put(bytes, file);
  await done(tx);
}
