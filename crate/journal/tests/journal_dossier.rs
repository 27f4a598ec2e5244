//! The dossier a judge reads: French only (the meanings in the person's language left out, the
//! person's notes verbatim and named), the figures of the first page, the calendar grid, the
//! table, the captures (deleted ones named as removed) and the ZIP it names.

mod journal_support;

use journal_support::*;
use relais_journal::french::NBSP;
use relais_journal::*;

const HOUR: i64 = 60 * MINUTE;

fn input(printed: i64, lang: Option<&str>) -> DossierInput<'_> {
    DossierInput {
        printed: when(printed),
        person_lang: lang,
    }
}

fn fact<'a>(d: &'a Dossier, id: &str) -> &'a str {
    &d.facts
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no fact {id}"))
        .text
}

fn plain(s: &str) -> String {
    s.replace(NBSP, " ")
}

fn arabic(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(*c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF))
        .count()
}

#[test]
fn sample_dossier() {
    let s = sample();
    let d = s.journal.dossier(&input(T0 + 3 * DAY, Some("en")), |n| {
        s.files.get(n).map(Vec::as_slice)
    });
    // #1, #2, #4 (no slot) and #5 (503); #3 was deleted.
    assert_eq!((d.attempts, d.days, d.span_days), (4, 2, 2));
    assert_eq!(
        plain(fact(&d, "attempts")),
        "4 tentatives sur 2 jours distincts"
    );
    assert!(!d.same_answer);
    assert_eq!(d.answers.len(), 2);
    assert_eq!(d.rows.len(), 5, "the deleted entry's row is shown, marked");
    let deleted = d.rows.iter().find(|r| r.seq == 3).expect("row 3");
    assert_eq!(deleted.number, None);
    assert!(
        deleted.deleted.as_deref().is_some_and(|t| t
            .contains("motif donné par la personne, en anglais : « photo shows my file number »")),
        "{:?}",
        deleted.deleted
    );
    assert_eq!(
        d.rows.iter().map(|r| r.number).collect::<Vec<_>>(),
        [Some(1), Some(2), None, Some(3), Some(4)]
    );
    // 2024-11-02T21:14:03.120Z is a Saturday, 22:14 in Paris.
    assert_eq!(
        plain(&d.rows[0].when),
        "samedi 2 novembre 2024 à 22 h 14 min 03 s (heure de Paris)"
    );
    assert_eq!(
        d.rows[0].server.as_deref().map(plain).as_deref(),
        Some("22 h 14 min 03 s")
    );
    assert_eq!(d.rows[0].failure, "aucun créneau libre");
    assert_eq!(d.rows[2].failure, "erreur HTTP 503 (service indisponible)");
    assert_eq!(d.rows[0].portal, "Préfecture (rendez-vous)");
    // Addresses go to the annex, numbered; secrets were removed before recording.
    assert_eq!(d.addresses.len(), 2);
    assert!(d.addresses[0].url.contains("REDACTED") && !d.addresses[0].url.contains("s3cr3t"));
    assert_eq!((d.rows[0].address, d.rows[2].address), (1, 2));
    // Captures: the deleted entry's is named as removed, with the reason; the others are here.
    assert_eq!(d.captures.len(), 4);
    let removed = d.captures.iter().find(|c| c.seq == 3).expect("capture 3");
    assert!(!removed.present);
    assert!(
        removed.removed.as_deref().is_some_and(
            |t| t.contains("Capture retirée") && t.contains("photo shows my file number")
        )
    );
    assert!(d
        .captures
        .iter()
        .filter(|c| c.seq != 3)
        .all(|c| c.present && c.removed.is_none()));
    assert_eq!(
        d.captures.iter().find(|c| c.seq == 5).map(|c| c.kind),
        Some("dom")
    );
    // The ZIP it names is the export, byte for byte.
    let zip = s.bundle();
    let b = d.bundle.as_ref().expect("bundle");
    assert_eq!(b.sha256, sha256_hex(&zip));
    assert_eq!(b.size, zip.len() as u64);
    assert_eq!(
        b.name,
        format!("relais-dossier-2024-11-04-{}.zip", &d.head[..12])
    );
    assert_eq!(d.head, s.journal.head());
    assert!(fact(&d, "head").contains(&d.head));
    // No meaning in the person's language anywhere.
    let json = serde_json::to_string(&d).expect("json");
    assert!(
        !json.contains("There is no free appointment slot"),
        "{json}"
    );
    assert!(plain(&d.printed).starts_with("mardi 5 novembre 2024 à 22 h 14"));
}

/// 40 attempts over 21 days at varied hours, with Arabic meanings and an Arabic note.
fn weeks() -> (Store, i64) {
    let mut s = Store::default();
    // 2026-11-16 is a Monday; 07:56:15 in Paris (UTC+1) is 06:56:15Z.
    let day0 = time::days_from_civil(2026, 11, 16) * DAY;
    let hours = [
        6, 7, 12, 18, 22, 0, 9, 13, 20, 23, 5, 11, 15, 19, 2, 8, 14, 17, 21, 10,
    ];
    let mut n = 0;
    for d in 0..21 {
        let tries = if d < 19 { 2 } else { 1 };
        for k in 0..tries {
            if n == 40 {
                break;
            }
            let h = hours[(d as usize + k * 7) % hours.len()];
            let t =
                day0 + d * DAY + h * HOUR + (56 * MINUTE + 15_000) - HOUR + k as i64 * 37 * MINUTE;
            let mut f = no_slot(t);
            f.server_date = Some(http_date(t - 2_000));
            f.meaning = Some(Meaning {
                lang: "ar".into(),
                text: "لا يوجد موعد متاح".into(),
            });
            s.record(&f, Some(jpeg(n, 500)));
            n += 1;
        }
    }
    assert_eq!(n, 40);
    let note_time = day0 + 3 * DAY;
    s.journal
        .add_note(
            Some(1),
            "حاولت مرة أخرى في الليل",
            &when(note_time),
            "0.2.0",
        )
        .expect("note");
    s.journal
        .add_note(
            None,
            "J’ai essayé chaque soir après le travail.",
            &when(note_time + HOUR),
            "0.2.0",
        )
        .expect("note");
    (s, day0)
}

fn http_date(ms: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, mo, d, h, mi, s, _) = time::parts(ms);
    format!(
        "{}, {d:02} {} {y} {h:02}:{mi:02}:{s:02} GMT",
        DAYS[ms.div_euclid(DAY).rem_euclid(7) as usize],
        MONTHS[mo as usize - 1]
    )
}

#[test]
fn weeks_of_attempts() {
    let (s, day0) = weeks();
    let d = s.journal.dossier(&input(day0 + 22 * DAY, Some("ar")), |n| {
        s.files.get(n).map(Vec::as_slice)
    });
    assert_eq!((d.attempts, d.days, d.span_days), (40, 21, 21));
    assert_eq!(
        plain(fact(&d, "attempts")),
        "40 tentatives sur 21 jours distincts"
    );
    assert!(d.same_answer);
    assert!(plain(fact(&d, "answer")).starts_with(
        "la même à chacune des 40 tentatives — aucun créneau libre : « Il n'existe plus de plage horaire libre"
    ));
    assert!(
        plain(fact(&d, "period")).starts_with("du lundi 16 novembre 2026 à "),
        "{}",
        fact(&d, "period")
    );
    assert!(plain(fact(&d, "period")).ends_with("(heure de Paris), soit 21 jours calendaires"));
    assert!(plain(fact(&d, "server")).contains("pour 40 des 40 tentatives"));
    assert!(
        plain(fact(&d, "server")).contains("suit la date du serveur de 2 s"),
        "{}",
        fact(&d, "server")
    );
    assert!(plain(fact(&d, "hours")).contains("différentes de la journée"));
    assert_eq!(d.zone.as_deref(), Some("heure de Paris"));
    assert!(fact(&d, "procedure").contains("titre de séjour — module de prise de rendez-vous en ligne de la préfecture (www.seine-saint-denis.gouv.fr)"));
    // The grid: one row per day, Monday first; every attempt in its hour.
    assert_eq!(d.grid.rows.len(), 21);
    assert!(d.grid.rows[0].monday && d.grid.rows[7].monday && !d.grid.rows[1].monday);
    assert!(d.grid.rows[5].weekend && d.grid.rows[6].weekend);
    assert_eq!(plain(&d.grid.rows[0].label), "lun. 16 nov.");
    assert_eq!(d.grid.rows.iter().map(|r| r.total).sum::<u32>(), 40);
    let first = &d.rows[0];
    assert_eq!(d.grid.rows[0].hours[6], 1, "{}", first.when);
    assert_eq!(
        plain(&first.when),
        "lundi 16 novembre 2026 à 06 h 56 min 15 s (heure de Paris)"
    );
    // Notes: verbatim, named with their language; the Arabic is nowhere else.
    assert_eq!(d.notes.len(), 2);
    assert_eq!(d.notes[0].label, "Note de la personne, en arabe");
    assert_eq!((d.notes[0].lang, d.notes[0].dir), (Some("ar"), "rtl"));
    assert_eq!(d.notes[0].about, "à propos de la tentative 1");
    assert_eq!(d.notes[1].label, "Note de la personne, en français");
    assert_eq!(d.notes[1].about, "sur l’ensemble du dossier");
    assert_eq!(d.rows[0].notes, vec![d.notes[0].seq]);
    let json = serde_json::to_string(&d).expect("json");
    assert_eq!(
        arabic(&json),
        arabic(&d.notes[0].text),
        "Arabic outside the notes"
    );
    // The letter's list: one line per day.
    assert_eq!(d.letter.days.len(), 21);
    assert_eq!(
        plain(&d.letter.days[3]),
        "jeudi 19 novembre 2026 : à 00 h 33, à 06 h 33 et à 18 h 56"
    );
    assert!(plain(&d.letter.days[0]).starts_with("lundi 16 novembre 2026 : à 06 h 56"));
    assert_eq!(d.letter.procedure.as_deref(), Some("titre de séjour"));
    assert_eq!(d.letter.site, "www.seine-saint-denis.gouv.fr");
    assert_eq!(
        plain(&d.letter.tried),
        "40 fois, sur 21 jours différents, du lundi 16 novembre 2026 au dimanche 6 décembre 2026, à des heures différentes"
    );
    assert!(d
        .letter
        .answer
        .starts_with("À chaque fois, le site a affiché : « Il n'existe plus"));
    assert_eq!(d.captures.len(), 40);
    assert!(d.captures.iter().all(|c| c.present));
}

#[test]
fn summer_time_and_other_zones() {
    let mut s = Store::default();
    // 2026-07-14T06:00:00Z: 08:00 in Paris (UTC+2), 03:00 in Cayenne (UTC−3).
    let t = time::days_from_civil(2026, 7, 14) * DAY + 6 * HOUR;
    let mut f = no_slot(t);
    f.when.offset_minutes = 120;
    f.server_date = Some("Tue, 14 Jul 2026 05:59:58 GMT".into());
    s.record(&f, None);
    let mut g = http_503(t + DAY);
    g.when = When {
        utc_ms: t + DAY,
        offset_minutes: -180,
        time_zone: "America/Cayenne".into(),
    };
    s.record(&g, None);
    let d = s.journal.dossier(&input(t + 2 * DAY, None), |_| None);
    assert_eq!(
        plain(&d.rows[0].when),
        "mardi 14 juillet 2026 à 08 h 00 min 00 s (heure de Paris)"
    );
    assert_eq!(
        d.rows[0].server.as_deref().map(plain).as_deref(),
        Some("07 h 59 min 58 s")
    );
    assert_eq!(
        plain(&d.rows[1].when),
        "mercredi 15 juillet 2026 à 03 h 00 min 00 s (heure de la Guyane, UTC−3)"
    );
    assert_eq!(d.zone, None, "two clocks: the grid says so");
    assert!(plain(fact(&d, "server")).contains("pour 1 des 2 tentatives"));
    assert_eq!(d.grid.rows.len(), 2);
    assert_eq!(d.grid.rows[0].hours[8], 1);
    assert_eq!(d.grid.rows[1].hours[3], 1);
}

#[test]
fn empty_journal() {
    let j = Journal::new();
    let d = j.dossier(&input(T0, None), |_| None);
    assert_eq!((d.attempts, d.days, d.rows.len()), (0, 0, 0));
    assert!(d.bundle.is_none() && d.bundle_problem.is_none());
    assert_eq!(fact(&d, "attempts"), "aucune tentative enregistrée");
}

#[test]
fn a_reported_blocking_is_not_quoted_as_the_portals_message() {
    let mut s = Store::default();
    let day = 2 * HOUR;
    for i in 0..3 {
        s.record(&no_slot(T0 + i * day), None);
    }
    let mut reported = no_slot(T0 + 3 * day);
    reported.failure = FailureKind::Other;
    reported.message = REPORTED_MESSAGE.to_string();
    reported.url = "https://www.seine-saint-denis.gouv.fr/booking/create/9829/0".into();
    s.record(&reported, Some(jpeg(9, 800)));
    let d = s.journal.dossier(&input(T0 + DAY, None), |n| {
        s.files.get(n).map(Vec::as_slice)
    });
    assert_eq!(d.rows[3].message, "");
    assert_eq!(d.rows[3].failure, "blocage signalé par la personne");
    assert_eq!(
        plain(fact(&d, "answer")),
        "2 réponses différentes : aucun créneau libre : « Il n'existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement. » (3 fois) ; blocage signalé par la personne, sans message du portail (1 fois)"
    );
    assert_eq!(
        plain(&d.letter.answer),
        "Le site a affiché 3 fois : « Il n'existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement. » J’ai aussi signalé moi-même un blocage dans l’extension, au moment où il se produisait."
    );
    // Only the answer that differs from the usual one is named in the letter's list.
    assert_eq!(
        plain(&d.letter.days[0]),
        "samedi 2 novembre 2024 : à 22 h 14"
    );
    assert_eq!(
        plain(&d.letter.days[1]),
        "dimanche 3 novembre 2024 : à 00 h 14, à 02 h 14 et à 04 h 14 (blocage signalé par la personne)"
    );
}
