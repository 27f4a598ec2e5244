//! Words: names and addresses.

use super::*;

#[derive(Debug)]
pub(super) struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    folded: String,
    /// What the word lists say of it (see [`lexicon`]).
    flags: u16,
}

impl Word<'_> {
    fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

pub(super) const CIV: u16 = 1;
pub(super) const LABEL: u16 = 1 << 1;
pub(super) const LABEL_LINK: u16 = 1 << 2;
pub(super) const VALUE_STOP: u16 = 1 << 3;
pub(super) const STREET: u16 = 1 << 4;
pub(super) const AMBIG_STREET: u16 = 1 << 5;
pub(super) const STREET_PARTICLE: u16 = 1 << 6;
pub(super) const NOT_NAME: u16 = 1 << 7;
pub(super) const NOT_SURNAME: u16 = 1 << 8;
pub(super) const NOT_LOWER: u16 = 1 << 9;
pub(super) const FIRST_NAME: u16 = 1 << 10;
pub(super) const PLACE: u16 = 1 << 11;
pub(super) const PARTICLE: u16 = 1 << 12;

/// Every word list in one map, built once: a word is looked up once, not in each list.
pub(super) fn lexicon() -> &'static HashMap<&'static str, u16> {
    static LEXICON: OnceLock<HashMap<&'static str, u16>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut m: HashMap<&'static str, u16> = HashMap::new();
        let lists: [(&[&'static str], u16); 13] = [
            (CIVILITIES, CIV),
            (LABELS, LABEL),
            (LABEL_LINKS, LABEL_LINK),
            (VALUE_STOPS, VALUE_STOP),
            (STREET_TYPES, STREET),
            (AMBIGUOUS_STREETS, AMBIG_STREET),
            (STREET_PARTICLES, STREET_PARTICLE),
            (NOT_NAMES, NOT_NAME),
            (NOT_SURNAMES, NOT_SURNAME),
            (NOT_LOWER_NAMES, NOT_LOWER),
            (FIRST_NAMES, FIRST_NAME),
            (PLACE_WORDS, PLACE),
            (PARTICLES, PARTICLE),
        ];
        for (list, flag) in lists {
            for w in list {
                *m.entry(*w).or_default() |= flag;
            }
        }
        m
    })
}

/// Runs of letters and digits, with apostrophes and hyphens inside (`N'Diaye`, `Jean-Pierre`,
/// `m'appelle`).
pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        let folded = fold(&text[s..e]);
        let flags = lex.get(folded.as_str()).copied().unwrap_or(0);
        out.push(Word {
            start: s,
            end: e,
            text: &text[s..e],
            folded,
            flags,
        });
    };
    let mut start = None;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let inner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(s, i);
        }
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    out
}

pub(super) fn is_cap(w: &str) -> bool {
    let mut cs = w.chars();
    let first = cs.next().is_some_and(char::is_uppercase);
    first && w.chars().any(char::is_lowercase) && !w.chars().any(|c| c.is_ascii_digit())
}

pub(super) fn is_upper(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !w.chars().any(char::is_lowercase)
        && !w.chars().any(|c| c.is_ascii_digit())
}

pub(super) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// `d'Almeida`, `l'Hôpital`: an elided particle glued to a capitalised word.
pub(super) fn elided_cap(w: &str) -> bool {
    let f = w.get(..2).map(str::to_ascii_lowercase);
    matches!(f.as_deref(), Some("d'" | "l'")) && is_cap(&w[2..])
        || w.starts_with("d’") && is_cap(&w["d’".len()..])
}

pub(super) const PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "ben", "bin", "ibn", "el",
    "al", "da", "dos", "das", "di", "del", "della", "ould", "ait", "abu", "bou", "mac", "st",
];

/// Capitalised words that are not names: sentence openers, titles, institutions, months, days.
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    "madame", "monsieur", "mademoiselle", "mesdames", "messieurs", "mme", "mlle", "melle", "m",
    "mr", "mrs", "ms", "me", "dr", "docteur", "maitre", "pr", "professeur", "le", "la", "les", "l",
    "un", "une", "des", "du", "de", "d", "votre", "vos", "notre", "nos", "nous", "vous", "je", "j",
    "tu", "il", "elle", "ils", "elles", "on", "bonjour", "bonsoir", "merci", "cordialement",
    "salutations", "prefet", "prefete", "prefecture", "sous-prefecture", "sous-prefet", "directeur",
    "directrice", "maire", "ministre", "president", "presidente", "agent", "agente", "conseiller",
    "conseillere", "service", "services", "caisse", "centre", "pole", "france", "travail", "et",
    "ou", "a", "au", "aux", "pour", "par", "avec", "sans", "sur", "sous", "dans", "en", "si", "ce",
    "cette", "ces", "cet", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "qui", "que",
    "quoi", "dont", "tous", "toutes", "tout", "cher", "chere", "chers", "cheres", "bien", "objet",
    "attention", "important", "information", "informations", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "equipe", "administration",
    "ministere", "mairie", "tribunal", "juge", "avocat", "avocate", "assistante", "assistant",
    "sociale", "social", "secretariat", "accueil", "guichet", "bureau", "direction", "demande",
    "dossier", "rendez-vous", "rdv", "re", "tr", "fwd", "ps", "nb", "ok", "oui", "non", "svp",
    "urgent", "suite", "apres", "avant", "depuis", "car", "mais", "donc", "or", "ni", "puis",
    "alors", "ici", "voici", "voila", "est", "ont", "sont", "etre", "avoir", "veuillez", "excusez",
    "desole", "desolee", "selon", "concernant", "relance", "rappel", "tel", "telephone", "mail",
    "email", "e-mail", "courriel", "adresse", "numero", "ref", "reference", "nom", "prenom",
    "prenoms", "date", "lieu", "ne", "nee", "fils", "fille", "epoux", "epouse", "veuve", "veuf",
    "caf", "cpam", "anef", "ants", "ofii", "impots", "ameli", "urssaf", "msa", "titre", "sejour",
    "carte", "compte", "espace", "connexion", "erreur", "statut", "etape", "piece", "pieces",
    "justificatif", "document", "documents", "confirmation", "validation", "echec", "alerte",
    "nouveau", "nouvelle", "indisponible", "maintenance", "personnel", "republique", "francaise",
    "etat", "police", "gendarmerie", "hopital", "ecole", "college", "lycee", "universite", "banque",
    "poste", "association", "cimade", "secours", "populaire", "croix", "rouge", "emmaus", "paris",
    "lyon", "marseille", "lille", "bobigny", "creteil", "nanterre", "saint-denis",
    "seine-saint-denis", "val-de-marne", "hauts-de-seine", "mediateur", "mediatrice", "benevole",
    "intervenant", "intervenante", "famille", "enfant", "enfants", "fiscal", "allocataire",
    "allocations", "familiales", "assurance", "maladie", "retraite", "sante", "aide", "aides",
    "logement", "emploi", "cordiales", "sincere", "sinceres", "respectueusement", "cdlt", "signe",
    "signature", "expediteur", "destinataire", "ci-joint", "ci-jointe", "pj", "helpdesk", "support",
    "internet", "web", "site", "portail", "plateforme", "application", "https", "http", "www",
    "cerfa", "recepisse", "attestation", "autorisation", "convocation", "notification", "decision",
    "refus", "acceptation", "prolongation", "renouvellement", "premiere", "premier", "changement",
    "statut", "vie", "privee", "familiale", "salarie", "salariee", "etudiant", "etudiante",
    "passeport", "talent", "visa", "visiteur", "naturalisation", "nationalite", "dublin", "asile",
    "refugie", "protection", "subsidiaire", "apatride", "europe", "union", "europeenne", "algerie",
    "maroc", "tunisie", "senegal", "mali", "cote", "ivoire", "afghanistan", "ukraine", "syrie",
    "soudan", "erythree", "guinee", "cameroun", "congo", "comores", "haiti", "turquie", "chine",
    "inde", "bangladesh", "pakistan", "sri", "lanka", "roumanie", "russie", "georgie", "albanie",
    "kosovo", "serbie", "moldavie",
];

/// Capitalised acronyms and headings that are not surnames.
#[rustfmt::skip]
pub(super) const NOT_SURNAMES: &[&str] = &[
    "caf", "cpam", "anef", "ants", "ofii", "ofpra", "cnda", "urssaf", "msa", "carsat", "rsa", "apl",
    "als", "alf", "aah", "paje", "cmu", "css", "ame", "delf", "dalf", "tcf", "tef", "pdf", "jpg",
    "jpeg", "png", "gif", "heic", "http", "https", "url", "uri", "id", "cni", "rib", "iban", "bic",
    "siret", "siren", "tva", "nir", "insee", "sncf", "ratp", "edf", "engie", "sfr", "faq", "rdv",
    "ft", "cdi", "cdd", "smic", "ue", "eu", "fr", "ok", "nb", "ps", "rgpd", "cnil", "dgfip",
    "ddets", "dreets", "pmi", "ccas", "mdph", "agdref", "vls", "ts", "vls-ts", "aps", "rcs", "sas",
    "sa", "sarl", "err", "mfa", "captcha", "waf", "api", "dns", "ssl", "tls", "html", "json", "xml",
    "sms", "cet", "utc", "gmt", "cedex", "bp", "cs", "tsa", "attention", "important", "urgent",
    "erreur", "error", "warning", "avis", "info", "non", "oui", "fin", "pj", "re", "tr", "fwd",
    "svp", "cv", "ko", "na", "nc", "asf", "ars", "ape", "afpa", "apa", "ehpad", "hlm", "oph",
    "dalo", "siao", "sdf", "ase", "mairie", "prefecture", "prefet", "titre", "sejour", "demande",
    "dossier", "compte", "service", "carte", "vitale", "bonjour", "madame", "monsieur", "merci",
    "cordialement", "rappel", "notification", "objet", "statut", "etat", "etape", "piece", "pieces",
    "justificatif", "document", "documents", "information", "confirmation", "validation", "echec",
    "succes", "alerte", "nouveau", "nouvelle", "indisponible", "maintenance", "accueil",
    "connexion", "espace", "personnel", "mon", "ma", "mes", "votre", "vos", "la", "le", "les", "de",
    "du", "des", "et", "ou", "en", "au", "aux", "pour", "sur", "par", "france", "travail", "pole",
    "emploi", "anah", "cerfa", "ssi", "tns", "ae", "eur", "euros", "usd", "mdp", "otp", "qr", "cb",
    "dgp", "dgef", "oqtf", "irtf", "apt", "ddpp", "spi", "ce", "cesu", "creche", "bts", "cap",
    "bac", "dut", "but", "ccas", "caf93", "cpam93", "ass", "are", "cej", "rsa-socle", "pass",
    "navigo", "gip", "ants-mfa", "tsa", "idf", "paca", "dom", "tom", "drom", "com", "ile-de-france",
    "seine-saint-denis", "paris", "lyon", "marseille", "rappeler",
];

pub(super) fn stop(w: &Word) -> bool {
    w.has(NOT_NAME)
}

/// Whether the gap between two words of a name is only spaces (or nothing).
pub(super) fn space_gap(text: &str, a: usize, b: usize) -> bool {
    a <= b && text[a..b].chars().all(|c| c == ' ' || c == '\u{a0}') && b - a <= 3
}

/// The name starting at word `j`: capitalised or capital words, initials, particles before a
/// name word. With `lenient`, the first word may be in lower case (notes: `mme diallo`).
pub(super) fn name_run(
    text: &str,
    ws: &[Word],
    j: usize,
    lenient: bool,
    max: usize,
) -> Option<(usize, usize)> {
    let mut k = j;
    let mut end = None;
    let mut count = 0;
    while k < ws.len() && count < max {
        let w = &ws[k];
        if k > j {
            let gap_ok = space_gap(text, ws[k - 1].end, w.start)
                || (is_initial(ws[k - 1].text)
                    && text[ws[k - 1].end..w.start]
                        .trim_start_matches('.')
                        .trim()
                        .is_empty()
                    && w.start - ws[k - 1].end <= 3);
            if !gap_ok {
                break;
            }
        }
        let t = w.text;
        let name_word = ((is_cap(t) || elided_cap(t)) && !stop(w))
            || (is_upper(t) && !w.has(NOT_SURNAME))
            || is_initial(t) && t != "À" && t != "A"
            || (lenient && k == j && lower_name(w));
        if name_word {
            end = Some(w.end);
            count += 1;
            k += 1;
            continue;
        }
        // A particle counts when a name word follows: `de La Fontaine`, `Le Goff`, `ben Ali`.
        if w.has(PARTICLE) && k + 1 < ws.len() && space_gap(text, w.end, ws[k + 1].start) {
            let n = &ws[k + 1];
            if ((is_cap(n.text) && !stop(n)) || (is_upper(n.text) && !n.has(NOT_SURNAME)))
                && (k > j || w.text.chars().next().is_some_and(char::is_uppercase))
            {
                count += 1;
                k += 1;
                continue;
            }
        }
        break;
    }
    end.map(|e| (ws[j].start, e))
}

/// Words that cannot be a name written in lower case.
#[rustfmt::skip]
pub(super) const NOT_LOWER_NAMES: &[&str] = &[
    "a", "au", "aux", "et", "est", "a-t-elle", "a-t-il", "je", "j", "il", "elle", "on", "nous",
    "vous", "ils", "elles", "qui", "que", "de", "du", "des", "la", "le", "les", "l", "un", "une",
    "pour", "par", "avec", "sans", "sur", "dans", "en", "doit", "doivent", "va", "vient", "veut",
    "souhaite", "demande", "dit", "n", "ne", "ce", "cette", "son", "sa", "ses", "mon", "ma", "mes",
    "votre", "vos", "notre", "nos", "leur", "leurs", "suis", "ai", "as", "avait", "etait", "sera",
    "serait", "aussi", "ou", "mais", "car", "donc", "pas", "plus", "deja", "encore", "toujours",
    "jamais", "rien", "tout", "tous", "toute", "toutes", "appele", "appelee", "rappele", "rappelee",
    "vu", "vue", "recu", "recue", "passe", "passee", "venu", "venue", "arrive", "arrivee", "pris",
    "prise", "fait", "faite", "a-t", "n'a", "n'est", "s'est", "m", "me", "mme", "mr", "madame",
    "monsieur", "x", "y", "nom", "prenom", "prenoms", "champ", "obligatoire", "invalide", "requis",
    "requise", "veuillez", "non", "oui", "merci", "format", "saisir", "renseigner", "renseigne",
    "inconnu", "inconnue", "vide", "incorrect", "incorrecte", "manquant", "manquante", "trop",
    "long", "court", "doit", "contenir", "caracteres", "lettres", "chiffres", "au", "moins",
    "maximum", "minimum", "autorises", "interdit", "interdits", "ici", "la", "voir", "cf",
    "ci-dessous", "ci-dessus", "usage", "naissance", "famille", "marital", "d'usage", "de", "et",
    "epoux", "epouse", "ne", "nee", "fils", "fille", "sera", "seront", "devra", "pourra",
];

pub(super) fn lower_name(w: &Word) -> bool {
    w.text
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && w.text.chars().count() >= 2
        && !w.has(NOT_LOWER)
        && !w.has(NOT_NAME)
}

/// Common first names in France (folded), including the communities
/// that meet the foreigners' portals most. Words that are also common nouns (Rose, Pierre…) are
/// only names when capitalised mid-sentence, which [`is_cap`] requires anyway.
#[rustfmt::skip]
pub(super) const FIRST_NAMES: &[&str] = &[
    "abdallah", "abdel", "abdelkader", "abdi", "abdirahman", "abdoulaye", "abdul", "adam", "adama",
    "adjoua", "affoue", "agnes", "ahmad", "ahmed", "aicha", "aissatou", "akissi", "alain",
    "alexandre", "alexandru", "ali", "alice", "amadou", "amina", "aminata", "amine", "amira", "ana",
    "anais", "anastasia", "andre", "andreea", "andrei", "andriy", "anis", "anne", "anthony",
    "antoine", "antonio", "arthur", "arun", "asma", "audrey", "aurelie", "awa", "aya", "ayse",
    "bakary", "beatrice", "benjamin", "benoit", "bernard", "bilal", "bintou", "boubacar",
    "brigitte", "bruno", "camille", "carlos", "carmen", "caroline", "catherine", "cedric", "celine",
    "chantal", "charlotte", "cheikh", "chloe", "christine", "christophe", "clara", "claude",
    "clement", "colette", "corinne", "cristina", "damien", "daniel", "david", "dawit", "delphine",
    "didier", "djeneba", "dmitri", "dmytro", "dominique", "drissa", "dylan", "elena", "elif",
    "elise", "elodie", "emilie", "emine", "emma", "enzo", "eric", "ethan", "eva", "fabrice",
    "faduma", "farid", "fatemeh", "fatih", "fatima", "fatma", "fatou", "fatoumata", "fernanda",
    "florian", "florin", "franck", "francois", "francoise", "frederic", "gabriel", "gael",
    "georges", "gerard", "gheorghe", "gilles", "giorgi", "guillaume", "haile", "halima", "hamid",
    "hamza", "hanane", "hasan", "hassan", "hatice", "hawa", "hayat", "helene", "henri", "herve",
    "hodan", "hossain", "houria", "hugo", "huong", "huseyin", "hussein", "ibrahim", "ibrahima",
    "ikram", "ilyes", "imane", "ines", "ioana", "irina", "iryna", "isabelle", "ismail", "issa",
    "ivan", "jacqueline", "jacques", "jade", "javed", "jean", "jeremy", "jerome", "joao", "joel",
    "jonathan", "jose", "josiane", "juan", "jules", "julie", "julien", "juliette", "justine",
    "kadiatou", "kadidia", "kamel", "karamoko", "karim", "karima", "karine", "kenza", "kevin",
    "khadija", "khaled", "koffi", "kofi", "konan", "kouassi", "kumar", "laetitia", "lakshmi",
    "lamia", "lamine", "lassana", "latifa", "laura", "laurent", "lea", "leila", "leo", "levan",
    "leyla", "lina", "linh", "lionel", "loic", "louis", "louise", "lucas", "lucia", "lucie",
    "ludovic", "luis", "mael", "maeva", "malik", "malika", "mamadou", "manon", "manuel", "marc",
    "marcel", "margaux", "margot", "maria", "mariam", "mariama", "marie", "marion", "martin",
    "martine", "maryam", "mathieu", "mathilde", "maxime", "mehdi", "mehmet", "melanie", "meriem",
    "michel", "mickael", "miguel", "mihai", "minh", "mireille", "modou", "mohamed", "mohammad",
    "mohammed", "monique", "morgane", "mourad", "moussa", "muhammad", "murat", "mustafa",
    "mustapha", "mykola", "myriam", "nabil", "nadia", "nadir", "naima", "nasrin", "natalia",
    "nathalie", "nathan", "nicolas", "nicole", "nino", "noah", "noemie", "nora", "nordine",
    "oceane", "odile", "oksana", "oleksandr", "oleksii", "olena", "olga", "olivier", "omar",
    "ophelie", "oumar", "oumou", "ousmane", "pascal", "patrick", "paul", "pauline", "paulo",
    "pedro", "philippe", "pierre", "priya", "quentin", "rachid", "rachida", "rahim", "rahima",
    "rahman", "rahul", "rajesh", "ramata", "rania", "raphael", "rashid", "redouane", "rene",
    "robert", "roger", "rokia", "romain", "sabrina", "sacha", "said", "sakina", "salima",
    "salimata", "salma", "samir", "samira", "sandrine", "sanjay", "sarah", "sebastien", "sekou",
    "selam", "senait", "sergei", "serhii", "seydou", "shafiq", "siaka", "sihem", "simone",
    "slimane", "sofiane", "sonia", "sophie", "soraya", "souad", "souleymane", "stephane",
    "stephanie", "svetlana", "sylvain", "sylvie", "tamar", "tarek", "tatiana", "tesfaye", "tetiana",
    "theo", "thierry", "thomas", "timothee", "tom", "valerie", "vasile", "veronique", "vincent",
    "virginie", "vladimir", "volodymyr", "wafa", "wahid", "walid", "xavier", "yacine", "yann",
    "yao", "yasmina", "yasmine", "yassine", "yaya", "yohannes", "yonas", "yousef", "youssef",
    "yulia", "yuri", "yves", "yvette", "zahra", "zainab", "zakaria", "zeynep", "zineb", "zoe",
    "zohra",
];

/// Words before a first name that make it the name of a place, not of a person.
#[rustfmt::skip]
pub(super) const PLACE_WORDS: &[&str] = &[
    "lycee", "college", "ecole", "hopital", "metro", "gare", "stade", "centre", "salle", "rue",
    "avenue", "boulevard", "bd", "place", "square", "universite", "maison", "espace", "mediatheque",
    "bibliotheque", "residence", "cite", "quai", "allee", "impasse", "chemin", "station",
    "fondation", "institut", "groupe", "scolaire", "clinique", "esplanade", "pont", "parc",
    "jardin", "saint", "sainte", "st", "ste", "promenade", "cours", "route", "theatre", "musee",
    "gymnase", "piscine", "foyer", "prix",
];

#[rustfmt::skip]
pub(super) const CIVILITIES: &[&str] = &[
    "monsieur", "madame", "mademoiselle", "mme", "mlle", "melle", "mr", "m", "mrs", "ms", "dr",
    "docteur", "me", "maitre", "pr",
];

#[rustfmt::skip]
pub(super) const LABELS: &[&str] = &[
    "nom", "prenom", "prenoms", "titulaire", "beneficiaire", "demandeur", "demandeuse",
    "destinataire", "expediteur", "expeditrice", "signataire", "usager", "usagere", "interesse",
    "interessee", "requerant", "requerante", "patient", "patiente", "conjoint", "conjointe",
    "epoux", "epouse", "pere", "mere", "parent", "enfant", "allocataire", "assure", "assuree",
    "contact", "name", "surname", "lastname", "firstname", "nom_naissance", "nom_usage",
];

/// Words that may sit between a label and its colon: `Nom de naissance :`, `Nom et prénom(s) :`.
#[rustfmt::skip]
pub(super) const LABEL_LINKS: &[&str] = &[
    "de", "d'usage", "usage", "naissance", "famille", "marital", "et", "prenom", "prenoms", "nom",
    "du", "la", "l'", "s", "complet", "complets", "d", "epouse", "jeune", "fille", "name", "first",
    "last", "compte", "dossier",
];

/// Words that stop a labelled value (the next label).
#[rustfmt::skip]
pub(super) const VALUE_STOPS: &[&str] = &[
    "nom", "prenom", "prenoms", "ne", "nee", "date", "adresse", "tel", "telephone", "email",
    "e-mail", "mail", "courriel", "numero", "n", "nationalite", "sexe", "lieu",
    "www", "http", "https", "ftp",
];

#[rustfmt::skip]
pub(super) const STREET_TYPES: &[&str] = &[
    "rue", "avenue", "av", "ave", "boulevard", "bd", "bld", "blvd", "place", "pl", "allee",
    "allees", "impasse", "imp", "chemin", "ch", "route", "rte", "quai", "cours", "square", "sq",
    "cite", "residence", "res", "voie", "passage", "villa", "sentier", "hameau", "lotissement",
    "lieu-dit", "lieudit", "rond-point", "esplanade", "promenade", "parvis", "faubourg", "fg",
    "fbg", "mail", "montee", "chaussee", "traverse", "ruelle", "clos", "domaine", "sente", "cour",
    "galerie", "parc", "val", "zac", "za", "zi",
];

/// Street types that are also ordinary words (`cours de français`, `3 places`): the street name
/// must then contain a capitalised word.
#[rustfmt::skip]
pub(super) const AMBIGUOUS_STREETS: &[&str] = &[
    "place", "pl", "cours", "route", "voie", "passage", "mail", "parc", "cour", "clos", "domaine",
    "val", "villa", "square", "cite", "residence", "res", "ch", "sq", "imp", "za", "zi", "galerie",
    "promenade", "traverse",
];

pub(super) const STREET_PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "la", "le", "les", "l'", "aux", "au", "sur", "sous", "en", "et",
];

pub(super) fn scan_words(text: &str, out: &mut Vec<PiiSpan>) {
    let ws = words(text);
    let mut j = 0;
    while j < ws.len() {
        let w = &ws[j];
        let f = w.folded.as_str();
        let gap_after = ws.get(j + 1).map(|n| &text[w.end..n.start]);
        // Civility: `M. Dupont`, `Mme DIALLO Awa`, `Madame Le Goff`, `mme koné`.
        if w.has(CIV) && j + 1 < ws.len() {
            let upper_first = w.text.chars().next().is_some_and(char::is_uppercase);
            let g = gap_after.unwrap_or("");
            let gap_ok =
                matches!(g, " " | ". " | "\u{a0}" | ".\u{a0}" | "  ") || (g == "." && f == "m");
            let plausible = match f {
                "m" => w.text == "M" && gap_ok,
                "me" | "pr" => w.text == "Me" || w.text == "Pr",
                _ => true,
            };
            if plausible && gap_ok {
                let lenient =
                    !upper_first && matches!(f, "mme" | "mlle" | "mr" | "monsieur" | "madame");
                if let Some((s, e)) = name_run(text, &ws, j + 1, lenient, 5) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                    j += 1;
                    continue;
                }
            }
        }
        // Labels: `Nom : DUPONT`, `Prénom(s) : Awa Fatou`, `Titulaire du compte : Jean Martin`.
        if w.has(LABEL) {
            if let Some((s, e)) = labelled_value(text, &ws, j) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        // `je m'appelle Awa`, `mon nom est Diallo`, `moi c'est Karim`.
        if let Some(k) = introduction(&ws, j) {
            if let Some((s, e)) = name_run(text, &ws, k, true, 3) {
                let (s, e) = extend_lower(text, &ws, k, s, e);
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        // Greetings and signatures: `Bonjour Awa,`, `Cordialement, Jean Martin`.
        if matches!(
            f,
            "bonjour" | "bonsoir" | "salut" | "cher" | "chere" | "coucou" | "hello"
        ) && j + 1 < ws.len()
            && space_gap(text, w.end, ws[j + 1].start)
        {
            if let Some((s, e)) = name_run(text, &ws, j + 1, false, 3) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        if matches!(
            f,
            "cordialement" | "cdlt" | "respectueusement" | "salutations" | "signe"
        ) && j + 1 < ws.len()
        {
            let g = &text[w.end..ws[j + 1].start];
            if g.chars().all(|c| matches!(c, ',' | ' ' | ':' | '-' | '.')) && g.len() <= 4 {
                if let Some((s, e)) = name_run(text, &ws, j + 1, false, 4) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                }
            }
        }
        // `Famille Nguyen`.
        if f == "famille" && j + 1 < ws.len() && space_gap(text, w.end, ws[j + 1].start) {
            if let Some((s, e)) = name_run(text, &ws, j + 1, false, 2) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        // A known first name, and the capitalised words after it: `Awa Koné`, `Thomas`; not in
        // the name of a place (`lycée Jean Moulin`, `métro Jean Jaurès`).
        if is_cap(w.text) && w.has(FIRST_NAME) {
            let place = j.checked_sub(1).is_some_and(|p| ws[p].has(PLACE));
            if !place {
                if let Some((s, e)) = name_run(text, &ws, j, false, 4) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                }
            }
        }
        // `DIALLO Mamadou`, `Jean-Pierre MARTIN`.
        if is_upper(w.text) && !w.has(NOT_SURNAME) {
            let cap_next = ws
                .get(j + 1)
                .filter(|n| space_gap(text, w.end, n.start) && is_cap(n.text) && !stop(n));
            let cap_prev = j
                .checked_sub(1)
                .map(|p| &ws[p])
                .filter(|p| space_gap(text, p.end, w.start) && is_cap(p.text) && !stop(p));
            if cap_next.is_some() || cap_prev.is_some() {
                let first = if cap_prev.is_some() { j - 1 } else { j };
                if let Some((s, e)) = name_run(text, &ws, first, false, 4) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                }
            }
        }
        // Addresses: a number, a street type, a street name, a postcode and a town.
        if w.has(STREET) {
            if let Some((s, e)) = address(text, &ws, j) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Address,
                });
            }
        }
        j += 1;
    }
}

/// After a label word: link words, an optional `(s)`, a colon, then up to four words of value.
pub(super) fn labelled_value(text: &str, ws: &[Word], j: usize) -> Option<(usize, usize)> {
    let mut k = j;
    let mut links = 0;
    loop {
        let raw = &text[ws[k].end..ws.get(k + 1).map_or(text.len(), |n| n.start)];
        let gap: String = raw.chars().filter(|c| !matches!(c, '(' | ')')).collect();
        let gap = gap.trim();
        if let Some(rest) = gap.strip_prefix(':') {
            if rest.trim().is_empty()
                || rest.trim_start().starts_with('"')
                || rest.trim_start().starts_with('«')
                || rest
                    .trim()
                    .chars()
                    .all(|c| c == '"' || c == '«' || c == ' ')
            {
                k += 1;
                break;
            }
            return None;
        }
        if !(gap.is_empty() || gap == "," || gap == "/" || gap == "-") || links >= 4 {
            return None;
        }
        k += 1;
        let n = ws.get(k)?;
        if !n.has(LABEL_LINK) && !n.has(LABEL) {
            return None;
        }
        links += 1;
    }
    let first = ws.get(k)?;
    if first.has(CIV) {
        return None;
    }
    let gap0 = &text[ws[k - 1].end..first.start];
    if gap0.contains('\n') {
        return None;
    }
    if !(first
        .text
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        || first.has(VALUE_STOP)
        || first.has(NOT_LOWER) && !is_upper(first.text) && !is_cap(first.text)
    {
        return None;
    }
    let mut e = first.end;
    let mut m = k + 1;
    while m < ws.len() && m < k + 4 {
        let w = &ws[m];
        let g = &text[ws[m - 1].end..w.start];
        if !(g == " " || g == "\u{a0}")
            || w.has(VALUE_STOP)
            || !w
                .text
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        {
            break;
        }
        let name_like = is_cap(w.text)
            || is_upper(w.text)
            || elided_cap(w.text)
            || w.has(PARTICLE)
            || (!is_cap(first.text) && !is_upper(first.text) && lower_name(w));
        if !name_like || w.has(NOT_SURNAME) && is_upper(w.text) {
            break;
        }
        e = w.end;
        m += 1;
    }
    Some((first.start, e))
}

/// After `je m'appelle`, `mon nom est`, `mon prénom c'est`, `moi c'est`: the index of the word
/// where the name begins.
pub(super) fn introduction(ws: &[Word], j: usize) -> Option<usize> {
    let f = |k: usize| ws.get(k).map(|w| w.folded.as_str());
    match f(j)? {
        "m'appelle" | "m'apelle" if f(j.wrapping_sub(1)) == Some("je") || j == 0 => Some(j + 1),
        "appelle" if f(j.wrapping_sub(1)) == Some("m") => Some(j + 1),
        "nom" | "prenom" if matches!(f(j.wrapping_sub(1)), Some("mon" | "son")) => {
            let mut k = j + 1;
            if matches!(f(k), Some("de")) && matches!(f(k + 1), Some("famille")) {
                k += 2;
            }
            match f(k)? {
                "est" => Some(k + 1),
                "c'est" => Some(k + 1),
                _ => None,
            }
        }
        "c'est" if f(j.wrapping_sub(1)) == Some("moi") => Some(j + 1),
        _ => None,
    }
}

/// In an introduction, a lower-case first name may be followed by a lower-case surname.
pub(super) fn extend_lower(
    text: &str,
    ws: &[Word],
    k: usize,
    s: usize,
    e: usize,
) -> (usize, usize) {
    let mut e = e;
    let mut m = ws.iter().position(|w| w.end == e).map_or(k + 1, |p| p + 1);
    while m < ws.len()
        && m < k + 3
        && space_gap(text, ws[m - 1].end, ws[m].start)
        && lower_name(&ws[m])
        && !ws[m].text.chars().next().is_some_and(char::is_uppercase)
    {
        e = ws[m].end;
        m += 1;
    }
    (s, e)
}

/// The address around the street type at word `t`: the number before it (with `bis`, `ter`…),
/// the street name after it, then an optional postcode and town.
pub(super) fn address(text: &str, ws: &[Word], t: usize) -> Option<(usize, usize)> {
    // The number: `12`, `12 bis`, `12bis`, `12, rue`, `3-5 rue`.
    let mut n = t.checked_sub(1)?;
    let gap = &text[ws[n].end..ws[t].start];
    if !matches!(gap, " " | ", " | "\u{a0}" | ",\u{a0}" | "  ") {
        return None;
    }
    if matches!(
        ws[n].folded.as_str(),
        "bis" | "ter" | "quater" | "b" | "a" | "c"
    ) && n > 0
        && space_gap(text, ws[n - 1].end, ws[n].start)
    {
        n -= 1;
    }
    let num = ws[n].folded.as_str();
    let digits = num.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &num[digits..];
    if !(1..=4).contains(&digits)
        || !(suffix.is_empty() || matches!(suffix, "bis" | "ter" | "quater" | "b" | "a" | "c"))
    {
        // `3-5 rue`: the word tokenizer keeps `3-5` together.
        if !(num.contains('-')
            && num
                .split('-')
                .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())))
        {
            return None;
        }
    }
    // Not `le 12 mars` or `pendant 3 mois`: the word after the number is the street type itself.
    let start = ws[n].start;
    let mut e = ws[t].end;
    if text[e..].starts_with('.') {
        e += 1;
    }
    let ambiguous = ws[t].has(AMBIG_STREET);
    let mut k = t + 1;
    let mut named = false;
    let mut capital = false;
    let mut after_particle = false;
    while k < ws.len() && k <= t + 8 {
        let w = &ws[k];
        let g = &text[ws[k - 1].end..w.start];
        let g_ok = g == " " || g == "\u{a0}" || (k == t + 1 && (g == ". " || g == ".\u{a0}"));
        if !g_ok {
            break;
        }
        let particle = w.has(STREET_PARTICLE);
        let capw = is_cap(w.text) || is_upper(w.text) || elided_cap(w.text);
        let number = w.text.bytes().all(|c| c.is_ascii_digit()) && w.text.len() <= 4;
        let elided_lower =
            (w.folded.starts_with("d'") || w.folded.starts_with("l'")) && w.text.len() > 2;
        if particle {
            after_particle = true;
            k += 1;
            continue;
        }
        if capw || number || (after_particle && !ambiguous) || elided_lower && !ambiguous {
            named = true;
            capital |= capw;
            e = w.end;
            after_particle = false;
            k += 1;
            continue;
        }
        break;
    }
    if !named || (ambiguous && !capital) {
        return None;
    }
    // Postcode and town: `, 93200 Saint-Denis`, ` 75011 PARIS`, `93007 Bobigny Cedex`.
    let k2 = ws.iter().position(|w| w.start >= e).unwrap_or(ws.len());
    if let Some(pc) = ws.get(k2) {
        let g = &text[e..pc.start];
        let is_pc = pc.text.len() == 5
            && pc.text.bytes().all(|c| c.is_ascii_digit())
            && matches!(g, " " | ", " | ",\u{a0}" | "\u{a0}" | " - " | " – ");
        if is_pc {
            e = pc.end;
            let mut m = k2 + 1;
            while m < ws.len() && m <= k2 + 5 && space_gap(text, ws[m - 1].end, ws[m].start) {
                let w = &ws[m];
                let town = is_cap(w.text)
                    || is_upper(w.text)
                    || w.folded == "cedex"
                    || (ws[m - 1].folded == "cedex"
                        && w.text.len() <= 2
                        && w.text.bytes().all(|c| c.is_ascii_digit()));
                let link = matches!(
                    w.folded.as_str(),
                    "sur" | "sous" | "en" | "le" | "la" | "les" | "de" | "du" | "l'"
                ) && ws
                    .get(m + 1)
                    .is_some_and(|n| is_cap(n.text) || is_upper(n.text));
                if !town && (!link || m == k2 + 1) {
                    break;
                }
                if town {
                    e = w.end;
                }
                m += 1;
            }
        }
    }
    Some((start, e))
}
