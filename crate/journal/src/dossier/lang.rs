//! Which language a note is written in, to name it on the dossier (« note de la personne, en
//! arabe »). A note record does not say its language: it is recognised here from its script,
//! the letters only some languages use, and common words, preferring the person's own language
//! when the text fits it. The dossier says that the language is recognised, not declared.

use super::words;

/// The language of a note, as the dossier names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteLanguage {
    /// A language of Relais (`ar`), when one is recognised.
    pub code: Option<&'static str>,
    /// `en arabe`, `en écriture cyrillique`, or `None` when nothing is recognised.
    pub phrase: Option<String>,
    /// `rtl` for the Arabic script, `ltr` otherwise.
    pub dir: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Cyrillic,
    Ethiopic,
    Bengali,
    Tamil,
    Georgian,
    Han,
}

fn script(c: char) -> Option<Script> {
    let u = c as u32;
    Some(match u {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0400..=0x052F => Script::Cyrillic,
        0x1200..=0x139F | 0x2D80..=0x2DDF => Script::Ethiopic,
        0x0980..=0x09FF => Script::Bengali,
        0x0B80..=0x0BFF => Script::Tamil,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF => Script::Georgian,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        _ if c.is_ascii_alphabetic() => Script::Latin,
        0x00C0..=0x024F | 0x1E00..=0x1EFF if c.is_alphabetic() => Script::Latin,
        _ => return None,
    })
}

/// The languages of Relais written in each script.
fn languages_of(s: Script) -> &'static [&'static str] {
    match s {
        Script::Latin => &["fr", "en", "es", "pt", "ro", "tr", "so"],
        Script::Arabic => &["ar", "prs", "ps"],
        Script::Cyrillic => &["uk", "ru"],
        Script::Ethiopic => &["ti"],
        Script::Bengali => &["bn"],
        Script::Tamil => &["ta"],
        Script::Georgian => &["ka"],
        Script::Han => &["zh"],
    }
}

fn script_name(s: Script) -> &'static str {
    match s {
        Script::Latin => "latine",
        Script::Arabic => "arabe",
        Script::Cyrillic => "cyrillique",
        Script::Ethiopic => "éthiopienne",
        Script::Bengali => "bengalie",
        Script::Tamil => "tamoule",
        Script::Georgian => "géorgienne",
        Script::Han => "chinoise",
    }
}

/// Common words of each Latin-script language of Relais.
const WORDS: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "je", "pas", "pour",
            "que", "qui", "dans", "sur", "au", "aux", "avec", "ne", "il", "elle", "nous", "vous",
            "mais", "ce", "cette", "ai", "suis", "rien", "encore", "toujours", "jamais", "aucun",
            "aucune",
        ],
    ),
    (
        "en",
        &[
            "the", "and", "is", "was", "to", "of", "i", "not", "no", "for", "in", "on", "it", "my",
            "with", "at", "this", "that", "have", "again", "there", "still",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "es", "en", "por", "para", "con", "mi", "se", "lo", "una",
            "hay", "otra", "vez", "todavía", "nunca",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "as", "e", "não", "é", "em", "um", "uma", "por", "para", "com", "meu",
            "minha", "do", "da", "ainda", "nunca", "mais",
        ],
    ),
    (
        "ro",
        &[
            "și", "nu", "este", "în", "pentru", "cu", "am", "sunt", "că", "pe", "ce", "încă",
            "niciun", "nicio",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "için", "değil", "çok", "ben", "var", "yok", "ile", "hâlâ", "yine",
            "hiç",
        ],
    ),
    (
        "so",
        &[
            "waa", "iyo", "ma", "ka", "ku", "aan", "uu", "ay", "ah", "oo", "weli", "mar",
        ],
    ),
];

/// Letters that only one Latin-script language of Relais uses.
const LETTERS: &[(&str, &str)] = &[
    ("tr", "ğıİ"),
    ("ro", "ășțşţ"),
    ("pt", "ãõ"),
    ("es", "ñ¿¡"),
    ("fr", "èêùœë"),
];

/// Recognises the language of a note; `person` is the person's language (the settings'), which
/// wins whenever the text is in its script and nothing points elsewhere.
pub fn note_language(text: &str, person: Option<&str>) -> NoteLanguage {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for s in text.chars().filter_map(script) {
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    let Some(&(main, _)) = counts.iter().max_by_key(|(_, n)| *n) else {
        return NoteLanguage {
            code: None,
            phrase: None,
            dir: "ltr",
        };
    };
    let dir = if main == Script::Arabic { "rtl" } else { "ltr" };
    let candidates = languages_of(main);
    let person = person.and_then(|p| candidates.iter().copied().find(|c| *c == p));
    let code = match main {
        Script::Latin => latin(text, person),
        Script::Arabic => {
            let has = |set: &str| text.chars().any(|c| set.contains(c));
            if has("ټډړښږګڼېۍ") {
                Some("ps")
            } else if person.is_some() {
                person
            } else if has("پچژگیک") {
                Some("prs")
            } else {
                Some("ar")
            }
        }
        Script::Cyrillic => {
            let has = |set: &str| text.chars().any(|c| set.contains(c));
            if has("іїєґІЇЄҐ") {
                Some("uk")
            } else if has("ыэъёЫЭЪЁ") {
                Some("ru")
            } else {
                person
            }
        }
        // One language of Relais per script; another language in that script (Amharic in
        // Ethiopic, Assamese in Bengali) is named by its script unless it is the person's.
        _ => person.or(match main {
            Script::Bengali => Some("bn"),
            Script::Tamil => Some("ta"),
            Script::Georgian => Some("ka"),
            Script::Han => Some("zh"),
            _ => None,
        }),
    };
    let phrase = match code.and_then(words::language) {
        Some(name) => Some(format!("en {name}")),
        None if main == Script::Latin => None,
        None => Some(format!("en écriture {}", script_name(main))),
    };
    NoteLanguage { code, phrase, dir }
}

fn latin(text: &str, person: Option<&'static str>) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|t| !t.is_empty())
        .collect();
    let mut best: Option<(&'static str, usize)> = None;
    let mut tie = false;
    for (lang, list) in WORDS {
        let mut score = tokens.iter().filter(|t| list.contains(t)).count();
        if let Some((_, letters)) = LETTERS.iter().find(|(l, _)| l == lang) {
            score += 2 * text.chars().filter(|c| letters.contains(*c)).count();
        }
        // The person's own language wins a tie.
        let score = score * 2 + usize::from(Some(*lang) == person && score > 0);
        match best {
            Some((_, s)) if score < s => {}
            Some((_, s)) if score == s => tie = true,
            _ => {
                best = Some((lang, score));
                tie = false;
            }
        }
    }
    match best {
        Some((lang, s)) if s > 0 && !tie => Some(lang),
        _ => person,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str, person: Option<&str>) -> Option<String> {
        note_language(text, person).phrase
    }

    #[test]
    fn recognises_the_languages_of_relais() {
        let ar = "ذهبت إلى الموقع مرة أخرى في الليل ولم أجد أي موعد";
        assert_eq!(name(ar, Some("ar")).as_deref(), Some("en arabe"));
        assert_eq!(note_language(ar, Some("ar")).dir, "rtl");
        assert_eq!(name(ar, None).as_deref(), Some("en arabe"));
        // Dari written by a person whose language is Dari: the person's language.
        assert_eq!(
            name("دوباره امتحان کردم", Some("prs")).as_deref(),
            Some("en dari")
        );
        assert_eq!(
            name("بیا مې هڅه وکړه", Some("ar")).as_deref(),
            Some("en pachto")
        );
        assert_eq!(
            name("Я знову спробувала, місць немає", None).as_deref(),
            Some("en ukrainien")
        );
        assert_eq!(
            name("Я опять попробовал ещё раз, мест нет", None).as_deref(),
            Some("en russe")
        );
        assert_eq!(name("ደጊመ ፈቲነ", Some("ti")).as_deref(), Some("en tigrigna"));
        assert_eq!(
            name("ደጊመ ፈቲነ", Some("ar")).as_deref(),
            Some("en écriture éthiopienne")
        );
        assert_eq!(name("আবার চেষ্টা করেছি", None).as_deref(), Some("en bengali"));
        assert_eq!(name("我又试了一次", None).as_deref(), Some("en chinois"));
        assert_eq!(
            name(
                "J’ai encore essayé ce soir, toujours aucun rendez-vous.",
                Some("ar")
            )
            .as_deref(),
            Some("en français")
        );
        assert_eq!(
            name(
                "I tried again tonight and there is still nothing.",
                Some("ar")
            )
            .as_deref(),
            Some("en anglais")
        );
        assert_eq!(
            name("Yine denedim, hiç randevu yok.", Some("ar")).as_deref(),
            Some("en turc")
        );
        assert_eq!(
            name("Waan isku dayay mar kale", Some("so")).as_deref(),
            Some("en somali")
        );
        // Nothing to go on: not named.
        assert_eq!(name("12/11 — 07:56", Some("ar")), None);
        assert_eq!(name("Xyzzy", None), None);
    }
}
