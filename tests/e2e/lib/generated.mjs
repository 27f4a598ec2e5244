// A generated portal-like form with N labelled fields, for the benchmark and the
// "many labels" test. Words come from real DSFR and portal labels.
const LABELS = [
  'Nom de naissance', 'Prénom', 'Date de naissance', 'Adresse électronique', 'Numéro de téléphone',
  'Code postal', 'Ville ou commune', 'Numéro étranger', 'Date d’expiration de votre titre de séjour',
  'Numéro allocataire', 'Numéro fiscal', 'Mot de passe', 'Nationalité', 'Pays de naissance', 'Situation familiale',
  'Adresse postale', 'Complément d’adresse (optionnel)', 'Numéro de sécurité sociale', 'Identifiant', 'Sexe',
];

export function generatedLabelsPage(n) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const label = LABELS[i % LABELS.length];
    rows.push(`<div class="fr-input-group"><label class="fr-label" for="f${i}">${label} (${i + 1})</label><input class="fr-input" id="f${i}" name="f${i}"></div>`);
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formulaire généré (${n} champs)</title>
<link rel="stylesheet" href="/dsfr/dsfr.min.css"></head><body><main class="fr-container"><h1>Formulaire généré</h1>
<form method="get" action="/portals/index.html">${rows.join('\n')}<button class="fr-btn" type="submit">Valider</button></form></main></body></html>`;
}

/**
 * Every French surface form of the glossary as a form label, in the contexts of the native
 * recognition test (capitals, plural head noun, typographic apostrophe, required-field star).
 * `data-expect` names the concept each label must get.
 */
export function glossaryFormsPage(ftl) {
  const forms = [];
  let id = null;
  for (const line of ftl.split('\n')) {
    const m = line.match(/^concept-([a-z0-9-]+) = (.+)$/);
    if (m) { id = m[1]; forms.push([id, m[2].trim()]); continue; }
    const f = line.match(/^\s+\.forms = (.+)$/);
    if (f && id) for (const x of f[1].split('|')) if (x.trim()) forms.push([id, x.trim()]);
  }
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const contexts = [
    (f) => `Veuillez indiquer votre ${f} *`,
    (f) => `${f.toUpperCase()} :`,
    (f) => `Modifier : ${f.replace(/'/g, '’')}`,
  ];
  const rows = [];
  forms.forEach(([concept, form], i) => {
    contexts.forEach((ctx, k) => {
      rows.push(`<div class="fr-input-group"><label class="fr-label" for="g${i}-${k}" data-expect="${concept}">${esc(ctx(form))}</label><input class="fr-input" id="g${i}-${k}"></div>`);
    });
  });
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formes du glossaire</title>
<link rel="stylesheet" href="/dsfr/dsfr.min.css"></head><body><main class="fr-container"><h1>Formes du glossaire</h1>
<form>${rows.join('\n')}</form></main></body></html>`;
}
