// The journal page: the person's evidence, listed record by record (by day, then portal), a chart
// of attempts per day, a link to the French dossier a lawyer prints (pages/dossier/), the bundle export, and import from
// another computer. Its first paint does not wait on the journal's length: the dossier's figures
// come from the background (which holds the journal, verified link by link, and keeps its figures
// with each record), and the records are read from the store a page at a time as the person
// scrolls. When the background has just started, it is still verifying the journal link by link:
// the first records are then shown marked as being checked, and the figures follow. Deletions, notes and timestamps go
// through the background; an import is verified here, where the bundle's bytes already are, with
// this page's own copy of the journal core, then stored, and the background reads it again.
import { $, api, el, format, formatOne, send } from '../../shared/page-kit.js';
import init, { JournalCore } from '../../pkg/relais_journal_wasm.js';
import {
  loadCapture, loadCaptures, loadHead, loadRecords, loadStored, replaceJournal, useJournalDb,
} from '../../shared/journal-store.js';

let strings = {};
let lang; // the page's language: the person's
const t = (id) => strings[id] ?? `[${id}]`;
/** A message with arguments, formatted by the core; if even that fails, the detail alone. */
const say = (id, args) => formatOne(lang, id, args).catch(() => args.detail ?? `[${id}]`);

/** Records read from the store at a time: the first screen, then each time the list's end shows. */
const PAGE = 60;

let corePromise = null;
/** The journal module, for export and import only (records are read from the store). */
function core() {
  corePromise ??= init({ module_or_path: api.runtime.getURL('pkg/relais_journal_wasm_bg.wasm') }).then(() => new JournalCore());
  corePromise.catch(() => { corePromise = null; });
  return corePromise;
}

const frDate = (iso) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const rtl = (l) => ['ar', 'prs', 'ps'].includes(l) ? 'rtl' : 'ltr';

function chart(days) {
  // Attempts per day: an accessible SVG bar chart (a title and one labelled bar per day).
  const max = Math.max(1, ...days.map((d) => d.attempts));
  const w = 28;
  const h = 120;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${Math.max(1, days.length) * w + 10} ${h + 40}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', days.map((d) => `${d.date}: ${d.attempts}`).join(', '));
  svg.setAttribute('width', String(Math.min(900, Math.max(1, days.length) * w + 10)));
  days.forEach((d, i) => {
    const bh = Math.round((d.attempts / max) * h);
    const r = document.createElementNS(ns, 'rect');
    Object.entries({ x: 5 + i * w, y: h - bh + 5, width: w - 6, height: bh, fill: '#6d3aa3' }).forEach(([k, v]) => r.setAttribute(k, v));
    const n = document.createElementNS(ns, 'text');
    Object.entries({ x: 5 + i * w + (w - 6) / 2, y: h - bh, 'text-anchor': 'middle', 'font-size': 11, fill: '#2b1745' }).forEach(([k, v]) => n.setAttribute(k, v));
    n.textContent = d.attempts;
    const l = document.createElementNS(ns, 'text');
    Object.entries({ x: 5 + i * w + (w - 6) / 2, y: h + 20, 'text-anchor': 'middle', 'font-size': 9, fill: '#2b1745' }).forEach(([k, v]) => l.setAttribute(k, v));
    l.textContent = d.date.slice(5);
    svg.append(r, n, l);
  });
  return svg;
}

/**
 * The timeline: every record in chain order, under a heading per day, then a table per portal
 * within the day (consecutive records of one portal share a table). Rows are added a page at a
 * time; the headings and tables already shown are continued, never rebuilt.
 */
class Timeline {
  constructor(count) {
    this.count = count;
    this.next = 1; // the next record to show
    this.entries = new Map(); // seq -> entry record (attempts, notes and deletions name theirs)
    this.deleted = new Map(); // entry seq -> its deletion, from the figures (`verified`)
    this.names = new Map(); // portal -> its name, from the figures
    this.day = null; // {key, section}
    this.table = null; // {portal, tbody}
    this.loading = null;
  }

  async more() {
    this.loading ??= (async () => {
      const from = this.next;
      const to = Math.min(this.count, from + PAGE - 1);
      const records = await loadRecords(from, to);
      for (const r of records) if (r.kind === 'entry') this.entries.set(r.seq, r);
      // Entries named by these records but recorded before them (read one by one: few).
      const missing = [...new Set(records.map((r) => (r.kind === 'entry' ? null : r.entry)).filter((e) => e && !this.entries.has(e)))];
      for (const seq of missing) {
        const [e] = await loadRecords(seq, seq);
        if (e) this.entries.set(seq, e);
      }
      for (const r of records) this.add(r);
      this.next = to + 1;
      $('more').hidden = this.next > this.count;
      $('shown').textContent = `${this.next - 1} enregistrement${this.next > 2 ? 's' : ''} sur ${this.count} affiché${this.next > 2 ? 's' : ''}.`;
    })();
    try {
      await this.loading;
    } finally {
      this.loading = null;
    }
  }

  /**
   * The verified journal's figures: the portals' names and the deleted entries, also applied to
   * the rows already shown.
   */
  verified(summary) {
    this.deleted = new Map(summary.deleted.map((d) => [d.entry, d.deletion]));
    this.names = new Map(summary.summary.portals.map((p) => [p.portal, p.name]));
    for (const h of $('table').querySelectorAll('h5[data-portal]')) h.textContent = this.names.get(h.dataset.portal) ?? h.dataset.portal;
    for (const [entry, gone] of this.deleted) {
      for (const tr of $('table').querySelectorAll(`tr[data-entry-of="${entry}"]`)) {
        const cell = tr.lastElementChild;
        cell.className = '';
        cell.replaceChildren(`supprimée : ${gone.reason}`);
      }
    }
  }

  async all() {
    while (this.next <= this.count) await this.more();
  }

  add(r) {
    const entry = r.kind === 'entry' ? r : this.entries.get(r.entry);
    const day = r.time.local.slice(0, 10);
    if (this.day?.key !== day) {
      const title = new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const section = el('section', { class: 'day', 'data-day': day, 'aria-labelledby': `day-${day}` }, el('h4', { id: `day-${day}` }, title));
      $('table').append(section);
      this.day = { key: day, section };
      this.table = null;
    }
    const portal = entry?.portal ?? '';
    if (!this.table || this.table.portal !== portal) {
      const tbody = el('tbody');
      const heading = r.kind === 'note' && !r.entry ? el('h5', {}, 'Notes') : el('h5', { 'data-portal': portal }, this.names.get(portal) ?? portal);
      this.day.section.append(heading, el('table', {}, head(), tbody));
      this.table = { portal, tbody };
    }
    this.table.tbody.append(row(r, entry, this.deleted));
  }
}

const head = () => el('thead', {}, el('tr', {}, ...['N°', 'Heure (locale, UTC)', 'Heure du serveur', 'Adresse', 'Échec', 'Message du portail', 'SHA-256 de la capture'].map((h) => el('th', { scope: 'col' }, h)),
  el('th', { scope: 'col', class: 'actions' }, el('span', { class: 'visually-hidden' }, 'Actions'))));

/** One record's row: a failure met (an entry or an attempt), a note, or a deletion. */
function row(r, entry, deleted) {
  const when = [`${r.time.local} (${r.time.timeZone})`, el('br'), el('code', {}, r.time.utc)];
  if (r.kind === 'note' || r.kind === 'deletion') {
    const what = r.kind === 'note'
      ? [el('strong', {}, r.entry ? `Note sur l’entrée n° ${r.entry} : ` : 'Note sur tout le journal : '), el('span', { dir: 'auto' }, r.text)]
      : [el('strong', {}, `Suppression de l’entrée n° ${r.entry} : `), r.reason];
    return el('tr', { class: r.kind === 'note' ? 'notes-row' : 'deletion-row', 'data-seq': String(r.seq), ...(r.kind === 'note' ? { 'data-notes-for': String(r.entry ?? 0) } : {}) },
      el('td', {}, String(r.seq)), el('td', {}, ...when), el('td', { colspan: '6' }, ...what));
  }
  const e = entry ?? {};
  const gone = deleted.get(e.seq);
  const first = r.kind === 'entry';
  return el('tr', { 'data-seq': String(r.seq), 'data-entry-of': String(e.seq ?? r.entry) },
    el('td', {}, String(r.seq)),
    el('td', {}, ...when),
    el('td', {}, r.serverDate ?? '—'),
    el('td', {}, e.url ?? ''),
    el('td', {}, e.failure ?? '', e.httpStatus ? ` (${e.httpStatus})` : '', first ? '' : ` — tentative de l’entrée n° ${r.entry}`),
    el('td', { lang: 'fr' }, e.message ?? '', e.meaning && first ? el('div', { class: 'meaning', lang: e.meaning.lang, dir: rtl(e.meaning.lang) }, e.meaning.text) : ''),
    el('td', {}, r.capture ? captureCell(r) : '—'),
    el('td', { class: gone ? '' : 'actions' }, gone ? `supprimée : ${gone.reason}` : (first ? actions(r.seq) : '')),
  );
}

/**
 * A capture: its SHA-256, and the capture itself on demand (read from the store when opened). A
 * screenshot is an image; a capture of the page's content is shown inert, in a sandboxed frame
 * with no script.
 */
function captureCell(r) {
  const c = r.capture;
  const title = c.kind === 'screenshot' ? `Capture d’écran, n° ${r.seq}, ${r.time.local}` : `Capture du contenu de la page, n° ${r.seq}, ${r.time.local}`;
  const details = el('details', { class: 'capture', 'data-seq': String(r.seq) }, el('summary', {}, 'Voir la capture'));
  details.addEventListener('toggle', async () => {
    if (!details.open || details.querySelector('img, iframe, p')) return;
    const bytes = await loadCapture(c.file);
    if (!bytes) details.append(el('p', {}, '(fichier absent)'));
    else if (c.kind === 'screenshot') details.append(el('img', { src: URL.createObjectURL(new Blob([bytes], { type: c.mediaType })), alt: title }));
    else details.append(el('iframe', { sandbox: '', title, srcdoc: new TextDecoder().decode(bytes) }));
  });
  return el('div', {}, el('code', {}, c.sha256), details);
}

async function texts() {
  const settings = await send({ type: 'settings.get', host: 'journal.invalid' });
  strings = settings.strings;
  lang = settings.lang;
  document.documentElement.lang = settings.lang;
  document.documentElement.dir = settings.dir;
  $('title').textContent = t('journal-title');
  $('intro').textContent = t('journal-intro');
  $('export').textContent = t('journal-export');
  $('print').textContent = t('journal-print');
  $('import-label').textContent = t('journal-import');
  $('research').textContent = t('journal-research');
  $('notes-title').textContent = t('journal-notes');
  $('tsa-title').textContent = t('journal-tsa-title');
  $('tsa-help').textContent = t('journal-tsa-help');
  $('tsa-urls-label').textContent = t('journal-tsa-urls');
  $('tsa-button').textContent = t('journal-tsa-button');
  if (!$('tsa-urls').value) $('tsa-urls').value = ((await api.storage.local.get('tsa')).tsa?.urls ?? []).join('\n');
}

async function render() {
  // In a mediator session the open journal is the session's own (sealed with its key).
  useJournalDb((await send({ type: 'journal.where' })).db);
  // The figures come once the background has verified the open journal link by link (at once,
  // unless it has just started); the first records are read from the store meanwhile.
  const figures = send({ type: 'journal.summary' });
  figures.catch(() => {});
  const head = await loadHead();
  const count = head?.records ?? 0;
  document.body.dataset.records = String(count);
  $('table').replaceChildren();
  const timeline = new Timeline(count);
  let s = null;
  figures.then((x) => { s = x; }, () => {});
  if (count) {
    await timeline.more();
    // Not yet verified: said so, and nothing is offered as verified until it is.
    $('checking').hidden = Boolean(s);
    $('table').setAttribute('aria-busy', String(!s));
  }
  try {
    s = await figures;
  } catch (e) {
    $('table').replaceChildren();
    throw e;
  } finally {
    $('checking').hidden = true;
    $('table').removeAttribute('aria-busy');
  }
  timeline.verified(s);
  if (!count) {
    $('summary').replaceChildren(el('p', {}, t('journal-empty')));
    for (const id of ['chart', 'journal-notes']) $(id).replaceChildren();
    $('more').hidden = true;
    $('shown').textContent = '';
    return timeline;
  }
  const sum = s.summary;
  $('summary').replaceChildren(
    ...sum.portals.flatMap((p) => p.failures.map((f) => el('p', { class: 'summary' },
      `${f.attempts} tentative${f.attempts > 1 ? 's' : ''} entre le ${frDate(f.first.utc)} et le ${frDate(f.last.utc)} sur ${p.name}, `
      + `${f.messages.length === 1 ? `toutes avec la réponse « ${f.messages[0].message} »` : `réponses : ${f.messages.map((m) => `« ${m.message} » (${m.attempts})`).join(', ')}${f.messagesOmitted ? ` et ${f.messagesOmitted} autre${f.messagesOmitted > 1 ? 's' : ''} (toutes dans le dossier)` : ''}`}.`))),
    el('p', { class: 'honest' }, 'Ce dossier montre ce que ce navigateur a affiché et quand Relais l’a enregistré. Ce n’est pas un certificat du portail. Relais ne consulte jamais un portail, ne recharge aucune page et ne réserve rien de lui-même : chaque tentative a été faite par la personne.'),
  );
  $('chart').replaceChildren(chart(sum.perDay));
  $('journal-notes').replaceChildren(...s.notes.map((n) => el('p', { class: 'note', 'data-seq': String(n.seq) }, `n° ${n.seq}, ${n.time.local} — `, el('span', { dir: 'auto' }, n.text))));
  $('journal-note-form').replaceChildren(noteForm(0));
  return timeline;
}

/** The actions on an entry: a note, and deletion. */
function actions(seq) {
  return el('div', {}, noteForm(seq), deleteButton(seq));
}

let nextForm = 1;

/** A note on entry `seq` (0: the whole journal): typed here, chained by the background. */
function noteForm(seq) {
  const n = nextForm++;
  const details = el('details', { class: 'note-form', lang: document.documentElement.lang, dir: document.documentElement.dir });
  const area = el('textarea', { id: `note-${n}`, rows: '3', maxlength: '4000' });
  const save = el('button', { type: 'button', 'data-note-for': String(seq) }, t('journal-note-save'));
  const status = el('p', { role: 'status' });
  save.addEventListener('click', async () => {
    if (!area.value.trim()) { area.focus(); return; }
    try {
      await send({ type: 'journal.note', entry: seq, text: area.value });
      $('status').textContent = t('journal-note-saved');
      await refresh();
    } catch (e) {
      status.textContent = e.message;
    }
  });
  details.append(el('summary', {}, seq ? t('journal-note-add') : t('journal-note-journal')), el('label', { for: area.id }, t('journal-note-label')), area, save, status);
  return details;
}

function deleteButton(seq) {
  const b = el('button', { type: 'button', class: 'secondary', 'data-entry': String(seq), lang: document.documentElement.lang, dir: document.documentElement.dir }, t('journal-delete'));
  b.addEventListener('click', async () => {
    if (!confirm(t('journal-delete-confirm'))) return;
    const reason = prompt(t('journal-delete-confirm')) ?? '';
    try {
      await send({ type: 'journal.delete', entry: seq, reason: reason || '(sans raison donnée)' });
    } catch (e) {
      $('status').textContent = await say('journal-error', { detail: e.message });
    }
    await refresh();
  });
  return b;
}

let timeline = null;

async function refresh() {
  timeline = await render();
}

// The next records: when the end of the list comes into view, or on the button (keyboard, print).
$('more').addEventListener('click', () => timeline?.more());
new IntersectionObserver((seen) => {
  if (seen.some((s) => s.isIntersecting) && timeline && !$('more').hidden) timeline.more();
}, { rootMargin: '800px' }).observe($('more'));

/** The bundle of the stored journal, built here: every record read and verified, every capture. */
async function bundle() {
  const c = await core();
  const stored = await loadStored();
  c.openStored(stored?.head ?? null, stored?.records ?? []);
  return c.export(await loadCaptures());
}

$('export').addEventListener('click', async () => {
  let bytes;
  try {
    bytes = await bundle();
  } catch (e) {
    $('status').textContent = await say('journal-error', { detail: e.message });
    return;
  }
  const a = el('a', { href: URL.createObjectURL(new Blob([bytes], { type: 'application/zip' })), download: `relais-dossier-${new Date().toISOString().slice(0, 10)}.zip` });
  document.body.append(a);
  a.click();
  a.remove();
});

// Import: the bundle is verified in full here, with the bytes where they are; a refused bundle
// leaves the journal untouched. Then it replaces the stored journal in one transaction, and the
// background reads it again.
$('import').addEventListener('change', async (ev) => {
  const file = ev.target.files?.[0];
  if (!file) return;
  let verified;
  try {
    const c = await core();
    verified = c.verify(new Uint8Array(await file.arrayBuffer())); // throws JournalError naming the first broken record
    await replaceJournal(verified.head, verified.records, verified.files);
  } catch (e) {
    $('status').textContent = await say('journal-import-refused', { detail: e.message });
    ev.target.value = '';
    return;
  }
  // Stored, in one transaction: said at once. The background then reads the journal again (it
  // checks it link by link, as at every start) before it records anything new; the list follows.
  $('status').textContent = await say('journal-import-ok', { count: verified.report.records });
  ev.target.value = '';
  try {
    await send({ type: 'journal.reload' });
    await refresh();
  } catch (e) {
    $('status').textContent = await say('journal-error', { detail: e.message });
  }
});

$('tsa-button').addEventListener('click', async () => {
  const urls = [...new Set($('tsa-urls').value.split(/\s+/).filter(Boolean))];
  const list = $('tsa-status');
  list.replaceChildren();
  let origins;
  try {
    origins = urls.map((u) => { const x = new URL(u); return `${x.protocol}//${x.hostname}/*`; }); // match patterns carry no port
  } catch (e) {
    list.append(el('li', {}, await say('journal-tsa-failed', { tsa: urls.join(' '), detail: e.message })));
    return;
  }
  if (!urls.length) { $('tsa-urls').focus(); return; }
  // The browser asks the person, once per authority (optional host permissions); an origin
  // already allowed is granted without asking.
  const granted = await api.permissions.request({ origins }).catch(() => false);
  if (!granted) {
    list.append(el('li', {}, t('journal-tsa-denied')));
    return;
  }
  try {
    const results = await send({ type: 'journal.timestamp', urls });
    const lines = await format(lang, results.map((r) => (r.ok
      ? { id: 'journal-tsa-ok', args: { tsa: r.tsa } }
      : { id: 'journal-tsa-failed', args: { tsa: r.tsa, detail: r.error } })));
    list.replaceChildren(...results.map((r, i) => el('li', { 'data-ok': String(r.ok) }, lines[i])));
    await refresh();
  } catch (e) {
    list.append(el('li', {}, await say('journal-tsa-failed', { tsa: urls.join(' '), detail: e.message })));
  }
});

$('research').addEventListener('click', () => api.tabs.create({ url: api.runtime.getURL('pages/research/research.html') }));

texts().then(refresh).then(() => { document.body.dataset.ready = 'true'; }).catch(async (e) => {
  $('status').textContent = await say('journal-error', { detail: e.message });
  document.body.dataset.ready = 'error';
});
