// Lists the concepts of the French master that state a fact (a number, a deadline, a rule, an
// institution's role) and have no `.source`, so that the count can be watched going to zero.
// The heuristic is the one described in locales/README.md ("Sources and dates"); the real gate
// will live in crate/core/src/quality.rs. Concepts judged purely definitional although the
// heuristic fires are listed, with the reason, in locales/fr/definitional.txt.
//
// Usage: node tools/facts-unsourced.mjs [locales-dir] [--all] [--stale YYYY-MM-DD]
//   prints one line per unsourced fact-bearing concept and the counts; exit code 1 if any.
//   --all      also prints which rule fired for every concept (sourced or not)
//   --stale D  also lists concepts whose .checked is older than one year before D
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && !/^\d{4}-/.test(a)) ?? 'locales';
const showAll = args.includes('--all');
const staleAt = args.includes('--stale') ? args[args.indexOf('--stale') + 1] : null;

// ---- the heuristic -------------------------------------------------------------------------
// A text "states a fact" when one of these fires (case-insensitive, on .explain, .where, .todo).
// Word boundaries are written as lookarounds on letters: JavaScript's \b is ASCII-only and
// would not see the edge of « à » or « délai ».
const W = (body, flags = 'iu') => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, flags);
const UNIT = String.raw`(?:ans?|années?|mois|semaines?|jours?|heures?|minutes?|euros?|chiffres?|caractères?|trimestres?)`;
const WORDNUM = String.raw`(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|seize|dix-huit|vingt|trente|quarante|cinquante|soixante|cent|mille)`;
export const RULES = [
  // N: a number that counts something: any digit, « € » or « % », or a number word before a unit
  // (« un an », « deux mois », « une seule fois »)
  ['number', new RegExp(String.raw`\d|€|%|(?<![\p{L}])${WORDNUM}\s+(?:seule?\s+)?${UNIT}(?![\p{L}])`, 'iu')],
  // D: a deadline, a period, a duration, a renewal, a date in time
  ['deadline', W(String.raw`délais?|date limite|avant (?:la|sa|cette) date|au plus (?:tard|tôt)|chaque (?:année|mois|trimestre|semaine)|tous les (?:ans|mois)|par (?:an|mois)|à partir de|jusqu’(?:à|au)|depuis|pendant|expir\p{L}*|renouvel\p{L}*|annuel\p{L}*|mensuel\p{L}*|trimestriel\p{L}*`)],
  // R: an obligation, a prohibition, an entitlement, a condition, a price, a penalty, a change of law
  ['rule', W(String.raw`doit|doivent|devez|devrez|il faut|obligatoire\p{L}*|obligé\p{L}*|oblige\p{L}*|interdit\p{L}*|droits? (?:à|au|aux|de)|gratuit\p{L}*|payant\p{L}*|coûte\p{L}*|puni\p{L}*|amende|remplac\p{L}*|n’existe plus|n’utilise plus|s’appelait|conditions?|plafond\p{L}*|dépend(?:ent)? (?:de|du|des)|accord`)],
  // M: money given, paid, paid back or owed (a benefit, a tax, a price)
  ['money', W(String.raw`vers(?:e|ent|é|ée|ées|és|ement|ements)|rembours\p{L}*|pa(?:ie|ient|yer|yé|yée|yées|yés)|aides? (?:d’argent|financières?|au logement|de la CAF|de la MSA|sociales?|d’urgence)|allocations?|prestations?|indemnités?|impôts?|impos\p{L}*|taxes?|cotisations?|ressources|revenus?|loyer|salaire|bourses?`)],
  // C: a right to contest, a protection, a permission the law attaches to a status
  ['right', W(String.raw`contest\p{L}*|recours|plaintes?|protection|protège\p{L}*|lié (?:à|au)|permet(?:tent)? (?:de travailler|d’entrer|de rester|de vivre|de voyager|de faire venir|de revenir)`)],
  // I: an institution, a court or the law named as an actor
  ['institution', W(String.raw`CAF|MSA|CPAM|Assurance Maladie|OFII|OFPRA|CNDA|préfecture|sous-préfecture|MDPH|France Travail|Pôle emploi|URSSAF|ANTS|ANEF|DGFiP|impôts|mairie|CCAS|Conseil d’État|tribunal|juge|Défenseur des droits|CNIL|Banque de France|Crous|l’État|la loi|GUDA|SPADA|consulat|notaire|police|gendarmerie|ADIL|commission|Parcoursup|Sécurité sociale|Visale|FranceConnect|La Poste|INSEE|Union européenne|hôpital`)],
];

export function firedRules(text) {
  return RULES.filter(([, re]) => re.test(text)).map(([name]) => name);
}

// ---- reading the master (one attribute per line, as the master is written) -----------------
export function readMaster(src) {
  const concepts = [];
  let cur = null;
  let comments = [];
  for (const line of src.split('\n')) {
    let m;
    if ((m = line.match(/^concept-([a-z0-9-]+) = (.*)$/))) {
      cur = { id: m[1], label: m[2], attrs: {}, comments };
      concepts.push(cur);
      comments = [];
    } else if (cur && (m = line.match(/^ {4}\.([a-z]+) = (.*)$/))) {
      cur.attrs[m[1]] = m[2];
    } else if (line.startsWith('#') && !line.startsWith('##')) {
      comments.push(line);
    } else if (line.trim() === '') {
      if (cur) cur = null;
    } else {
      comments = [];
    }
  }
  return concepts;
}

export function readDefinitional(src) {
  const out = new Map();
  for (const line of src.split('\n')) {
    const m = line.match(/^([a-z0-9-]+)\s*:\s*(.+)$/);
    if (m) out.set(m[1], m[2].trim());
  }
  return out;
}

const master = readMaster(readFileSync(join(dir, 'fr/glossary.ftl'), 'utf8'));
const definitional = readDefinitional(readFileSync(join(dir, 'fr/definitional.txt'), 'utf8'));
const ids = new Set(master.map((c) => c.id));
const problems = [];
for (const id of definitional.keys()) if (!ids.has(id)) problems.push(`definitional.txt names ${id}, which is not a concept`);

let fact = 0, sourced = 0, defined = 0, weakened = 0, unsourced = [], stale = [], plain = 0;
for (const c of master) {
  const text = ['explain', 'where', 'todo'].map((a) => c.attrs[a] ?? '').join(' ');
  const fired = firedRules(text);
  const hasSource = Boolean(c.attrs.source);
  if (c.comments.some((l) => /^# source : aucune source officielle/.test(l))) weakened++;
  if (hasSource) {
    if (!c.attrs.checked || !/^\d{4}-\d{2}-\d{2}$/.test(c.attrs.checked)) problems.push(`${c.id}: .source without an ISO .checked date`);
    if (!/ \| https?:\/\/\S+$/.test(c.attrs.source.split(' ;; ').at(-1)) || c.attrs.source.split(' ;; ').some((s) => !/^.+ \| https?:\/\/\S+$/.test(s)))
      problems.push(`${c.id}: .source is not "Name | URL" (several separated by " ;; ")`);
    if (definitional.has(c.id)) problems.push(`${c.id}: has a .source but is listed in definitional.txt`);
    if (staleAt && c.attrs.checked) {
      const limit = new Date(staleAt);
      limit.setFullYear(limit.getFullYear() - 1);
      if (new Date(c.attrs.checked) < limit) stale.push(`${c.id} (checked ${c.attrs.checked})`);
    }
  } else if (c.attrs.checked) problems.push(`${c.id}: .checked without .source`);
  if (hasSource) { fact++; sourced++; }
  else if (fired.length && definitional.has(c.id)) defined++;
  else if (fired.length) { fact++; unsourced.push(`${c.id} [${fired.join(',')}]`); }
  else plain++;
  if (showAll) console.log(`${c.id}\t${hasSource ? 'sourced' : definitional.has(c.id) ? 'definitional' : fired.length ? 'UNSOURCED' : 'plain'}\t${fired.join(',')}`);
}
for (const u of unsourced) console.log(`unsourced fact: ${u}`);
for (const s of stale) console.log(`stale (older than a year): ${s}`);
for (const p of problems) console.log(`problem: ${p}`);
console.log(
  `${master.length} concepts: ${fact} fact-bearing (${sourced} sourced, ${unsourced.length} unsourced), ` +
    `${defined} definitional although the heuristic fires (definitional.txt), ${plain} where it does not fire; ` +
    `${weakened} weakened for lack of a source`,
);
process.exit(unsourced.length || problems.length ? 1 : 0);
