// CAPTCHA failures as evidence. A CAPTCHA seen again soon after its form was submitted, in the
// same tab, on the same host, is a failed try. Tries are counted in storage.local under
// EVIDENCE_KEY (schema 1), one record per host and widget kind, and each is recorded in the
// journal (failure kind `captcha`). Pending submits live in storage.session (memory only), so a
// service-worker restart between the submit and the reloaded page loses nothing. In a mediator
// session the counter lives in session memory, with the session's journal.
import { api } from '../shared/api.js';
import { format } from './core.js';
import { recordNoticed } from './journal.js';
import { personLanguage, readSession } from './settings.js';

const EVIDENCE_KEY = 'evidence';
const RETRY_WINDOW_MS = 120_000;

async function captchaEvent(msg, tabId, journal) {
  const pendingKey = `captcha.pending.${tabId}`;
  const store = api.storage.session ?? api.storage.local;
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

/**
 * `{count, text}`: the failed tries recorded for this host and widget kind, and the panel's line
 * saying so, formatted by the core in the person's language (Fluent's plural forms apply).
 */
async function captchaEventReply(msg, { core: c, settings, sender }) {
  const { count } = await captchaEvent(msg, sender?.tab?.id ?? -1, () => recordNoticed(c, settings, { source: 'captcha', kind: msg.kind }, {
    url: sender?.tab?.url ?? `https://${msg.host}${msg.path}`,
    title: sender?.tab?.title ?? '',
    tabId: sender?.tab?.id,
  }));
  const [text] = await format(c, await personLanguage(settings), [{ id: 'captcha-blocked', args: { count } }]);
  return { count, text };
}

export const handlers = {
  'captcha.event': captchaEventReply,
};
