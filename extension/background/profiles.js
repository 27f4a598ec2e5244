// Profiles on a shared computer: a person's journal kept between mediator sessions, encrypted at
// rest with their passphrase.
//
// A profile is one row of IndexedDB `relais-profiles`, store `profiles`, keyed by its name:
//   { schema: 1, name, created, updated,
//     kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt },   salt: 16 random bytes
//     cipher: { name: 'AES-GCM', iv },                               iv: 12 random bytes
//     data }                                                         AES-GCM ciphertext + tag
// `data` decrypts to the journal's bundle (the ZIP the journal page exports: journal.json,
// captures, notes as chained records). Nothing else of the profile is stored in clear but its
// name and dates: the person chooses the name (initials or a pseudonym are enough).
// A wrong passphrase fails AES-GCM's authentication: a clear error, nothing changed.
//
// Opening a profile starts a mediator session with its journal: that message is mediator.js's.
import { fromBase64, toBase64 } from '../shared/base64.js';
import { done, request } from '../shared/idb.js';
import { journalCore } from './journal.js';

const DB_NAME = 'relais-profiles';
const DB_VERSION = 1;
const STORE = 'profiles';
const SCHEMA = 1;
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const ITERATIONS = 600_000;

export class WrongPassphraseError extends Error {
  constructor() {
    super('This passphrase does not open this profile. Nothing was changed.');
    this.name = 'WrongPassphraseError';
  }
}

let dbPromise = null;

function open() {
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'name' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  dbPromise.catch(() => { dbPromise = null; });
  return dbPromise;
}

async function deriveKey(passphrase, salt, iterations) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The profile's name and dates, for the list; the other fields are binary. */
function summary(p) {
  return { name: p.name, created: p.created, updated: p.updated, bytes: p.data.byteLength };
}

export async function listProfiles() {
  const db = await open();
  const all = await request(db.transaction(STORE).objectStore(STORE).getAll());
  return all.map(summary).sort((a, b) => a.name.localeCompare(b.name));
}

async function get(name) {
  const db = await open();
  return request(db.transaction(STORE).objectStore(STORE).get(name));
}

/** Decrypts a profile's bundle. Throws WrongPassphraseError, or a plain Error if there is none. */
export async function openProfile(name, passphrase) {
  const p = await get(name);
  if (!p) throw Object.assign(new Error(`There is no profile named ${name}.`), { name: 'ProfileError' });
  if (p.schema > SCHEMA) throw Object.assign(new Error('This profile was written by a newer Relais.'), { name: 'ProfileError' });
  const key = await deriveKey(passphrase, p.kdf.salt, p.kdf.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: p.cipher.iv }, key, p.data));
  } catch {
    throw new WrongPassphraseError();
  }
}

/** Resolves if `passphrase` opens profile `name`, or if there is no such profile yet. */
export async function checkPassphrase(name, passphrase) {
  if (await get(name)) await openProfile(name, passphrase);
}

/**
 * Encrypts `bundle` into profile `name`. An existing profile is replaced only if `passphrase`
 * opens it (one person, one passphrase): otherwise WrongPassphraseError and nothing changes.
 */
export async function saveProfile(name, passphrase, bundle) {
  const existing = await get(name);
  if (existing) await openProfile(name, passphrase);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, ITERATIONS);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bundle));
  const now = new Date().toISOString();
  const row = {
    schema: SCHEMA,
    name,
    created: existing?.created ?? now,
    updated: now,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt },
    cipher: { name: 'AES-GCM', iv },
    data,
  };
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
  tx.objectStore(STORE).put(row);
  await done(tx);
  return summary(row);
}

export async function deleteProfile(name) {
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
  tx.objectStore(STORE).delete(name);
  await done(tx);
}

/** The profile's encrypted payload: the person's language and their journal's bundle. */
export function profilePayload(lang, bundle) {
  return new TextEncoder().encode(JSON.stringify({ schema: 1, lang, bundle: toBase64(bundle) }));
}

export function readPayload(bytes) {
  const p = JSON.parse(new TextDecoder().decode(bytes));
  return { lang: p.lang, bundle: fromBase64(p.bundle) };
}

/** The profile's journal bundle, verified, for the person to take away. */
async function exportProfile(name, passphrase) {
  const { bundle } = readPayload(await openProfile(name, passphrase));
  (await journalCore()).verify(bundle);
  return { bundle: toBase64(bundle) };
}

export const handlers = {
  'profile.list': () => listProfiles(),
  'profile.export': (msg) => exportProfile(msg.profile, msg.passphrase),
  'profile.delete': async (msg) => {
    await deleteProfile(msg.profile);
    return { deleted: msg.profile };
  },
};
