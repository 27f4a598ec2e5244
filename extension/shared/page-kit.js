// What every extension page (popup, journal, mediator, research) needs: the browser API, building
// DOM from text (never from HTML), one typed round trip to the background, and interface
// messages with arguments formatted by the core (Fluent), never filled in here.

import { api } from './api.js';

export { api };

export const $ = (id) => document.getElementById(id);

/** An element with attributes (null, undefined and false left out; true as an empty value) and children as text or nodes. */
export function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined && v !== false) n.setAttribute(k, v === true ? '' : v);
  for (const c of children) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return n;
}

/** Sends a message to the background; resolves its value or throws its error (name and message kept). */
export async function send(message) {
  const reply = await api.runtime.sendMessage(message);
  if (!reply?.ok) throw Object.assign(new Error(reply?.error?.message ?? 'no reply'), { name: reply?.error?.name });
  return reply.value;
}

/** At most this many messages in one `ui.format` (the core's bound, protocol::MAX_UI_MESSAGES). */
const FORMAT_BATCH = 500;

/**
 * Interface messages with their arguments, formatted by the core in `lang`:
 * `[{id, args: {name: value}}]` → their texts, in order. Numbers must be numbers (a count selects
 * its plural form), everything else strings. However many messages, one round trip per 500.
 * (Messages without arguments come whole with `settings.get` or `ui.strings`.)
 */
export async function format(lang, messages) {
  // Numbers stay numbers; anything else goes as its text, a missing value (null, undefined) as ''.
  const typed = (args = {}) => Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'number' ? v : String(v ?? '')]));
  const all = messages.map(({ id, args }) => ({ id, args: typed(args) }));
  const batches = [];
  for (let i = 0; i < all.length; i += FORMAT_BATCH) batches.push(all.slice(i, i + FORMAT_BATCH));
  return (await Promise.all(batches.map((batch) => send({ type: 'ui.format', lang, messages: batch })))).flat();
}

/** One interface message with its arguments (see `format`). */
export async function formatOne(lang, id, args = {}) {
  return (await format(lang, [{ id, args }]))[0];
}
