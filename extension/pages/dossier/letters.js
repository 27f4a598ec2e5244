// Two letter templates filled from the journal: a letter asking the préfecture for an
// appointment by another means, listing the attempts, and the list of attached documents
// (bordereau de pièces) of a référé « mesures utiles ». Both are MODELS: marked as such on
// every sheet, to adapt and to have checked by a lawyer or a legal aid service. The facts
// (dates, times, answers, counts, hashes) come from the journal core; the person's data are
// what was typed on this page, in memory only; an empty field prints as a bracket to fill in.
import { el } from '../../shared/page-kit.js';

const MODEL = 'MODÈLE À ADAPTER. Relais a rempli ce modèle à partir du journal ; il ne remplace pas un conseil. '
  + 'Faites-le relire par un avocat ou par un service d’aide juridique (point-justice, permanence d’accès au droit, '
  + 'association d’aide aux étrangers) avant de l’envoyer. Les passages entre crochets sont à compléter ou à retirer.';

const block = (node) => ({ node });

/** The typed value, or a bracket to fill in by hand. */
function field(typed, name, blank) {
  const v = typed[name]?.trim();
  return v ? el('span', { 'data-typed': name }, v) : el('span', { class: 'to-fill' }, `[${blank}]`);
}

export function letterBlocks(view, typed, pages) {
  const l = view.letter;
  const procedure = typed.procedure?.trim() || l.procedure;
  const letter = (...children) => block(el('div', { class: 'letter' }, ...children));
  return [
    block(el('div', { class: 'model' }, MODEL)),
    letter(el('div', { class: 'sender' }, field(typed, 'name', 'Nom et prénom'), '\n', field(typed, 'address', 'Numéro et rue'), '\n',
      field(typed, 'town', 'Code postal et ville'), '\n', field(typed, 'contact', 'Téléphone ou courriel'), '\n',
      'Numéro étranger ou de dossier : ', field(typed, 'file', 'numéro, s’il y en a un'))),
    letter(el('div', { class: 'recipient' }, field(typed, 'prefecture', 'Préfecture de …'), '\n', field(typed, 'prefectureAddress', 'Numéro et rue'), '\n',
      field(typed, 'prefectureTown', 'Code postal et ville'))),
    letter(el('p', { class: 'place' }, 'À ', field(typed, 'city', 'ville'), `, le ${view.printedDate}`)),
    letter(el('p', {}, 'Lettre recommandée avec avis de réception')),
    letter(el('p', { class: 'object' }, 'Objet : demande de rendez-vous par un autre moyen que le site internet',
      procedure ? ` — ${procedure}` : '')),
    letter(el('p', {}, 'Madame, Monsieur,')),
    letter(el('p', {}, 'Je dois me présenter à la préfecture pour ma démarche',
      ...(procedure ? [' (', procedure, ')'] : [' [préciser la démarche]']),
      `. Le rendez-vous ne peut être pris que sur le site internet ${l.site || '[adresse du site]'}.`)),
    letter(el('p', {}, `J’ai essayé d’obtenir un rendez-vous ${l.tried}. ${l.answer} Je n’ai obtenu aucun rendez-vous.`)),
    letter(el('p', {}, 'Voici mes tentatives, relevées au moment même par l’extension Relais (dossier de preuves joint) :')),
    // One block per day, so that the list goes on to the next sheet line by line.
    ...l.days.map((d) => letter(el('p', { class: 'try' }, d))),
    letter(el('div', { class: 'tries-end' })),
    letter(el('p', {}, 'Je vous demande de bien vouloir me donner un rendez-vous par un autre moyen (courrier, courriel ou accueil au guichet), ou de m’indiquer par écrit comment déposer ma demande.')),
    letter(el('p', {}, '[Si la démarche relève du téléservice de l’ANEF : l’article R. 431-2 du code de l’entrée et du séjour des étrangers et du droit d’asile prévoit que les personnes qui ne sont pas en mesure d’effectuer elles-mêmes le dépôt en ligne de leur demande bénéficient d’un accueil et d’un accompagnement leur permettant d’accomplir cette formalité.] Le Défenseur des droits rappelle qu’aucune démarche administrative ne doit être accessible uniquement par voie dématérialisée.')),
    letter(el('p', {}, 'Sans réponse de votre part dans un délai de [quinze] jours, je me réserve la possibilité de saisir le juge des référés du tribunal administratif.')),
    letter(el('p', {}, 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.')),
    letter(el('div', { class: 'signature' }, field(typed, 'name', 'Nom et prénom'), '\n[signature]')),
    letter(el('p', { class: 'attached' }, `Pièce jointe : dossier de preuves Relais${pages ? ` (${pages} pages)` : ''}, empreinte de la tête de chaîne `, el('span', { class: 'hash' }, view.head), '.')),
  ];
}

export function piecesBlocks(view, typed, pages) {
  const b = view.bundle;
  const letter = (...children) => block(el('div', { class: 'letter' }, ...children));
  const items = [
    [`Dossier de preuves Relais : ${view.letter.counted}${pages ? ` ; ${pages} pages` : ''} ; empreinte de la tête de chaîne : `, el('span', { class: 'hash' }, view.head), '.'],
    b ? ['Fichier ZIP du journal, sur support numérique : ', el('span', { class: 'hash' }, b.name), ` (${b.sizeText}) ; empreinte SHA-256 du fichier : `, el('span', { class: 'hash' }, b.sha256), '.']
      : ['[Fichier ZIP du journal, exporté depuis Relais, sur support numérique.]'],
    ['Lettre à la préfecture du [date] demandant un rendez-vous par un autre moyen, et sa preuve d’envoi (avis de réception).'],
    ['[Réponse de la préfecture, s’il y en a une.]'],
    ['[Pièce d’identité ou passeport.]'],
    ['[Titre de séjour, récépissé ou attestation en cours, s’il y en a un.]'],
    ['[Pièces montrant l’urgence : fin de validité d’un titre, perte d’un emploi ou de droits…]'],
  ];
  return [
    block(el('div', { class: 'model' }, MODEL)),
    letter(el('p', { class: 'object' }, 'Requête en référé « mesures utiles » (article L. 521-3 du code de justice administrative)')),
    letter(el('p', {}, field(typed, 'court', 'Tribunal administratif de …'))),
    letter(el('p', {}, 'Requérant(e) : ', field(typed, 'name', 'Nom et prénom'), ', ', field(typed, 'address', 'numéro et rue'), ', ', field(typed, 'town', 'code postal et ville'))),
    letter(el('p', {}, 'Contre : ', field(typed, 'prefecture', 'Préfecture de …'))),
    letter(el('p', { class: 'object' }, 'Bordereau des pièces jointes')),
    ...items.map((parts, i) => letter(el('p', { class: 'piece', 'data-piece': String(i + 1) }, el('strong', {}, `Pièce n° ${i + 1}`), ' — ', ...parts))),
    letter(el('p', {}, `Fait à `, field(typed, 'city', 'ville'), `, le ${view.printedDate}.`)),
    letter(el('div', { class: 'signature' }, field(typed, 'name', 'Nom et prénom'), '\n[signature]')),
  ];
}
