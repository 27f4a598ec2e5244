// The journal page: the person's evidence, grouped by day and portal, a chart of attempts per
// day, a link to the French dossier a lawyer prints (pages/dossier/), the bundle export, and import from another
// computer. It reads the journal with its own copy of the core (read-only); every change
// (deletion, import) goes through the background, the journal's one writer.
import { toBase64 } from '../../shared/base64.js';
import { $, api, el, format, formatOne, send } from '../../shared/page-kit.js';
import init, { JournalCore } from '../../pkg/relais_journal_wasm.js';
import { loadCaptures, loadJournal, useJournalDb } from '../../shared/journal-store.js';

let strings = {};
let lang; // the page's language: the person's
const t = (id) => strings[id] ?? `[${id}]`;
/** A message with arguments, formatted by the core; if even that fails, the detail alone. */
const say = (id, args) => formatOne(lang, id, args).catch(() => args.detail ?? `[${id}]`);

/** The journal module (read-only here: every change goes through the background). */
async function core() {
  await init({ module_or_path: api.runtime.getURL('pkg/relais_journal_wasm_bg.wasm') });
  return new JournalCore();
}

const frDate = (iso) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

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

async function render() {
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

  // In a mediator session the open journal is the session's own.
  useJournalDb((await send({ type: 'journal.where' })).db);
  const c = await core();
  const json = await loadJournal();
  c.open(json);
  const view = c.view();
  const captures = await loadCaptures();
  document.body.dataset.records = String(view.records);
  if (!view.groups.length) {
    $('summary').replaceChildren(el('p', {}, t('journal-empty')));
    return { c, captures };
  }
  const s = view.summary;
  $('summary').replaceChildren(
    ...s.portals.flatMap((p) => p.failures.map((f) => el('p', { class: 'summary' },
      `${f.attempts} tentative${f.attempts > 1 ? 's' : ''} entre le ${frDate(f.first.utc)} et le ${frDate(f.last.utc)} sur ${p.name}, `
      + `${f.messages.length === 1 ? `toutes avec la réponse « ${f.messages[0].message} »` : `réponses : ${f.messages.map((m) => `« ${m.message} » (${m.attempts})`).join(', ')}`}.`))),
    el('p', { class: 'honest' }, 'Ce dossier montre ce que ce navigateur a affiché et quand Relais l’a enregistré. Ce n’est pas un certificat du portail. Relais ne consulte jamais un portail, ne recharge aucune page et ne réserve rien de lui-même : chaque tentative a été faite par la personne.'),
  );
  $('chart').replaceChildren(chart(s.perDay));

  // The timeline: by day, then by portal within the day; every attempt a row, with its entry's
  // notes under it. Days and portals are headings, so a screen reader can jump between them.
  const rtl = (lang) => ['ar', 'prs', 'ps'].includes(lang) ? 'rtl' : 'ltr';
  const days = new Map(); // day -> portal -> [{ a, i, g }]
  for (const g of view.groups) {
    g.attempts.forEach((a, i) => {
      const day = a.time.local.slice(0, 10);
      if (!days.has(day)) days.set(day, new Map());
      const portals = days.get(day);
      if (!portals.has(g.entry.portal)) portals.set(g.entry.portal, []);
      portals.get(g.entry.portal).push({ a, i, g });
    });
  }
  const shots = [];
  const names = new Map(s.portals.map((p) => [p.portal, p.name]));
  const head = () => el('thead', {}, el('tr', {}, ...['N°', 'Heure (locale, UTC)', 'Heure du serveur', 'Adresse', 'Échec', 'Message du portail', 'SHA-256 de la capture'].map((h) => el('th', { scope: 'col' }, h)),
    el('th', { scope: 'col', class: 'actions' }, el('span', { class: 'visually-hidden' }, 'Actions'))));
  const timeline = [];
  for (const day of [...days.keys()].sort()) {
    const dayTitle = new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const section = el('section', { class: 'day', 'data-day': day, 'aria-labelledby': `day-${day}` }, el('h4', { id: `day-${day}` }, dayTitle));
    for (const [portal, items] of days.get(day)) {
      const rows = [];
      for (const { a, i, g } of items) {
        const e = g.entry;
        rows.push(el('tr', { 'data-seq': String(a.seq) },
          el('td', {}, String(a.seq)),
          el('td', {}, `${a.time.local} (${a.time.timeZone})`, el('br'), el('code', {}, a.time.utc)),
          el('td', {}, a.serverDate ?? '—'),
          el('td', {}, e.url),
          el('td', {}, e.failure, e.httpStatus ? ` (${e.httpStatus})` : '', i > 0 ? ` — tentative ${i + 1} de l’entrée n° ${e.seq}` : ''),
          el('td', { lang: 'fr' }, e.message, e.meaning && i === 0 ? el('div', { class: 'meaning', lang: e.meaning.lang, dir: rtl(e.meaning.lang) }, e.meaning.text) : ''),
          el('td', {}, a.capture ? el('code', {}, a.capture.sha256) : '—'),
          el('td', { class: g.deleted ? '' : 'actions' }, g.deleted ? `supprimée : ${g.deleted.reason}` : (i === 0 ? actions(e.seq) : '')),
        ));
        if (i === 0 && g.notes.length) {
          rows.push(el('tr', { class: 'notes-row', 'data-notes-for': String(e.seq) },
            el('td', { colspan: '8' }, el('strong', {}, 'Notes : '), ...g.notes.map((n) => el('p', { class: 'note' }, `n° ${n.seq}, ${n.time.local} — `, el('span', { dir: 'auto' }, n.text))))));
        }
        if (a.capture) shots.push({ a, e });
      }
      section.append(el('h5', {}, names.get(portal) ?? portal), el('table', {}, head(), el('tbody', {}, ...rows)));
    }
    timeline.push(section);
  }
  $('table').replaceChildren(...timeline);
  $('journal-notes').replaceChildren(...view.notes.map((n) => el('p', { class: 'note', 'data-seq': String(n.seq) }, `n° ${n.seq}, ${n.time.local} — `, el('span', { dir: 'auto' }, n.text))));

  // Screenshots are images (loaded lazily). A capture of the page's content is shown inert, in a
  // sandboxed frame with no script; a frame costs a document, so only the most recent ones are
  // open, and the others open on demand (a thousand frames would take the page half a minute).
  const OPEN_FRAMES = 12;
  $('captures').replaceChildren(...shots.map(({ a, e }, i) => {
    const bytes = captures.get(a.capture.file);
    const box = el('figure', { class: 'capture', 'data-seq': String(a.seq) });
    const caption = el('figcaption', {}, `N° ${a.seq} — ${a.time.local} — ${e.portal} — SHA-256 `, el('code', {}, a.capture.sha256), bytes ? '' : ' (fichier absent)');
    if (bytes && a.capture.kind === 'screenshot') {
      box.append(el('img', { src: URL.createObjectURL(new Blob([bytes], { type: a.capture.mediaType })), alt: `Capture d’écran, ${a.time.local}`, loading: 'lazy' }));
    } else if (bytes) {
      const title = `Capture du contenu de la page, n° ${a.seq}, ${a.time.local}`;
      const frame = () => el('iframe', { sandbox: '', title, srcdoc: new TextDecoder().decode(bytes) });
      const details = el('details', {}, el('summary', {}, title));
      if (i >= shots.length - OPEN_FRAMES) {
        details.open = true;
        details.append(frame());
      } else {
        details.addEventListener('toggle', () => { if (details.open && !details.querySelector('iframe')) details.append(frame()); });
      }
      box.append(details);
    }
    box.append(caption);
    return box;
  }));
  $('journal-note-form').replaceChildren(noteForm(0));
  return { c, captures };
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
      state = await render();
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
    state = await render();
  });
  return b;
}

let state = null;

$('export').addEventListener('click', () => {
  let bytes;
  try {
    bytes = state.c.export(state.captures);
  } catch (e) {
    say('journal-error', { detail: e.message }).then((text) => { $('status').textContent = text; });
    return;
  }
  const a = el('a', { href: URL.createObjectURL(new Blob([bytes], { type: 'application/zip' })), download: `relais-dossier-${new Date().toISOString().slice(0, 10)}.zip` });
  document.body.append(a);
  a.click();
  a.remove();
});

$('import').addEventListener('change', async (ev) => {
  const file = ev.target.files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const report = await send({ type: 'journal.import', bundle: toBase64(bytes) });
    $('status').textContent = await say('journal-import-ok', { count: report.records });
    state = await render();
  } catch (e) {
    $('status').textContent = await say('journal-import-refused', { detail: e.message });
  }
  ev.target.value = '';
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
    state = await render();
  } catch (e) {
    list.append(el('li', {}, await say('journal-tsa-failed', { tsa: urls.join(' '), detail: e.message })));
  }
});

$('research').addEventListener('click', () => api.tabs.create({ url: api.runtime.getURL('pages/research/research.html') }));

render().then((s) => { state = s; document.body.dataset.ready = 'true'; }).catch(async (e) => {
  $('status').textContent = await say('journal-error', { detail: e.message });
  document.body.dataset.ready = 'error';
});
