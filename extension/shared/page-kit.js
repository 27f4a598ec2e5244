// What every extension page (journal, mediator, research) needs: the browser API, building DOM
// from text (never from HTML), one typed round trip to the background, and Fluent-style
// `{ $variable }` filling of interface strings already resolved by the core.

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

/** Fills `{ $name }` placeholders of an interface string. */
export function fill(template, args = {}) {
  return template.replace(/\{\s*\$(\w+)\s*\}/g, (_, k) => String(args[k] ?? ''));
}
