// Copies the shipped locales into an extension folder and writes locales/index.json.
// A language ships when it has meta.json, glossary.ftl (French: the master) and ui.ftl; its
// mediator phrase cards (phrases.ftl) ship with it when present (the quality gates require them;
// a language without them shows the French cards, marked as French), and so do its full
// translations (portals.ftl, grammar.ftl, lexicon.ftl), listed in index.json's `meaning`.
// Usage: node tools/locales-dist.mjs <locales-dir> <out-dir>
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [src, out] = process.argv.slice(2);
const ORDER = ['fr', 'en', 'ar', 'prs', 'ps', 'ti', 'so', 'bn', 'ta', 'tr', 'uk', 'ru', 'ka', 'es', 'pt', 'ro', 'zh-Hans'];
const FILES = ['meta.json', 'glossary.ftl', 'ui.ftl'];
const MEANING = ['portals.ftl', 'grammar.ftl', 'lexicon.ftl'];
const shipped = [];
const meaning = []; // languages with a translation memory (French: the memory's source side)
for (const lang of readdirSync(src).filter((d) => ORDER.includes(d))) {
  if (!FILES.every((f) => existsSync(join(src, lang, f)))) {
    console.warn(`locales: ${lang} is incomplete (needs ${FILES.join(', ')}), not shipped`);
    continue;
  }
  mkdirSync(join(out, lang), { recursive: true });
  for (const f of FILES) cpSync(join(src, lang, f), join(out, lang, f));
  // Optional file: the mediator's phrase cards, shipped when the language has them.
  for (const f of ['phrases.ftl']) {
    if (existsSync(join(src, lang, f))) cpSync(join(src, lang, f), join(out, lang, f));
  }
  if (lang === 'fr') cpSync(join(src, 'fr/common-words.txt'), join(out, 'fr/common-words.txt'));
  // Full translations (issue 12): the translation memory, the grammar and its lexicon, when there.
  const meaningFiles = MEANING.filter((f) => existsSync(join(src, lang, f)));
  for (const f of meaningFiles) cpSync(join(src, lang, f), join(out, lang, f));
  if (meaningFiles.includes('portals.ftl')) meaning.push(lang);
  shipped.push(lang);
}
shipped.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
for (const need of ['fr', 'en']) {
  if (!shipped.includes(need)) {
    console.error(`locales: ${need} is required`);
    process.exit(1);
  }
}
meaning.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
// Full translations need the French side: without it, none ships.
const withMeaning = meaning.includes('fr') ? meaning : [];
writeFileSync(join(out, 'index.json'), JSON.stringify({ languages: shipped, meaning: withMeaning }, null, 2) + '\n');
console.log(`locales: shipped ${shipped.join(', ')}; full translations: ${withMeaning.filter((l) => l !== 'fr').join(', ') || 'none'}`);
