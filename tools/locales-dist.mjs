// Copies the shipped locales into an extension folder and writes locales/index.json.
// A language ships when it has meta.json, glossary.ftl (French: the master) and ui.ftl; its
// mediator phrase cards (phrases.ftl) ship with it when present (the quality gates require them;
// a language without them shows the French cards, marked as French).
// Usage: node tools/locales-dist.mjs <locales-dir> <out-dir>
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [src, out] = process.argv.slice(2);
const ORDER = ['fr', 'en', 'ar', 'prs', 'ps', 'ti', 'so', 'bn', 'ta', 'tr', 'uk', 'ru', 'ka', 'es', 'pt', 'ro', 'zh-Hans'];
const FILES = ['meta.json', 'glossary.ftl', 'ui.ftl'];
const shipped = [];
for (const lang of readdirSync(src).filter((d) => ORDER.includes(d))) {
  if (!FILES.every((f) => existsSync(join(src, lang, f)))) {
    console.warn(`locales: ${lang} is incomplete (needs ${FILES.join(', ')}), not shipped`);
    continue;
  }
  mkdirSync(join(out, lang), { recursive: true });
  for (const f of FILES) cpSync(join(src, lang, f), join(out, lang, f));
  // Optional files: the mediator's phrase cards, and full translations (the memory, the grammar
  // and its lexicon), shipped when the language has them.
  for (const f of ['phrases.ftl', 'portals.ftl', 'grammar.ftl', 'lexicon.ftl']) {
    if (existsSync(join(src, lang, f))) cpSync(join(src, lang, f), join(out, lang, f));
  }
  if (lang === 'fr') cpSync(join(src, 'fr/common-words.txt'), join(out, 'fr/common-words.txt'));
  shipped.push(lang);
}
shipped.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
for (const need of ['fr', 'en']) {
  if (!shipped.includes(need)) {
    console.error(`locales: ${need} is required`);
    process.exit(1);
  }
}
writeFileSync(join(out, 'index.json'), JSON.stringify({ languages: shipped }, null, 2) + '\n');
console.log(`locales: shipped ${shipped.join(', ')}`);
