//! Loading a language's grammar: its Fluent messages, the forms of its lexicon words and of its
//! glossary concepts, and `grammar-meta`.

use super::*;

impl Tongue {
    /// Loads a language's grammar and lexicon files and the forms of its glossary entries.
    pub fn load(
        lang: &str,
        rtl: bool,
        grammar_ftl: &str,
        lexicon_entries: &[FtlEntry],
        glossary_entries: &[FtlEntry],
    ) -> Result<Tongue, LocaleError> {
        let file = format!("locales/{lang}/grammar.ftl");
        let resource = FluentResource::try_new(grammar_ftl.to_string()).map_err(|(_, errs)| {
            let e = errs.first();
            let line = e
                .map(|e| {
                    grammar_ftl[..e.pos.start.min(grammar_ftl.len())]
                        .matches('\n')
                        .count()
                        + 1
                })
                .unwrap_or(1);
            LocaleError::syntax(
                &file,
                line,
                e.map(|e| e.kind.to_string())
                    .unwrap_or_else(|| "syntax error".into()),
            )
        })?;
        let langid: LanguageIdentifier = lang
            .parse()
            .map_err(|_| LocaleError::syntax(&file, 0, "invalid language code"))?;
        let mut bundle = FluentBundle::new(vec![langid]);
        // Pieces are composed several levels deep; isolation marks are added once, around the
        // French kept as written, where they matter (right-to-left languages).
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|_| LocaleError::syntax(&file, 0, "a message id is defined twice"))?;
        // A concept composes with its label as written, gloss in brackets included ("CAF
        // (family benefits office)"), or with its noun phrase (`.np`) when the entry gives one,
        // or else with the forms the language's lexicon gives it (`concept-dossier = file`):
        // removing a gloss could remove the meaning ("Show (password)"), so only a person
        // writing the forms decides it.
        let mut concepts = lexicon::forms_of(glossary_entries, CONCEPT_PREFIX);
        let given = lexicon::forms_of(lexicon_entries, CONCEPT_PREFIX);
        for (id, forms) in given {
            let Some(entry) = glossary_entries
                .iter()
                .find(|e| e.id.strip_prefix(CONCEPT_PREFIX) == Some(id.as_str()))
            else {
                continue;
            };
            let Some(c) = concepts.get_mut(&id) else {
                continue;
            };
            if entry.attribute("np").is_none() {
                c.base = forms.base;
            }
            for (k, v) in forms.named {
                c.named.entry(k).or_insert(v);
            }
        }
        let mut t = Tongue {
            lang: lang.to_string(),
            rtl,
            bundle,
            words: lexicon::forms_of(lexicon_entries, lexicon::PREFIX),
            concepts,
            inflects: Vec::new(),
            marks: Vec::new(),
            agrees: Vec::new(),
        };
        t.inflects = t.meta("inflects");
        t.marks = t.meta("marks");
        t.agrees = if t
            .bundle
            .get_message("grammar-meta")
            .and_then(|m| m.get_attribute("agrees"))
            .is_some()
        {
            t.meta("agrees")
        } else {
            t.inflects.clone()
        };
        Ok(t)
    }

    /// A space-separated attribute of `grammar-meta`.
    pub(super) fn meta(&self, attr: &str) -> Vec<String> {
        self.attribute("grammar-meta", attr)
    }

    /// A message attribute as words (`.x = gen bare` → `["gen", "bare"]`).
    pub(super) fn attribute(&self, id: &str, attr: &str) -> Vec<String> {
        let Some(m) = self.bundle.get_message(id) else {
            return Vec::new();
        };
        let Some(a) = m.get_attribute(attr) else {
            return Vec::new();
        };
        let mut errors = vec![];
        let s = self.bundle.format_pattern(a.value(), None, &mut errors);
        s.split_whitespace().map(str::to_string).collect()
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The ids of this language's lexicon words.
    pub fn word_ids(&self) -> impl Iterator<Item = &str> {
        self.words.keys().map(String::as_str)
    }
}
