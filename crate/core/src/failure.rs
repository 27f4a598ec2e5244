//! Which page messages are failures worth recording as evidence.
//!
//! A catalogue of known portal messages (`data/failures.tsv`, easy to extend: one line per
//! message) is folded like glossary forms and matched as runs of whole words. It also lists the
//! wording of a form's own validation ("Ce champ est obligatoire", "Veuillez saisir…"): what the
//! form says about what was typed, never a failure of the service.
//!
//! What records depends on where the message is printed (the block's kind, from the reading
//! rules) and on the catalogue, in this order:
//! 1. a control's name or value (button, option, placeholder) is never a message;
//! 2. a service failure the catalogue knows (no slot, unavailable, session expired…) records
//!    wherever it is printed: an alert, a field's message, a notice, a toast, a short paragraph,
//!    a hint;
//! 3. validation wording records nothing, wherever it is;
//! 4. a refusal the catalogue knows (wrong password, refused file, failed CAPTCHA) records in an
//!    error message (a field's or the page's), not in prose, where "dossier incomplet" is an
//!    instruction;
//! 5. a page-level error component (`alert`: `.fr-alert--error`, `role="alert"`…) with words the
//!    catalogue does not know is still a failure (`form-rejected`: the portal refused what was
//!    entered); a field's own message (`error`: `.fr-error-text`, Quasar's `role="alert"` under
//!    a field…) is the form checking what was typed, and records only what the catalogue knows.

use crate::protocol::BlockKind;
use crate::text;
use relais_journal::FailureKind;

const CATALOGUE: &str = include_str!("../data/failures.tsv");

/// One catalogue line, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub kind: FailureKind,
    pub portal: String,
    pub words: String,
    /// The length of the first of `words` (every block is checked against every line: the
    /// lines whose first word the block does not have are skipped at once).
    first: usize,
}

/// The catalogue, parsed once per process. Lines that do not parse are reported by
/// [`catalogue_problems`].
pub fn catalogue() -> &'static [Known] {
    static PARSED: std::sync::OnceLock<Vec<Known>> = std::sync::OnceLock::new();
    PARSED.get_or_init(parse_catalogue)
}

fn parse_catalogue() -> Vec<Known> {
    CATALOGUE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let kind = FailureKind::parse(parts.next()?.trim())?;
            let portal = parts.next()?.trim().to_string();
            let words = text::fold(parts.next()?);
            (!words.is_empty()).then_some(Known {
                kind,
                portal,
                first: words.find(' ').unwrap_or(words.len()),
                words,
            })
        })
        .collect()
}

/// The pseudo-kind of catalogue lines that are a form's validation wording, not failures.
pub const VALIDATION: &str = "validation";

/// The validation wording of the catalogue (lines of kind `validation`): (portal, folded words).
pub fn validation() -> &'static [(String, String)] {
    static PARSED: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        CATALOGUE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut parts = l.split('\t');
                (parts.next()?.trim() == VALIDATION).then_some(())?;
                let portal = parts.next()?.trim().to_string();
                let words = text::fold(parts.next()?);
                (!words.is_empty()).then_some((portal, words))
            })
            .collect()
    })
}

/// Lines of the catalogue that are not `kind<TAB>portal<TAB>words` with a known kind.
pub fn catalogue_problems() -> Vec<String> {
    CATALOGUE
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .filter(|(_, l)| {
            let parts: Vec<&str> = l.split('\t').collect();
            parts.len() != 3
                || (FailureKind::parse(parts[0].trim()).is_none() && parts[0].trim() != VALIDATION)
                || text::fold(parts[2]).is_empty()
        })
        .map(|(i, l)| format!("data/failures.tsv line {}: {l:?}", i + 1))
        .collect()
}

/// The failure a block of page text reports, if any (see the module's documentation for the
/// order of the rules). `portal` is the journal's portal id.
pub fn classify(
    catalogue: &[Known],
    kind: BlockKind,
    message: &str,
    portal: &str,
) -> Option<FailureKind> {
    if matches!(
        kind,
        BlockKind::Button | BlockKind::Option | BlockKind::Placeholder
    ) {
        return None;
    }
    let folded = format!(" {} ", text::fold(message));
    let here = |p: &str| p == "*" || p == portal;
    // `folded` holds ` words ` (whole words): an occurrence of `words` between two spaces. (No
    // string is built per catalogue line: this runs for every block of every page.)
    // The words of the block, to skip at once the lines whose first word it does not have.
    let present: rustc_hash::FxHashSet<&str> = folded.split(' ').collect();
    let occurs = |words: &str| {
        folded.match_indices(words).any(|(at, _)| {
            folded[..at].ends_with(' ') && folded[at + words.len()..].starts_with(' ')
        })
    };
    let says =
        |words: &str| words.split(' ').next().is_some_and(|w| present.contains(w)) && occurs(words);
    let known: Vec<FailureKind> = catalogue
        .iter()
        .filter(|k| {
            here(&k.portal)
                && k.words.get(..k.first).is_some_and(|w| present.contains(w))
                && occurs(&k.words)
        })
        .map(|k| k.kind)
        .collect();
    let refusal = |k: &FailureKind| matches!(k, FailureKind::FormRejected | FailureKind::Captcha);
    if let Some(k) = known.iter().find(|k| !refusal(k)) {
        return Some(*k);
    }
    if validation().iter().any(|(p, w)| here(p) && says(w)) {
        return None;
    }
    match kind {
        BlockKind::Error | BlockKind::Alert if !known.is_empty() => Some(known[0]),
        BlockKind::Alert => Some(FailureKind::FormRejected),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: BlockKind, message: &str, expected: Option<&str>) {
        let got = classify(catalogue(), kind, message, "prefecture").map(FailureKind::as_str);
        assert_eq!(got, expected, "{message:?}");
    }

    #[test]
    fn the_catalogue_parses() {
        assert!(
            catalogue_problems().is_empty(),
            "{:?}",
            catalogue_problems()
        );
        assert!(catalogue().len() > 40);
    }

    #[test]
    fn known_messages_anywhere_on_the_page() {
        check(BlockKind::Alert, "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement.", Some("no-slot"));
        check(
            BlockKind::Text,
            "Service momentanément indisponible",
            Some("unavailable"),
        );
        check(
            BlockKind::Heading,
            "Votre session a expiré",
            Some("session-expired"),
        );
        check(
            BlockKind::Error,
            "Le code de sécurité saisi est incorrect. Veuillez réessayer.",
            Some("captcha"),
        );
        check(
            BlockKind::Error,
            "Le format de l’adresse électronique saisie n’est pas valide.",
            Some("form-rejected"),
        );
    }

    #[test]
    fn error_components_are_failures_plain_text_only_when_known() {
        check(
            BlockKind::Alert,
            "Texte d’erreur obligatoire",
            Some("form-rejected"),
        );
        // A field's own message records only what the catalogue knows.
        check(BlockKind::Error, "Texte d’erreur obligatoire", None);
        check(
            BlockKind::Error,
            "Identifiant ou mot de passe incorrect.",
            Some("form-rejected"),
        );
        check(
            BlockKind::Error,
            "Le numéro de sécurité sociale saisi n'est pas valide.",
            Some("form-rejected"),
        );
        check(
            BlockKind::Text,
            "Les rendez-vous sont ouverts chaque semaine.",
            None,
        );
        check(
            BlockKind::Label,
            "Aucun créneau disponible",
            Some("no-slot"),
        );
        check(BlockKind::Text, "Le jour du rendez-vous, présentez-vous muni de vos papiers. Tout dossier incomplet sera refusé.", None);
    }

    /// Issue 13: a framework's validation messages (Quasar's `role="alert"` under a field,
    /// Bootstrap's `.invalid-feedback`, a form's status line) are not failures of the service;
    /// a failure message records wherever it is printed; a control's name never does.
    #[test]
    fn validation_is_not_a_failure_and_failures_record_wherever_printed() {
        for (kind, message) in [
            (BlockKind::Error, "Ce champ est obligatoire"),
            (
                BlockKind::Error,
                "Veuillez choisir le motif de votre rendez-vous",
            ),
            (
                BlockKind::Error,
                "Veuillez saisir une adresse électronique valide",
            ),
            (BlockKind::Error, "Le numéro étranger comporte 10 chiffres"),
            (
                BlockKind::Error,
                "Le champ « Numéro étranger » doit comporter 10 chiffres",
            ),
            (BlockKind::Error, "La date doit être au format JJ/MM/AAAA."),
            (BlockKind::Alert, "Ce champ est obligatoire."),
            (BlockKind::Alert, "Veuillez saisir votre identifiant"),
            (BlockKind::Text, "Votre déclaration contient 3 erreurs."),
            (BlockKind::Text, "Envoi de votre déclaration en cours…"),
            (BlockKind::Hint, "Le champ est obligatoire"),
        ] {
            check(kind, message, None);
        }
        for (kind, message, failure) in [
            (
                BlockKind::Hint,
                "Service momentanément indisponible",
                "unavailable",
            ),
            (BlockKind::Text, "Aucun créneau disponible", "no-slot"),
            (BlockKind::Text, "Votre session a expiré", "session-expired"),
            (
                BlockKind::Error,
                "Une erreur est survenue, veuillez saisir à nouveau votre numéro",
                "unavailable",
            ),
            (
                BlockKind::Alert,
                "Le justificatif de domicile est obligatoire",
                "form-rejected",
            ),
            (
                BlockKind::Alert,
                "Votre dossier n’a pas pu être déposé.",
                "form-rejected",
            ),
            (
                BlockKind::Alert,
                "Le code de sécurité saisi est incorrect. Veuillez réessayer.",
                "captcha",
            ),
        ] {
            check(kind, message, Some(failure));
        }
        for kind in [BlockKind::Button, BlockKind::Option, BlockKind::Placeholder] {
            check(kind, "Aucun créneau disponible", None);
        }
        // A refusal in prose is an instruction.
        check(
            BlockKind::Text,
            "Le code de sécurité saisi est incorrect.",
            None,
        );
        assert!(validation().len() >= 10);
    }
}

/// The glossary concept that explains a failure kind to the person (its label, explanation and
/// what to do become the entry's `meaning` in their language).
pub fn concept_for(kind: FailureKind) -> &'static str {
    match kind {
        FailureKind::NoSlot => "aucun-creneau-disponible",
        FailureKind::Unavailable => "service-indisponible",
        FailureKind::SessionExpired => "session-expiree",
        FailureKind::Captcha => "captcha",
        FailureKind::HttpError | FailureKind::Timeout => "erreur-technique",
        FailureKind::FormRejected | FailureKind::Other => "message-d-erreur",
    }
}

/// The meaning of a failure in `lang`: the concept's name, explanation and what to do, joined.
pub fn meaning(
    catalog: &crate::locale::Catalog,
    lang: &str,
    kind: FailureKind,
) -> Option<(String, String)> {
    let r = catalog.resolve(lang, concept_for(kind))?;
    let text = [
        Some(&r.text.label),
        r.text.explain.as_ref(),
        r.text.todo.as_ref(),
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect::<Vec<_>>()
    .join(" — ");
    Some((r.lang.to_string(), text))
}

#[cfg(test)]
mod concept_tests {
    use super::*;

    #[test]
    fn every_failure_kind_is_explained_by_a_glossary_concept() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/fr/glossary.ftl");
        let src = std::fs::read_to_string(path).expect("master readable");
        let g = crate::glossary::Glossary::from_ftl(&src, "fr").expect("master parses");
        for k in FailureKind::ALL {
            assert!(
                g.index_of(concept_for(k)).is_some(),
                "{} → {} is not a concept",
                k.as_str(),
                concept_for(k)
            );
        }
    }
}

/// A failure Relais notices by itself outside the page's text, as the background reports it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(
    tag = "source",
    rename_all = "lowercase",
    rename_all_fields = "camelCase"
)]
pub enum Noticed {
    /// A portal's response with this HTTP status (`statusLine` as the browser gives it).
    Http {
        status: u16,
        #[serde(default)]
        status_line: String,
    },
    /// A request to a portal that got no response (the browser's error name).
    Network { error: String },
    /// A CAPTCHA widget (`captcha::Kind` id) came back after the form was submitted.
    Captcha { kind: String },
    /// The person pressed "this is blocking me".
    Reported {},
}

/// What the journal records for a failure Relais noticed by itself: its kind, the HTTP status,
/// and the message in French (the dossier is French).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Automatic {
    pub failure: FailureKind,
    pub http_status: Option<u16>,
    pub message: String,
}

/// Whether `noticed` is a failure worth recording and, if so, how it reads in the journal.
///
/// HTTP: statuses from 400 are failures; 503 says the service is unavailable (maintenance,
/// overload), any other is an HTTP error with its status. Network: no answer at all is a
/// timeout, except a request the page or the person cancelled (`ABORTED`), which is no failure.
pub fn automatic(noticed: &Noticed) -> Option<Automatic> {
    let limit = |s: &str| s.chars().take(200).collect::<String>();
    match noticed {
        Noticed::Http { status, .. } if *status < 400 => None,
        Noticed::Http {
            status,
            status_line,
        } => {
            // "HTTP/1.1 503 Service Unavailable" → "Service Unavailable"
            let reason = status_line
                .split_once(&status.to_string())
                .map_or("", |(_, r)| r)
                .trim();
            Some(Automatic {
                failure: if *status == 503 {
                    FailureKind::Unavailable
                } else {
                    FailureKind::HttpError
                },
                http_status: Some(*status),
                message: limit(format!("HTTP {status} {reason}").trim()),
            })
        }
        Noticed::Network { error } if error.contains("ABORTED") => None,
        Noticed::Network { error } => Some(Automatic {
            failure: FailureKind::Timeout,
            http_status: None,
            message: limit(&format!("Erreur réseau : {error}")),
        }),
        Noticed::Captcha { kind } => Some(Automatic {
            failure: FailureKind::Captcha,
            http_status: None,
            message: limit(&format!(
                "Vérification de sécurité (CAPTCHA {kind}) non réussie"
            )),
        }),
        Noticed::Reported {} => Some(Automatic {
            failure: FailureKind::Other,
            http_status: None,
            message: relais_journal::REPORTED_MESSAGE.to_string(),
        }),
    }
}

#[cfg(test)]
mod automatic_tests {
    use super::*;

    fn kind(n: &Noticed) -> Option<(&'static str, Option<u16>, String)> {
        automatic(n).map(|a| (a.failure.as_str(), a.http_status, a.message))
    }

    #[test]
    fn http_network_captcha_and_reported() {
        let http = |status, line: &str| Noticed::Http {
            status,
            status_line: line.into(),
        };
        assert_eq!(kind(&http(200, "HTTP/1.1 200 OK")), None);
        assert_eq!(kind(&http(399, "")), None);
        assert_eq!(
            kind(&http(503, "HTTP/1.1 503 Service Unavailable")),
            Some((
                "unavailable",
                Some(503),
                "HTTP 503 Service Unavailable".into()
            ))
        );
        assert_eq!(
            kind(&http(404, "")),
            Some(("http-error", Some(404), "HTTP 404".into()))
        );
        assert_eq!(
            kind(&http(500, "HTTP/2 500")),
            Some(("http-error", Some(500), "HTTP 500".into()))
        );
        let net = |e: &str| Noticed::Network { error: e.into() };
        assert_eq!(kind(&net("net::ERR_ABORTED")), None);
        assert_eq!(kind(&net("NS_BINDING_ABORTED")), None);
        assert_eq!(
            kind(&net("net::ERR_CONNECTION_RESET")),
            Some((
                "timeout",
                None,
                "Erreur réseau : net::ERR_CONNECTION_RESET".into()
            ))
        );
        assert_eq!(
            kind(&Noticed::Captcha {
                kind: "captchetat".into()
            })
            .map(|k| k.0),
            Some("captcha")
        );
        assert_eq!(
            kind(&Noticed::Reported {}).map(|k| k.2),
            Some("(signalé par la personne)".into())
        );
    }

    #[test]
    fn noticed_reads_from_the_background_json() {
        let n: Noticed =
            serde_json::from_str(r#"{"source":"http","status":503,"statusLine":"HTTP/1.1 503"}"#)
                .expect("http");
        assert!(matches!(n, Noticed::Http { status: 503, .. }));
        let n: Noticed = serde_json::from_str(r#"{"source":"reported"}"#).expect("reported");
        assert_eq!(n, Noticed::Reported {});
        assert!(serde_json::from_str::<Noticed>(r#"{"source":"poll"}"#).is_err());
    }
}
