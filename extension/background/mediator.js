// Mediator sessions. A session is a person sitting at a shared computer with a mediator. Its state
// lives in storage.session (memory only, never written to disk, not readable by content scripts)
// under SESSION_KEY, with the session's key (SESSION_KEY_ITEM, shared/seal.js) and what it left in
// the browser (traces.js); its journal is the IndexedDB database SESSION_DB, every row of which is
// sealed with that key. Ending the session drops the key and deletes the database, removes (with
// the mediator's consent) the browser's own traces of it, and restores the computer's own
// settings: nothing of the person stays unless they keep their journal in a profile encrypted
// with their passphrase (profiles.js). See ARCHITECTURE.md, "Stored data".
import { api } from '../shared/api.js';
import { JOURNAL_DB, SESSION_DB, deleteJournalDb, replaceJournal } from '../shared/journal-store.js';
import { SESSION_KEY_ITEM, newSessionKey } from '../shared/seal.js';
import { core, ensurePhrases } from './core.js';
import { addNote, ensureJournal, exportOpenJournal, forgetJournal, journalCore, switchJournal } from './journal.js';
import { checkPassphrase, openProfile, profilePayload, readPayload, saveProfile } from './profiles.js';
import { broadcastChanged, checkShipped, forgetSession, readSession, readSettings, storeSession } from './settings.js';
import { TRACE_KEY, forgetTrace, removeTraces, startTrace } from './traces.js';

const MEDIATOR_PAGE = 'pages/mediator/mediator.html';

async function writeSession(session) {
  await storeSession(session);
  await broadcastChanged();
  return session;
}

/**
 * Starts a session: its key drawn and kept in memory only (storage.session), before anything of
 * the session can be written. With `privateWindow`, the session's pages open in a private window
 * (when the browser lets Relais run there), which the browser forgets once closed.
 */
async function startSession(lang, { profile = null, privateWindow = false } = {}) {
  await checkShipped(lang);
  const current = await readSession();
  if (current) return current;
  if (!api.storage.session) throw Object.assign(new Error('This browser cannot keep a session in memory only.'), { name: 'SessionError' });
  const started = Date.now();
  await api.storage.session.set({ [SESSION_KEY_ITEM]: await newSessionKey() });
  let window = null;
  if (privateWindow) {
    if (!(await api.extension.isAllowedIncognitoAccess())) {
      await api.storage.session.remove(SESSION_KEY_ITEM);
      throw Object.assign(new Error('Relais is not allowed in private windows.'), { name: 'SessionError' });
    }
    window = (await api.windows.create({ incognito: true })).id;
  }
  await startTrace(started, window);
  const session = await writeSession({ schema: 1, started: new Date(started).toISOString(), lang, scale: 1, notes: '', profile, private: window !== null });
  switchJournal(SESSION_DB);
  await ensureJournal(); // finds the session (just written) and opens its journal (created at its first record)
  return session;
}

async function updateSession(msg) {
  const session = await readSession();
  if (!session) throw Object.assign(new Error('No mediator session is on.'), { name: 'SessionError' });
  if (msg.lang) {
    await checkShipped(msg.lang);
    session.lang = msg.lang;
  }
  if (typeof msg.scale === 'number') session.scale = msg.scale;
  if (typeof msg.notes === 'string') {
    // Notes change often: no re-render of every page for them.
    session.notes = msg.notes;
    await storeSession(session);
    return session;
  }
  return writeSession(session);
}

async function endSession(msg, sender) {
  const session = await readSession();
  if (!session) throw Object.assign(new Error('No mediator session is on.'), { name: 'SessionError' });
  let kept = null;
  if (msg.keep) {
    await ensureJournal();
    // A wrong passphrase for an existing profile is refused before anything is added to the
    // journal (a retry must not chain the notes twice).
    await checkPassphrase(msg.profile.trim(), msg.passphrase);
    if (msg.keepNotes && session.notes.trim()) await addNote(0, session.notes.trim().slice(0, 4000));
    const bundle = await exportOpenJournal();
    // Throws WrongPassphraseError when the profile exists with another passphrase: the session
    // then stays as it is, nothing is lost, and the person can try again.
    kept = await saveProfile(msg.profile.trim(), msg.passphrase, profilePayload(session.lang, bundle));
  }
  const trace = (await api.storage.session.get(TRACE_KEY))[TRACE_KEY];
  await wipeSession();
  const traces = msg.clean && trace ? await removeTraces(trace, sender?.tab?.id) : null;
  return { kept, traces };
}

/** Removes everything of the session: its key, its journal, its captures, its state, its counters. */
async function wipeSession() {
  // The session's state (and key) go first: a failure recorded meanwhile (ensureJournal reads
  // the session to choose its database) then goes to the computer's journal, never to a session
  // database being deleted, and what the session wrote can no longer be read.
  await api.storage.session.clear();
  forgetSession();
  await forgetTrace();
  switchJournal(JOURNAL_DB);
  await deleteJournalDb(SESSION_DB);
  await broadcastChanged();
}

/**
 * A session's memory (storage.session, with its key) does not survive the browser closing, but
 * its journal database would, unreadable: a browser closed (or crashed) in the middle of a session
 * leaves nothing of it to the next person. Without a session in memory, its database is deleted.
 */
export async function cleanUpEndedSession() {
  if (!(await readSession())) await deleteJournalDb(SESSION_DB);
}

async function openProfileSession(name, passphrase) {
  if (await readSession()) throw Object.assign(new Error('End the current session before opening a profile.'), { name: 'SessionError' });
  const { lang, bundle } = readPayload(await openProfile(name, passphrase));
  const verified = (await journalCore()).verify(bundle);
  // The session (and its key) first: its journal is written sealed.
  await startSession(lang, { profile: name });
  try {
    await replaceJournal(verified.head, verified.records, verified.files);
    forgetJournal();
    await ensureJournal();
  } catch (e) {
    await wipeSession();
    throw e;
  }
  return readSession();
}

/** One mediator page: an open one is brought forward at that section, not opened again. */
async function openMediatorPage(section) {
  const url = api.runtime.getURL(`${MEDIATOR_PAGE}#${section}`);
  const [open] = await api.tabs.query({ url: api.runtime.getURL(`${MEDIATOR_PAGE}*`) }).catch(() => []);
  if (open) {
    await api.tabs.update(open.id, { url, active: true });
    await api.windows?.update(open.windowId, { focused: true }).catch(() => {});
  } else {
    await api.tabs.create({ url });
  }
  return { opened: section };
}

/**
 * The keyboard shortcut (Alt+Shift+M by default): without a session, starts one and opens the
 * mediator page; during a session, moves keyboard focus to the bar of the portal page in front
 * (the bar comes last in the page's Tab order), or opens the mediator page if there is none.
 */
export async function onCommand(command, tab) {
  if (command !== 'mediator') return;
  try {
    await core();
    const session = await readSession();
    if (session) {
      const [front] = tab ? [tab] : await api.tabs.query({ active: true, currentWindow: true });
      const focused = front ? await api.tabs.sendMessage(front.id, { type: 'mediator.focus' }).catch(() => false) : false;
      if (focused) return;
    } else {
      await startSession((await readSettings()).lang);
    }
    await api.tabs.create({ url: api.runtime.getURL(`${MEDIATOR_PAGE}#phrases`) });
  } catch (e) {
    console.error('Relais could not start mediator mode:', e);
  }
}

export const handlers = {
  'mediator.start': (msg, { settings }) => startSession(msg.lang ?? settings.lang, { privateWindow: Boolean(msg.private) }),
  'mediator.state': () => readSession(),
  'mediator.set': (msg) => updateSession(msg),
  'mediator.open': (msg) => openMediatorPage(msg.section),
  'mediator.end': (msg, { sender }) => endSession(msg, sender),
  'profile.open': (msg) => openProfileSession(msg.profile, msg.passphrase),
  'phrases.get': async (msg, { core: c }) => {
    await ensurePhrases(c, msg.lang);
    return c.phraseCards(msg.lang);
  },
};
