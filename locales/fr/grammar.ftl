### Relais — grammaire des libellés des portails : le côté français de chaque motif.
### Un motif par message : l’identifiant est « pattern- » suivi de l’identifiant du motif ; la valeur
### est le français avec des emplacements nommés selon ce qu’ils reçoivent :
###   { $x } { $y } { $z } un groupe nominal (un concept du glossaire, un mot du lexique…),
###   { $v } { $w } un groupe verbal (un verbe du lexique et son complément),
###   { $n } { $m } un nombre, { $t } { $u } un texte gardé tel qu’il est écrit.
### .forms : d’autres tournures françaises du même motif, séparées par « | » (mêmes emplacements).
### .kind = np : le motif forme un groupe nominal (il peut remplir l’emplacement d’un autre motif).
### Chaque langue donne sa tournure dans locales/<langue>/grammar.ftl. Format : locales/README.md.

## Groupes nominaux

pattern-number-of = Numéro de { $x }
    .forms = N° de { $x } | Numéro du { $x } | No de { $x }
    .kind = np
pattern-date-of = Date de { $x }
    .kind = np
pattern-expiry-date-of = Date d’expiration de { $x }
    .forms = Date de fin de validité de { $x }
    .kind = np
pattern-count-of = Nombre de { $x }
    .kind = np
pattern-place-of = Lieu de { $x }
    .kind = np
pattern-amount-of = Montant de { $x }
    .kind = np
pattern-address-of = Adresse de { $x }
    .kind = np
pattern-name-of = Nom de { $x }
    .kind = np
pattern-type-of = Type de { $x }
    .kind = np
pattern-list-of = Liste de { $x }
    .kind = np
pattern-copy-of = Copie de { $x }
    .kind = np
pattern-and = { $x } et { $y }
    .kind = np
pattern-or = { $x } ou { $y }
    .kind = np

## Précisions d’un champ

pattern-optional = { $x } facultatif
    .forms = { $x } optionnel | { $x } facultative | { $x } si applicable
pattern-required = { $x } obligatoire
pattern-less-than-months = { $x } de moins de { $n } mois
    .forms = { $x } datant de moins de { $n } mois
pattern-digits = { $n } chiffres
    .forms = { $n } chiffre
pattern-characters-max = { $n } caractères maximum
    .forms = { $n } caractères au maximum | Maximum { $n } caractères | { $n } caractères max
pattern-characters-min = Au moins { $n } caractères
    .forms = { $n } caractères minimum | Minimum { $n } caractères
pattern-expected-format = Format attendu : { $t }
    .forms = Format attendu { $t } | Format : { $t }
pattern-example = Exemple : { $t }
    .forms = Ex : { $t } | Ex. : { $t } | Par exemple : { $t } | Exemple { $t } | Ex { $t }
pattern-in-progress = { $x } en cours
pattern-by = Par { $x }
pattern-with = Avec { $x }
pattern-without = Sans { $x }
pattern-back-to = Retour à { $x }
    .forms = Revenir à { $x }

## Questions et négations

pattern-changed = { $x } a-t-il changé ?
    .forms = { $x } a-t-elle changé ? | { $x } ont-ils changé ? | { $x } ont-elles changé ? | { $x } a changé ?
pattern-what-is = Quel est { $x } ?
    .forms = Quelle est { $x } ? | Quels sont { $x } ? | Quelles sont { $x } ?
pattern-do-you-have = Avez-vous { $x } ?
    .forms = Avez-vous déjà { $x } ? | Vous avez { $x } ?
pattern-are-you = Êtes-vous { $x } ?
pattern-i-have-no = Je n’ai pas de { $x }
    .forms = Je n’ai pas { $x } | Je n’ai aucun { $x } | Je n’ai aucune { $x }
pattern-no = Aucun { $x }
    .forms = Aucune { $x } | Pas de { $x }
pattern-not-available = { $x } n’est pas disponible
    .forms = { $x } indisponible | { $x } est indisponible | { $x } non disponible
pattern-not-valid = { $x } n’est pas valide
    .forms = { $x } invalide | { $x } est invalide | { $x } non valide | { $x } incorrect | { $x } est incorrect
pattern-is-required = { $x } est obligatoire
    .forms = { $x } est requis | { $x } est requise
pattern-expired = { $x } a expiré
    .forms = { $x } expiré | { $x } est expiré | { $x } expirée | { $x } est expirée

## Phrases avec un verbe

pattern-please = Veuillez { $v }
    .forms = Merci de { $v } | Merci de bien vouloir { $v }
pattern-you-can = Vous pouvez { $v }
    .forms = Vous pouvez aussi { $v } | Vous pouvez également { $v }
pattern-you-must = Vous devez { $v }
    .forms = Il faut { $v }
pattern-you-cannot = Vous ne pouvez pas { $v }
    .forms = Vous ne pouvez plus { $v }
pattern-unable-to = Impossible de { $v }
    .forms = Impossible d’{ $v }
pattern-in-order-to = Pour { $v }
    .forms = Afin de { $v }
pattern-do-you-want = Voulez-vous { $v } ?
    .forms = Souhaitez-vous { $v } ?
pattern-are-you-sure = Êtes-vous sûr de vouloir { $v } ?
    .forms = Êtes-vous sûre de vouloir { $v } ? | Êtes-vous sûr(e) de vouloir { $v } ? | Voulez-vous vraiment { $v } ?
pattern-been-done = { $x } a été { $v }
    .forms = { $x } a bien été { $v } | { $x } ont été { $v } | { $x } ont bien été { $v } | { $x } est { $v }
pattern-done = { $x } { $v }
pattern-click = Cliquez sur { $x }
    .forms = Cliquer sur { $x }
pattern-on-date = { $v } le { $t }
