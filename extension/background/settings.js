// The settings that apply: the computer's own (`storage.local.settings`, schema 1: the person's
// language and the sites where the overlay is off) or, while a mediator session lasts, the
// session's language (`storage.session.mediator`, written by mediator.js). Read here because
// everything that answers in the person's language reads them: the overlay's settings, the
// journal's meanings, the CAPTCHA count.
import { api } from '../shared/api.js';
import { ensureLocale, meta, readingRules, shippedLanguages } from './core.js';

const SETTINGS_KEY = 'settings';
const SETTINGS_SCHEMA = 1;
/** Where the mediator session lives (memory only, never on disk; see mediator.js). */
export const SESSION_KEY = 'mediator';
export const sessionArea = () => api.storage.session ?? api.storage.local;

let settingsCache = null; // dropped whenever storage changes

let sessionCache = null; // the mediator session as last read: dropped on every write and change

/** Drops the cached settings and session whenever they change in storage (from another context too). */
export function watchSettings() {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) settingsCache = null;
    if (SESSION_KEY in changes) sessionCache = null;
  });
}

export async function readSettings() {
  settingsCache ??= loadSettings();
  settingsCache.catch(() => { settingsCache = null; });
  return structuredClone(await settingsCache);
}

async function loadSettings() {
  const stored = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored && stored.schema > SETTINGS_SCHEMA) {
    throw Object.assign(new Error('Settings were written by a newer Relais.'), { name: 'StorageError' });
  }
  return {
    schema: SETTINGS_SCHEMA,
    lang: stored?.lang ?? (await defaultLanguage()),
    disabledHosts: stored?.disabledHosts ?? [],
  };
}

/** The person's default language: the first browser language Relais ships, French excluded. */
async function defaultLanguage() {
  const shipped = await shippedLanguages();
  const wanted = (globalThis.navigator?.languages ?? []).map((l) => l.toLowerCase());
  for (const w of wanted) {
    const hit = shipped.find((s) => s !== 'fr' && (s.toLowerCase() === w || w.startsWith(s.toLowerCase() + '-')));
    if (hit) return hit;
  }
  return 'en';
}

/** Refuses a language this build does not ship. */
export async function checkShipped(lang) {
  if (!(await shippedLanguages()).includes(lang)) {
    throw Object.assign(new Error(`Relais does not ship ${lang} yet.`), { name: 'UnknownLanguageError' });
  }
}

/** The mediator session, or null. */
export async function readSession() {
  // Read for every record and every page: kept in memory, read again after each write
  // (`storeSession`, `forgetSession` once storage.session is cleared) and each change seen.
  sessionCache ??= sessionArea().get(SESSION_KEY).then((r) => r[SESSION_KEY] ?? null);
  sessionCache.catch(() => { sessionCache = null; });
  return structuredClone(await sessionCache);
}

/** The session was cleared with the rest of storage.session: the next reader reads it again. */
export function forgetSession() {
  sessionCache = null;
}

/** Stores the mediator session; the next reader reads it from storage. */
export async function storeSession(session) {
  await sessionArea().set({ [SESSION_KEY]: session });
  forgetSession();
}

/** The person's language now: the session's during a mediator session, else the computer's. */
export async function personLanguage(settings) {
  return (await readSession())?.lang ?? settings.lang;
}

/** Tells every tab that the settings changed: each content script removes its overlay and starts again. */
export async function broadcastChanged() {
  const tabs = await api.tabs.query({});
  await Promise.all(tabs.map((t) => api.tabs.sendMessage(t.id, { type: 'settings.changed' }).catch(() => {})));
}

export const handlers = {
  'settings.get': async (msg, { core: c, settings }) => {
    // The interface strings come with the settings: one round trip before a page is read.
    // In a mediator session the person's language applies, and the bar speaks the mediator's.
    const session = await readSession();
    const lang = session?.lang ?? settings.lang;
    await ensureLocale(c, lang);
    await ensureLocale(c, settings.lang);
    const m = await meta(lang);
    return {
      lang,
      enabled: !settings.disabledHosts.includes(msg.host),
      dir: m.dir,
      speech: m.speech,
      languageName: m.name,
      strings: c.handle({ type: 'ui.strings', lang }, lang),
      // What the content scripts read (reading.json, checked by the core).
      rules: await readingRules(c),
      mediator: session ? {
        scale: session.scale,
        lang: settings.lang,
        dir: (await meta(settings.lang)).dir,
        strings: c.handle({ type: 'ui.strings', lang: settings.lang }, settings.lang),
      } : null,
    };
  },

  'settings.set': async (msg, { settings }) => {
    if (msg.lang) {
      await checkShipped(msg.lang);
      settings.lang = msg.lang;
    }
    if (msg.host && typeof msg.enabled === 'boolean') {
      const others = settings.disabledHosts.filter((h) => h !== msg.host);
      settings.disabledHosts = msg.enabled ? others : [...others, msg.host];
    }
    await api.storage.local.set({ [SETTINGS_KEY]: settings });
    settingsCache = null;
    await broadcastChanged();
    return { lang: settings.lang, disabledHosts: settings.disabledHosts };
  },
};
