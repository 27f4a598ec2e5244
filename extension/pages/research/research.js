// The research page: the person sees every line their research file would hold, built from
// their journal by the research core (its own small wasm, with the anonymiser), leaves out the
// lines they want, chooses whether to give their département, and downloads the file (JSON Lines
// or CSV). Nothing is sent anywhere: the person decides whom to give the file to.
// The journal is read, never written; the contributor id is kept in storage.local `research`.
import { $, api, el, format, formatOne, send } from '../../shared/page-kit.js';
import init, { ResearchCore } from '../../pkg/relais_research_wasm.js';
import { loadJournal, useJournalDb } from '../../shared/journal-store.js';

const STORAGE_KEY = 'research';
const SCHEMA_VERSION = 1; // of the research record (docs/research-record.schema.json)
let strings = {};
let lang; // the page's language: the person's
/** The research core (the anonymiser and the records it made last), once the module is loaded. */
let research = null;
const t = (id) => strings[id] ?? `[${id}]`;
/** A message with arguments, formatted by the core; if even that fails, the detail alone. */
const say = (id, args) => formatOne(lang, id, args).catch(() => args.detail ?? `[${id}]`);

/** 32 lowercase hexadecimal digits from the browser's cryptographic random generator. */
function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The contributor id of this installation: drawn once, kept until the person draws a new one. */
async function contributorId({ renew = false } = {}) {
  const stored = (await api.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  if (!renew && stored?.schema === 1 && /^[0-9a-f]{32}$/.test(stored.contributorId ?? '')) return stored.contributorId;
  const id = randomId();
  await api.storage.local.set({ [STORAGE_KEY]: { schema: 1, contributorId: id } });
  return id;
}

/** `firefox` or `chromium` (research BrowserFamily): Firefox alone has runtime.getBrowserInfo. */
const browserFamily = () => (typeof api.runtime.getBrowserInfo === 'function' ? 'firefox' : 'chromium');
const version = () => api.runtime.getManifest().version;

const state = { journal: null, contributor: null, records: [], departements: [], everyLine: new Map() };

function options(exportId) {
  return {
    contributorId: state.contributor,
    exportId,
    browserFamily: browserFamily(),
    extensionVersion: version(),
    departement: $('departement').value || null,
  };
}

const kindLabel = (kind) => t(`research-kind-${kind.replaceAll('_', '-')}`);
const hourText = (hourUtc) => hourUtc.replace('T', ' ').replace(/:00:00Z$/, ':00');

function weekdayText(hourUtc) {
  try {
    return new Intl.DateTimeFormat(document.documentElement.lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(hourUtc));
  } catch {
    return '';
  }
}

/**
 * The contributor id, and what every line carries besides its own fields for each choice of
 * département ('' for none), so that choosing one shows its line at once: messages for `format`.
 */
function contributorMessages() {
  return [
    { id: 'research-contributor', args: { id: state.contributor } },
    ...['', ...state.departements].map((d) => ({
      id: 'research-every-line',
      args: { id: state.contributor, browser: browserFamily(), version: version(), schema: SCHEMA_VERSION, departement: d || t('research-departement-not-shared') },
    })),
  ];
}

/** Shows the texts of `contributorMessages()`; returns how many it took. */
function showContributor(texts) {
  $('contributor').textContent = texts[0];
  state.everyLine = new Map(['', ...state.departements].map((d, i) => [d, texts[i + 1]]));
  everyLine();
  return 2 + state.departements.length;
}

/** What every line carries besides its own fields, said in the person's language. */
function everyLine() {
  $('every-line').textContent = state.everyLine.get($('departement').value) ?? '';
}

/** Builds the lines from the journal and shows them, every one ticked; every text in one `format`. */
async function showRecords() {
  state.records = state.journal ? research.records(state.journal, options(randomId())) : [];
  const leftOut = state.journal ? research.leftOut() : [];
  const texts = await format(lang, [
    ...contributorMessages(),
    { id: 'research-table-caption', args: { count: state.records.length } },
    { id: 'research-left-out', args: { count: leftOut.length } },
    ...state.records.map((r, i) => ({
      id: 'research-include-label',
      args: { n: i + 1, portal: r.portal, kind: kindLabel(r.failure_kind), hour: hourText(r.hour_utc) },
    })),
  ]);
  const used = showContributor(texts);
  const [caption, leftOutText, ...labels] = texts.slice(used);
  document.body.dataset.records = String(state.records.length);
  if (!state.records.length) {
    $('table').replaceChildren(el('p', {}, t('research-empty')));
    $('download-jsonl').disabled = true;
    $('download-csv').disabled = true;
    return;
  }
  $('download-jsonl').disabled = false;
  $('download-csv').disabled = false;
  const cols = ['#', t('research-col-include'), t('research-col-portal'), t('research-col-procedure'), t('research-col-kind'),
    t('research-col-message'), t('research-col-hour'), t('research-col-weekday'), t('research-col-attempts')];
  const rows = state.records.map((r, i) => {
    const n = i + 1;
    const box = el('input', { type: 'checkbox', id: `include-${n}`, 'data-index': String(i) });
    box.checked = true;
    const label = el('label', { for: box.id, class: 'visually-hidden' }, labels[i]);
    const row = el('tr', { 'data-index': String(i) },
      el('th', { scope: 'row' }, String(n)),
      el('td', {}, box, label),
      el('td', {}, r.portal),
      el('td', {}, r.procedure),
      el('td', { class: 'kind' }, kindLabel(r.failure_kind), el('code', {}, r.failure_kind)),
      el('td', { class: 'message', lang: 'fr', dir: 'ltr' }, r.message || '—'),
      el('td', {}, el('code', { dir: 'ltr' }, hourText(r.hour_utc))),
      el('td', {}, weekdayText(r.hour_utc)),
      el('td', { class: 'number' }, String(r.attempt_count)),
    );
    box.addEventListener('change', () => row.classList.toggle('excluded', !box.checked));
    return row;
  });
  $('table').replaceChildren(
    el('table', {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...cols.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, ...rows)),
  );
  $('status').textContent = leftOut.length ? leftOutText : '';
}

/** Writes the ticked lines to a file, with a new export id. */
async function download(kind) {
  const chosen = [...document.querySelectorAll('#table input[type="checkbox"]')].filter((b) => b.checked).map((b) => Number(b.dataset.index));
  if (!chosen.length) {
    $('status').textContent = t('research-nothing-selected');
    return;
  }
  try {
    // The same journal gives the same lines in the same order; only the export id is new.
    const fresh = research.records(state.journal, options(randomId()));
    const records = chosen.map((i) => fresh[i]);
    const text = kind === 'csv' ? research.csv(records) : research.jsonl(records);
    const file = `relais-research-${new Date().toISOString().slice(0, 10)}.${kind === 'csv' ? 'csv' : 'jsonl'}`;
    const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson;charset=utf-8';
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href: url, download: file });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    $('status').textContent = await say('research-downloaded', { file, count: records.length });
  } catch (e) {
    $('status').textContent = await say('research-error', { detail: e.message });
  }
}

async function render() {
  const settings = await send({ type: 'settings.get', host: 'research.invalid' });
  strings = settings.strings;
  lang = settings.lang;
  document.documentElement.lang = settings.lang;
  document.documentElement.dir = settings.dir;
  document.title = `Relais — ${t('research-title')}`;
  for (const [id, key] of Object.entries({
    title: 'research-title', intro: 'research-intro', 'shared-title': 'research-shared-title', shared: 'research-shared',
    'never-title': 'research-never-title', never: 'research-never', 'contributor-help': 'research-contributor-help',
    'contributor-new': 'research-contributor-new', 'departement-label': 'research-departement-label',
    'departement-consent': 'research-departement-consent', 'download-jsonl': 'research-download-jsonl', 'download-csv': 'research-download-csv',
  })) $(id).textContent = t(key);

  // The same journal as the journal page shows (a mediator session's own, during a session).
  useJournalDb((await send({ type: 'journal.where' })).db);
  await init({ module_or_path: api.runtime.getURL('pkg/relais_research_wasm_bg.wasm') });
  research = new ResearchCore();
  state.departements = ResearchCore.departements();
  $('departement').replaceChildren(
    el('option', { value: '' }, t('research-departement-none')),
    ...state.departements.map((d) => el('option', { value: d }, d)),
  );
  $('departement').value = '';
  state.journal = await loadJournal();
  state.contributor = await contributorId();
  await showRecords();
}

$('departement').addEventListener('change', everyLine);
$('contributor-new').addEventListener('click', async () => {
  state.contributor = await contributorId({ renew: true });
  showContributor(await format(lang, contributorMessages()));
  $('status').textContent = t('research-contributor-changed');
});
$('download-jsonl').addEventListener('click', () => download('jsonl'));
$('download-csv').addEventListener('click', () => download('csv'));

render().then(() => { document.body.dataset.ready = 'true'; }).catch(async (e) => {
  $('status').textContent = await say('research-error', { detail: e.message });
  document.body.dataset.ready = 'error';
});
