//! Bad outputs of the grammar on real portal strings, each kept as a regression case: the English
//! the grammar gives alone (`relais translate --grammar-only`: the memory left out), or `-` where
//! it must give none (the overlay then shows key words). A wrong translation is worse than none.

mod support;

use support::{load_catalog, locales};

/// (French, the grammar's English or `-` for none.)
const CASES: &[(&str, &str)] = &[
    // A pattern of a date read a verb phrase ("Submitted on fichier").
    ("Déposer le fichier", "Upload the file"),
    ("Déposé le 12/03/2024", "-"),
    // déposer: its sense is its object's (a file is uploaded, an application submitted).
    ("Déposer un fichier", "Upload a file"),
    ("Déposer votre dossier", "Submit your file"),
    ("Déposer", "-"),
    ("Le déposer", "-"),
    // A present that is also an adjective read as a clause ("A phone number confirms").
    ("Un numéro de téléphone valide", "Valid phone number"),
    (
        "Format attendu : Un numéro de téléphone valide. Exemple : 0612345678",
        "Expected format: Valid phone number. Example: 0612345678",
    ),
    // A number the reading dropped ("Articles from the civil code").
    ("Articles 1984 et suivants du Code civil.", "-"),
    ("Articles 12 et du code", "-"),
    // A plural asked twice (the pattern's `.x = pl` and the noun's own) found no form.
    ("Nombre de dossiers", "Number of files"),
    ("Nombre de démarches", "Number of procedures"),
    ("Date de publication", "Publication date"),
    // An inclusive ending read as an unknown word: no translation at all.
    (
        "Vous êtes maintenant déconnecté(e).",
        "You are now logged out.",
    ),
    (
        "Êtes-vous sûr(e) de vouloir supprimer ce dossier ?",
        "Are you sure you want to delete this file?",
    ),
    ("Dossiers trouvé(e)s", "-"),
    // A concept whose English is a state took an article ("The file is a being processed").
    (
        "Le dossier est en cours de traitement",
        "The file is being processed",
    ),
    // "doit faire" a size is not "must make".
    (
        "Le fichier doit faire au plus 20 Mo.",
        "The file must be at most 20 Mo.",
    ),
    // A name between « » (a procedure's, a field's), kept as written with its quotes.
    (
        "Ajouter un élément supplémentaire à « Awa Diallo »",
        "Add an additional item to « Awa Diallo »",
    ),
    (
        "Le champ « Date de naissance » est obligatoire",
        "The field « Date de naissance » is required",
    ),
    ("Le dossier « A. B » est supprimé", "-"),
    // An adjective's complement in its own preposition ("must be lower to 100").
    (
        "Le montant doit être inférieur à 100",
        "The amount must be lower than 100",
    ),
    // Rails's validation messages, after a field's name.
    (
        "est trop long (pas plus de 12 caractères)",
        "is too long (no more than 12 characters)",
    ),
    // The noun "date" was missing (only the adjective "daté" was known).
    (
        "doit être une date dans le passé",
        "must be a date in the past",
    ),
    ("Saisissez une date", "Enter a date"),
    ("La date est passée", "-"),
    // A plural determiner before a noun that does not show its number ("several choice").
    (
        "Vous pouvez sélectionner plusieurs choix.",
        "You can select several choices.",
    ),
    // Déposer les modifications: submitted, as a file is.
    ("Déposer les modifications", "Submit the changes"),
    (
        "Il est généralement composé de 13 ou 14 caractères.",
        "It is usually composed of 13 or 14 characters.",
    ),
    // An adjective after a coordination of bare nouns may qualify every conjunct: the concept
    // "mot de passe incorrect" read inside "X ou Y" said "Email or incorrect username or
    // password". "Mot de passe incorrect" is no longer a form of that concept (it says nothing
    // of a username): the adjective is read as the predicate of both nouns.
    ("Mot de passe incorrect", "Password is not valid"),
    (
        "Adresse électronique ou mot de passe incorrect.",
        "Email or password is not valid.",
    ),
    (
        "Email ou mot de passe incorrect.",
        "Email or password is not valid.",
    ),
    // A noun with a complement after "Date de": "date of X", not "X date".
    ("Date de dépôt du dossier", "Date of submission of the file"),
    // `correspondre à` around a negation read as `correspondre` and "to the confirmation".
    (
        "La valeur ne correspond pas à la confirmation",
        "The value does not match the confirmation",
    ),
    // "Une erreur est survenue" was the concept's label, "Technical error".
    ("Une erreur est survenue.", "An error occurred."),
    (
        "Une erreur est survenue lors de la recherche",
        "An error occurred during the search",
    ),
    (
        "Identifiant ou mot de passe incorrect",
        "Incorrect username or password",
    ),
];

#[test]
fn grammar_regressions_in_english() {
    let mut catalog = load_catalog(&locales(), &["en"]);
    catalog
        .meaning
        .as_mut()
        .expect("the French side")
        .grammar_only = true;
    let mut failures = Vec::new();
    for (fr, want) in CASES {
        let got = catalog
            .translate("en", fr)
            .map(|t| t.text.replace(['\u{2068}', '\u{2069}'], ""))
            .unwrap_or_else(|| "-".into());
        if got != *want {
            failures.push(format!("{fr:?}: got {got:?}, want {want:?}"));
        }
    }
    eprintln!(
        "grammar regressions: {} of {} pass",
        CASES.len() - failures.len(),
        CASES.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

/// (language, French, the grammar's rendering or `-` for none), in the languages whose data
/// gives a form the engine cannot build: "your X" from the noun's own `.your` form (a possessive
/// suffix, an ezafe, a definite noun), refused where the noun has no such form or is not alone.
const OTHER_LANGUAGES: &[(&str, &str, &str)] = &[
    ("ar", "Votre message", "رسالتك"),
    ("ar", "Vos messages", "رسائلك"),
    ("ar", "Votre nouveau message", "-"),
    ("prs", "Votre message", "پیام شما"),
    ("ps", "Votre message", "ستاسو پیغام"),
    ("ti", "Votre message", "መልእኽትኹም"),
    ("so", "Votre message", "Fariintaada"),
    ("ro", "Votre message", "Mesajul dumneavoastră"),
    ("ro", "Vos messages", "Mesajele dumneavoastră"),
    ("ro", "Votre nouveau message", "-"),
    // A noun without a `.your` form: no translation, not the noun without "your".
    ("so", "Votre document", "-"),
    // Tigrinya buttons: the imperative of se-connecter.
    ("ti", "Se connecter", "እቶ"),
];

#[test]
fn grammar_in_other_languages() {
    let langs: Vec<&str> = OTHER_LANGUAGES.iter().map(|(l, ..)| *l).collect();
    let mut catalog = load_catalog(&locales(), &langs);
    catalog
        .meaning
        .as_mut()
        .expect("the French side")
        .grammar_only = true;
    let mut failures = Vec::new();
    for (lang, fr, want) in OTHER_LANGUAGES {
        let got = catalog
            .translate(lang, fr)
            .map(|t| t.text.replace(['\u{2068}', '\u{2069}'], ""))
            .unwrap_or_else(|| "-".into());
        if got != *want {
            failures.push(format!("{lang} {fr:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
