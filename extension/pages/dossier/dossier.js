// The dossier a judge reads, in French only, and the letter templates. Every word, date and
// figure comes from the journal core (`JournalCore.dossier`, relais-journal's `dossier`
// module); this page lays them out on A4 sheets (sheets.js) and prints them. What is typed in
// the toolbar (name, address…) lives in this page's memory only: it is never sent, stored or
// put in the address, and it is gone when the page is closed.
import { $, api, el, send } from '../../shared/page-kit.js';
import init, { JournalCore } from '../../pkg/relais_journal_wasm.js';
import { loadCaptures, loadJournal, useJournalDb } from '../../shared/journal-store.js';
import { paginate } from './sheets.js';
import { capturePicture, frameLoaded } from './captures.js';
import { letterBlocks, piecesBlocks } from './letters.js';

const MM = 96 / 25.4; // CSS pixels per millimetre
const typed = {}; // what the person typed, in memory only
let view = null;
let dossierPages = 0;
let core = null;
let files = null;

const status = (text) => { $('status').textContent = text; };

function now() {
  return {
    utcMs: Date.now(),
    offsetMinutes: -new Date().getTimezoneOffset(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

/** A heading kept with what follows it. */
const heading = (tag, text, attrs = {}) => ({ node: el(tag, attrs, text), keepWithNext: true });
const block = (node) => ({ node });

/** What the footer of every sheet of a document says. */
function footer(kind) {
  return (n, total) => [
    el('span', {}, kind === 'dossier' ? 'Dossier Relais — tête de chaîne (SHA-256) : ' : 'Modèle Relais, à adapter — dossier de tête de chaîne ',
      el('span', { class: 'hash' }, kind === 'dossier' ? view.head : `${view.head.slice(0, 16)}…`)),
    el('span', { class: 'page' }, `page ${n} / ${total}`),
  ];
}

function who() {
  const name = typed.name?.trim();
  return name
    ? el('span', { 'data-typed': 'name' }, name)
    : el('span', { class: 'blank' }, '[nom et prénom ou initiales, à compléter à la main]');
}

// ---------------------------------------------------------------------------------------------
// The dossier

function firstPage() {
  const facts = el('dl', { class: 'facts' });
  for (const f of view.facts) {
    facts.append(el('dt', { 'data-fact': f.id }, f.label), el('dd', { 'data-fact': f.id }, f.text));
  }
  return [
    block(el('p', { class: 'kicker' }, 'Dossier de preuves — journal Relais')),
    block(el('h1', {}, 'Échecs rencontrés sur un service public en ligne')),
    block(el('p', { class: 'subtitle' }, `Relevé établi le ${view.printed} à partir du journal de l’extension Relais, qui enregistre chaque échec au moment où il se produit, avec une capture de la page, dans une chaîne d’enregistrements que l’on ne peut pas modifier sans que cela se voie.`)),
    block(el('p', { class: 'who', id: 'who' }, 'Personne concernée : ', who())),
    block(facts),
    block(el('p', { class: 'honest' }, 'Ce dossier montre ce que le navigateur de la personne a affiché et quand Relais l’a enregistré. Ce n’est pas une attestation du portail. Relais ne consulte jamais un portail de lui-même, ne recharge aucune page et ne réserve rien : chaque tentative a été faite par la personne (ou par qui l’aidait). La vérification du fichier ZIP est expliquée en annexe.')),
  ];
}

function gridBlocks() {
  const g = view.grid;
  if (!g.rows.length) return [];
  const zone = view.zone ?? 'heure de l’ordinateur à chaque tentative';
  const hours = Array.from({ length: 24 }, (_, h) => h);
  const table = el('table', { class: 'grid', 'aria-label': 'Tentatives par jour et par heure' },
    el('colgroup', {}, el('col', { class: 'day' }), ...hours.map(() => el('col')), el('col', { class: 'total' })),
    el('thead', {}, el('tr', {}, el('th', { class: 'day', scope: 'col' }, 'jour \\ heure'), ...hours.map((h) => el('th', { scope: 'col' }, String(h))), el('th', { scope: 'col' }, 'total'))),
    el('tbody', {}, ...g.rows.map((r) => el('tr', { class: [r.monday ? 'monday' : '', r.weekend ? 'weekend' : ''].join(' ').trim() || null, 'data-date': r.date },
      el('th', { class: 'day', scope: 'row', title: r.long }, r.label),
      ...r.hours.map((n) => el('td', n ? { class: n === 1 && g.max > 1 ? 'hit few' : 'hit' } : {}, n ? String(n) : '')),
      el('td', { class: 'total' }, r.total ? String(r.total) : '')))),
  );
  return [
    { node: el('h2', {}, 'Calendrier des tentatives'), keepWithNext: true },
    { node: el('p', { class: 'small' }, `Une ligne par jour, du premier au dernier jour du relevé ; une colonne par heure de la journée (${zone}). Une case foncée : au moins une tentative pendant cette heure-là, le chiffre dit combien. Les samedis et dimanches sont grisés ; un trait épais marque chaque lundi.`), keepWithNext: true },
    { table, keepTogether: true },
    ...(g.leftOut ? [block(el('p', { class: 'small' }, `Les ${g.leftOut} jours suivants ne sont pas dans ce calendrier (relevé de plus de deux ans) ; ils sont dans le tableau.`))] : []),
  ];
}

function tableBlocks() {
  const rows = view.rows.map((r) => {
    const refs = [el('span', { class: 'seq' }, `adresse A${r.address}`)];
    if (r.capture) refs.push(el('span', { class: 'seq' }, `capture n° ${r.capture}`));
    for (const n of r.notes) refs.push(el('span', { class: 'seq' }, `note n° ${n}`));
    return el('tr', { class: r.deleted ? 'deleted' : null, 'data-seq': String(r.seq) },
      el('td', {}, r.number ? el('strong', {}, String(r.number)) : '—', el('span', { class: 'seq' }, `enr. ${r.seq}`)),
      el('td', {}, el('span', { class: 'line' }, r.date), el('span', { class: 'line' }, `à ${r.time}`), el('span', { class: 'line' }, `(${r.zone})`)),
      el('td', {}, el('span', { class: 'line' }, r.server ?? '—'), r.serverRaw ? el('span', { class: 'raw' }, r.serverRaw) : ''),
      el('td', {}, el('span', { class: 'what' }, `${r.portal} — ${r.failure}`),
        el('span', { class: 'message' }, r.message ? `« ${r.message} »` : '(aucun message du portail : la personne a signalé ce blocage elle-même, dans l’extension)'),
        r.deleted ? el('span', { class: 'message' }, `(${r.deleted})`) : ''),
      el('td', {}, ...refs));
  });
  const table = el('table', { class: 'attempts' },
    el('colgroup', {}, el('col', { class: 'n' }), el('col', { class: 'when' }), el('col', { class: 'server' }), el('col', { class: 'what' }), el('col', { class: 'ref' })),
    el('thead', {}, el('tr', {}, ...['N°', 'Date et heure (horloge de l’ordinateur)', 'Heure du serveur', 'Portail, échec et message affiché (mot pour mot)', 'Renvois'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows));
  return [
    { node: el('h2', {}, 'Tableau des tentatives'), keepWithNext: true, pageBreakBefore: true },
    block(el('p', { class: 'small' }, 'Chaque ligne est une fois où la personne a rencontré l’échec, dans l’ordre de la chaîne. « N° » : le numéro de la tentative (« enr. » : celui de l’enregistrement dans la chaîne). « Heure du serveur » : la date que le serveur du portail a donnée à la page (en-tête HTTP « Date »), sur la même horloge, puis telle que reçue. Les adresses des pages sont en annexe 1 ; les captures suivent le tableau.')),
    { table },
  ];
}

function notesBlocks() {
  if (!view.notes.length) return [];
  return [
    heading('h2', 'Notes de la personne'),
    block(el('p', { class: 'small' }, 'Ce sont les mots de la personne (ou de qui l’accompagnait), écrits dans Relais et chaînés au journal au moment indiqué : ils ne peuvent pas avoir été écrits plus tard. Ils sont reproduits tels quels, sans traduction ; la langue indiquée est celle que Relais reconnaît dans le texte. Ce ne sont pas des messages du portail.')),
    ...view.notes.map((n) => block(el('div', { class: 'note', 'data-note': String(n.seq) },
      el('div', {}, el('span', { class: 'label' }, `${n.label}`), ` — note n° ${n.seq}, ${n.about}`),
      el('div', { class: 'meta' }, `écrite le ${n.when}`),
      el('blockquote', { lang: n.lang ?? 'und', dir: n.dir }, n.text)))),
  ];
}

async function captureBlocks(measure) {
  if (!view.captures.length) return [];
  const out = [
    heading('h2', 'Captures'),
    block(el('p', { class: 'small' }, 'Sous chaque capture : son empreinte SHA-256, qui est celle du fichier du même nom dans le fichier ZIP, et l’heure de l’enregistrement. Une capture d’écran est une image de l’onglet ; une capture du contenu de la page est le texte et la structure que le portail a envoyés (sans sa mise en forme), affichés ici sans script ni accès au réseau.')),
  ];
  const usable = 250 * MM; // a sheet's body, less the capture's title and caption
  for (const c of view.captures) {
    const title = el('div', { class: 'title' }, `Capture n° ${c.seq}${c.number ? ` — tentative ${c.number}` : ''}`);
    const caption = el('figcaption', {}, `Enregistrée le ${c.when}. SHA-256 : `, el('span', { class: 'hash', 'data-sha256': c.sha256 }, c.sha256), ` — fichier ${c.file}, ${c.sizeText}.`);
    if (c.removed) {
      out.push(block(el('figure', { class: 'capture removed', 'data-seq': String(c.seq) }, title, el('p', {}, c.removed), caption)));
      continue;
    }
    const bytes = files.get(c.file);
    if (!c.present || !bytes) {
      out.push(block(el('figure', { class: 'capture absent', 'data-seq': String(c.seq) }, title, el('p', {}, 'Le fichier de cette capture n’est pas sur cet ordinateur ; son empreinte est dans la chaîne.'), caption)));
      continue;
    }
    const kind = el('div', { class: 'kind' }, c.kindText);
    const { nodes, cut } = await capturePicture(c, bytes, { measure, sliceHeight: Math.floor(usable - 22 * MM), maxSlices: 4 });
    if (!nodes.length) {
      out.push(block(el('figure', { class: 'capture absent', 'data-seq': String(c.seq) }, title, kind, el('p', {}, 'Archive de page (MHTML) : elle s’ouvre depuis le fichier ZIP, dans un navigateur.'), caption)));
      continue;
    }
    // A long capture goes on several sheets: one figure per slice, the hash under the last.
    nodes.forEach((n, i) => {
      const last = i === nodes.length - 1;
      out.push(block(el('figure', { class: 'capture', 'data-seq': String(c.seq), 'data-part': String(i + 1) },
        i === 0 ? title : el('div', { class: 'title' }, `Capture n° ${c.seq} (suite, partie ${i + 1} sur ${nodes.length})`),
        i === 0 ? kind : '',
        n,
        last ? caption : '',
        last && cut ? el('p', { class: 'small' }, 'La suite de cette capture n’est pas imprimée ; elle est entière dans le fichier ZIP.') : '')));
    });
  }
  return out;
}

function annexBlocks() {
  const b = view.bundle;
  const name = b?.name ?? 'dossier.zip';
  const out = [
    heading('h2', 'Annexe 1 — Adresses des pages'),
    block(el('p', { class: 'small' }, 'Les adresses sont celles des pages où l’échec a été rencontré, sans les éléments secrets (jetons de session, adresses électroniques…), que Relais remplace par REDACTED avant d’enregistrer.')),
    ...view.addresses.map((a) => block(el('p', { class: 'address', 'data-address': String(a.n) }, el('span', { class: 'n' }, `A${a.n}`), a.url, a.title ? ` — page « ${a.title} »` : ''))),
    { node: el('h2', {}, 'Annexe 2 — Comment vérifier ce dossier'), keepWithNext: true, pageBreakBefore: true },
    block(el('p', {}, 'Ce dossier papier accompagne un fichier ZIP : le journal lui-même, avec chaque capture. Le papier se lit ; le fichier se vérifie. Voici comment s’assurer qu’ils correspondent et que rien n’a été modifié depuis l’enregistrement. Il faut un ordinateur, le fichier ZIP et, pour la vérification complète, l’outil « relais » (logiciel libre, publié avec l’extension) ou des outils standard (unzip, sha256sum, openssl).')),
    heading('h3', '1. Le fichier est-il bien celui de ce dossier ?'),
    b
      ? block(el('div', {}, el('p', {}, 'Nom du fichier : ', el('span', { class: 'hash', 'data-bundle-name': '' }, b.name), ` (${b.sizeText}).`),
        el('p', {}, 'Empreinte SHA-256 du fichier : ', el('span', { class: 'hash', 'data-bundle-sha256': '' }, b.sha256), '.'),
        el('p', {}, 'La commande suivante doit afficher exactement cette empreinte :'),
        el('pre', { class: 'cmd' }, `sha256sum ${b.name}`),
        el('p', {}, 'Si le fichier a été renommé, son empreinte suffit : le même contenu donne la même empreinte, quel que soit le nom.')))
      : block(el('p', {}, `Le fichier ZIP n’a pas pu être recréé en même temps que ce papier : ${view.bundleProblem ?? 'journal vide'}. Le point 2 permet tout de même de rapprocher un fichier de ce dossier.`)),
    heading('h3', '2. Le journal est-il intact ?'),
    block(el('div', {}, el('p', {}, 'L’outil relais vérifie chaque enregistrement, chaque lien de la chaîne, l’empreinte de chaque capture et les horodatages :'),
      el('pre', { class: 'cmd' }, `relais journal verify ${name}`),
      el('p', {}, 'Il doit répondre « OK » et afficher, à la ligne « head », l’empreinte de la tête de chaîne imprimée en bas de chaque page de ce dossier :'),
      el('pre', { class: 'cmd', 'data-head': '' }, view.head),
      el('p', {}, `ainsi que ${view.records} enregistrements. Chaque enregistrement contient l’empreinte du précédent : modifier, retirer, insérer ou déplacer un enregistrement, ou remplacer une capture, casse la chaîne à cet endroit, et la vérification dit lequel. La même vérification se fait à la main (unzip, sha256sum, jq ou Python, openssl), selon la procédure publiée avec Relais (docs/evidence.md), sans faire confiance à l’extension.`))),
    heading('h3', '3. Les captures imprimées sont-elles celles du fichier ?'),
    block(el('p', {}, 'Sous chaque capture est imprimée son empreinte SHA-256 et le nom de son fichier (par exemple captures/000012.html). Après avoir décompressé le fichier ZIP, « sha256sum captures/000012.html » doit afficher la même empreinte. Les captures d’une entrée supprimée par la personne ne sont pas dans le fichier ; leurs empreintes restent dans la chaîne.')),
    heading('h3', '4. Les heures'),
    block(el('p', {}, 'Trois horloges, qui n’ont pas la même valeur. L’heure de chaque tentative est celle de l’ordinateur de la personne, avec son fuseau horaire : on peut la régler à la main. La date du serveur (quand elle est connue) est celle que le portail a lui-même donnée à la page, recopiée telle quelle : si elle concorde avec l’heure de l’ordinateur, l’horloge de l’ordinateur était juste. Un horodatage certifié, s’il y en a, est signé par une autorité indépendante : il prouve que la chaîne, jusqu’à l’enregistrement horodaté, existait au plus tard à cette heure-là, donc qu’aucun des enregistrements antérieurs n’a été écrit après.')),
    ...view.timestamps.map((t) => block(el('div', {}, el('p', {}, `Horodatage n° ${t.n} : ${t.text}. Pour le vérifier avec le certificat de l’autorité, obtenu auprès d’elle (ou avec openssl ts -verify, selon la procédure publiée) :`),
      el('pre', { class: 'cmd' }, `relais journal verify --tsa-ca CERTIFICAT-DE-L-AUTORITE.pem ${name}`)))),
    heading('h3', '5. Ce que le dossier ne montre pas'),
    block(el('p', {}, 'Le journal montre ce que ce navigateur a affiché et quand cela a été enregistré ; ce n’est pas une attestation du portail. Quelqu’un qui contrôle l’ordinateur avant l’enregistrement pourrait enregistrer quelque chose de faux ; la chaîne rend visible toute modification après coup, pas avant. La suppression des derniers enregistrements ne se voit pas dans le fichier seul : elle se voit en comparant l’empreinte de tête imprimée ici (ou un horodatage certifié) avec celle du fichier.')),
  ];
  return out;
}

async function renderDossier() {
  const doc = $('doc-dossier');
  doc.hidden = false;
  const measure = el('div', { class: 'sheet', style: 'position:absolute;left:-10000px;top:0;height:auto' });
  const measureBody = el('div', {});
  measure.append(measureBody);
  document.body.append(measure);
  const captures = await captureBlocks(measureBody);
  measure.remove();
  const blocks = [...firstPage(), ...gridBlocks(), ...tableBlocks(), ...notesBlocks(), ...captures, ...annexBlocks()];
  dossierPages = paginate(doc, blocks, footer('dossier'));
  await settle(doc);
  document.body.dataset.pages = String(dossierPages);
}

/** Waits until every capture frame of a document has its content (moving a frame reloads it). */
async function settle(doc) {
  await Promise.all([...doc.querySelectorAll('iframe')].map((f) => (f.contentDocument?.readyState === 'complete' && f.contentDocument.body?.childElementCount ? null : frameLoaded(f))));
  await Promise.all([...doc.querySelectorAll('img')].map((i) => i.decode().catch(() => {})));
}

function renderLetters() {
  for (const [id, make] of [['lettre', letterBlocks], ['pieces', piecesBlocks]]) {
    const doc = $(`doc-${id}`);
    const wasHidden = doc.hidden;
    doc.hidden = false;
    paginate(doc, make(view, typed, dossierPages), footer(id));
    doc.hidden = wasHidden;
  }
}

function show(which) {
  for (const d of document.querySelectorAll('.doc')) d.hidden = d.dataset.doc !== which;
  document.title = which === 'dossier' && view?.bundle
    ? view.bundle.name.replace(/\.zip$/, '')
    : { dossier: 'dossier-relais', lettre: 'lettre-prefecture-modele', pieces: 'liste-des-pieces-modele' }[which];
  document.body.dataset.doc = which;
}

let timer = null;
function typedChanged(field, value) {
  typed[field] = value;
  if (field === 'name') $('who')?.replaceChildren('Personne concernée : ', who());
  clearTimeout(timer);
  timer = setTimeout(() => { renderLetters(); document.body.dataset.typed = String(Date.now()); }, 250);
}

async function main() {
  const settings = await send({ type: 'settings.get', host: 'journal.invalid' });
  // In a mediator session the open journal is the session's own.
  useJournalDb((await send({ type: 'journal.where' })).db);
  await init({ module_or_path: api.runtime.getURL('pkg/relais_journal_wasm_bg.wasm') });
  core = new JournalCore();
  core.open(await loadJournal());
  files = await loadCaptures();
  const t = now();
  view = core.dossier(files, t.utcMs, t.offsetMinutes, t.timeZone, settings.lang ?? null);
  if (!view.records) {
    status('Le journal est vide : il n’y a rien à imprimer.');
    document.body.dataset.ready = 'true';
    return;
  }
  if (view.letter.procedure) $('f-procedure').value = view.letter.procedure;
  typed.procedure = $('f-procedure').value;
  await document.fonts.ready;
  await renderDossier();
  renderLetters();
  show('dossier');
  for (const input of document.querySelectorAll('[data-field]')) input.addEventListener('input', () => typedChanged(input.dataset.field, input.value));
  for (const r of document.querySelectorAll('input[name="doc"]')) r.addEventListener('change', () => show(r.value));
  $('print').disabled = false;
  $('zip').disabled = !view.bundle;
  status(`Dossier prêt (${dossierPages} pages) : ${view.facts.find((f) => f.id === 'attempts').text}.`);
  document.body.dataset.ready = 'true';
}

$('print').addEventListener('click', () => print());

$('zip').addEventListener('click', () => {
  const bytes = core.export(files);
  const a = el('a', { href: URL.createObjectURL(new Blob([bytes], { type: 'application/zip' })), download: view.bundle.name });
  document.body.append(a);
  a.click();
  a.remove();
});

// Nothing typed outlives the page: the fields are emptied when it goes away (a browser that
// restores a closed tab's fields finds nothing to restore).
addEventListener('pagehide', () => {
  for (const input of document.querySelectorAll('[data-field]')) input.value = '';
});

main().catch((e) => {
  status(`Le dossier n’a pas pu être préparé : ${e.message}`);
  document.body.dataset.ready = 'error';
  console.error(e);
});
