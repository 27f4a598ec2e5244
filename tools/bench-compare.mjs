// The figures of two runs of tests/bench.mjs side by side: the baseline (the revision the
// current issues started from, built and measured in the same `./build.sh bench` run) and now.
// Usage: node tools/bench-compare.mjs BEFORE.txt AFTER.txt
//
// Each figure is found in both outputs by the line that prints it (the wording of those lines is
// kept stable on purpose; a figure one side does not print shows as "—"). Figures only: nothing
// here passes or fails, the budgets are printed beside them.
import { readFileSync } from 'node:fs';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('usage: node tools/bench-compare.mjs BEFORE.txt AFTER.txt');
  process.exit(2);
}
const before = readFileSync(beforeFile, 'utf8');
const after = readFileSync(afterFile, 'utf8');

/** [label, regex (first group: the figure), unit, budget] */
const FIGURES = [
  ['relais_wasm, gzip -9 after wasm-opt', /^relais_wasm .*\/\s+([\d.]+) KiB\s*$/m, 'KiB', '≤ 250'],
  ['relais_journal_wasm, gzip -9 after wasm-opt', /^relais_journal_wasm .*\/\s+([\d.]+) KiB\s*$/m, 'KiB', ''],
  ['relais_research_wasm, gzip -9 after wasm-opt', /^relais_research_wasm .*\/\s+([\d.]+) KiB\s*$/m, 'KiB', ''],
  ['locale bundle fr, gzip -9', /^fr\s+[\d.]+ KiB\s+([\d.]+) KiB/m, 'KiB', ''],
  ['locale bundle ar, gzip -9', /^ar\s+[\d.]+ KiB\s+([\d.]+) KiB/m, 'KiB', ''],
  ['native glossary matching', /^native matching: .* ([\d.]+) MB\/s/m, 'MB/s', '≥ 100'],
  ['journal (native): append per entry, median', /append, per entry:\s+median ([\d.]+µs|[\d.]+ms)/m, '', ''],
  ['journal (native): verify 1,000 × 30 KB', /verify bundle:\s+([\d.]+m?s)/m, '', ''],
  ['research aggregation, 1M records', /^aggregation: .* = (\d+) records\/s/m, 'records/s', '≥ 500,000'],
  ['research aggregation, peak memory', /^aggregation: .*peak memory \(VmHWM\) ([\d.]+) MB/m, 'MB', '≤ 16'],
  ['anonymiser throughput', /^anonymiser: .* = ([\d.]+) MB\/s/m, 'MB/s', '≥ 10'],
  ['DSFR register 1-single, DCL → overlay done', /^DSFR register 1-single\s+([\d.]+) ms/m, 'ms', '≤ 50'],
  ['DSFR register 2b-identity, DCL → overlay done', /^DSFR register 2b-identity\s+([\d.]+) ms/m, 'ms', '≤ 50'],
  ['DSFR register 2c-address, DCL → overlay done', /^DSFR register 2c-address\s+([\d.]+) ms/m, 'ms', '≤ 50'],
  ['2,000 labels, DCL → overlay done', /^generated 2,000 labels\s+([\d.]+) ms/m, 'ms', '≤ 300'],
  ['2,000 labels, Relais main-thread work', /^generated 2,000 labels\s+[\d.]+ ms\s+\d+ ms\s+([\d.]+) ms/m, 'ms', ''],
  ['round trip, 200 labels, median', /^round trip .*: median ([\d.]+) ms/m, 'ms', ''],
  ['in-browser matching', /^in-browser matching .* = ([\d.]+) MB\/s/m, 'MB/s', ''],
  ['switch language en → ar, median', /^switch language .*: median ([\d.]+) ms/m, 'ms', ''],
  ['"This is blocking me" with a screenshot, median', /transaction → reply\), .*\n\s+median ([\d.]+) ms/m, 'ms', ''],
  ['journal.record, records 1–100, median', /records 1–100:\s+per record median\s+([\d.]+) ms|^1–100\s+median\s+([\d.]+) ms/m, 'ms', '≤ 5'],
  ['journal.record, last block (before 101–1,000, after 9,001–10,000)', /records [\d,]+–(?:1000|10000|10,000):\s+per record median\s+([\d.]+) ms|^9,001–10,000\s+median\s+([\d.]+) ms/m, 'ms', '≤ 5'],
  ['journal page, 1,000 entries, rendered', /^\s+1,000\s+\d+\s+(?:median )?([\d.]+) ms|^1,000 entries\s+([\d.]+) ms/m, 'ms', ''],
  ['journal page, 10,000 entries, rendered', /^\s+10,000\s+\d+\s+(?:median )?([\d.]+) ms|^10,000 entries\s+([\d.]+) ms/m, 'ms', '≤ 500'],
  ['import 1,000 entries, verified', /^\s+one IndexedDB transaction, journal reopened\): ([\d.]+) ms|^\s+import of the 1,000-entry bundle, after \(this build\), run 1: ([\d.]+) ms/m, 'ms', '≤ 1000'],
];

const pick = (text, re) => {
  const m = text.match(re);
  if (!m) return null;
  return m.slice(1).find((g) => g !== undefined) ?? null;
};

const rows = FIGURES.map(([label, re, unit, budget]) => [label, pick(before, re), pick(after, re), unit, budget]);
const w = Math.max(...rows.map((r) => r[0].length));
console.log('\n## Before and after, side by side (the same run, the same machine)');
console.log(`${'figure'.padEnd(w)}  ${'before'.padStart(12)}  ${'after'.padStart(12)}  unit        budget`);
for (const [label, b, a, unit, budget] of rows) {
  console.log(`${label.padEnd(w)}  ${(b ?? '—').padStart(12)}  ${(a ?? '—').padStart(12)}  ${unit.padEnd(10)}  ${budget}`);
}
console.log('"—": the run did not print that figure (a measure added since, or a section that failed).');
