//! A portal string as words and variable parts: what stays the same from one page to the next
//! (the words, folded) and what varies (numbers, dates, times, amounts, e-mail addresses, file
//! names), recognised in the original text and kept verbatim.
//!
//! Both sides of the translation memory and of the grammar go through [`units`]: a memory entry
//! `Justificatif de moins de { $n } mois` and a page's `Justificatif de moins de 6 mois` give the
//! same key, and the page's `6` becomes the entry's `$n`.

use crate::text::Folded;

/// What a variable part is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Number,
    Date,
    Time,
    Amount,
    Email,
    File,
    /// Any text the portal inserts (a name, a procedure's title): matched by position only.
    Free,
}

impl Slot {
    /// The slot a memory variable stands for, by its name (`$n`, `$date`, `$email`…).
    pub fn of_variable(name: &str) -> Slot {
        match name {
            "n" | "count" | "days" | "year" | "nombre" | "max" | "min" => Slot::Number,
            "date" | "start_date" | "end_date" | "before" | "after" => Slot::Date,
            "time" | "heure" => Slot::Time,
            "amount" | "montant" => Slot::Amount,
            "email" | "mail" => Slot::Email,
            "file" | "filename" => Slot::File,
            _ => Slot::Free,
        }
    }

    /// The marker standing for this slot in a key (never produced by folding).
    pub fn marker(self) -> &'static str {
        match self {
            Slot::Number => "\u{1}n",
            Slot::Date => "\u{1}d",
            Slot::Time => "\u{1}t",
            Slot::Amount => "\u{1}a",
            Slot::Email => "\u{1}e",
            Slot::File => "\u{1}f",
            Slot::Free => "\u{1}*",
        }
    }
}

/// One unit of a string: a folded word, or a variable part with its original text; each with
/// its byte range in the string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    Word {
        w: String,
        /// The word as written ended in a plural mark that folding removed (`fichiers`).
        plural: bool,
        start: usize,
        end: usize,
    },
    Var {
        slot: Slot,
        text: String,
        start: usize,
        end: usize,
    },
}

impl Unit {
    /// The unit as it appears in a key: the folded word, or the slot's marker.
    pub fn key(&self) -> &str {
        match self {
            Unit::Word { w, .. } => w,
            Unit::Var { slot, .. } => slot.marker(),
        }
    }

    /// The folded word, if the unit is a word.
    pub fn word(&self) -> Option<&str> {
        match self {
            Unit::Word { w, .. } => Some(w),
            Unit::Var { .. } => None,
        }
    }

    pub fn span(&self) -> (usize, usize) {
        match self {
            Unit::Word { start, end, .. } | Unit::Var { start, end, .. } => (*start, *end),
        }
    }
}

const MONTHS: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

const FILE_EXTENSIONS: &[&str] = &[
    "pdf", "jpg", "jpeg", "png", "gif", "doc", "docx", "odt", "ods", "xls", "xlsx", "csv", "txt",
    "zip", "heic", "webp",
];

/// The units of `text`. Also returns whether the text asks a question (ends with `?`): a question
/// and a statement with the same words are different strings.
pub fn units(text: &str) -> (Vec<Unit>, bool) {
    let mut out = Vec::new();
    let mut f = Folded::default();
    let mut rest_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Variable parts start at a word boundary.
        let boundary = i == 0 || !is_word_byte(bytes[i - 1]);
        if boundary {
            if let Some((slot, end)) = variable_at(text, i) {
                push_words(&mut out, &mut f, text, rest_start, i);
                out.push(Unit::Var {
                    slot,
                    text: text[i..end].trim().to_string(),
                    start: i,
                    end,
                });
                i = end;
                rest_start = end;
                continue;
            }
        }
        i += 1;
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    push_words(&mut out, &mut f, text, rest_start, text.len());
    let question = text.trim_end().ends_with('?');
    (out, question)
}

fn push_words(out: &mut Vec<Unit>, f: &mut Folded, text: &str, from: usize, to: usize) {
    f.fold(&text[from..to]);
    for i in 0..f.len() {
        let (a, b) = f.spans[i];
        let raw = &text[from + a..from + b];
        let w = f.token(i).to_string();
        // Folding dropped a final -s/-x, or turned -aux into -al: the word was plural.
        // (Only nouns read this; `vous` → `vou` is marked too, and never read.)
        let plural =
            matches!(raw.chars().last(), Some('s' | 'x' | 'S' | 'X')) && !w.ends_with(['s', 'x']);
        out.push(Unit::Word {
            w,
            plural,
            start: from + a,
            end: from + b,
        });
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80 || b == b'@' || b == b'.' || b == b'_' || b == b'-'
}

fn digits(b: &[u8], i: usize) -> usize {
    b[i..].iter().take_while(|c| c.is_ascii_digit()).count()
}

/// A variable part starting at byte `i`: its kind and where it ends.
fn variable_at(text: &str, i: usize) -> Option<(Slot, usize)> {
    let b = text.as_bytes();
    let c = b[i];
    // E-mail: a run of address characters with one `@` and a dot after it.
    if c.is_ascii_alphanumeric() {
        let end = i + b[i..]
            .iter()
            .take_while(|&&x| x.is_ascii_alphanumeric() || b"@._+-".contains(&x))
            .count();
        let word = text[i..end].trim_end_matches(['.', '-']);
        if let Some(at) = word.find('@') {
            if at > 0 && word[at + 1..].contains('.') {
                return Some((Slot::Email, i + word.len()));
            }
        }
        // A file name: letters, digits, `-_ ` then `.ext`.
        if let Some(dot) = word.rfind('.') {
            let ext = word[dot + 1..].to_ascii_lowercase();
            if dot > 0 && FILE_EXTENSIONS.contains(&ext.as_str()) {
                return Some((Slot::File, i + word.len()));
            }
        }
    }
    if !c.is_ascii_digit() {
        return None;
    }
    let n = digits(b, i);
    let after = i + n;
    // Dates: 07/12/2026, 7/12/26, 2026-12-07, 7 décembre 2026.
    if (1..=2).contains(&n) && matches!(b.get(after), Some(b'/' | b'.')) {
        let sep = b[after];
        let m = digits(b, after + 1);
        if (1..=2).contains(&m) && b.get(after + 1 + m) == Some(&sep) {
            let y = digits(b, after + 2 + m);
            if y == 2 || y == 4 {
                return Some((Slot::Date, after + 2 + m + y));
            }
        }
    }
    if n == 4 && b.get(after) == Some(&b'-') {
        let m = digits(b, after + 1);
        if m == 2 && b.get(after + 3) == Some(&b'-') && digits(b, after + 4) == 2 {
            return Some((Slot::Date, after + 6));
        }
    }
    if (1..=2).contains(&n) && b.get(after) == Some(&b' ') {
        let rest = &text[after + 1..];
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let folded = crate::text::fold(&word);
        if MONTHS.contains(&folded.as_str()) {
            let mut end = after + 1 + word.len();
            if b.get(end) == Some(&b' ') && digits(b, end + 1) == 4 {
                end += 5;
            }
            return Some((Slot::Date, end));
        }
    }
    // Times: 14h30, 14 h 30, 14:30, 9h.
    if (1..=2).contains(&n) {
        let mut j = after;
        if b.get(j) == Some(&b' ') && b.get(j + 1) == Some(&b'h') {
            j += 1;
        }
        if matches!(b.get(j), Some(b'h' | b':')) {
            let mut k = j + 1;
            if b.get(k) == Some(&b' ') && digits(b, k + 1) == 2 {
                k += 1;
            }
            let m = digits(b, k);
            let next_is_letter = b.get(k + m).is_some_and(|x| x.is_ascii_alphabetic());
            if (m == 2 || (m == 0 && b[j] == b'h')) && !next_is_letter {
                return Some((Slot::Time, k + m));
            }
        }
    }
    // Numbers: digits, with spaces, thin spaces or dots between groups of three, a decimal
    // comma; an amount when a currency follows.
    let mut end = after;
    loop {
        let sep = text[end..].chars().next();
        let sep_len = sep.map_or(0, char::len_utf8);
        if matches!(sep, Some(' ' | '\u{a0}' | '\u{202f}' | '.')) && digits(b, end + sep_len) == 3 {
            let e = end + sep_len + 3;
            if !b.get(e).is_some_and(u8::is_ascii_digit) {
                end = e;
                continue;
            }
        }
        break;
    }
    if b.get(end) == Some(&b',') && digits(b, end + 1) > 0 {
        end += 1 + digits(b, end + 1);
    }
    let tail = &text[end..];
    let trimmed = tail.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    for cur in ["€", "euros", "euro", "EUR"] {
        if let Some(r) = trimmed.strip_prefix(cur) {
            if !r.chars().next().is_some_and(char::is_alphanumeric) {
                return Some((Slot::Amount, text.len() - r.len()));
            }
        }
    }
    // Digits glued to letters (`2B`, `A4`, `3e`) are a word, not a number.
    if b.get(end).is_some_and(|x| x.is_ascii_alphabetic()) {
        return None;
    }
    Some((Slot::Number, end))
}

/// Sentences: split after `.`, `!`, `?` or `:` followed by a space (or a line break), after the
/// full stops and question marks of other scripts (`。`, `？`, `！`, `؟`, `।`, `።`) wherever they
/// are, and at line breaks. Abbreviations (`n°`, `M.`, `ex.`) are rare in labels and would only
/// make a sentence shorter, never a wrong translation: each piece must still be found or
/// composed.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end_here = match c {
            '\n' => true,
            '.' | '!' | '?' | ':' | '…' => {
                let next = i + c.len_utf8();
                next >= b.len() || b[next] == b' ' || b[next] == b'\n'
            }
            '。' | '？' | '！' | '؟' | '।' | '።' => true,
            _ => false,
        };
        if end_here {
            let s = text[start..i + c.len_utf8()].trim();
            if s.chars().any(char::is_alphanumeric) {
                out.push(s);
            }
            start = i + c.len_utf8();
        }
    }
    let s = text[start..].trim();
    if s.chars().any(char::is_alphanumeric) {
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        let (u, q) = units(text);
        let mut s: Vec<String> = u
            .iter()
            .map(|u| match u {
                Unit::Word { w, plural, .. } => {
                    format!("{w}{}", if *plural { "+" } else { "" })
                }
                Unit::Var { slot, text, .. } => format!("{slot:?}({text})"),
            })
            .collect();
        if q {
            s.push("?".into());
        }
        s.join(" ")
    }

    #[test]
    fn variables_are_recognised_and_kept() {
        assert_eq!(
            show("Justificatif de moins de 6 mois"),
            "justificatif de moin+ de Number(6) mois"
        );
        assert_eq!(
            show("Un code a été envoyé à awa.diallo93@gmail.com."),
            "un code a ete envoye a Email(awa.diallo93@gmail.com)"
        );
        assert_eq!(
            show("Rendez-vous le 07/12/2026 à 14h30"),
            "rendez vou+ le Date(07/12/2026) a Time(14h30)"
        );
        assert_eq!(show("le 7 décembre 2026"), "le Date(7 décembre 2026)");
        assert_eq!(show("Montant : 1 234,50 €"), "montant Amount(1 234,50 €)");
        assert_eq!(
            show("Supprimer le fichier attestation_caf.pdf"),
            "supprimer le fichier File(attestation_caf.pdf)"
        );
        assert_eq!(
            show("Votre situation a-t-elle changé ?"),
            "votre situation a t elle change ?"
        );
        assert_eq!(show("10 chiffres"), "Number(10) chiffre+");
        assert_eq!(show("Département 2B"), "departement 2b");
        assert_eq!(show("2026-12-07"), "Date(2026-12-07)");
    }
}
