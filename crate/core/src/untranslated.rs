//! Strings still untranslated go to translators.
//!
//! The interface text a person met on a portal without a full translation in their language is
//! counted on their computer (never a field's value: only labels, hints, buttons, messages), with
//! what varies replaced by variables ([`masked`]: numbers, dates, e-mail addresses… become
//! `{ $n }`, `{ $date }`, `{ $email }`) and passed through the anonymiser; nothing leaves the
//! computer until the person exports the list as a gettext PO file ([`to_po`]) that Weblate,
//! Pontoon or Poedit open. A translated PO file comes back into the translation memory with
//! `relais locales import` ([`parse_po`]), through the quality gates.

use crate::units::{units, Slot, Unit};

/// The anonymiser's typed placeholders (`[NAME]`, `[EMAIL]`, `[NIR]`…) as the memory's variables.
fn placeholders_as_variables(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        let label = &rest[open + 1..close];
        let var = match label {
            "EMAIL" => Some("{ $email }"),
            "BIRTHDATE" => Some("{ $date }"),
            "NAME" | "ADDRESS" => Some("{ $name }"),
            l if !l.is_empty() && l.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') => {
                Some("{ $n }")
            }
            _ => None,
        };
        match var {
            Some(v) => {
                out.push_str(&rest[..open]);
                out.push_str(v);
            }
            None => out.push_str(&rest[..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The string (already through the anonymiser) with its variable parts — and the anonymiser's
/// placeholders — replaced by the memory's variables, or `None` when it has no letter (nothing to
/// translate).
pub fn masked(text: &str) -> Option<String> {
    let text = placeholders_as_variables(text.trim());
    let text = text.as_str();
    if !text.chars().any(char::is_alphabetic) {
        return None;
    }
    let (us, _) = units(text);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for u in &us {
        if let Unit::Var {
            slot, start, end, ..
        } = u
        {
            out.push_str(&text[at..*start]);
            out.push_str(match slot {
                Slot::Number => "{ $n }",
                Slot::Date => "{ $date }",
                Slot::Time => "{ $time }",
                Slot::Amount => "{ $amount }",
                Slot::Email => "{ $email }",
                Slot::File => "{ $file }",
                Slot::Free => "{ $name }",
            });
            at = *end;
        }
    }
    out.push_str(&text[at..]);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(collapsed)
}

/// One untranslated string as the extension counted it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Counted {
    /// The French, masked and anonymised.
    pub fr: String,
    /// The block kind it was read as (`label`, `button`…).
    pub kind: String,
    /// The portal's host name.
    pub portal: String,
    pub count: u64,
    /// When it was first and last met (`YYYY-MM-DD`).
    pub first: String,
    pub last: String,
}

/// A gettext string: `"…"` with `\`, `"`, line breaks and tabs escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The strings as a gettext PO file for translators into `lang` (BCP 47), one entry per French
/// string and portal: the portal and the kind as context, the count and the dates as comments,
/// `msgstr` empty. `now` is the file's date (`YYYY-MM-DD HH:MM+0000`).
pub fn to_po(lang: &str, strings: &[Counted], now: &str) -> String {
    let mut out = String::new();
    out.push_str(
        "# Relais: portal strings met without a full translation, counted on one computer.\n",
    );
    out.push_str(
        "# Variables such as { $n } stand for what varies and must be kept in the translation.\n",
    );
    out.push_str(
        "# Translate msgstr; bring the file back with: relais locales import FILE.po --lang ",
    );
    out.push_str(lang);
    out.push_str("\nmsgid \"\"\nmsgstr \"\"\n");
    for h in [
        "Project-Id-Version: Relais portals memory\\n".to_string(),
        format!("POT-Creation-Date: {now}\\n"),
        format!("Language: {}\\n", lang.replace('-', "_")),
        "MIME-Version: 1.0\\n".to_string(),
        "Content-Type: text/plain; charset=UTF-8\\n".to_string(),
        "Content-Transfer-Encoding: 8bit\\n".to_string(),
        "X-Source-Language: fr\\n".to_string(),
    ] {
        out.push('"');
        out.push_str(&h);
        out.push_str("\"\n");
    }
    let mut sorted: Vec<&Counted> = strings.iter().collect();
    sorted.sort_by(|a, b| b.count.cmp(&a.count).then(a.fr.cmp(&b.fr)));
    let mut seen = std::collections::HashSet::new();
    for s in sorted {
        let ctx = format!("{} {}", s.portal, s.kind);
        // msgctxt + msgid is an entry's identity in PO: the same pair only once.
        if !seen.insert((ctx.clone(), s.fr.clone())) {
            continue;
        }
        out.push('\n');
        out.push_str(&format!(
            "#. Met {} time{} on {} as a {} (first {}, last {}).\n",
            s.count,
            if s.count == 1 { "" } else { "s" },
            s.portal,
            s.kind,
            s.first,
            s.last
        ));
        if s.fr.contains("{ $") {
            out.push_str("#, fluent-format\n");
        }
        out.push_str(&format!("msgctxt {}\n", quoted(&ctx)));
        out.push_str(&format!("msgid {}\n", quoted(&s.fr)));
        out.push_str("msgstr \"\"\n");
    }
    out
}

/// One entry of a PO file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoEntry {
    /// Line of its `msgid`.
    pub line: usize,
    pub context: Option<String>,
    pub id: String,
    pub translation: String,
}

/// Reads a PO file's entries (the header, obsolete `#~` entries and plural entries aside). The
/// error names the line.
pub fn parse_po(text: &str) -> Result<Vec<PoEntry>, String> {
    #[derive(PartialEq)]
    enum Field {
        None,
        Ctx,
        Id,
        Str,
        Plural,
    }
    let mut out = Vec::new();
    let (mut ctx, mut id, mut tr): (Option<String>, Option<String>, Option<String>) =
        (None, None, None);
    let mut field = Field::None;
    let mut id_line = 0;
    let mut flush = |ctx: &mut Option<String>,
                     id: &mut Option<String>,
                     tr: &mut Option<String>,
                     id_line: usize| {
        if let (Some(i), Some(t)) = (id.take(), tr.take()) {
            if !i.is_empty() {
                out.push(PoEntry {
                    line: id_line,
                    context: ctx.take(),
                    id: i,
                    translation: t,
                });
            }
        }
        *ctx = None;
        *id = None;
        *tr = None;
    };
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let at = || format!("line {}", n + 1);
        if line.is_empty() || line.starts_with('#') {
            if line.is_empty() {
                field = Field::None;
            }
            continue;
        }
        let (keyword, rest) = match line.split_once(char::is_whitespace) {
            Some((k, r)) if !line.starts_with('"') => (k, r.trim()),
            _ => ("", line),
        };
        let value = if rest.starts_with('"') {
            unquote(rest).map_err(|e| format!("{}: {e}", at()))?
        } else {
            return Err(format!("{}: a quoted string is expected", at()));
        };
        match keyword {
            "msgctxt" => {
                flush(&mut ctx, &mut id, &mut tr, id_line);
                ctx = Some(value);
                field = Field::Ctx;
            }
            "msgid" => {
                if field != Field::Ctx {
                    flush(&mut ctx, &mut id, &mut tr, id_line);
                }
                id = Some(value);
                id_line = n + 1;
                field = Field::Id;
            }
            "msgid_plural" => field = Field::Plural,
            "msgstr" => {
                tr = Some(value);
                field = Field::Str;
            }
            k if k.starts_with("msgstr[") => {
                // Plural entries are not made by Relais: left out.
                tr = None;
                id = None;
                field = Field::Plural;
            }
            "" => match field {
                Field::Ctx => ctx.get_or_insert_with(String::new).push_str(&value),
                Field::Id => id.get_or_insert_with(String::new).push_str(&value),
                Field::Str => tr.get_or_insert_with(String::new).push_str(&value),
                Field::Plural => {}
                Field::None => return Err(format!("{}: a string outside any entry", at())),
            },
            other => return Err(format!("{}: unknown keyword {other}", at())),
        }
    }
    flush(&mut ctx, &mut id, &mut tr, id_line);
    Ok(out)
}

fn unquote(s: &str) -> Result<String, String> {
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or("an unterminated string")?;
    let mut out = String::with_capacity(inner.len());
    let mut cs = inner.chars();
    while let Some(c) = cs.next() {
        match c {
            '\\' => match cs.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some(o) => return Err(format!("an unknown escape \\{o}")),
                None => return Err("a string ending with \\".into()),
            },
            '"' => return Err("a quote inside a string must be escaped".into()),
            c => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variable_parts_become_variables() {
        assert_eq!(
            masked("Un code a été envoyé au 06 12 34 56 78 et à awa.diallo@gmail.com le 07/12/2026"),
            Some("Un code a été envoyé au { $n } { $n } { $n } { $n } { $n } et à { $email } le { $date }".into())
        );
        assert_eq!(
            masked("Dossier n° 123456"),
            Some("Dossier n° { $n }".into())
        );
        assert_eq!(masked("  12 / 45 "), None);
        assert_eq!(
            masked("Bonjour [NAME], votre NIR [NIR] est enregistré [note]"),
            Some("Bonjour { $name }, votre NIR { $n } est enregistré [note]".into())
        );
    }

    #[test]
    fn po_round_trip() {
        let strings = vec![
            Counted {
                fr: "Numéro de la \"déclaration\"\tde perte".into(),
                kind: "label".into(),
                portal: "wwwd.caf.fr".into(),
                count: 3,
                first: "2026-12-01".into(),
                last: "2026-12-07".into(),
            },
            Counted {
                fr: "Dossier n° { $n }".into(),
                kind: "heading".into(),
                portal: "www.demarches-simplifiees.fr".into(),
                count: 1,
                first: "2026-12-07".into(),
                last: "2026-12-07".into(),
            },
        ];
        let po = to_po("ar", &strings, "2026-12-07 10:00+0000");
        assert!(po.contains("msgctxt \"wwwd.caf.fr label\"\nmsgid \"Numéro de la \\\"déclaration\\\"\\tde perte\"\nmsgstr \"\""));
        assert!(po.contains("#, fluent-format\n"));
        let translated = po.replace(
            "msgid \"Dossier n° { $n }\"\nmsgstr \"\"",
            "msgid \"Dossier n° { $n }\"\nmsgstr \"الملف رقم \"\n\"{ $n }\"",
        );
        let back = parse_po(&translated).expect("parses");
        assert_eq!(back.len(), 2);
        assert_eq!(back[0].id, strings[0].fr);
        assert_eq!(back[0].translation, "");
        assert_eq!(
            back[1].context.as_deref(),
            Some("www.demarches-simplifiees.fr heading")
        );
        assert_eq!(back[1].translation, "الملف رقم { $n }");
    }

    #[test]
    fn broken_po_files_name_the_line() {
        for (po, words) in [
            ("msgid \"a\nmsgstr \"b\"\n", "line 1"),
            ("msgid \"a\"\nmsgstr b\n", "line 2"),
            ("\"orphan\"\n", "outside any entry"),
            ("msgfoo \"a\"\n", "unknown keyword"),
            ("msgid \"a\\q\"\nmsgstr \"\"\n", "unknown escape"),
        ] {
            let e = parse_po(po).expect_err(po);
            assert!(e.contains(words), "{po}: {e}");
        }
    }
}
