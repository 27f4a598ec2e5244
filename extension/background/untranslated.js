// Strings still untranslated, counted for translators (issue 12; ARCHITECTURE.md, "Stored data").
//
// After each scan, the interface text the person met without a full translation in their
// language (labels, legends, hints, buttons, messages, notices — never a field's value: the
// content scripts never read values) is put through the anonymiser (the research module,
// loaded here on first use) and the core's masking of variable parts (`Core.untranslatedKey`:
// numbers, dates, addresses become `{ $n }`, `{ $date }`, `{ $email }`), then counted per
// language, portal and kind. Nothing leaves the computer: the untranslated-strings page shows the
// list and the person may export it as a gettext PO file. In a mediator session the counts live
// in memory (storage.session), like everything else of the session.
import initResearch, { ResearchCore } from '../pkg/relais_research_wasm.js';
import { api } from '../shared/api.js';
import { readSession, sessionArea } from './settings.js';

const KEY = 'untranslated';
const SCHEMA = 1;
/** The most strings kept; beyond, the least met are forgotten. */
const MAX_STRINGS = 3000;
/** Block kinds whose text is the portal's interface text. */
const KINDS = new Set(['label', 'legend', 'hint', 'button', 'error', 'alert', 'heading', 'text', 'option']);

let queue = [];
let timer = null;
let anonymiser = null;

/**
 * The research module's anonymiser, instantiated once, on the first untranslated string (its
 * glue is imported statically: a service worker cannot `import()`).
 */
function anonymise() {
  anonymiser ??= (async () => {
    await initResearch({ module_or_path: api.runtime.getURL('pkg/relais_research_wasm_bg.wasm') });
    return (text) => ResearchCore.anonymise(text);
  })();
  anonymiser.catch(() => { anonymiser = null; });
  return anonymiser;
}

/**
 * Notes the blocks of a scan reply that got no full translation. Called after the reply is
 * sent: never on the page's path.
 */
export function noteScan(c, message, reply) {
  if (!reply?.results || message.lang === 'fr') return;
  const portal = (() => {
    try { return new URL(message.url).hostname; } catch { return ''; }
  })();
  const byId = new Map(message.blocks.map((b) => [b.id, b]));
  // Whether a mediator session was on when the strings were met, asked now: a string met in a
  // session belongs to it (kept in the session's storage, gone with it), even when the count is
  // written after the session ended.
  const inSession = readSession().then(Boolean, () => true);
  for (const r of reply.results) {
    const b = byId.get(r.id);
    if (!b || r.translation || !KINDS.has(b.kind)) continue;
    queue.push({ text: b.text, kind: b.kind, portal, lang: message.lang, inSession });
  }
  if (queue.length > 5000) queue = queue.slice(-5000);
  clearTimeout(timer);
  timer = setTimeout(() => flush(c).catch((e) => console.warn('Relais: untranslated strings not counted', e)), 2000);
}

async function area() {
  return (await readSession()) ? sessionArea() : api.storage.local;
}

async function read(where) {
  const stored = (await where.get(KEY))[KEY];
  if (stored && stored.schema > SCHEMA) throw Object.assign(new Error('Untranslated strings were written by a newer Relais.'), { name: 'StorageError' });
  return stored?.strings ?? {};
}

async function flush(c) {
  const batch = queue;
  queue = [];
  if (!batch.length) return;
  const anon = await anonymise();
  const today = new Date().toISOString().slice(0, 10);
  const sessionNow = Boolean(await readSession());
  const noted = await Promise.all(batch.map((b) => b.inSession));
  // Strings met in a session that has ended since are dropped: nothing of it may reach the
  // computer's storage; strings met outside a session never go to a session's storage (the few
  // met just before a session started are dropped).
  const kept = batch.filter((_, i) => noted[i] === sessionNow);
  if (!kept.length) return;
  const where = await area();
  const strings = await read(where);
  for (const { text, kind, portal, lang } of kept) {
    for (const line of text.split('\n')) {
      const fr = c.untranslatedKey(anon(line));
      if (!fr) continue;
      const key = JSON.stringify([lang, portal, kind, fr]);
      const s = strings[key] ??= { lang, fr, kind, portal, count: 0, first: today, last: today };
      s.count += 1;
      s.last = today;
    }
  }
  const keys = Object.keys(strings);
  if (keys.length > MAX_STRINGS) {
    keys.sort((a, b) => strings[a].count - strings[b].count || strings[a].last.localeCompare(strings[b].last));
    for (const k of keys.slice(0, keys.length - MAX_STRINGS)) delete strings[k];
  }
  await where.set({ [KEY]: { schema: SCHEMA, strings } });
}

async function list(lang) {
  const strings = Object.values(await read(await area()));
  return strings.filter((s) => !lang || s.lang === lang).sort((a, b) => b.count - a.count || a.fr.localeCompare(b.fr));
}

export const handlers = {
  'untranslated.list': async (msg) => list(msg.lang),
  'untranslated.export': async (msg, { core: c }) => {
    const strings = (await list(msg.lang)).map(({ fr, kind, portal, count, first, last }) => ({ fr, kind, portal, count, first, last }));
    const now = `${new Date().toISOString().slice(0, 16).replace('T', ' ')}+0000`;
    return { po: c.poExport(strings, msg.lang, now), count: strings.length };
  },
  'untranslated.clear': async () => {
    queue = [];
    await (await area()).remove(KEY);
    return { cleared: true };
  },
};
