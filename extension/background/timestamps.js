// Trusted time (RFC 3161). The person lists the authorities (two independent ones recommended) on
// the journal page, which asks the browser for permission to reach them. Each receives only the
// SHA-256 of the head's hash, never a record; its signed reply is checked by the journal core
// against that hash and kept in the bundle (`timestamps/<n>.tsr`). These are the only requests
// Relais itself sends, and only on the person's click.
import { api } from '../shared/api.js';
import { appendJournal } from '../shared/journal-store.js';
import { ensureJournal, forgetJournal } from './journal.js';

const TSA_KEY = 'tsa'; // storage.local.tsa = {schema: 1, urls}

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
      forgetJournal(); // memory follows disk again if the write failed half-way
      await ensureJournal().catch(() => {});
      results.push({ tsa, ok: false, error: String(e?.message ?? e) });
    }
  }
  return results;
}

export const handlers = {
  'journal.timestamp': (msg) => timestampJournal(msg.urls),
};
