// The stored evidence journal, read from IndexedDB in the extension's service worker.

/** Reads the stored journal from IndexedDB; run in the background (either browser). */
export function readStoredJournal() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('relais-journal', 1);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('journal')) { resolve(null); return; }
      const get = db.transaction('journal').objectStore('journal').get('current');
      get.onsuccess = () => resolve(get.result ? JSON.parse(get.result) : null);
      get.onerror = () => reject(get.error);
    };
    req.onerror = () => reject(req.error);
  });
}

/** The stored journal, read from IndexedDB in the service worker. */
export function storedJournal(sw) {
  return sw.evaluate(readStoredJournal);
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
