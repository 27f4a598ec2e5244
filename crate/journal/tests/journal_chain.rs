//! The journal's hash chain: building, grouping, deleting, and detecting every alteration.

mod journal_support;

use journal_support::*;
use relais_journal::*;

#[test]
fn a_chain_of_n_records_verifies() {
    for n in [0usize, 1, 2, 17, 120] {
        let mut s = Store::default();
        for i in 0..n {
            // Every third failure repeats the previous one a minute later: an attempt.
            let t = T0 + i as i64 * 30 * MINUTE + if i % 3 == 2 { -29 * MINUTE } else { 0 };
            let input = if i % 2 == 0 { no_slot(t) } else { http_503(t) };
            s.record(&input, (i % 4 != 3).then(|| jpeg(i as u64, 500)));
        }
        assert_eq!(s.journal.len(), n);
        let verified = verify_bundle(&s.bundle()).unwrap_or_else(|e| panic!("{n} records: {e}"));
        assert_eq!(verified.report.records, n as u64);
        assert_eq!(verified.report.head, s.journal.head());
        assert_eq!(verified.files, s.files);
        // The stored form reads back to the same journal.
        let again = Journal::from_json(&s.journal.to_json()).expect("reload");
        assert_eq!(again, s.journal);
        assert_eq!(again.to_json(), s.journal.to_json());
    }
}

#[test]
fn the_sample_verifies_with_its_counts() {
    let s = sample();
    let kinds: Vec<RecordKind> = s.journal.records().iter().map(Record::kind).collect();
    use RecordKind::*;
    assert_eq!(kinds, [Entry, Attempt, Entry, Attempt, Entry, Deletion]);
    let r = verify_bundle(&s.bundle()).expect("verify").report;
    assert_eq!(
        (r.records, r.entries, r.attempts, r.deletions),
        (6, 3, 2, 1)
    );
    assert_eq!(
        r.attempts_total, 4,
        "3 times entry 1, once entry 5; entry 3 is deleted"
    );
    assert_eq!((r.captures_checked, r.captures_dropped), (3, 1));
    assert_eq!(r.first.expect("first").utc, "2024-11-02T21:14:03.120Z");
    assert_eq!(r.last.expect("last").local, "2024-11-04T22:14:03.120+01:00");
}

#[test]
fn secrets_are_removed_and_portal_inferred() {
    let s = sample();
    let Record::Entry(e) = &s.journal.records()[0] else {
        panic!("not an entry")
    };
    assert_eq!(
        e.url,
        "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1?token=REDACTED&mail=REDACTED"
    );
    assert_eq!(
        (e.portal.as_str(), e.procedure.as_deref()),
        ("prefecture", Some("titre-de-sejour"))
    );
    assert_eq!(
        e.server_date.as_deref(),
        Some("Sat, 02 Nov 2024 21:14:03 GMT")
    );
    assert_eq!(e.time.local, "2024-11-02T22:14:03.120+01:00");
    assert_eq!(e.prev, GENESIS);
}

/// Flipping any single byte of any record's line in journal.json is detected, and the error
/// names that record.
#[test]
fn flipping_any_byte_of_a_record_names_it() {
    let s = sample();
    let files = unzip(&s.bundle());
    let json = String::from_utf8(files["journal.json"].clone()).expect("utf-8");
    let (lines, at) = record_lines(&json);
    assert_eq!(at.len(), 6);
    let mut checked = 0;
    for (i, &line) in at.iter().enumerate() {
        let seq = i as u64 + 1;
        for pos in 0..lines[line].len() {
            let mut bytes = lines[line].as_bytes().to_vec();
            bytes[pos] ^= 0x01;
            let mut all: Vec<Vec<u8>> = lines.iter().map(|l| l.as_bytes().to_vec()).collect();
            all[line] = bytes;
            let mut tampered = files.clone();
            tampered.insert("journal.json".to_string(), all.join(&b'\n'));
            match verify_bundle(&rezip(&tampered)) {
                Ok(_) => panic!("record #{seq}, byte {pos} flipped: accepted"),
                Err(e) => {
                    assert_eq!(
                        e.broken_record(),
                        Some(seq),
                        "record #{seq}, byte {pos}: {e}"
                    );
                    assert!(e.to_string().contains(&format!("record #{seq}")), "{e}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 1500, "{checked}");
}

#[test]
fn flipping_any_byte_of_a_capture_names_its_record() {
    let s = sample();
    let files = unzip(&s.bundle());
    let captures: Vec<&String> = files
        .keys()
        .filter(|n| n.starts_with("captures/"))
        .collect();
    assert_eq!(
        captures,
        [
            "captures/000001.jpg",
            "captures/000002.jpg",
            "captures/000005.html"
        ]
    );
    for name in captures {
        let seq: u64 = name[9..15].parse().expect("seq");
        let len = files[name].len();
        for pos in [0, 1, len / 2, len - 1] {
            let mut tampered = files.clone();
            if let Some(bytes) = tampered.get_mut(name) {
                bytes[pos] ^= 0x01;
            }
            let e = verify_bundle(&rezip(&tampered)).expect_err("tampered capture accepted");
            assert_eq!(e.broken_record(), Some(seq), "{name} byte {pos}: {e}");
            assert!(e.to_string().contains("is not the one recorded"), "{e}");
        }
    }
}

#[test]
fn removing_or_reordering_records_breaks_the_link() {
    let s = sample();
    let files = unzip(&s.bundle());
    let json = String::from_utf8(files["journal.json"].clone()).expect("utf-8");
    let (lines, at) = record_lines(&json);
    let check = |lines: Vec<String>, seq: u64, words: &str| {
        let mut tampered = files.clone();
        tampered.insert("journal.json".to_string(), lines.join("\n").into_bytes());
        let e = verify_bundle(&rezip(&tampered)).expect_err("accepted");
        assert_eq!(e.broken_record(), Some(seq), "{e}");
        assert!(e.to_string().contains(words), "{e}");
    };
    // Remove record #2: the record now in position 2 does not follow #1.
    let mut removed = lines.clone();
    removed.remove(at[1]);
    check(removed, 2, "link to the previous record is broken");
    // Swap #4 and #5 (keeping the commas where they were).
    let mut swapped = lines.clone();
    let (a, b) = (
        swapped[at[3]].trim_end_matches(',').to_string(),
        swapped[at[4]].trim_end_matches(',').to_string(),
    );
    swapped[at[3]] = format!("{b},");
    swapped[at[4]] = format!("{a},");
    check(swapped, 4, "link to the previous record is broken");
}

#[test]
fn repeated_failures_are_attempts_of_one_entry() {
    let mut s = Store::default();
    let a = s.record(&no_slot(T0), None);
    let b = s.record(&no_slot(T0 + 9 * MINUTE), None); // within 10 minutes of the entry
    let c = s.record(&no_slot(T0 + 18 * MINUTE), None); // within 10 minutes of the last attempt
    let other = s.record(&http_503(T0 + 19 * MINUTE), None);
    let d = s.record(&no_slot(T0 + 20 * MINUTE), None); // still the same group: another failure in between
    let late = s.record(&no_slot(T0 + 40 * MINUTE), None); // 20 minutes later: a new entry
    let mut different = no_slot(T0 + 41 * MINUTE);
    different.message = "Le service est fermé.".to_string();
    let diff = s.record(&different, None);
    let before = s.record(&no_slot(T0 + 30 * MINUTE), None); // clock went back: new entry
    use RecordKind::*;
    let got: Vec<(RecordKind, u64)> = [&a, &b, &c, &other, &d, &late, &diff, &before]
        .iter()
        .map(|x| (x.kind, x.entry))
        .collect();
    assert_eq!(
        got,
        [
            (Entry, 1),
            (Attempt, 1),
            (Attempt, 1),
            (Entry, 4),
            (Attempt, 1),
            (Entry, 6),
            (Entry, 7),
            (Entry, 8)
        ]
    );

    let groups = s.journal.groups(false);
    assert_eq!(groups.len(), 5);
    let times: Vec<&str> = groups[0]
        .attempts
        .iter()
        .map(|t| t.time.utc.as_str())
        .collect();
    assert_eq!(
        times,
        [
            "2024-11-02T21:14:03.120Z",
            "2024-11-02T21:23:03.120Z",
            "2024-11-02T21:32:03.120Z",
            "2024-11-02T21:34:03.120Z"
        ]
    );
    assert_eq!(
        groups[0].attempts.iter().map(|a| a.seq).collect::<Vec<_>>(),
        [1, 2, 3, 5]
    );
    verify_bundle(&s.bundle()).expect("verify");
}

#[test]
fn deletions_stay_in_the_chain() {
    let mut s = sample();
    // Entry 3 is deleted: no attempt, no second deletion.
    assert!(s
        .journal
        .append_attempt(3, &when(T0 + 3 * DAY), None, None, "0.1.0")
        .is_err());
    assert!(s
        .journal
        .delete_entry(3, "again", &when(T0 + 3 * DAY), "0.1.0")
        .is_err());
    assert!(s
        .journal
        .delete_entry(
            2,
            "an attempt is not an entry",
            &when(T0 + 3 * DAY),
            "0.1.0"
        )
        .is_err());
    assert!(s
        .journal
        .delete_entry(99, "no such entry", &when(T0 + 3 * DAY), "0.1.0")
        .is_err());
    // A new identical failure does not join a deleted entry.
    let again = s.record(&http_503(T0 + 3 * MINUTE + 30_000), None);
    assert_eq!(again.kind, RecordKind::Entry);

    assert_eq!(s.journal.groups(false).len(), 3);
    let all = s.journal.groups(true);
    let deleted = all
        .iter()
        .find(|g| g.entry.seq == 3)
        .and_then(|g| g.deleted.clone())
        .expect("deleted");
    assert_eq!(
        (deleted.seq, deleted.reason.as_str()),
        (6, "photo shows my file number")
    );
    assert_eq!(s.journal.droppable_files(), ["captures/000003.jpg"]);

    // Deleting entry 1 drops the captures of its attempts too.
    s.journal
        .delete_entry(1, "wrong person", &when(T0 + 4 * DAY), "0.1.0")
        .expect("delete");
    let report = verify_bundle(&s.bundle()).expect("verify").report;
    assert_eq!(
        (
            report.deletions,
            report.captures_dropped,
            report.captures_checked
        ),
        (2, 3, 1)
    );
    // Keeping a deleted entry's capture in the bundle is allowed, if it is the right one.
    let mut files = unzip(&s.bundle());
    files.insert("captures/000001.jpg".to_string(), jpeg(1, 3000));
    assert_eq!(
        verify_bundle(&rezip(&files))
            .expect("verify")
            .report
            .captures_dropped,
        2
    );
}

#[test]
fn invalid_input_is_refused() {
    let mut j = Journal::new();
    let mut bad_time = no_slot(0);
    assert!(j
        .record_failure(&bad_time, None, DEFAULT_WINDOW_MS)
        .is_err());
    bad_time.when = When {
        utc_ms: T0,
        offset_minutes: 24 * 60,
        time_zone: "X".into(),
    };
    assert!(j
        .record_failure(&bad_time, None, DEFAULT_WINDOW_MS)
        .is_err());
    let mut status = http_503(T0);
    status.http_status = Some(42);
    assert!(j.record_failure(&status, None, DEFAULT_WINDOW_MS).is_err());
    let wrong_type = CaptureInput {
        kind: CaptureKind::Screenshot,
        media_type: "text/html",
        bytes: b"<p>",
    };
    assert!(j
        .record_failure(&no_slot(T0), Some(wrong_type), DEFAULT_WINDOW_MS)
        .is_err());
    assert!(j.is_empty(), "nothing written on error");
}

#[test]
fn export_refuses_missing_or_wrong_captures() {
    let s = sample();
    let e = s
        .journal
        .export_bundle(|_| None)
        .expect_err("exported without captures");
    assert!(matches!(e, JournalError::MissingFile(_)), "{e}");
    let wrong = jpeg(9, 10);
    let e = s
        .journal
        .export_bundle(|_| Some(&wrong[..]))
        .expect_err("exported wrong captures");
    assert!(e.to_string().contains("hash to"), "{e}");
    // The same journal always gives the same bytes.
    assert_eq!(s.bundle(), s.bundle());
}

#[test]
fn summary_for_the_dossier() {
    // Bakary: 41 attempts between 2 and 23 November, all answered "no free slot", one a night,
    // some nights twice; one 503 on ANEF; one deleted entry that must not count.
    let mut s = Store::default();
    for day in 0..22 {
        let t = T0 + day * DAY;
        s.record(&no_slot(t), None);
        if day < 19 {
            s.record(&no_slot(t + 20 * MINUTE), None);
        }
    }
    s.record(&http_503(T0 + 5 * DAY + 7 * MINUTE), None);
    let gone = s.record(&http_503(T0 + 6 * DAY), None);
    s.journal
        .delete_entry(
            gone.entry,
            "by mistake",
            &when(T0 + 6 * DAY + MINUTE),
            "0.1.0",
        )
        .expect("delete");

    let sum = s.journal.summary();
    assert_eq!((sum.attempts, sum.deletions), (42, 1));
    let pref = &sum.portals[0];
    assert_eq!(
        (pref.portal.as_str(), pref.attempts, pref.only_failure),
        ("prefecture", 41, Some(FailureKind::NoSlot))
    );
    assert_eq!(
        (pref.first.local_date(), pref.last.local_date()),
        ("2024-11-02", "2024-11-23")
    );
    assert_eq!(pref.failures[0].messages[0].message, NO_SLOT);
    assert_eq!(pref.per_day.iter().map(|d| d.attempts).sum::<u64>(), 41);
    assert_eq!(pref.per_day[0].attempts, 2);
    assert_eq!(sum.portals[1].portal, "anef");
    assert_eq!(sum.portals[1].failures[0].http_status, Some(503));
    assert_eq!(
        sum.sentences()[0],
        format!(
            "41 attempts between 2024-11-02 and 2024-11-23 on préfecture (prise de rendez-vous), \
             all answered no-slot (\u{ab}\u{a0}{NO_SLOT}\u{a0}\u{bb})"
        )
    );
    assert_eq!(
        sum.sentences()[1],
        "1 attempt on 2024-11-07 on ANEF (administration-etrangers-en-france), answered http-error \
         (\u{ab}\u{a0}Service temporairement indisponible\u{a0}\u{bb})"
    );
}

#[test]
fn notes_are_chained_and_never_counted_as_attempts() {
    let mut s = sample();
    let before = verify_bundle(&s.bundle()).expect("verify").report;
    let on_entry = s
        .journal
        .add_note(
            Some(1),
            "  Tried from the France Services desk.  ",
            &when(T0 + 5 * DAY),
            "0.2.0",
        )
        .expect("note on entry 1");
    assert_eq!(on_entry.kind, RecordKind::Note);
    let general = s
        .journal
        .add_note(
            None,
            "Accompanied by the social worker of the centre.",
            &when(T0 + 5 * DAY),
            "0.2.0",
        )
        .expect("note on the journal");
    assert_eq!(general.entry, 0);
    // Refused: empty, too long, on a deleted entry, on an attempt, on no entry.
    for (entry, text) in [
        (None, "   "),
        (Some(3), "entry 3 is deleted"),
        (Some(2), "record 2 is an attempt"),
        (Some(99), "no such entry"),
    ] {
        assert!(
            s.journal
                .add_note(entry, text, &when(T0 + 5 * DAY), "0.2.0")
                .is_err(),
            "{entry:?} {text}"
        );
    }
    let long = "x".repeat(MAX_NOTE_CHARS + 1);
    assert!(s
        .journal
        .add_note(None, &long, &when(T0 + 5 * DAY), "0.2.0")
        .is_err());

    let g = s.journal.groups(false);
    let first = g.iter().find(|g| g.entry.seq == 1).expect("entry 1");
    assert_eq!(first.notes.len(), 1);
    assert_eq!(first.notes[0].text, "Tried from the France Services desk.");
    assert_eq!(s.journal.journal_notes().len(), 1);

    let report = verify_bundle(&s.bundle()).expect("verify").report;
    assert_eq!(report.notes, 2);
    assert_eq!(report.records, before.records + 2);
    assert_eq!(
        report.attempts_total, before.attempts_total,
        "a note is not an attempt"
    );
    assert_eq!(s.journal.summary(), {
        let mut j = Journal::from_json(&s.journal.to_json()).expect("reload");
        j = Journal::from_json(&j.to_json()).expect("reload twice");
        j.summary()
    });

    // Changing a note's words breaks its link, and the error names the note.
    let mut files = unzip(&s.bundle());
    let json = String::from_utf8(files["journal.json"].clone()).expect("utf8");
    let tampered = json.replacen("France Services desk", "France Services dusk", 1);
    assert_ne!(tampered, json);
    files.insert("journal.json".to_string(), tampered.into_bytes());
    let e = verify_bundle(&rezip(&files)).expect_err("tampered note");
    assert!(e.to_string().contains(&format!("#{}", on_entry.seq)), "{e}");
}

/// The stored layout (a head, one line per record) reads back to the same journal, record after
/// record as they are appended, and refuses a store that lost, gained, changed or reordered a
/// record, or whose head does not match its records.
#[test]
fn the_stored_layout_round_trips_and_refuses_every_alteration() {
    let mut s = Store::default();
    let mut lines: Vec<String> = Vec::new();
    for i in 0..12 {
        let input = if i % 2 == 0 {
            no_slot(T0 + i * 30 * MINUTE)
        } else {
            http_503(T0 + i * 30 * MINUTE)
        };
        s.record(&input, Some(jpeg(i as u64, 300)));
        // What a store appends after each record: that record's line (and the new head).
        lines.push(
            s.journal
                .stored_record(s.journal.len() as u64)
                .expect("line"),
        );
        let again = Journal::from_stored(&s.journal.stored_head(), &lines).expect("reload");
        assert_eq!(again, s.journal);
    }
    assert_eq!(s.journal.stored_record(0), None);
    assert_eq!(s.journal.stored_record(13), None);
    // The journal.json of the journal holds the very same lines.
    let json = s.journal.to_json();
    assert!(lines.iter().all(|l| json.contains(&format!("\n{l}"))));
    let head = s.journal.stored_head();
    let refused = |what: &str, head: &str, lines: &[String]| match Journal::from_stored(head, lines)
    {
        Ok(_) => panic!("{what}: accepted"),
        Err(e) => e.to_string(),
    };
    // A lost last record: the head counts one more.
    let e = refused("lost", &head, &lines[..11]);
    assert!(e.contains("holds 11 records but its head counts 12"), "{e}");
    // A record lost in the middle: the chain is broken there.
    let mut gap = lines.clone();
    gap.remove(4);
    let e = refused("gap", &head, &gap);
    assert!(e.contains("holds 11 records"), "{e}");
    let older = Journal::from_stored(&head, &lines).expect("ok");
    let mut partial = Store::default();
    for i in 0..11 {
        let input = if i % 2 == 0 {
            no_slot(T0 + i * 30 * MINUTE)
        } else {
            http_503(T0 + i * 30 * MINUTE)
        };
        partial.record(&input, Some(jpeg(i as u64, 300)));
    }
    let e = refused(
        "gap under an older head",
        &partial.journal.stored_head(),
        &gap,
    );
    assert!(e.contains("record #5"), "{e}");
    // Changed: one character of one record.
    let mut changed = lines.clone();
    changed[7] = changed[7].replacen("indisponible", "indisp0nible", 1);
    assert_ne!(changed[7], lines[7]);
    let e = refused("changed", &head, &changed);
    assert!(
        e.contains("record #8") && e.contains("does not match its hash"),
        "{e}"
    );
    // Reordered.
    let mut swapped = lines.clone();
    swapped.swap(2, 3);
    let e = refused("swapped", &head, &swapped);
    assert!(e.contains("record #3"), "{e}");
    // A head that is not this chain's.
    let other = head.replace(older.head(), &"0".repeat(64));
    let e = refused("wrong head", &other, &lines);
    assert!(e.contains("ends with 0000"), "{e}");
    // Not JSON, with the record named.
    let mut broken = lines.clone();
    broken[2].push('}');
    let e = refused("not JSON", &head, &broken);
    assert!(e.contains("record #3"), "{e}");
    // A head from a newer Relais is refused like a newer journal.json.
    let newer = head.replace("\"schema\":2", "\"schema\":99");
    assert!(refused("newer", &newer, &lines).contains("newer"));
    // An empty journal has an empty store.
    let empty = Journal::new();
    assert_eq!(
        Journal::from_stored(&empty.stored_head(), &Vec::<String>::new()).expect("empty"),
        empty
    );
}

/// The figures kept record by record (issue 14: the journal page's first paint must not go over
/// every record) are always those recomputed from every record: after each entry, attempt,
/// note, deletion and timestamp-free change, and after the journal is read back from its
/// stored rows or its journal.json.
#[test]
fn the_figures_kept_with_each_record_are_those_of_every_record() {
    let mut s = Store::default();
    let check = |j: &Journal, what: &str| {
        assert_eq!(j.summary(), j.summary_recomputed(), "after {what}");
        let reread = Journal::from_json(&j.to_json()).expect("reload");
        assert_eq!(reread.summary(), j.summary(), "read back, after {what}");
        assert_eq!(&reread, j, "read back, after {what}");
    };
    check(&s.journal, "nothing");
    for i in 0..40i64 {
        // Distinct and repeated messages, two portals, attempts and new entries, days apart.
        let t = T0 + i * 7 * MINUTE + (i / 10) * DAY;
        let mut input = if i % 5 == 4 { http_503(t) } else { no_slot(t) };
        if i % 3 == 0 {
            input.message = format!("{} (guichet {})", input.message, i % 4);
        }
        s.record(&input, None);
        check(&s.journal, &format!("record {i}"));
        if i % 9 == 8 {
            let entry = s
                .journal
                .records()
                .iter()
                .rev()
                .find(|r| r.kind() == RecordKind::Entry && !s.journal.is_deleted(r.seq()))
                .map(Record::seq)
                .expect("an entry");
            s.journal
                .add_note(Some(entry), "une note", &when(t + 1), "0.2.0")
                .expect("note");
            s.journal
                .add_note(None, "sur tout le journal", &when(t + 2), "0.2.0")
                .expect("note");
            check(&s.journal, &format!("notes {i}"));
        }
        if i % 13 == 12 {
            let entry = s
                .journal
                .records()
                .iter()
                .find(|r| r.kind() == RecordKind::Entry && !s.journal.is_deleted(r.seq()))
                .map(Record::seq)
                .expect("an entry");
            s.journal
                .delete_entry(entry, "doublon", &when(t + 3), "0.2.0")
                .expect("delete");
            check(&s.journal, &format!("deletion {i}"));
        }
    }
    assert!(s.journal.summary().deletions >= 3);
    assert_eq!(s.journal.journal_notes().len(), 4);
    let deletions = s.journal.deletions();
    assert_eq!(deletions.len(), s.journal.summary().deletions as usize);
    assert!(deletions
        .iter()
        .all(|(e, d)| d.reason == "doublon" && s.journal.is_deleted(*e)));
}

/// The page's figures list at most a few messages per failure, the most frequent (first met
/// first among equals), and count the others; the full figures list every message.
#[test]
fn capped_figures_keep_the_most_frequent_messages_and_count_the_others() {
    let mut s = Store::default();
    // Messages 0..8, message k met k+1 times (an hour apart: every one a new entry).
    let mut t = T0;
    for k in 0..8 {
        for _ in 0..=k {
            let mut input = no_slot(t);
            input.message = format!("Message {k}");
            s.record(&input, None);
            t += 60 * MINUTE;
        }
    }
    let full = s.journal.summary();
    let messages = |sum: &Summary| -> Vec<(String, u64)> {
        sum.portals[0].failures[0]
            .messages
            .iter()
            .map(|m| (m.message.clone(), m.attempts))
            .collect()
    };
    assert_eq!(messages(&full).len(), 8);
    assert_eq!(full.portals[0].failures[0].messages_omitted, 0);
    let capped = s.journal.summary_capped(3);
    assert_eq!(
        messages(&capped),
        [
            ("Message 7".to_string(), 8),
            ("Message 6".to_string(), 7),
            ("Message 5".to_string(), 6)
        ]
    );
    assert_eq!(capped.portals[0].failures[0].messages_omitted, 5);
    assert_eq!(capped.portals[0].failures[0].attempts, 36);
    // Equal counts: the message met first comes first, as in the full figures.
    let mut s = Store::default();
    for (i, m) in ["B", "A", "C", "A", "B", "C"].iter().enumerate() {
        let mut input = no_slot(T0 + i as i64 * 60 * MINUTE);
        input.message = m.to_string();
        s.record(&input, None);
    }
    let order: Vec<String> = s.journal.summary_capped(2).portals[0].failures[0]
        .messages
        .iter()
        .map(|m| m.message.clone())
        .collect();
    assert_eq!(order, ["B", "A"]);
    assert_eq!(s.journal.summary(), s.journal.summary_recomputed());
}

/// A failure met again is an attempt of the live identical entry whose last attempt is the most
/// recent, found without going back over the records: with the latest identical entry deleted,
/// an earlier identical entry met within the window is the one continued.
#[test]
fn an_attempt_continues_the_latest_live_identical_entry() {
    let mut s = Store::default();
    let a = s.record(&no_slot(T0), None); // entry 1
    let b = s.record(&no_slot(T0 + 11 * MINUTE), None); // window passed: entry 2
    assert_eq!(
        (a.kind, b.kind, b.entry),
        (RecordKind::Entry, RecordKind::Entry, 2)
    );
    // Entry 1 met again by hand (an attempt of it, 12 minutes in), then entry 2 deleted.
    s.journal
        .append_attempt(1, &when(T0 + 12 * MINUTE), None, None, "0.2.0")
        .expect("attempt");
    s.journal
        .delete_entry(2, "doublon", &when(T0 + 12 * MINUTE + 1), "0.2.0")
        .expect("delete");
    let c = s.record(&no_slot(T0 + 13 * MINUTE), None);
    assert_eq!((c.kind, c.entry), (RecordKind::Attempt, 1));
    // Many distinct failures in between change nothing.
    for i in 0..50 {
        let mut other = no_slot(T0 + 14 * MINUTE + i);
        other.message = format!("Autre message {i}");
        s.record(&other, None);
    }
    let d = s.record(&no_slot(T0 + 20 * MINUTE), None);
    assert_eq!((d.kind, d.entry), (RecordKind::Attempt, 1));
    // 10 minutes after its last attempt: still entry 1; then 11 minutes more: a new entry.
    let e = s.record(&no_slot(T0 + 30 * MINUTE), None);
    assert_eq!((e.kind, e.entry), (RecordKind::Attempt, 1));
    let f = s.record(&no_slot(T0 + 41 * MINUTE), None);
    assert_eq!(f.kind, RecordKind::Entry);
    let reread = Journal::from_json(&s.journal.to_json()).expect("reload");
    assert_eq!(reread, s.journal);
    let g = s.record(&no_slot(T0 + 42 * MINUTE), None);
    assert_eq!((g.kind, g.entry), (RecordKind::Attempt, f.seq));
}
