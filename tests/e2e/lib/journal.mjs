// The stored evidence journal, read from IndexedDB in the extension's service worker, as a
// journal.json object ({format, schema, timestamps, records}).
//
// Two layouts are read: the current one (database version 2: one row per record in store
// `records`, the head in `journal`/`head`) and the one of Relais 0.2 (version 1: the whole
// journal in `journal`/`current`), so that the benchmark can read its "before" build too.
// A database that does not exist is not created (indexedDB.open would create an empty one).

/**
 * Reads the stored journal (the computer's database) in the background, either browser: a
 * self-contained function for `sw.evaluate(readStoredJournal, db)` or pair.mjs's
 * `b.background(readStoredJournal)`.
 */
export async function readStoredJournal(db) {
  // pair.mjs's `background(fn)` passes the extension API first: a name only when it is a string.
  const name = typeof db === 'string' ? db : 'relais-journal';
  if (!(await indexedDB.databases()).some((d) => d.name === name)) return null;
  const idb = await new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const stores = [...idb.objectStoreNames];
    if (!stores.includes('journal')) return null;
    const tx = idb.transaction(stores);
    const read = (req) => new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
    const current = await read(tx.objectStore('journal').get('current'));
    if (current) return JSON.parse(current);
    if (!stores.includes('records')) return null;
    const head = await read(tx.objectStore('journal').get('head'));
    if (!head) return null;
    if (typeof head.json !== 'string') return { encrypted: true };
    const rows = await read(tx.objectStore('records').getAll());
    const { format, schema, timestamps } = JSON.parse(head.json);
    return { format, schema, timestamps, records: rows.map((r) => JSON.parse(r)) };
  } finally {
    idb.close();
  }
}

/** The stored journal (`db`: the computer's by default), or null when there is none. */
export function storedJournal(sw, db = 'relais-journal') {
  return sw.evaluate(readStoredJournal, db);
}

/** Waits until the stored journal has at least `n` records; returns it. */
export async function waitRecords(sw, n, timeout = 8000) {
  const end = Date.now() + timeout;
  let j = null;
  while (Date.now() < end) {
    j = await storedJournal(sw);
    if ((j?.records?.length ?? 0) >= n) return j;
    await new Promise((r) => setTimeout(r, 150));
  }
  return j;
}
