//! Which portal and which procedure a page belongs to, from its host, path and title.
//!
//! Portal ids are stable, kebab-case ASCII: journals and summaries refer to them.

/// Known portals: (id, readable name, host suffixes).
const PORTALS: &[(&str, &str, &[&str])] = &[
    (
        "anef",
        "ANEF (administration-etrangers-en-france)",
        &["administration-etrangers-en-france.interieur.gouv.fr"],
    ),
    (
        "rdv-anct",
        "RDV Solidarités (rdv.anct.gouv.fr)",
        &["rdv.anct.gouv.fr", "rdv-solidarites.fr"],
    ),
    ("impots", "impots.gouv.fr", &["impots.gouv.fr"]),
    ("ants", "ANTS (ants.gouv.fr)", &["ants.gouv.fr"]),
    (
        "service-public",
        "service-public.fr",
        &["service-public.fr", "service-public.gouv.fr"],
    ),
    (
        "demarches-simplifiees",
        "démarches-simplifiées",
        &["demarches-simplifiees.fr", "demarche.numerique.gouv.fr"],
    ),
    ("caf", "CAF (caf.fr)", &["caf.fr"]),
    ("ameli", "Assurance maladie (ameli.fr)", &["ameli.fr"]),
    (
        "france-travail",
        "France Travail",
        &["francetravail.fr", "pole-emploi.fr"],
    ),
    (
        "parcoursup",
        "Parcoursup",
        &["parcoursup.fr", "parcoursup.gouv.fr"],
    ),
    ("doctolib", "Doctolib", &["doctolib.fr"]),
    (
        "france-connect",
        "FranceConnect",
        &["franceconnect.gouv.fr"],
    ),
];

/// Procedures recognised in the path and title (accents and case folded): (id, keywords).
const PROCEDURES: &[(&str, &[&str])] = &[
    (
        "naturalisation",
        &["naturalisation", "nationalite francaise"],
    ),
    ("asile", &["asile", "ofpra"]),
    (
        "titre-de-sejour",
        &[
            "titre de sejour",
            "titre-de-sejour",
            "titres de sejour",
            "carte de sejour",
            "sejour",
            "recepisse",
        ],
    ),
    (
        "permis-de-conduire",
        &[
            "permis de conduire",
            "permis-de-conduire",
            "echange de permis",
        ],
    ),
    (
        "carte-grise",
        &[
            "carte grise",
            "immatriculation",
            "certificat d'immatriculation",
        ],
    ),
    (
        "carte-identite-passeport",
        &[
            "carte d'identite",
            "carte nationale d'identite",
            "passeport",
        ],
    ),
    (
        "declaration-revenus",
        &[
            "declaration de revenus",
            "declaration en ligne",
            "impot sur le revenu",
        ],
    ),
    ("prime-activite", &["prime d'activite"]),
    ("rsa", &["rsa", "revenu de solidarite"]),
    (
        "aide-logement",
        &["aide au logement", "apl", "allocation logement"],
    ),
    ("carte-vitale", &["carte vitale"]),
    ("complementaire-sante", &["complementaire sante", "css"]),
    (
        "inscription-france-travail",
        &["inscription", "actualisation"],
    ),
    (
        "rendez-vous",
        &[
            "rendez-vous",
            "rendez vous",
            "booking",
            "rdv",
            "prise de rdv",
        ],
    ),
];

/// The portal id, its readable name, and the procedure if one is recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalGuess {
    pub portal: String,
    pub procedure: Option<String>,
}

/// The readable name of a portal id (`prefecture`, `other:` hosts and unknown ids as they are).
pub fn portal_name(id: &str) -> String {
    if let Some((_, name, _)) = PORTALS.iter().find(|(p, _, _)| *p == id) {
        return (*name).to_string();
    }
    match id {
        "prefecture" => "préfecture (prise de rendez-vous)".to_string(),
        _ => id.strip_prefix("other:").unwrap_or(id).to_string(),
    }
}

/// Guesses the portal from the host and the procedure from the path and title.
pub fn infer_portal(url: &str, title: &str) -> PortalGuess {
    let after_scheme = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    let path = &after_scheme[authority.len()..];
    let haystack = fold(&format!("{} {}", path.replace(['/', '_'], " "), title));

    let matches = |suffix: &str| host == suffix || host.ends_with(&format!(".{suffix}"));
    let portal = if let Some((id, _, _)) = PORTALS
        .iter()
        .find(|(_, _, hosts)| hosts.iter().any(|h| matches(h)))
    {
        (*id).to_string()
    } else if host.ends_with(".gouv.fr")
        && (haystack.contains("booking")
            || haystack.contains("rendez-vous")
            || haystack.contains("rendez vous")
            || host.starts_with("rdv"))
    {
        "prefecture".to_string()
    } else if host.is_empty() {
        "other:unknown".to_string()
    } else {
        format!("other:{}", host.trim_start_matches("www."))
    };

    let procedure = if portal == "demarches-simplifiees" {
        path.split('/')
            .skip_while(|s| *s != "commencer" && *s != "dossiers")
            .nth(1)
            .map(|s| s.split(['?', '#']).next().unwrap_or(s).to_string())
            .filter(|s| !s.is_empty())
    } else {
        None
    };
    let procedure = procedure.or_else(|| {
        PROCEDURES
            .iter()
            .find(|(_, words)| words.iter().any(|w| contains_word(&haystack, w)))
            .map(|(id, _)| (*id).to_string())
    });
    PortalGuess { portal, procedure }
}

/// Lowercase, without accents, `’` as `'`.
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '’' => '\'',
            c => c,
        })
        .collect()
}

fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portals_and_procedures() {
        let cases = [
            (
                "https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/",
                "Demande de titre de séjour",
                "anef",
                Some("titre-de-sejour"),
            ),
            (
                "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1",
                "Prise de rendez-vous - Remise de titre",
                "prefecture",
                Some("rendez-vous"),
            ),
            (
                "https://www.demarches-simplifiees.fr/commencer/regularisation-93",
                "",
                "demarches-simplifiees",
                Some("regularisation-93"),
            ),
            (
                "https://wwwd.caf.fr/wps/portal/caffr/login",
                "Mon Compte - prime d’activité",
                "caf",
                Some("prime-activite"),
            ),
            (
                "https://permisdeconduire.ants.gouv.fr/",
                "Échange de permis",
                "ants",
                Some("permis-de-conduire"),
            ),
            ("https://example.org/x", "", "other:example.org", None),
        ];
        for (url, title, portal, procedure) in cases {
            let g = infer_portal(url, title);
            assert_eq!(g.portal, portal, "{url}");
            assert_eq!(g.procedure.as_deref(), procedure, "{url}");
        }
    }
}
