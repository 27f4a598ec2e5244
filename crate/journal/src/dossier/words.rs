//! The journal's ids in French words: portals, procedures, failure kinds, HTTP statuses,
//! capture kinds and the languages of Relais.

use crate::FailureKind;

/// The portal's name in a sentence: `module de prise de rendez-vous en ligne de la préfecture`.
pub fn portal_long(id: &str) -> String {
    let s = match id {
        "prefecture" => "module de prise de rendez-vous en ligne de la préfecture",
        "anef" => "Administration numérique des étrangers en France (ANEF)",
        "rdv-anct" => "RDV Solidarités",
        "impots" => "impots.gouv.fr",
        "ants" => "Agence nationale des titres sécurisés (ANTS)",
        "service-public" => "service-public.fr",
        "demarches-simplifiees" => "démarches-simplifiées",
        "caf" => "Caisse d’allocations familiales (caf.fr)",
        "ameli" => "Assurance maladie (ameli.fr)",
        "france-travail" => "France Travail",
        "parcoursup" => "Parcoursup",
        "doctolib" => "Doctolib",
        "france-connect" => "FranceConnect",
        other => return format!("site {}", other.strip_prefix("other:").unwrap_or(other)),
    };
    s.to_string()
}

/// The portal's name in a table cell: `Préfecture`, `ANEF`.
pub fn portal_short(id: &str) -> String {
    let s = match id {
        "prefecture" => "Préfecture (rendez-vous)",
        "anef" => "ANEF",
        "rdv-anct" => "RDV Solidarités",
        "impots" => "impots.gouv.fr",
        "ants" => "ANTS",
        "service-public" => "service-public.fr",
        "demarches-simplifiees" => "démarches-simplifiées",
        "caf" => "CAF",
        "ameli" => "Assurance maladie",
        "france-travail" => "France Travail",
        "parcoursup" => "Parcoursup",
        "doctolib" => "Doctolib",
        "france-connect" => "FranceConnect",
        other => return other.strip_prefix("other:").unwrap_or(other).to_string(),
    };
    s.to_string()
}

/// The procedure in words: `titre de séjour`; a démarches-simplifiées form by its slug.
pub fn procedure(id: &str) -> String {
    let s = match id {
        "naturalisation" => "naturalisation",
        "asile" => "asile",
        "titre-de-sejour" => "titre de séjour",
        "permis-de-conduire" => "permis de conduire",
        "carte-grise" => "certificat d’immatriculation (carte grise)",
        "carte-identite-passeport" => "carte d’identité ou passeport",
        "declaration-revenus" => "déclaration de revenus",
        "prime-activite" => "prime d’activité",
        "rsa" => "revenu de solidarité active (RSA)",
        "aide-logement" => "aide au logement",
        "carte-vitale" => "carte Vitale",
        "complementaire-sante" => "complémentaire santé solidaire",
        "inscription-france-travail" => "inscription à France Travail",
        "rendez-vous" => "prise de rendez-vous",
        other => return format!("démarche « {other} »"),
    };
    s.to_string()
}

/// The failure in words: `aucun créneau libre`, `erreur HTTP 503 (service indisponible)`.
pub fn failure(kind: FailureKind, status: Option<u16>) -> String {
    let words = failure_kind(kind, status);
    match status {
        Some(s) if kind != FailureKind::HttpError => format!("{words} (HTTP {s})"),
        _ => words,
    }
}

fn failure_kind(kind: FailureKind, status: Option<u16>) -> String {
    match kind {
        FailureKind::NoSlot => "aucun créneau libre".to_string(),
        FailureKind::HttpError => match status {
            Some(s) => format!("erreur HTTP {s} ({})", http_status(s)),
            None => "erreur du serveur".to_string(),
        },
        FailureKind::SessionExpired => "session expirée".to_string(),
        FailureKind::Captcha => {
            "test « je ne suis pas un robot » (CAPTCHA) non franchi".to_string()
        }
        FailureKind::FormRejected => "formulaire refusé".to_string(),
        FailureKind::Unavailable => "service indisponible".to_string(),
        FailureKind::Timeout => "la page n’a pas répondu (délai dépassé)".to_string(),
        FailureKind::Other => "blocage signalé par la personne".to_string(),
    }
}

/// What an HTTP status means.
pub fn http_status(s: u16) -> &'static str {
    match s {
        400 => "demande refusée",
        401 => "identification demandée",
        403 => "accès refusé",
        404 => "page introuvable",
        408 => "délai dépassé",
        410 => "page supprimée",
        429 => "trop de demandes",
        500 => "erreur interne du serveur",
        502 => "passerelle en erreur",
        503 => "service indisponible",
        504 => "délai de réponse dépassé",
        _ if (400..500).contains(&s) => "demande non satisfaite",
        _ if (500..600).contains(&s) => "erreur du serveur",
        _ => "réponse inattendue",
    }
}

/// The capture kind in words.
pub fn capture_kind(kind: crate::CaptureKind, media_type: &str) -> &'static str {
    match (kind, media_type) {
        (crate::CaptureKind::Screenshot, _) => {
            "capture d’écran de l’onglet, prise quand la personne a signalé le blocage : la page telle qu’elle s’affichait, avec les ajouts de Relais dans la langue de la personne"
        }
        (crate::CaptureKind::Dom, "multipart/related") => "archive de la page (MHTML)",
        (crate::CaptureKind::Dom, _) => "contenu de la page (HTML enregistré)",
    }
}

/// The French name of a language of Relais (`ar` → `arabe`).
pub fn language(code: &str) -> Option<&'static str> {
    Some(match code {
        "fr" => "français",
        "en" => "anglais",
        "ar" => "arabe",
        "prs" | "fa-AF" => "dari",
        "fa" => "persan",
        "ps" => "pachto",
        "ti" => "tigrigna",
        "so" => "somali",
        "bn" => "bengali",
        "ta" => "tamoul",
        "tr" => "turc",
        "uk" => "ukrainien",
        "ru" => "russe",
        "ka" => "géorgien",
        "es" => "espagnol",
        "pt" => "portugais",
        "ro" => "roumain",
        "zh" => "chinois",
        _ => return None,
    })
}
