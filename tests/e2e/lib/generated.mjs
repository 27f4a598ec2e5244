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
