// The journal page: the person's evidence, grouped by day and portal, a chart of attempts per
// day, the French dossier a lawyer can print, the bundle export, and import from another
// computer. It reads the journal with its own copy of the core (read-only); every change
// (deletion, import) goes through the background, the journal's one writer.
import init, { Core } from '../pkg/relais_wasm.js';
import { loadCaptures, loadJournal } from '../journal-store.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
let strings = {};
const t = (id, args = {}) => (strings[id] ?? `[${id}]`).replace(/\{\s*\$(\w+)\s*\}/g, (_, k) => String(args[k] ?? ''));

function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) n.setAttribute(k, v);
  for (const c of children) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return n;
}

async function send(message) {
  const reply = await api.runtime.sendMessage(message);
  if (!reply?.ok) throw Object.assign(new Error(reply?.error?.message ?? 'no reply'), { name: reply?.error?.name });
  return reply.value;
}

async function core() {
  await init({ module_or_path: api.runtime.getURL('pkg/relais_wasm_bg.wasm') });
  const text = (p) => fetch(api.runtime.getURL(p)).then((r) => r.text());
  const [g, ui, meta, common] = await Promise.all([text('locales/fr/glossary.ftl'), text('locales/fr/ui.ftl'), fetch(api.runtime.getURL('locales/fr/meta.json')).then((r) => r.json()), text('locales/fr/common-words.txt')]);
  return new Core(g, ui, meta, common);
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
  document.documentElement.lang = settings.lang;
  document.documentElement.dir = settings.dir;
  $('title').textContent = t('journal-title');
  $('intro').textContent = t('journal-intro');
  $('export').textContent = t('journal-export');
  $('print').textContent = t('journal-print');
  $('import-label').textContent = t('journal-import');

  const c = await core();
  const json = await loadJournal();
  c.journalOpen(json);
  const view = c.journalView();
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

  const rows = [];
  const shots = [];
  for (const g of view.groups) {
    const e = g.entry;
    g.attempts.forEach((a, i) => {
      rows.push(el('tr', {},
        el('td', {}, String(a.seq)),
        el('td', {}, `${a.time.local} (${a.time.timeZone})`, el('br'), el('code', {}, a.time.utc)),
        el('td', {}, a.serverDate ?? '—'),
        el('td', {}, e.portal, el('br'), e.url),
        el('td', {}, e.failure, e.httpStatus ? ` (${e.httpStatus})` : ''),
        el('td', { lang: 'fr' }, e.message, e.meaning && i === 0 ? el('div', { class: 'meaning', lang: e.meaning.lang, dir: ['ar', 'prs', 'ps'].includes(e.meaning.lang) ? 'rtl' : 'ltr' }, e.meaning.text) : ''),
        el('td', {}, a.capture ? el('code', {}, a.capture.sha256) : '—'),
        el('td', {}, g.deleted ? `supprimée : ${g.deleted.reason}` : (i === 0 ? deleteButton(e.seq) : '')),
      ));
      if (a.capture) shots.push({ a, e });
    });
  }
  $('table').replaceChildren(el('table', {},
    el('thead', {}, el('tr', {}, ...['N°', 'Heure (locale, UTC)', 'Heure du serveur', 'Portail, adresse', 'Échec', 'Message du portail', 'SHA-256 de la capture', ''].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows)));

  $('captures').replaceChildren(...shots.map(({ a, e }) => {
    const bytes = captures.get(a.capture.file);
    const box = el('figure', { class: 'capture' });
    if (bytes && a.capture.kind === 'screenshot') {
      box.append(el('img', { src: URL.createObjectURL(new Blob([bytes], { type: a.capture.mediaType })), alt: `Capture d’écran, ${a.time.local}` }));
    } else if (bytes) {
      // The page's own content, shown inert: a sandboxed frame with no script.
      box.append(el('iframe', { sandbox: '', title: `Capture du contenu de la page, ${a.time.local}`, srcdoc: new TextDecoder().decode(bytes) }));
    }
    box.append(el('figcaption', {}, `N° ${a.seq} — ${a.time.local} — ${e.portal} — SHA-256 `, el('code', {}, a.capture.sha256), bytes ? '' : ' (fichier absent)'));
    return box;
  }));
  $('verify').replaceChildren(
    el('p', {}, `Ce journal contient ${view.records} enregistrements chaînés ; l’empreinte de la tête de chaîne est `, el('code', {}, view.head), '.'),
    el('p', {}, 'Chaque enregistrement contient l’empreinte SHA-256 du précédent ; chaque capture est identifiée par son empreinte SHA-256. Pour vérifier le dossier exporté (fichier ZIP), sans l’extension : relais journal verify dossier.zip, ou à la main selon la procédure publiée dans docs/evidence.md (unzip, sha256sum, openssl ts -verify).'),
  );
  return { c, captures };
}

function deleteButton(seq) {
  const b = el('button', { type: 'button', class: 'secondary', 'data-entry': String(seq), lang: document.documentElement.lang, dir: document.documentElement.dir }, t('journal-delete'));
  b.addEventListener('click', async () => {
    if (!confirm(t('journal-delete-confirm'))) return;
    const reason = prompt(t('journal-delete-confirm')) ?? '';
    await send({ type: 'journal.delete', entry: seq, reason: reason || '(sans raison donnée)' });
    state = await render();
  });
  return b;
}

let state = null;

$('export').addEventListener('click', () => {
  const bytes = state.c.journalExport(state.captures);
  const a = el('a', { href: URL.createObjectURL(new Blob([bytes], { type: 'application/zip' })), download: `relais-dossier-${new Date().toISOString().slice(0, 10)}.zip` });
  document.body.append(a);
  a.click();
  a.remove();
});

$('print').addEventListener('click', () => print());

$('import').addEventListener('change', async (ev) => {
  const file = ev.target.files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  try {
    const report = await send({ type: 'journal.import', bundle: btoa(bin) });
    $('status').textContent = t('journal-import-ok', { count: report.records });
    state = await render();
  } catch (e) {
    $('status').textContent = t('journal-import-refused', { detail: e.message });
  }
  ev.target.value = '';
});

render().then((s) => { state = s; document.body.dataset.ready = 'true'; }).catch((e) => {
  $('status').textContent = t('journal-error', { detail: e.message });
  document.body.dataset.ready = 'error';
});
