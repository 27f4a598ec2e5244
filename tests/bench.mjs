// ./build.sh bench: size and speed figures, printed side by side in one run.
// Timings come from the browser's own clocks (Navigation Timing and the content script's
// documented data-relais-ms attribute), median of RUNS page loads each.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTS, startServer, ROOT } from './e2e/lib/server.mjs';
import { CHROME_EXT, launchChromium, openWithOverlay, setSettings } from './e2e/lib/browsers.mjs';
import { storedJournal } from './e2e/lib/journal.mjs';

const RUNS = Number(process.env.RELAIS_BENCH_RUNS ?? 10);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function sizes() {
  console.log('\n## WebAssembly size (three modules, each instantiated only where it is needed)');
  console.log('module                 loaded by                                  after wasm-bindgen (raw / gzip -9)   after wasm-opt -Oz (raw / gzip -9)');
  for (const [m, who] of [
    ['relais_wasm', 'every portal page (background)'],
    ['relais_journal_wasm', 'first failure recorded; journal page'],
    ['relais_research_wasm', 'research export page'],
  ]) {
    const a = readFileSync(join(ROOT, `dist/${m}_bg.bindgen.wasm`));
    const b = readFileSync(join(ROOT, `dist/pkg/${m}_bg.wasm`));
    const z = (x) => kib(gzipSync(x, { level: 9 }).length);
    console.log(`${m.padEnd(22)} ${who.padEnd(42)} ${kib(a.length).padStart(10)} / ${z(a).padStart(10)}      ${kib(b.length).padStart(10)} / ${z(b).padStart(10)}`);
  }
  console.log('budget: gzip <= 250 KiB for relais_wasm, the module every page waits for (locale data ships as separate files, loaded per language)');
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
  await p.goto(`chrome-extension://${withExt.extensionId}/pages/popup/popup.html`);
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
    // With its full translations (portals, grammar, lexicon) when the build ships them.
    const files = ['glossary.ftl', 'ui.ftl', 'meta.json', ...(l === 'fr' ? ['common-words.txt'] : []),
      ...['portals.ftl', 'grammar.ftl', 'lexicon.ftl'].filter((f) => existsSync(join(dir, l, f)))];
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, l, f))));
    console.log(`${l.padEnd(8)} ${kib(bytes.length).padStart(10)} ${kib(gzipSync(bytes, { level: 9 }).length).padStart(12)}`);
  }
}

async function browserMatching(withExt) {
  // About 1 MB of French portal text through scan.blocks, from an extension page: the core's
  // matching in the browser including the message round trips.
  const p = await withExt.ctx.newPage();
  await p.goto(`chrome-extension://${withExt.extensionId}/pages/popup/popup.html`);
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
    await popup.goto(`chrome-extension://${withExt.extensionId}/pages/popup/popup.html`);
    const t0 = Date.now();
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'settings.set', lang: 'ar' }));
    await page.waitForFunction(() => {
      const boxes = [...document.querySelectorAll('relais-overlay')].map((h) => h.shadowRoot?.querySelector('.relais-overlay'));
      return document.documentElement.getAttribute('data-relais') === 'ready' && boxes.length > 5 && boxes.every((b) => b?.lang === 'ar');
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

let nativeJournal = ''; // journal_bench's output, printed again beside the browser's figures

function coreExamples(which) {
  // Journal (1,000 entries with 30 KB captures: append, export, verify) and research
  // (1,000,000 records from 5,000 contributors: aggregation speed and peak memory; anonymiser).
  // (research_bench also prints the anonymiser's recall and keep rate on both PII corpora.)
  for (const [title, example, pkg] of [['Evidence journal (native core)', 'journal_bench', 'relais-journal'], ['Research aggregation and anonymiser (native core)', 'research_bench', 'relais-research']]) {
    if (which && !which.includes(example)) continue;
    console.log(`\n## ${title}`);
    const out = execFileSync('cargo', ['run', '-q', '--release', '-p', pkg, '--example', example], { cwd: ROOT, encoding: 'utf8' });
    if (example === 'journal_bench') nativeJournal = out;
    process.stdout.write(out);
  }
}

// ---- Evidence journal in the browser ----------------------------------------------------------
// The real paths: "This is blocking me" (journal.report: captureVisibleTab, then one durable
// IndexedDB transaction before the reply), records sent as the content script sends them
// (journal.record with a DOM snapshot), and the journal page's own load, export button and
// import field. Figures only, never asserted.

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const ms = (x) => `${x.toFixed(1)} ms`;

/**
 * Chromium with the extension and the DevTools extension domain, whose Extensions.triggerAction
 * is a click on the toolbar button: it opens the popup and grants activeTab on the tab, which
 * captureVisibleTab needs (host permissions are not enough: "Either the '<all_urls>' or
 * 'activeTab' permission is required"). Same flags as tests/e2e/lib/browsers.mjs otherwise.
 */
async function launchWithActionClick() {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'relais-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--ignore-certificate-errors',
      `--host-resolver-rules=${Object.values(HOSTS).map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
      `--disable-extensions-except=${CHROME_EXT}`, `--load-extension=${CHROME_EXT}`,
      '--enable-unsafe-extension-debugging', // Extensions.triggerAction over the pipe
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const clickAction = async (page) => {
    const cdp = await ctx.browser().newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    await cdp.detach();
  };
  return { ctx, sw, extensionId, clickAction, close: async () => { await ctx.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function recordWithScreenshot(server) {
  const REPORTS = 20;
  const b = await launchWithActionClick();
  try {
    await setSettings(b.sw, { lang: 'en' });
    // The sender: an extension page in a background tab (the popup's own message, from a page
    // that stays open); the portal tab in front of it is the active tab of the window.
    const ext = await b.ctx.newPage();
    await ext.goto(`chrome-extension://${b.extensionId}/pages/popup/popup.html`);
    const { page } = await openWithOverlay(b.ctx, server.url('caf', '/portals/caf-declaration/'));
    await page.bringToFront();
    await b.clickAction(page);
    await new Promise((r) => setTimeout(r, 500));
    const times = [];
    let without = 0;
    let last = 0;
    for (let i = 0; i <= REPORTS; i++) {
      // Chromium allows 2 captureVisibleTab calls per second: pace the clicks at 600 ms.
      await new Promise((r) => setTimeout(r, Math.max(0, last + 600 - Date.now())));
      last = Date.now();
      const { t, r } = await ext.evaluate(async () => {
        const t0 = performance.now();
        const r = await chrome.runtime.sendMessage({ type: 'journal.report', note: '' });
        return { t: performance.now() - t0, r };
      });
      if (!r?.ok) throw new Error(`journal.report: ${r?.error?.message}`);
      if (i === 0) continue; // warm-up: instantiates the journal module and opens the journal
      if (!r.value.captureKept) without++;
      times.push(t);
    }
    const j = await storedJournal(b.sw);
    const shots = j.records.filter((r) => r.capture?.kind === 'screenshot').map((r) => r.capture.size);
    const entries = j.records.filter((r) => r.kind === 'entry').length;
    console.log(`record with a screenshot ("This is blocking me": journal.report → captureVisibleTab → one strict IndexedDB`);
    console.log(`  transaction → reply), ${times.length} reports after 1 warm-up (same tab: ${entries} entry, then attempts of it):`);
    console.log(`  median ${ms(median(times))}, p90 ${ms(pct(times, 0.9))}; JPEG (quality 60, 1280×900 CAF form) median ${kib(median(shots))}`
      + `${without ? `; ${without} report(s) came back WITHOUT a screenshot` : ''}`);
  } finally {
    await b.close();
  }
}

/** `to - from` records as the content script sends them: distinct messages (entries), a 30 KB DOM snapshot each. */
function buildJournal(ext, url, from, to) {
  return ext.evaluate(async ({ from, to, url }) => {
    const para = '<div class="fr-alert fr-alert--error"><p>Il n’existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement.</p></div>\n';
    const times = [];
    for (let i = from; i < to; i++) {
      let html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Prise de rendez-vous</title></head><body><!-- Relais capture ${i} --><main>`;
      while (html.length < 30 * 1024 - 30) html += para;
      html += '</main></body></html>';
      const t0 = performance.now();
      const r = await chrome.runtime.sendMessage({
        type: 'journal.record', failure: 'no-slot', url, title: 'Prise de rendez-vous - Remise de titre de séjour', snapshot: html,
        message: `Il n'existe plus de plage horaire libre pour votre demande de rendez-vous (guichet ${i + 1}).`,
      });
      if (!r?.ok || r.value.kind !== 'entry') throw new Error(`journal.record: ${JSON.stringify(r?.error ?? r?.value)}`);
      times.push(performance.now() - t0);
    }
    return times;
  }, { from, to, url });
}

/**
 * Opens the journal page. Returns, in ms from navigation start: `ready`, when the page marks
 * itself rendered (body[data-ready], noted by a MutationObserver at that very moment), and
 * `painted`, when the frame after it is drawn: the first paint of the journal.
 */
async function loadJournalPage(ctx, extensionId) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.body?.dataset.ready) { globalThis.relaisReadyAt = performance.now(); obs.disconnect(); }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(`chrome-extension://${extensionId}/pages/journal/journal.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => globalThis.relaisReadyAt !== undefined, null, { polling: 20, timeout: 600000 });
  const r = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve({
    ok: document.body.dataset.ready === 'true', ready: globalThis.relaisReadyAt, painted: performance.now(), records: Number(document.body.dataset.records),
  }), 0))));
  if (!r.ok) throw new Error(`journal page: ${await page.textContent('#status')}`);
  return { page, ...r };
}

/** The journal page's export button → the bundle saved at `out`; ms from the click to the download. */
async function exportBundle(page, out) {
  await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 600000 });
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600000 }), page.click('#export')]);
  const ms = Date.now() - t0;
  await download.saveAs(out);
  return ms;
}

/** The journal page's import field, file chosen → status shown (verified, stored, journal reopened). */
async function importBundle(page, file) {
  await page.evaluate(() => { document.getElementById('status').textContent = ''; });
  const t0 = Date.now();
  await page.setInputFiles('#import', file);
  await page.waitForFunction(() => document.getElementById('status').textContent.length > 0, null, { polling: 5, timeout: 600000 });
  return { ms: Date.now() - t0, status: (await page.textContent('#status')).trim() };
}

/**
 * The builds measured side by side: the extension as it is, and (unless RELAIS_BENCH_BEFORE_DIR is
 * empty) the "before" build that ./build.sh bench made from RELAIS_BENCH_BEFORE (a git commit).
 * Every measure runs on both in turn, interleaved, so that a busy machine weighs on both alike.
 */
function builds() {
  const list = [];
  const before = process.env.RELAIS_BENCH_BEFORE_DIR;
  if (before) list.push({ name: `before (${process.env.RELAIS_BENCH_BEFORE ?? 'baseline'})`, dir: before });
  if (process.env.RELAIS_BENCH_AFTER !== 'none') list.push({ name: 'after (this build)', dir: CHROME_EXT });
  return list;
}

const JOURNAL_RECORDS = Number(process.env.RELAIS_BENCH_JOURNAL_RECORDS ?? 10_000);

async function journalScale(server) {
  const url = server.url('prefecture', '/portals/prefecture-rdv/complet.html');
  const tmp = mkdtempSync(join(tmpdir(), 'relais-bench-journal-'));
  const all = builds();
  try {
    // 1. Recording, 1 to JOURNAL_RECORDS, interleaved by blocks (the first hundred, then each thousand).
    for (const x of all) {
      x.b = await launchChromium({ extensionDir: x.dir });
      await setSettings(x.b.sw, { lang: 'en' });
      x.ext = await x.b.ctx.newPage();
      await x.ext.goto(`chrome-extension://${x.b.extensionId}/pages/popup/popup.html`);
      x.blocks = [];
      x.paint = {};
      x.bundle = join(tmp, `${x.dir === CHROME_EXT ? 'after' : 'before'}-1000.zip`);
    }
    const edges = [0, 100, ...Array.from({ length: Math.ceil(JOURNAL_RECORDS / 1000) }, (_, i) => Math.min(JOURNAL_RECORDS, (i + 1) * 1000))];
    for (let k = 1; k < edges.length; k++) {
      for (const x of all) {
        const t0 = Date.now();
        const times = await buildJournal(x.ext, url, edges[k - 1], edges[k]);
        x.blocks.push({ from: edges[k - 1] + 1, to: edges[k], s: (Date.now() - t0) / 1000, median: median(times), p90: pct(times, 0.9) });
      }
      if (edges[k] === 1000 || edges[k] === JOURNAL_RECORDS) {
        // The journal page's first paint at this length (each build in turn), and at 1,000 the
        // bundle for the import below, exported from that page.
        for (let run = 0; run < 3; run++) {
          for (const x of all) {
            const { page, ...r } = await loadJournalPage(x.b.ctx, x.b.extensionId);
            if (r.records !== edges[k]) throw new Error(`${x.name}: the journal page shows ${r.records} records, expected ${edges[k]}`);
            (x.paint[edges[k]] ??= []).push(r);
            if (edges[k] === 1000 && run === 0) x.exportMs = await exportBundle(page, x.bundle);
            await page.close();
          }
        }
      }
    }
    for (const x of all) await x.b.close();
    // Printed as soon as measured (the import below can take long on a loaded machine).
    console.log(`recording (journal.record as the content script sends it, a distinct message each: entries; a 30 KB DOM`);
    console.log(`snapshot each; acknowledged once the record and its capture are on disk, one strict transaction), per record:`);
    console.log(`records          ${all.map((x) => x.name.padEnd(34)).join('')}`);
    all[0].blocks.forEach((blk, i) => {
      console.log(`${`${blk.from.toLocaleString('en')}–${blk.to.toLocaleString('en')}`.padEnd(17)}${all.map((x) => {
        const b = x.blocks[i];
        return `median ${ms(b.median).padStart(9)}, p90 ${ms(b.p90).padStart(9)}  `.padEnd(34);
      }).join('')}`);
    });
    console.log(`total            ${all.map((x) => `${x.blocks.reduce((n, b) => n + b.s, 0).toFixed(0)} s for ${JOURNAL_RECORDS.toLocaleString('en')} records`.padEnd(34)).join('')}`);
    console.log('journal page, from navigation start to the first frame painted after it marks itself rendered (median of 3):');
    for (const n of Object.keys(all[0].paint)) {
      console.log(`${`${Number(n).toLocaleString('en')} entries`.padEnd(17)}${all.map((x) => `${ms(median(x.paint[n].map((p) => p.painted)))}`.padEnd(34)).join('')}`);
    }

    // 2. Import of the 1,000-entry bundle on a journal page with an empty journal (another
    // computer), three times each, interleaved.
    for (const x of all) {
      x.b = await launchChromium({ extensionDir: x.dir });
      await setSettings(x.b.sw, { lang: 'en' });
      ({ page: x.page } = await loadJournalPage(x.b.ctx, x.b.extensionId));
      x.imports = [];
    }
    for (let run = 0; run < 3; run++) {
      for (const x of all) {
        const r = await importBundle(x.page, x.bundle);
        console.log(`  import of the 1,000-entry bundle, ${x.name}, run ${run + 1}: ${ms(r.ms)}`);
        x.imports.push(r);
        if (!/1[, ]?000/.test(r.status)) throw new Error(`${x.name}: import said "${r.status}"`);
      }
    }
    for (const x of all) await x.b.close();

    console.log(`export, 1,000 entries (button → download): ${all.map((x) => `${x.name}: ${ms(x.exportMs)}`).join('; ')}`);
    console.log(`import of that bundle (${(statSync(all.at(-1).bundle).size / 1e6).toFixed(1)} MB), file chosen → status shown, every link and capture verified, median of 3:`);
    console.log(`  ${all.map((x) => `${x.name}: ${ms(median(x.imports.map((r) => r.ms)))} (${x.imports.map((r) => r.ms).join(', ')} ms)`).join('; ')}`);
    const nativeFig = (what) => nativeJournal.match(new RegExp(`${what} bundle:\\s+(\\S+)`))?.[1] ?? 'see above';
    console.log(`  native core, 1,000 entries × 30 KB (above): export ${nativeFig('export')}, verify ${nativeFig('verify')}`);
  } finally {
    for (const x of all) await x.b?.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function journalInBrowser(server) {
  console.log('\n## Evidence journal in the browser');
  const t0 = Date.now();
  if (process.env.RELAIS_BENCH_AFTER !== 'none') await recordWithScreenshot(server);
  await journalScale(server);
  console.log(`(section run time ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

// RELAIS_BENCH_ONLY=journal: the journal's figures alone (native and in the browser);
// RELAIS_BENCH_ONLY=pages: the page timings alone (Chromium).
const only = process.env.RELAIS_BENCH_ONLY;
if (!only) {
  sizes();
  localeSizes();
  native();
}
if (only !== 'pages') coreExamples(only === 'journal' ? ['journal_bench'] : undefined);
const server = await startServer();
try {
  if (only !== 'journal') await pages(server);
  if (only !== 'pages') await journalInBrowser(server);
} finally {
  await server.close();
}
