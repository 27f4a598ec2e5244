//! The research export of the journal: what leaves the journal (and what never does), the hour
//! grouping of attempts, the anonymised message, the département only when given, and the export
//! functions refusing records changed after they were shown.

use std::io::Cursor;

use relais_journal::*;
use relais_research::aggregate::{Aggregator, Options};
use relais_research::export::*;
// Both crates name the reported message (the same text); the export's is the one under test.
use relais_research::export::REPORTED_MESSAGE;
use relais_research::input::Issue;
use relais_research::records::{
    BrowserFamily, FailureKind as Kind, ResearchRecord, MAX_MESSAGE_CHARS,
};

const HOUR: i64 = 3_600_000;
/// 2024-03-12 14:05:00 UTC, a Tuesday.
const T0: i64 = 1_710_252_000_000 + 5 * 60_000;

fn when(ms: i64) -> When {
    When {
        utc_ms: ms,
        offset_minutes: 60,
        time_zone: "Europe/Paris".into(),
    }
}

fn failure(ms: i64, url: &str, title: &str, kind: FailureKind, message: &str) -> FailureInput {
    FailureInput {
        when: when(ms),
        url: url.into(),
        title: title.into(),
        failure: kind,
        message: message.into(),
        extension: "0.1.0".into(),
        ..FailureInput::default()
    }
}

fn options(departement: Option<&str>) -> ExportOptions {
    ExportOptions {
        contributor_id: "3f6c1e0b9a2d4c7e8f1a2b3c4d5e6f70".into(),
        export_id: "9b8a7c6d5e4f30211203948576abcdef".into(),
        browser_family: BrowserFamily::Chromium,
        extension_version: "0.1.0".into(),
        departement: departement.map(String::from),
    }
}

fn append(j: &mut Journal, input: &FailureInput) -> u64 {
    j.append_entry(input, None).expect("entry").seq
}

fn attempt(j: &mut Journal, entry: u64, ms: i64) {
    j.append_attempt(entry, &when(ms), None, None, "0.1.0")
        .expect("attempt");
}

const PREF_URL: &str =
    "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1?token=s3cr3tTOKEN&mail=a.b@ex.fr";
const PREF_TITLE: &str = "Prise de rendez-vous - Remise du titre ZQXWTITLE";
const ANEF_URL: &str =
    "https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/connexion-urlmarker";
const NOTE: &str = "Ma note libre NOTEMARKER : j'ai appelé le guichet";

/// A journal with a bit of everything: attempts across hours, a deleted entry, notes, a report
/// with a note and one without, personal data in messages.
fn journal() -> (Journal, u64) {
    let mut j = Journal::new();
    let slot = append(
        &mut j,
        &failure(
            T0,
            PREF_URL,
            PREF_TITLE,
            FailureKind::NoSlot,
            "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous.",
        ),
    );
    attempt(&mut j, slot, T0 + 10 * 60_000); // 14:15
    attempt(&mut j, slot, T0 + 50 * 60_000); // 14:55
    attempt(&mut j, slot, T0 + HOUR); // 15:05
    let pii = append(
        &mut j,
        &failure(
            T0 + 2 * HOUR,
            ANEF_URL,
            "Connexion ANEF QWERTITLE",
            FailureKind::FormRejected,
            "Identifiant ou mot de passe incorrect. Pour M. Kowalski (NIR 1 84 12 76 451 089 46), appelez le 06 12 34 56 78 ou écrivez à jean.kowalski@example.fr.",
        ),
    );
    j.add_note(Some(pii), NOTE, &when(T0 + 2 * HOUR + 60_000), "0.1.0")
        .expect("note");
    j.add_note(
        None,
        "Note sur tout le journal NOTEMARKER",
        &when(T0 + 2 * HOUR + 90_000),
        "0.1.0",
    )
    .expect("note");
    let gone = append(
        &mut j,
        &failure(
            T0 + 3 * HOUR,
            "https://wwwd.caf.fr/wps/portal/caffr/deleted-urlmarker",
            "CAF DELETEDTITLE",
            FailureKind::Unavailable,
            "Service momentanément indisponible DELETEDMARKER",
        ),
    );
    j.delete_entry(
        gone,
        "doublon DELETEDREASON",
        &when(T0 + 3 * HOUR + 1000),
        "0.1.0",
    )
    .expect("delete");
    // "This is blocking me": without a note, then with one (the note is the message).
    append(
        &mut j,
        &failure(
            T0 + 4 * HOUR,
            PREF_URL,
            PREF_TITLE,
            FailureKind::Other,
            REPORTED_MESSAGE,
        ),
    );
    append(
        &mut j,
        &failure(
            T0 + 5 * HOUR,
            ANEF_URL,
            "ANEF",
            FailureKind::Other,
            "Je n'y arrive pas REPORTNOTE, mon numéro 07 98 76 54 32",
        ),
    );
    // Read back from its stored form, as the extension does.
    let j = Journal::from_json(&j.to_json()).expect("reload");
    (j, slot)
}

fn export(j: &Journal, departement: Option<&str>) -> ResearchExport {
    research_records(j, &options(departement)).expect("export")
}

#[test]
fn one_record_per_entry_and_hour_deleted_entries_excluded() {
    let (j, _) = journal();
    let e = export(&j, None);
    assert!(e.left_out.is_empty(), "{:?}", e.left_out);
    let got: Vec<(&str, Kind, &str, u32)> = e
        .records
        .iter()
        .map(|r| {
            (
                r.portal.as_str(),
                r.failure_kind,
                r.hour_utc.as_str(),
                r.attempt_count,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("prefecture", Kind::NoSlot, "2024-03-12T14:00:00Z", 3),
            ("prefecture", Kind::NoSlot, "2024-03-12T15:00:00Z", 1),
            ("anef", Kind::WrongCredentials, "2024-03-12T16:00:00Z", 1),
            ("prefecture", Kind::UserReported, "2024-03-12T18:00:00Z", 1),
            ("anef", Kind::UserReported, "2024-03-12T19:00:00Z", 1),
        ]
    );
    for r in &e.records {
        r.validate().expect("valid");
        assert_eq!(r.weekday.as_str(), "tue");
        assert_eq!(r.departement, None);
        assert_eq!(
            ResearchRecord::from_json_line(&r.to_json_line()).as_ref(),
            Ok(r)
        );
    }
    assert_eq!(e.records[0].procedure, "rendez-vous");
    assert!(!e
        .records
        .iter()
        .any(|r| r.failure_kind == Kind::ServiceUnavailable));
}

#[test]
fn no_url_title_note_or_reason_in_any_output_byte() {
    let (j, _) = journal();
    for d in [None, Some("93")] {
        let e = export(&j, d);
        let outputs = [to_jsonl(&e.records), to_csv(&e.records)];
        for out in &outputs {
            for forbidden in [
                "http",
                "gouv.fr",
                "caf.fr",
                "booking",
                "urlmarker",
                "s3cr3t",
                "token",
                "REDACTED",
                "ZQXWTITLE",
                "QWERTITLE",
                "DELETEDTITLE",
                "Prise de rendez-vous",
                "NOTEMARKER",
                "REPORTNOTE",
                "Je n'y arrive pas",
                "DELETEDMARKER",
                "DELETEDREASON",
                "doublon",
                "Europe/Paris",
                "+01:00",
                "07 98 76 54 32",
                "(signalé par la personne)",
                "Kowalski",
                "kowalski",
                "@",
                "06 12 34 56 78",
                "1 84 12 76 451 089 46",
                "184127645108946",
            ] {
                assert!(!out.contains(forbidden), "{forbidden:?} found in\n{out}");
            }
        }
    }
}

#[test]
fn personal_data_in_a_message_becomes_placeholders() {
    let (j, _) = journal();
    let e = export(&j, None);
    let anef = &e.records[2];
    assert_eq!(
        anef.message,
        "Identifiant ou mot de passe incorrect. Pour M. [NAME] (NIR [NIR]), appelez le [PHONE] ou écrivez à [EMAIL]."
    );
    // Reports carry no message at all.
    assert!(e.records[3].message.is_empty() && e.records[4].message.is_empty());
}

#[test]
fn hostile_long_messages_are_cut_and_kept_on_one_line() {
    let mut j = Journal::new();
    let mut hostile = String::from("Erreur\n\r\t\u{0}\u{7f}\u{85}\u{2028} ligne ");
    while hostile.chars().count() < 19_000 {
        hostile.push_str("é𝔸\u{200b}x \"quote\", ");
    }
    hostile.push_str(" tél. 06 12 34 56 78");
    append(
        &mut j,
        &failure(T0, ANEF_URL, "t", FailureKind::FormRejected, &hostile),
    );
    let e = export(&j, None);
    let r = &e.records[0];
    r.validate().expect("valid");
    assert_eq!(r.message.chars().count(), MAX_MESSAGE_CHARS);
    assert!(r.message.ends_with('…'));
    assert!(
        r.message.starts_with("Erreur ligne é𝔸"),
        "{:?}",
        &r.message[..40]
    );
    assert!(!r.message.chars().any(char::is_control));
    let csv = to_csv(&e.records);
    assert_eq!(
        csv.lines().count(),
        2,
        "one header, one row: no line break inside a field"
    );
    assert_eq!(to_jsonl(&e.records).lines().count(), 1);
}

#[test]
fn attempts_are_grouped_per_utc_hour() {
    let mut j = Journal::new();
    let base = 1_710_252_000_000; // 14:00:00
    let e = append(
        &mut j,
        &failure(
            base,
            PREF_URL,
            "t",
            FailureKind::NoSlot,
            "Aucun créneau disponible",
        ),
    );
    for m in [1, 30, 59] {
        attempt(&mut j, e, base + m * 60_000);
    }
    attempt(&mut j, e, base + HOUR); // 15:00:00 exactly: the next hour
    attempt(&mut j, e, base + 26 * HOUR); // the next day, 16:00
    let got: Vec<(String, &str, u32)> = export(&j, None)
        .records
        .iter()
        .map(|r| (r.hour_utc.clone(), r.weekday.as_str(), r.attempt_count))
        .collect();
    assert_eq!(
        got,
        [
            ("2024-03-12T14:00:00Z".to_string(), "tue", 4),
            ("2024-03-12T15:00:00Z".to_string(), "tue", 1),
            ("2024-03-13T16:00:00Z".to_string(), "wed", 1),
        ]
    );
}

#[test]
fn departement_only_when_given_and_only_a_real_one() {
    let (j, _) = journal();
    let e = export(&j, Some("2A"));
    assert!(e
        .records
        .iter()
        .all(|r| r.departement.as_deref() == Some("2A")));
    assert!(to_jsonl(&e.records).contains("\"departement\":\"2A\""));
    assert!(!to_jsonl(&export(&j, None).records).contains("departement"));
    for bad in [
        "20",
        "2C",
        "975",
        "00",
        "96",
        "",
        " 93",
        "93 ",
        "Seine-Saint-Denis",
        "9",
    ] {
        let err = research_records(&j, &options(Some(bad))).expect_err(bad);
        assert!(err.contains("département"), "{bad}: {err}");
    }
    for good in ["01", "93", "2B", "974", "976"] {
        assert!(research_records(&j, &options(Some(good))).is_ok(), "{good}");
    }
}

#[test]
fn bad_options_are_refused_in_words() {
    let (j, _) = journal();
    let mut o = options(None);
    o.contributor_id = "ABC".into();
    assert!(research_records(&j, &o)
        .expect_err("id")
        .contains("contributor_id"));
    let mut o = options(None);
    o.export_id = "3F6C1E0B9A2D4C7E8F1A2B3C4D5E6F70".into();
    assert!(research_records(&j, &o)
        .expect_err("id")
        .contains("export_id"));
    let mut o = options(None);
    o.extension_version = "dev".into();
    assert!(research_records(&j, &o)
        .expect_err("v")
        .contains("extension_version"));
}

#[test]
fn journal_kinds_map_to_research_kinds() {
    let cases = [
        (
            FailureKind::NoSlot,
            "Aucun créneau disponible",
            Kind::NoSlot,
        ),
        (
            FailureKind::HttpError,
            "HTTP 500 Internal Server Error",
            Kind::HttpError,
        ),
        (
            FailureKind::Timeout,
            "Erreur réseau : net::ERR_TIMED_OUT",
            Kind::NetworkError,
        ),
        (
            FailureKind::Unavailable,
            "Service momentanément indisponible",
            Kind::ServiceUnavailable,
        ),
        (
            FailureKind::SessionExpired,
            "Votre session a expiré",
            Kind::SessionExpired,
        ),
        (
            FailureKind::Captcha,
            "Le code de sécurité saisi est incorrect",
            Kind::CaptchaBlocked,
        ),
        (
            FailureKind::FormRejected,
            "Le champ Nom est obligatoire",
            Kind::FormError,
        ),
        (
            FailureKind::FormRejected,
            "Identifiant ou mot de passe invalide.",
            Kind::WrongCredentials,
        ),
        (
            FailureKind::FormRejected,
            "Compte verrouillé après trois essais.",
            Kind::AccountLocked,
        ),
        (
            FailureKind::FormRejected,
            "Fichier trop volumineux (max 2 Mo)",
            Kind::FileRefused,
        ),
        (
            FailureKind::FormRejected,
            "Format de fichier non supporté",
            Kind::FileRefused,
        ),
        (
            FailureKind::FormRejected,
            "Une erreur technique est survenue.",
            Kind::TechnicalError,
        ),
        (FailureKind::Other, "", Kind::UserReported),
        (FailureKind::Other, REPORTED_MESSAGE, Kind::UserReported),
        (FailureKind::Other, "ma propre phrase", Kind::UserReported),
    ];
    for (i, (kind, message, expected)) in cases.into_iter().enumerate() {
        let mut j = Journal::new();
        append(
            &mut j,
            &failure(T0 + i as i64 * HOUR, ANEF_URL, "t", kind, message),
        );
        let e = export(&j, None);
        assert_eq!(e.records.len(), 1, "{message}");
        assert_eq!(
            e.records[0].failure_kind,
            expected,
            "{} {message:?}",
            kind.as_str()
        );
        let Record::Entry(entry) = &j.records()[0] else {
            panic!("entry")
        };
        assert_eq!(entry_fields(entry).failure_kind, expected);
    }
}

#[test]
fn unknown_portals_and_procedures_are_not_shared() {
    let mut j = Journal::new();
    append(
        &mut j,
        &failure(
            T0,
            "https://www.example.org/private/path",
            "t",
            FailureKind::HttpError,
            "HTTP 500",
        ),
    );
    append(
        &mut j,
        &failure(
            T0 + HOUR,
            "https://www.demarches-simplifiees.fr/dossiers/12345678/brouillon",
            "t",
            FailureKind::HttpError,
            "HTTP 502",
        ),
    );
    let e = export(&j, None);
    assert_eq!(
        (
            e.records[0].portal.as_str(),
            e.records[0].procedure.as_str()
        ),
        ("other", "unknown")
    );
    assert_eq!(
        (
            e.records[1].portal.as_str(),
            e.records[1].procedure.as_str()
        ),
        ("demarches-simplifiees", "unknown")
    );
    let out = to_jsonl(&e.records);
    assert!(
        !out.contains("example") && !out.contains("12345678"),
        "{out}"
    );
}

#[test]
fn the_export_takes_fewer_records_but_never_changed_ones() {
    let (j, _) = journal();
    let issued = export(&j, None).records;
    // Leaving records out is the person's right.
    let kept = vec![issued[0].clone(), issued[2].clone()];
    check_export(&kept, &issued).expect("subset");
    check_export(&[], &issued).expect("nothing");
    // A changed field, even to a valid value, is refused.
    let mut changed = kept.clone();
    changed[1].portal = "caf".into();
    let err = check_export(&changed, &issued).expect_err("changed");
    assert!(err.contains("record 2") && err.contains("changed"), "{err}");
    let mut pii = kept.clone();
    pii[0].message = "Appelez le 06 12 34 56 78".into();
    assert!(check_export(&pii, &issued).is_err());
    let mut invalid = kept.clone();
    invalid[0].attempt_count = 0;
    let err = check_export(&invalid, &issued).expect_err("invalid");
    assert!(
        err.contains("record 1 is not valid") && err.contains("attempt_count"),
        "{err}"
    );
    let twice = vec![issued[0].clone(), issued[0].clone()];
    assert!(check_export(&twice, &issued)
        .expect_err("twice")
        .contains("twice"));
    // Records of another export are not these.
    let mut other = options(None);
    other.export_id = "00000000000000000000000000000001".into();
    let elsewhere = research_records(&j, &other).expect("other").records;
    assert!(check_export(&elsewhere[..1], &issued).is_err());
}

#[test]
fn exports_read_back_by_the_aggregator_without_any_issue() {
    let (j, _) = journal();
    let e = export(&j, Some("93"));
    for (name, text) in [
        ("a.jsonl", to_jsonl(&e.records)),
        ("b.csv", to_csv(&e.records)),
    ] {
        let mut agg = Aggregator::new(Options {
            k: 1,
            ..Options::default()
        });
        let mut issues: Vec<Issue> = Vec::new();
        agg.add_source(name, Cursor::new(text.into_bytes()), &mut |i: &Issue| {
            issues.push(i.clone())
        });
        assert!(issues.is_empty(), "{name}: {issues:?}");
        assert_eq!(agg.stats().records, e.records.len() as u64, "{name}");
    }
}
