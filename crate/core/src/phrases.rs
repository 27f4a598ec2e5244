//! Phrase cards of the mediator mode: ready sentences a mediator shows full-screen or plays
//! aloud in the person's language ("Do you have your residence permit number?").
//!
//! Each language has `locales/<lang>/phrases.ftl`: messages `phrase-<group>-<name>` under `##`
//! group headings, same ids as the French master `locales/fr/phrases.ftl`. A card is shown with
//! the French beside it (the mediator reads French) and is marked reviewed only if a native
//! speaker reviewed it: `reviewedPhrases` in `meta.json`, or the whole locale `reviewed`, the same
//! marking as the glossary's.

use serde::Serialize;

use crate::error::LocaleError;
use crate::ftl;
use crate::locale::LocaleMeta;

/// The longest card, in words: a card is read aloud to someone who may not read.
pub const MAX_WORDS: usize = 40;

/// One language's phrase cards, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PhraseBook {
    pub groups: Vec<PhraseGroup>,
}

/// A group of cards (a procedure or moment: general, identity, appointment…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseGroup {
    /// The `<group>` of `phrase-<group>-<name>`.
    pub id: String,
    /// The `##` heading, in the file's language.
    pub title: String,
    pub phrases: Vec<Phrase>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub id: String,
    pub text: String,
}

/// A card as the mediator page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CardView {
    pub id: String,
    /// In the person's language (the French when the language lacks this card).
    pub text: String,
    /// The language `text` is in.
    pub lang: String,
    pub dir: String,
    pub fr: String,
    pub reviewed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    pub id: String,
    pub title: String,
    pub title_fr: String,
    pub cards: Vec<CardView>,
}

impl PhraseBook {
    /// Parses a `phrases.ftl`. Syntax errors, ids outside `phrase-<group>-<name>`, messages with
    /// attributes or without a value, and a message before any `##` heading are errors that name
    /// the file and line.
    pub fn parse(source: &str, file: &str) -> Result<PhraseBook, LocaleError> {
        let mut book = PhraseBook::default();
        for e in ftl::parse(source, file)? {
            let group_id =
                e.id.strip_prefix("phrase-")
                    .and_then(|rest| rest.split_once('-'))
                    .filter(|(g, name)| !g.is_empty() && !name.is_empty())
                    .map(|(g, _)| g.to_string())
                    .ok_or_else(|| {
                        LocaleError::syntax(
                            file,
                            e.line,
                            format!("{} is not a phrase-<group>-<name> id", e.id),
                        )
                    })?;
            let Some(text) = e.value.filter(|v| !v.trim().is_empty()) else {
                return Err(LocaleError::syntax(
                    file,
                    e.line,
                    format!("{} has no text", e.id),
                ));
            };
            if !e.attributes.is_empty() {
                return Err(LocaleError::syntax(
                    file,
                    e.line,
                    format!("{} has attributes; a card is one sentence or two", e.id),
                ));
            }
            let Some(heading) = e.group else {
                return Err(LocaleError::syntax(
                    file,
                    e.line,
                    format!("{} comes before any ## group heading", e.id),
                ));
            };
            match book.groups.last_mut() {
                Some(g) if g.id == group_id => g.phrases.push(Phrase { id: e.id, text }),
                _ => book.groups.push(PhraseGroup {
                    id: group_id,
                    title: heading,
                    phrases: vec![Phrase { id: e.id, text }],
                }),
            }
        }
        Ok(book)
    }

    pub fn phrases(&self) -> impl Iterator<Item = &Phrase> {
        self.groups.iter().flat_map(|g| g.phrases.iter())
    }

    pub fn get(&self, id: &str) -> Option<&Phrase> {
        self.phrases().find(|p| p.id == id)
    }

    pub fn len(&self) -> usize {
        self.phrases().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn group(&self, id: &str) -> Option<&PhraseGroup> {
        self.groups.iter().find(|g| g.id == id)
    }
}

/// The cards in `meta`'s language beside the French master, group by group in the master's
/// order. A card the language lacks shows the French, marked as such by `lang`.
pub fn cards(master: &PhraseBook, book: &PhraseBook, meta: &LocaleMeta) -> Vec<GroupView> {
    master
        .groups
        .iter()
        .map(|g| GroupView {
            id: g.id.clone(),
            title: book
                .group(&g.id)
                .map_or_else(|| g.title.clone(), |t| t.title.clone()),
            title_fr: g.title.clone(),
            cards: g
                .phrases
                .iter()
                .map(|p| match book.get(&p.id) {
                    Some(t) => CardView {
                        id: p.id.clone(),
                        text: t.text.clone(),
                        lang: meta.code.clone(),
                        dir: meta.dir.clone(),
                        fr: p.text.clone(),
                        reviewed: meta.code == "fr"
                            || meta.reviewed
                            || meta.reviewed_phrases.contains_key(&p.id),
                    },
                    None => CardView {
                        id: p.id.clone(),
                        text: p.text.clone(),
                        lang: "fr".into(),
                        dir: "ltr".into(),
                        fr: p.text.clone(),
                        reviewed: true,
                    },
                })
                .collect(),
        })
        .collect()
}

/// Quality gates for one language against the master: the same ids in the same groups, nothing
/// left in French, no card too long to be read aloud, review marks only on real cards.
pub fn check(master: &PhraseBook, lang: &str, book: &PhraseBook, meta: &LocaleMeta) -> Vec<String> {
    let mut problems = Vec::new();
    let file = format!("{lang}/phrases.ftl");
    for m in master.phrases() {
        match book.get(&m.id) {
            None => problems.push(format!("{file}: {} is missing", m.id)),
            Some(p) if lang != "fr" && p.text.trim() == m.text.trim() => {
                problems.push(format!("{file}: {} is identical to the French", m.id))
            }
            Some(p) if p.text.split_whitespace().count() > MAX_WORDS => {
                problems.push(format!("{file}: {} has more than {MAX_WORDS} words", m.id))
            }
            Some(_) => {}
        }
    }
    for p in book.phrases() {
        if master.get(&p.id).is_none() {
            problems.push(format!("{file}: {} is not in the French master", p.id));
        }
    }
    for g in &book.groups {
        if master.group(&g.id).is_none() {
            problems.push(format!(
                "{file}: group {} is not in the French master",
                g.id
            ));
        }
    }
    for id in meta.reviewed_phrases.keys() {
        if master.get(id).is_none() {
            problems.push(format!(
                "{lang}/meta.json: reviewedPhrases lists {id}, which is not a phrase card"
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "### Cartes\n\n## Général : accueil\n\nphrase-general-hello = Bonjour.\nphrase-general-bye = Au revoir.\n\n# Rendez-vous.\n## Rendez-vous\n\nphrase-appointment-no-slot = Pas de créneau.\n";
    const EN: &str = "## General: greeting\n\nphrase-general-hello = Hello.\nphrase-general-bye = Goodbye.\n\n## Appointments\n\nphrase-appointment-no-slot = No slot.\n";

    fn meta(code: &str) -> LocaleMeta {
        LocaleMeta {
            code: code.into(),
            dir: "ltr".into(),
            ..Default::default()
        }
    }

    #[test]
    fn groups_come_from_headings_and_ids() {
        let b = PhraseBook::parse(FR, "fr/phrases.ftl").expect("parse");
        assert_eq!(b.groups.len(), 2);
        assert_eq!(
            (b.groups[0].id.as_str(), b.groups[0].title.as_str()),
            ("general", "Général : accueil")
        );
        assert_eq!(b.groups[1].phrases[0].id, "phrase-appointment-no-slot");
        assert_eq!(b.len(), 3);
    }

    #[test]
    fn cards_pair_the_language_with_the_french_and_fall_back_visibly() {
        let fr = PhraseBook::parse(FR, "fr").expect("fr");
        let en = PhraseBook::parse(&EN.replace("phrase-general-bye = Goodbye.\n", ""), "en")
            .expect("en");
        let mut m = meta("en");
        m.reviewed_phrases.insert(
            "phrase-general-hello".into(),
            "A. Reviewer, 2026-11-23".into(),
        );
        let v = cards(&fr, &en, &m);
        assert_eq!(v[0].title, "General: greeting");
        assert_eq!(v[0].title_fr, "Général : accueil");
        let hello = &v[0].cards[0];
        assert_eq!(
            (
                hello.text.as_str(),
                hello.fr.as_str(),
                hello.lang.as_str(),
                hello.reviewed
            ),
            ("Hello.", "Bonjour.", "en", true)
        );
        let bye = &v[0].cards[1];
        assert_eq!((bye.text.as_str(), bye.lang.as_str()), ("Au revoir.", "fr"));
        assert!(!v[1].cards[0].reviewed);
    }

    #[test]
    fn gates_name_every_gap() {
        let fr = PhraseBook::parse(FR, "fr").expect("fr");
        let es = PhraseBook::parse(
            "## General\n\nphrase-general-hello = Bonjour.\nphrase-general-extra = Hola.\n",
            "es",
        )
        .expect("es");
        let mut m = meta("es");
        m.reviewed_phrases
            .insert("phrase-nope-x".into(), "x".into());
        let all = check(&fr, "es", &es, &m).join("\n");
        for want in [
            "phrase-general-hello is identical to the French",
            "phrase-general-bye is missing",
            "phrase-general-extra is not in the French master",
            "group appointment",
            "reviewedPhrases lists phrase-nope-x",
        ] {
            if want == "group appointment" {
                assert!(
                    all.contains("phrase-appointment-no-slot is missing"),
                    "{all}"
                );
            } else {
                assert!(all.contains(want), "{want}\n{all}");
            }
        }
        assert!(check(
            &fr,
            "en",
            &PhraseBook::parse(EN, "en").expect("en"),
            &meta("en")
        )
        .is_empty());
    }

    #[test]
    fn malformed_files_name_their_line() {
        for (src, want) in [
            (
                "phrase-general-hello = Bonjour.\n",
                "before any ## group heading",
            ),
            (
                "## G\n\nhello = Bonjour.\n",
                "not a phrase-<group>-<name> id",
            ),
            ("## G\n\nphrase-general-hello =\n    .x = y\n", "no text"),
            ("## G\n\nphrase-general-hello = {\n", "phrases.ftl"),
        ] {
            let e = PhraseBook::parse(src, "xx/phrases.ftl")
                .expect_err(src)
                .to_string();
            assert!(e.contains(want), "{src}: {e}");
        }
    }
}
