// IndexedDB as promises: the two helpers the journal store and the profiles share.

/** Resolves with a request's result, rejects with its error. */
export function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when a transaction is committed; rejects with the error that stopped it. */
export function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A request's error reaches the transaction before tx.error is set: take the request's.
    tx.onerror = (ev) => reject(tx.error ?? ev.target?.error ?? new Error('transaction failed'));
    tx.onabort = (ev) => reject(tx.error ?? ev.target?.error ?? new Error('transaction aborted'));
  });
}
