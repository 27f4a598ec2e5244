// The research export end to end: failures recorded on fixture portals (a "no free slot" page
// met twice, an HTTP 503, an error that repeats a phone number and an e-mail address, a "this is
// blocking me" report with a note), the research page showing them as anonymised lines, one line
// left out, the JSON Lines and CSV files holding exactly the ticked lines, valid against the
// published schema and read by `relais research aggregate` without any issue, with no URL, title,
// note or personal data in them, and the département only once chosen. axe on the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { storedJournal, waitRecords } from './lib/journal.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { axe } from './lib/page-checks.mjs';

const RELAIS = join(ROOT, 'target/release/relais');
const OUT = join(ROOT, 'tests/e2e/out');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs/research-record.schema.json'), 'utf8'));
const NOTE = 'Ma note NOTEMARKER : Mme Kowalczyk, 07 98 76 54 32';
let server;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/** How many research lines a journal makes: per entry not deleted, its distinct UTC hours. */
function expectedLines(journal) {
  const deleted = new Set(journal.records.filter((r) => r.kind === 'deletion').map((r) => r.entry));
  const hours = new Map();
  for (const r of journal.records) {
    if (r.kind !== 'entry' && r.kind !== 'attempt') continue;
    const entry = r.kind === 'entry' ? r.seq : r.entry;
    if (deleted.has(entry)) continue;
    if (!hours.has(entry)) hours.set(entry, new Set());
    hours.get(entry).add(r.time.utc.slice(0, 13));
  }
  return [...hours.values()].reduce((n, h) => n + h.size, 0);
}

/**
 * The schema's own rules, checked on one record: required fields, no other field, type, const,
 * enum, pattern, length and range. Returns the problems found (empty when valid).
 */
function schemaProblems(record) {
  const problems = [];
  for (const f of SCHEMA.required) if (!(f in record)) problems.push(`${f} is missing`);
  for (const [k, v] of Object.entries(record)) {
    const p = SCHEMA.properties[k];
    if (!p) { problems.push(`${k} is not in the schema`); continue; }
    const types = [p.type].flat();
    const type = v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;
    if (!types.includes(type)) { problems.push(`${k}: ${type} is not ${types.join('|')}`); continue; }
    if (v === null) continue;
    if ('const' in p && v !== p.const) problems.push(`${k}: ${v} is not ${p.const}`);
    if (p.enum && !p.enum.includes(v)) problems.push(`${k}: ${v} is not one of the enum`);
    if (p.pattern && !new RegExp(p.pattern, 'u').test(v)) problems.push(`${k}: ${JSON.stringify(v)} does not match ${p.pattern}`);
    if (p.minLength !== undefined && [...v].length < p.minLength) problems.push(`${k} is too short`);
    if (p.maxLength !== undefined && [...v].length > p.maxLength) problems.push(`${k} is too long`);
    if (p.minimum !== undefined && v < p.minimum) problems.push(`${k} is below ${p.minimum}`);
    if (p.maximum !== undefined && v > p.maximum) problems.push(`${k} is above ${p.maximum}`);
  }
  return problems;
}

/** Runs `relais research aggregate` on a file; returns the issues it wrote. */
function aggregateIssues(file) {
  const dir = mkdtempSync(join(tmpdir(), 'relais-research-'));
  try {
    const run = spawnSync(RELAIS, ['research', 'aggregate', file, '--out', dir, '--k', '1'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    return readFileSync(join(dir, 'issues.txt'), 'utf8').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Nothing of the page, the URL, the note or the person's data in an exported file. */
function assertNothingPersonal(text, what) {
  for (const forbidden of ['http', '://', 'gouv.fr', 'caf.fr', 'QUERYMARKER', 'TITLEMARKER', 'Kowalczyk', 'kowalczyk',
    'Dossier de', 'Mon Compte - Demande', 'Prise de rendez-vous -', '06 12 34 56 78', '07 98 76 54 32', '@', 'example.fr',
    '1234567', 'NOTEMARKER', 'Ma note', '(signalé par la personne)', 'Europe/', '+01:00', '+02:00', 'sha256', 'captures/']) {
    assert.ok(!text.includes(forbidden), `${what}: ${JSON.stringify(forbidden)} found in\n${text}`);
  }
}

/** The lines shown on the research page, as the table says them. */
function shownLines(page) {
  return page.$$eval('#table tbody tr', (rows) => rows.map((tr) => {
    const cells = [...tr.querySelectorAll('td')];
    return {
      index: Number(tr.dataset.index),
      portal: cells[1].textContent,
      procedure: cells[2].textContent,
      kind: cells[3].querySelector('code').textContent,
      message: cells[4].textContent === '—' ? '' : cells[4].textContent,
      hour: cells[5].textContent,
      attempts: Number(cells[7].textContent),
      label: document.querySelector(`label[for="${cells[0].querySelector('input').id}"]`)?.textContent ?? '',
    };
  }));
}

/** One CSV line split into fields (RFC 4180 quoting; the export never breaks a field across lines). */
function csvFields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

const key = (r) => [r.portal, r.procedure, r.kind, r.message, r.hour, r.attempts].join('|');
const fromRecord = (r) => ({ portal: r.portal, procedure: r.procedure, kind: r.failure_kind, message: r.message, hour: r.hour_utc.replace('T', ' ').replace(/:00:00Z$/, ':00'), attempts: r.attempt_count });

test('the research page shows anonymised lines; the files hold exactly the ticked ones', async () => {
  const b = await launchChromium();
  try {
    await setSettings(b.sw, { lang: 'en' });

    // 1. Failures met on fixture portals, recorded by themselves.
    for (let i = 0; i < 2; i++) {
      const { page } = await openWithOverlay(b.ctx, server.url('prefecture', '/portals/prefecture-rdv/complet.html?creneau=QUERYMARKER'));
      await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 5000 });
      await page.close();
    }
    let j = await waitRecords(b.sw, 2);
    const p503 = await b.ctx.newPage();
    await p503.goto(server.url('anef', '/portals/service-indisponible/?from=QUERYMARKER'));
    j = await waitRecords(b.sw, j.records.length + 1);
    assert.ok(j.records.some((r) => r.kind === 'entry' && r.httpStatus === 503), 'HTTP 503 not recorded');
    await p503.close();
    const { page: caf } = await openWithOverlay(b.ctx, server.url('caf', '/portals/caf-contact/index.html?ref=QUERYMARKER&mail=marie.kowalczyk%40example.fr'));
    await caf.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, null, { timeout: 5000 });
    await caf.close();
    j = await storedJournal(b.sw);
    const cafEntry = j.records.find((r) => r.kind === 'entry' && r.message.includes('06 12 34 56 78'));
    assert.ok(cafEntry, 'the CAF error with personal data was not recorded');

    // 2. "This is blocking me" with a note, on a portal page (the active tab), sent as the popup
    // sends it. The note is kept in the journal (as a note record, or as the entry's message in
    // older versions); it must never be exported.
    const research = await b.ctx.newPage();
    await research.goto(`chrome-extension://${b.extensionId}/pages/research/research.html`);
    await research.waitForFunction(() => document.body.dataset.ready === 'true');
    const portalTab = await b.ctx.newPage();
    await portalTab.goto(server.url('prefecture', '/portals/prefecture-rdv/index.html?etape=QUERYMARKER'));
    await portalTab.bringToFront();
    const before = j.records.length;
    const reported = await research.evaluate((note) => chrome.runtime.sendMessage({ type: 'journal.report', note }), NOTE);
    assert.ok(reported?.ok, JSON.stringify(reported));
    const hasNote = (journal) => journal?.records.some((r) => (r.kind === 'note' && r.text === NOTE) || (r.kind === 'entry' && r.message === NOTE));
    for (let end = Date.now() + 8000; Date.now() < end && !hasNote(j); await new Promise((r) => setTimeout(r, 150))) j = await storedJournal(b.sw);
    assert.ok(j.records.length > before && j.records.some((r) => r.kind === 'entry' && r.failure === 'other'), 'the report was not recorded');
    assert.ok(hasNote(j), 'the note was not kept in the journal');
    await portalTab.close();

    // 3. The research page: every line, anonymised, each with its checkbox.
    await research.reload();
    await research.waitForFunction(() => document.body.dataset.ready === 'true');
    const expected = expectedLines(j);
    const shown = await shownLines(research);
    assert.equal(shown.length, expected, JSON.stringify(shown));
    assert.equal(await research.evaluate(() => document.body.dataset.records), String(expected));
    const table = await research.locator('#table').textContent();
    assert.match(table, /\[PHONE\]/);
    assert.match(table, /\[EMAIL\]/);
    assertNothingPersonal(table, 'the page');
    assert.ok(shown.some((l) => l.kind === 'no_slot' && l.portal === 'prefecture'), JSON.stringify(shown));
    assert.ok(shown.some((l) => l.kind === 'form_error' && l.portal === 'caf' && /\[PHONE\].*\[EMAIL\]/.test(l.message)), JSON.stringify(shown));
    assert.ok(shown.some((l) => l.kind === 'user_reported' && l.message === ''), JSON.stringify(shown));
    assert.ok(shown.every((l) => l.label.includes(l.portal)), 'every checkbox is labelled by its line');
    assert.ok(await research.$$eval('#table input[type="checkbox"]', (boxes) => boxes.every((b) => b.checked)), 'all ticked by default');
    assert.equal(await research.locator('#departement').inputValue(), '', 'no département by default');
    assert.equal(await research.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'en,ltr');
    const contributor = await b.sw.evaluate(() => chrome.storage.local.get('research').then((r) => r.research));
    assert.equal(contributor.schema, 1);
    assert.match(contributor.contributorId, /^[0-9a-f]{32}$/);
    assert.match(await research.locator('#contributor').textContent(), new RegExp(contributor.contributorId));

    const violations = await axe(research);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    await research.screenshot({ path: join(OUT, 'research-page.png'), fullPage: true });

    // 4. Leave the CAF line out, download JSON Lines.
    const left = shown.find((l) => l.portal === 'caf');
    await research.uncheck(`#table input[data-index="${left.index}"]`);
    const [download] = await Promise.all([research.waitForEvent('download'), research.click('#download-jsonl')]);
    assert.match(download.suggestedFilename(), /^relais-research-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const jsonlPath = join(OUT, 'research.jsonl');
    await download.saveAs(jsonlPath);
    const jsonl = readFileSync(jsonlPath, 'utf8');
    const records = jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.deepEqual(records.map(fromRecord).map(key).sort(), shown.filter((l) => l !== left).map(key).sort(), 'the file holds exactly the ticked lines');
    for (const r of records) {
      assert.deepEqual(schemaProblems(r), [], JSON.stringify(r));
      assert.equal(r.contributor_id, contributor.contributorId);
      assert.equal(r.browser_family, 'chromium');
      assert.ok(!('departement' in r), 'a département nobody chose');
    }
    assert.equal(new Set(records.map((r) => r.export_id)).size, 1);
    assertNothingPersonal(jsonl, 'research.jsonl');
    assert.equal(aggregateIssues(jsonlPath), '', 'relais research aggregate reported issues');

    // 5. Choose a département, download CSV: a new export id, the département on every line.
    await research.selectOption('#departement', '93');
    assert.match(await research.locator('#every-line').textContent(), /93/);
    const [csvDownload] = await Promise.all([research.waitForEvent('download'), research.click('#download-csv')]);
    assert.match(csvDownload.suggestedFilename(), /^relais-research-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = join(OUT, 'research.csv');
    await csvDownload.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8').trimEnd().split('\n');
    const header = csvFields(csv[0]);
    assert.deepEqual(header, ['schema_version', 'contributor_id', 'export_id', 'portal', 'procedure', 'failure_kind', 'message', 'hour_utc', 'weekday', 'departement', 'attempt_count', 'browser_family', 'extension_version']);
    assert.equal(csv.length - 1, records.length);
    const rows = csv.slice(1).map(csvFields).map((f) => Object.fromEntries(header.map((h, i) => [h, f[i]])));
    assert.ok(rows.every((r) => Object.keys(r).length === header.length && r.departement === '93'), csv.join('\n'));
    assert.equal(new Set(rows.map((r) => r.export_id)).size, 1);
    assert.notEqual(rows[0].export_id, records[0].export_id, 'a new export id per download');
    assert.deepEqual(rows.map((r) => key(fromRecord({ ...r, attempt_count: Number(r.attempt_count) }))).sort(), records.map(fromRecord).map(key).sort());
    assertNothingPersonal(csv.join('\n'), 'research.csv');
    assert.equal(aggregateIssues(csvPath), '', 'relais research aggregate reported issues on the CSV');

    // 6. Nothing ticked: nothing downloaded, and said so.
    for (const l of shown) await research.uncheck(`#table input[data-index="${l.index}"]`);
    await research.click('#download-jsonl');
    assert.match(await research.locator('#status').textContent(), /nothing to download/);

    // 7. A changed line is refused by the research core, with a readable error.
    const refused = await research.evaluate(async (url) => {
      const m = await import(url);
      const opts = { contributorId: '0'.repeat(32), exportId: '1'.repeat(32), browserFamily: 'chromium', extensionVersion: '0.1.0', departement: null };
      const { loadJournal } = await import(chrome.runtime.getURL('shared/journal-store.js'));
      const core = new m.ResearchCore();
      const made = core.records(await loadJournal(), opts);
      const out = {};
      try { core.jsonl([{ ...made[0], portal: 'ameli' }]); } catch (e) { out.changed = `${e.name}: ${e.message}`; }
      try { core.csv([{ ...made[0], url: 'https://x' }]); } catch (e) { out.added = `${e.name}: ${e.message}`; }
      try { core.records(await loadJournal(), { ...opts, departement: '20' }); } catch (e) { out.departement = `${e.name}: ${e.message}`; }
      out.kept = core.jsonl(made.slice(1)).split('\n').filter(Boolean).length;
      out.total = made.length;
      return out;
    }, `chrome-extension://${b.extensionId}/pkg/relais_research_wasm.js`);
    assert.match(refused.changed ?? '', /^ResearchError: record 1 .*changed/, JSON.stringify(refused));
    assert.match(refused.added ?? '', /^ResearchError: .*unknown field `url`/, JSON.stringify(refused));
    assert.match(refused.departement ?? '', /^ResearchError: departement "20"/, JSON.stringify(refused));
    assert.equal(refused.kept, refused.total - 1);

    // 8. In a right-to-left language the page turns (strings fall back to English for now).
    await setSettings(b.sw, { lang: 'ar' });
    await research.reload();
    await research.waitForFunction(() => document.body.dataset.ready === 'true');
    assert.equal(await research.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'ar,rtl');
    console.log(`research: ${expected} lines shown, ${records.length} exported; files and screenshot in tests/e2e/out/`);
  } finally {
    await b.close();
  }
});
