// ./build.sh bench: size and speed figures, printed side by side in one run.
// Timings come from the browser's own clocks (Navigation Timing and the content script's
// documented data-relais-ms attribute), median of RUNS page loads each.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { startServer, ROOT } from './e2e/lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './e2e/lib/browsers.mjs';

const RUNS = Number(process.env.RELAIS_BENCH_RUNS ?? 10);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function sizes() {
  console.log('\n## WebAssembly size');
  for (const [what, file] of [['after wasm-bindgen', 'dist/relais_wasm_bg.bindgen.wasm'], ['after wasm-opt -Oz', 'dist/pkg/relais_wasm_bg.wasm']]) {
    const b = readFileSync(join(ROOT, file));
    console.log(`${what.padEnd(20)} raw ${kib(b.length).padStart(10)}   gzip -9 ${kib(gzipSync(b, { level: 9 }).length).padStart(10)}`);
  }
  console.log('budget: gzip <= 250 KiB (locale data ships as separate files, loaded per language)');
}

async function loadTimes(browser, url, { extension }) {
  const overlay = [];
  const load = [];
  const work = [];
  for (let i = 0; i < RUNS; i++) {
    const { page } = await openWithOverlay(browser.ctx, url, { state: extension ? 'ready' : null, timeout: 60000 });
    const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: n.domContentLoadedEventStart, load: n.loadEventEnd }; });
    load.push(nav.load);
    if (extension) {
      overlay.push(Number(await page.evaluate(() => document.documentElement.getAttribute('data-relais-ms'))));
      work.push(Number(await page.evaluate(() => document.documentElement.getAttribute('data-relais-work-ms'))));
    }
    await page.close();
  }
  return { overlay: extension ? median(overlay) : null, work: extension ? median(work) : null, load: median(load) };
}

async function pages(server) {
  console.log(`\n## Page timings (Chromium, strict CSP, median of ${RUNS} loads)`);
  const targets = [
    ['DSFR register 1-single', server.url('dsfr', '/dsfr-pkg/example/layout/page/register/1-single/'), 50],
    ['DSFR register 2b-identity', server.url('dsfr', '/dsfr-pkg/example/layout/page/register/2-steps/2b-identity/'), 50],
    ['DSFR register 2c-address', server.url('dsfr', '/dsfr-pkg/example/layout/page/register/2-steps/2c-address/'), 50],
    ['generated 2,000 labels', server.url('servicePublic', '/generated/labels-2000.html'), 300],
  ];
  const withExt = await launchChromium();
  const without = await launchChromium({ extension: false });
  await setSettings(withExt.sw, { lang: 'ar' });
  // Warm the core (first start compiles the module and loads the language).
  await (await openWithOverlay(withExt.ctx, targets[0][1])).page.close();
  console.log('DCL→overlay done: from DOMContentLoaded to the last label overlay rendered (includes the page\'s own');
  console.log('DOMContentLoaded work, during which replies wait). Relais work: its own main-thread time (reading, rendering).');
  console.log('page                          DCL→overlay done  budget  Relais work   load (with)  load (without)  ratio');
  for (const [name, url, budget] of targets) {
    const a = await loadTimes(withExt, url, { extension: true });
    const b = await loadTimes(without, url, { extension: false });
    console.log(`${name.padEnd(30)}${`${a.overlay.toFixed(1)} ms`.padStart(14)}  ${`${budget} ms`.padStart(7)}  ${`${a.work.toFixed(1)} ms`.padStart(11)}  ${`${a.load.toFixed(1)} ms`.padStart(11)}  ${`${b.load.toFixed(1)} ms`.padStart(14)}  ${(a.load / b.load).toFixed(2)}`);
  }
  // Round trip of one batch of 200 labels, extension page → background core → back.
  const p = await withExt.ctx.newPage();
  await p.goto(`chrome-extension://${withExt.extensionId}/popup/popup.html`);
  const rtt = await p.evaluate(async () => {
    const labels = ['Nom de naissance', 'Date d’expiration de votre titre de séjour', 'Numéro allocataire', 'Adresse électronique', 'Mot de passe'];
    const blocks = Array.from({ length: 200 }, (_, i) => ({ id: `b${i}`, kind: 'label', text: labels[i % labels.length] }));
    const times = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const r = await chrome.runtime.sendMessage({ type: 'scan.blocks', lang: 'ar', blocks });
      if (!r.ok) throw new Error(r.error.message);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { median: times[15], p90: times[27] };
  });
  console.log(`round trip content→core→content, one batch of 200 labels: median ${rtt.median.toFixed(2)} ms, p90 ${rtt.p90.toFixed(2)} ms`);
  await p.close();
  await browserMatching(withExt);
  await switchLanguage(withExt, server);
  await withExt.close();
  await without.close();
}

function localeSizes() {
  console.log('\n## Locale bundle per language (shipped files, loaded only when chosen)');
  const dir = join(ROOT, 'dist/chrome/locales');
  const { languages } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  console.log('lang      raw         gzip -9');
  for (const l of languages) {
    const files = ['glossary.ftl', 'ui.ftl', 'meta.json', ...(l === 'fr' ? ['common-words.txt'] : [])];
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, l, f))));
    console.log(`${l.padEnd(8)} ${kib(bytes.length).padStart(10)} ${kib(gzipSync(bytes, { level: 9 }).length).padStart(12)}`);
  }
}

async function browserMatching(withExt) {
  // About 1 MB of French portal text through scan.blocks, from an extension page: the core's
  // matching in the browser including the message round trips.
  const p = await withExt.ctx.newPage();
  await p.goto(`chrome-extension://${withExt.extensionId}/popup/popup.html`);
  const r = await p.evaluate(async () => {
    const lines = ['Date d’expiration de votre titre de séjour', 'Numéro allocataire CAF', 'Il n’existe plus de plage horaire libre pour votre demande de rendez-vous.', 'Adresse électronique', 'Veuillez joindre votre avis d’imposition et votre justificatif de domicile de moins de trois mois.', 'Numéro de sécurité sociale (NIR)'];
    const blocks = [];
    let bytes = 0;
    for (let i = 0; bytes < 1_000_000; i++) {
      const text = lines[i % lines.length];
      bytes += new TextEncoder().encode(text).length + 1;
      blocks.push({ id: `b${i}`, kind: 'label', text });
    }
    const runs = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      for (let i = 0; i < blocks.length; i += 500) {
        const r = await chrome.runtime.sendMessage({ type: 'scan.blocks', lang: 'ar', blocks: blocks.slice(i, i + 500) });
        if (!r.ok) throw new Error(r.error.message);
      }
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    return { bytes, ms: runs[2] };
  });
  console.log(`in-browser matching (wasm in the service worker, with messaging): ${(r.bytes / 1e6).toFixed(2)} MB in ${r.ms.toFixed(0)} ms = ${(r.bytes / 1e6 / (r.ms / 1000)).toFixed(1)} MB/s`);
  await p.close();
}

async function switchLanguage(withExt, server) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await setSettings(withExt.sw, { lang: 'en' });
    const { page } = await openWithOverlay(withExt.ctx, server.url('caf', '/portals/caf-declaration/'));
    const popup = await withExt.ctx.newPage();
    await popup.goto(`chrome-extension://${withExt.extensionId}/popup/popup.html`);
    const t0 = Date.now();
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'settings.set', lang: 'ar' }));
    await page.waitForFunction(() => {
      const hosts = [...document.querySelectorAll('relais-overlay')];
      return document.documentElement.getAttribute('data-relais') === 'ready' && hosts.length > 5 && hosts.every((h) => h.lang === 'ar');
    }, null, { polling: 5 });
    times.push(Date.now() - t0);
    await popup.close();
    await page.close();
  }
  console.log(`switch language on a loaded page (CAF fixture, en → ar, until every overlay is in Arabic): median ${median(times)} ms`);
}

function native() {
  console.log('\n## Native glossary matching');
  const out = execFileSync('cargo', ['run', '-q', '--release', '-p', 'relais-core', '--example', 'match_throughput', '--', 'locales/fr/glossary.ftl'], { cwd: ROOT, encoding: 'utf8' });
  process.stdout.write(out);
}

function coreExamples() {
  // Journal (1,000 entries with 30 KB captures: append, export, verify) and research
  // (1,000,000 records from 5,000 contributors: aggregation speed and peak memory; anonymiser).
  for (const [title, example] of [['Evidence journal (native core)', 'journal_bench'], ['Research aggregation and anonymiser (native core)', 'research_bench']]) {
    console.log(`\n## ${title}`);
    process.stdout.write(execFileSync('cargo', ['run', '-q', '--release', '-p', 'relais-core', '--example', example], { cwd: ROOT, encoding: 'utf8' }));
  }
}

sizes();
localeSizes();
native();
coreExamples();
const server = await startServer();
try {
  await pages(server);
} finally {
  await server.close();
}
