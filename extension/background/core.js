// The Rust core (relais_wasm) in the background, and the locale files it reads.
//
// The core is started once (a failed start, for instance a malformed locale file, is retried on
// the next message); each language's files (meta.json, glossary.ftl, ui.ftl, and its full
// translations — portals.ftl, grammar.ftl, lexicon.ftl — when the build ships them, with the
// French side) are loaded into it the first time that language is needed, with English for
// fallback. The messages the core
// answers by itself (`answers` below) are handed to it whole: it validates them as it decodes
// them, and builds the reply (crate/core/src/protocol/answer.rs).
import init, { Core } from '../pkg/relais_wasm.js';
import { api } from '../shared/api.js';

let corePromise = null;
const loading = new Map(); // lang -> Promise of its files being added
const metas = new Map(); // lang -> meta.json, read once
let shipped = null; // locales/index.json is packaged with the extension: read it once

/** A packaged file's text. */
export async function readText(path) {
  const res = await fetch(api.runtime.getURL(path));
  if (!res.ok) throw Object.assign(new Error(`${path}: HTTP ${res.status}`), { name: 'LocaleError' });
  return res.text();
}

export async function readJson(path) {
  return JSON.parse(await readText(path));
}

/** The core, started once with the French master files. */
export function core() {
  corePromise ??= (async () => {
    await init({ module_or_path: api.runtime.getURL('pkg/relais_wasm_bg.wasm') });
    const [glossary, ui, meta, common] = await Promise.all([
      readText('locales/fr/glossary.ftl'),
      readText('locales/fr/ui.ftl'),
      readJson('locales/fr/meta.json'),
      readText('locales/fr/common-words.txt'),
    ]);
    return new Core(glossary, ui, meta, common);
  })();
  // A failed start (for instance a malformed locale file) is retried on the next message.
  corePromise.catch(() => { corePromise = null; });
  return corePromise;
}

let rules = null; // the reading rules, checked by the core once

/** The reading rules (reading.json, packaged) as the core checked them, with shared selectors in place. */
export async function readingRules(c) {
  rules ??= readJson('reading.json').then((file) => c.readingRules(file));
  rules.catch(() => { rules = null; });
  return rules;
}

/**
 * A language's files for full translations (translation memory, grammar, lexicon), or null when
 * this build ships none for it (locales/index.json, `meaning`).
 */
async function meaningFiles(lang) {
  if (!(await shipped_()).meaning.includes(lang)) return null;
  const [portals, grammar, lexicon] = await Promise.all(['portals', 'grammar', 'lexicon']
    .map((f) => readText(`locales/${lang}/${f}.ftl`).catch(() => '')));
  return { portals, grammar, lexicon };
}

let frenchMeaning = null; // the French side of full translations, loaded once when a language needs it

async function ensureFrenchMeaning(c) {
  frenchMeaning ??= (async () => {
    if (c.hasFrenchMeaning()) return;
    const files = await meaningFiles('fr');
    if (files) c.addFrenchMeaning(files.portals, files.grammar, files.lexicon);
  })();
  frenchMeaning.catch(() => { frenchMeaning = null; });
  return frenchMeaning;
}

/** Loads `lang` and the fallbacks it needs (English), once each, with their full translations when shipped. */
export async function ensureLocale(c, lang) {
  for (const l of [lang, 'en']) {
    if (l === 'fr' || c.hasLocale(l)) continue;
    if (!loading.has(l)) {
      loading.set(l, (async () => {
        const [meta, glossary, ui, meaning] = await Promise.all([
          readJson(`locales/${l}/meta.json`),
          readText(`locales/${l}/glossary.ftl`),
          readText(`locales/${l}/ui.ftl`),
          meaningFiles(l),
        ]);
        if (meaning) await ensureFrenchMeaning(c);
        c.addLocale(meta, glossary, ui, meaning ?? undefined);
      })().finally(() => loading.delete(l)));
    }
    await loading.get(l);
  }
}

/** locales/index.json: `languages` shipped, and those with full translations (`meaning`). */
function shipped_() {
  shipped ??= readJson('locales/index.json').then((index) => ({ languages: index.languages, meaning: index.meaning ?? [] }));
  shipped.catch(() => { shipped = null; });
  return shipped;
}

/** The languages this build ships (locales/index.json). */
export async function shippedLanguages() {
  return (await shipped_()).languages;
}

/** A language's meta.json (name, direction, voice), read once. */
export async function meta(lang) {
  if (!metas.has(lang)) metas.set(lang, await readJson(`locales/${lang}/meta.json`));
  return metas.get(lang);
}

/** Loads the phrase cards of French and `lang` (a language without its own shows the French ones). */
export async function ensurePhrases(c, lang) {
  await ensureLocale(c, lang);
  for (const l of ['fr', lang]) {
    if (!c.hasPhrases(l)) c.addPhrases(l, await readText(`locales/${l}/phrases.ftl`).catch((e) => (l === 'fr' ? Promise.reject(e) : '')));
  }
}

/**
 * Interface messages with their arguments, formatted by the core in `lang` (Fluent: numbers stay
 * numbers, so plural forms apply): `[{id, args}]` → strings, in order.
 */
export async function format(c, lang, messages) {
  await ensureLocale(c, lang);
  return c.handle({ type: 'ui.format', lang, messages }, lang);
}

/** The core's own answer: it validates the message as it decodes it (no second pass in `validate`). */
async function answer(raw, { core: c, settings }) {
  // An unknown language is refused by the core, with a readable error.
  if (typeof raw.lang === 'string') await ensureLocale(c, raw.lang).catch(() => {});
  return c.handle(raw, settings.lang);
}

/** Messages the core answers by itself, handed over unvalidated: it validates them as it decodes them. */
export const answers = {
  'scan.blocks': answer,
  'ui.strings': answer,
  'ui.format': answer,
  'captcha.detect': answer,
};

export const handlers = {
  'locale.list': async (msg, { core: c, settings }) => {
    await Promise.all((await shippedLanguages()).map((l) => ensureLocale(c, l)));
    return c.handle(msg, settings.lang);
  },
};
