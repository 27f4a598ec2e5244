// Relais background: a module service worker in Chromium, an event page in Firefox (the manifest
// names this file in both; see manifest.src.json).
//
// It owns the Rust core (WebAssembly), which cannot run in a content script on portals whose
// Content-Security-Policy forbids WebAssembly. This file only wires the domains together: one
// `runtime.onMessage` listener, registered synchronously at top level, looks the message's type
// up in one table of handlers, each from the file of its domain. The core validates every
// message (typed, bounded) before its handler runs; replies are always { ok: true, value } or
// { ok: false, error: { name, message } }. See ARCHITECTURE.md, "Message protocol".
import { api } from '../shared/api.js';
import * as captcha from './captcha.js';
import { answers as coreAnswers, core, handlers as coreHandlers } from './core.js';
import * as journal from './journal.js';
import * as mediator from './mediator.js';
import * as profiles from './profiles.js';
import * as settings from './settings.js';
import * as timestamps from './timestamps.js';
import * as untranslated from './untranslated.js';
import { watchRequests } from './web-requests.js';

/**
 * Every message type the background answers → its handler `(message, {core, settings, sender})`.
 * The core's own answers (`scan.blocks`, `ui.strings`, `ui.format`, `captcha.detect`) get the
 * message as it came: the core validates it as it decodes it, so a batch of 200 blocks is not
 * decoded twice. Every other handler gets the message validated (and normalised) by the core.
 */
const HANDLERS = new Map();
const CORE_ANSWERS = new Set(Object.keys(coreAnswers));
for (const table of [coreAnswers, coreHandlers, settings.handlers, captcha.handlers, journal.handlers,
  timestamps.handlers, mediator.handlers, profiles.handlers, untranslated.handlers]) {
  for (const [type, handler] of Object.entries(table)) {
    if (HANDLERS.has(type)) throw new Error(`Relais: two handlers for ${type}`);
    HANDLERS.set(type, handler);
  }
}

// A scan's blocks left without a full translation are counted for translators, after the reply.
const scan = HANDLERS.get('scan.blocks');
HANDLERS.set('scan.blocks', async (raw, ctx) => {
  const reply = await scan(raw, ctx);
  untranslated.noteScan(ctx.core, raw, reply);
  return reply;
});

async function dispatch(raw, sender) {
  const c = await core();
  const ctx = { core: c, settings: await settings.readSettings(), sender };
  if (CORE_ANSWERS.has(raw?.type)) return HANDLERS.get(raw.type)(raw, ctx);
  const msg = c.validate(raw, ctx.settings.lang);
  const handle = HANDLERS.get(msg.type);
  if (!handle) throw Object.assign(new Error(`Unknown message type ${msg.type}`), { name: 'ProtocolError' });
  return handle(msg, ctx);
}

api.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  // Only our own extension's pages and content scripts can reach this listener
  // (no externally_connectable); the core still validates every message.
  dispatch(raw, sender).then(
    (value) => sendResponse({ ok: true, value }),
    (err) => sendResponse({ ok: false, error: { name: err?.name ?? 'Error', message: String(err?.message ?? err) } }),
  );
  return true;
});

// The other events, registered synchronously too (an event page or service worker woken by an
// event must find its listener at once).
settings.watchSettings();
watchRequests();
api.commands?.onCommand.addListener(mediator.onCommand);

// A mediator session interrupted by the browser closing leaves nothing for the next person.
mediator.cleanUpEndedSession().catch((e) => console.error('Relais could not clean up an ended session:', e));

// Start the core early so the first page does not wait for it.
core().catch((e) => console.error('Relais could not start its core:', e));
