// A mediator session's rows, sealed: AES-GCM (WebCrypto) under a 256-bit key drawn when the
// session starts and held only in memory (storage.session, which the browser never writes to
// disk and content scripts cannot read). Every row a session writes to disk — its journal's
// records and head, its captures, its CAPTCHA counter — is sealed with it; ending the session,
// or the browser closing, drops the key, and what is left on disk can no longer be read by
// anyone (crypto-erasure). See ARCHITECTURE.md, "Stored data".
//
// Each row has its own random 96-bit IV, and its place (`records/12`, `captures/…`) as
// additional authenticated data, so that a row cannot be moved to another place unseen.
import { api } from './api.js';
import { fromBase64, toBase64 } from './base64.js';

/** Where the session's key lives: storage.session, memory only (see background/mediator.js). */
export const SESSION_KEY_ITEM = 'mediator.key';

const encoder = new TextEncoder();

/** A new session key: its raw 32 bytes, base64 (what storage.session, JSON only, can hold). */
export async function newSessionKey() {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** The session's key, or null when there is none (no session, or its memory is gone). */
export async function sessionKey() {
  const raw = (await api.storage.session?.get(SESSION_KEY_ITEM))?.[SESSION_KEY_ITEM];
  return raw ? crypto.subtle.importKey('raw', fromBase64(raw), 'AES-GCM', false, ['encrypt', 'decrypt']) : null;
}

/** `bytes` sealed for `place`: `{iv, data}` (the ciphertext with its 128-bit tag). */
export async function seal(key, bytes, place) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(place) }, key, bytes));
  return { iv, data };
}

/** The bytes of a row sealed for `place`; throws if the key, the place or a byte differs. */
export async function unseal(key, sealed, place) {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(place) }, key, sealed.data));
}
