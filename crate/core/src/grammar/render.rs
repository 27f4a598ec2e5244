//! Rendering a parsed French string in one language, from that language's data only.
//!
//! A [`Tongue`] holds a language's `grammar.ftl` (a Fluent bundle: patterns, noun- and
//! verb-phrase messages, `grammar-meta`), its lexicon's forms and the forms of its glossary
//! concepts. Each node asks for the forms its place needs (the slot attribute `.x = gen`, the
//! verb's `.object = acc`…); every message receives the pieces already rendered and the
//! features it may agree with (`$case`, `$gender`, `$plural`), so word order, case, articles,
//! idafa or possessive suffixes are the language's data, not code.
//!
//! Architecture Invariant: a node that this language's data cannot render (a missing message,
//! a word without the form a rule asks for) makes the whole string fail; nothing is guessed.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::lexicon::{self, Forms, VerbForm};
use super::parse::{Det, Head, Node, Np};
use super::Grammar;
use crate::error::LocaleError;
use crate::ftl::FtlEntry;
use crate::glossary::{Glossary, CONCEPT_PREFIX};
use crate::units::Unit;

/// First strong isolate and pop directional isolate: French text or numbers kept as written
/// inside a right-to-left sentence.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One language's side of the grammar.
pub struct Tongue {
    pub lang: String,
    rtl: bool,
    bundle: FluentBundle<FluentResource>,
    words: HashMap<String, Forms>,
    concepts: HashMap<String, Forms>,
    /// The features this language inflects for (`grammar-meta.inflects`): a word lacking one
    /// of these forms cannot be rendered where it is asked for.
    inflects: Vec<String>,
}

/// What rendering needs of the French side.
pub struct Source<'a> {
    pub grammar: &'a Grammar,
    pub glossary: &'a Glossary,
    pub units: &'a [Unit],
    pub text: &'a str,
}

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
        // (family benefits office)"), or with its noun phrase (`.np`) when the entry gives one:
        // removing a gloss could remove the meaning ("Show (password)").
        let concepts = lexicon::forms_of(glossary_entries, CONCEPT_PREFIX);
        let mut t = Tongue {
            lang: lang.to_string(),
            rtl,
            bundle,
            words: lexicon::forms_of(lexicon_entries, lexicon::PREFIX),
            concepts,
            inflects: Vec::new(),
        };
        t.inflects = t.meta("inflects");
        Ok(t)
    }

    /// A space-separated attribute of `grammar-meta`.
    fn meta(&self, attr: &str) -> Vec<String> {
        self.attribute("grammar-meta", attr)
    }

    /// A message attribute as words (`.x = gen bare` → `["gen", "bare"]`).
    fn attribute(&self, id: &str, attr: &str) -> Vec<String> {
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

    /// Formats a message; `None` if it is missing or refers to anything not given.
    fn message(&self, id: &str, args: &FluentArgs) -> Option<String> {
        let p = self.bundle.get_message(id)?.value()?;
        let mut errors = vec![];
        let s = self.bundle.format_pattern(p, Some(args), &mut errors);
        errors.is_empty().then(|| tidy(&s))
    }

    /// The whole tree, as a label, button or sentence of this language.
    pub fn render(&self, src: &Source, node: &Node) -> Option<String> {
        let features = match node {
            Node::Vp { form, .. } => self.verb_features(*form),
            Node::Np(_) => self.meta("label"),
            _ => Vec::new(),
        };
        self.node(src, node, &features)
    }

    fn verb_features(&self, form: VerbForm) -> Vec<String> {
        match form {
            VerbForm::Pp => vec!["pp".into()],
            // A French infinitive or imperative on a button: the form this language's buttons
            // use.
            VerbForm::Inf | VerbForm::Imp => self.meta("button"),
        }
    }

    fn node(&self, src: &Source, node: &Node, features: &[String]) -> Option<String> {
        match node {
            Node::Np(np) => self.np(src, np, features).map(|(s, _)| s),
            Node::Vp { verb, form, object } => {
                let id = &src.grammar.lexicon.words[*verb].id;
                let forms = self.words.get(id)?;
                let wanted: Vec<&str> = features
                    .iter()
                    .map(String::as_str)
                    .filter(|f| matches!(*f, "imp" | "inf" | "pp" | "ger" | "noun"))
                    .collect();
                let wanted = if wanted.is_empty() && *form == VerbForm::Pp {
                    vec!["pp"]
                } else {
                    wanted
                };
                let verb_text = forms.get(&wanted, &self.inflects)?.to_string();
                let Some(o) = object else {
                    return Some(verb_text);
                };
                let mut ofeat = forms
                    .named
                    .get("object")
                    .map(|s| s.split_whitespace().map(str::to_string).collect())
                    .unwrap_or_else(|| self.meta("object"));
                if wanted.contains(&"noun") {
                    // A verbal noun takes its object as a complement.
                    ofeat = self.attribute("vp-noun", "object");
                }
                let (object_text, og) = self.np(src, o, &ofeat)?;
                let mut args = FluentArgs::new();
                args.set("verb", verb_text);
                args.set("object", object_text);
                args.set("gender", og.gender);
                args.set("plural", yes(og.plural));
                let msg = if wanted.contains(&"noun") {
                    "vp-noun"
                } else {
                    "vp"
                };
                self.message(msg, &args)
            }
            Node::Pattern { pattern, slots } => {
                let id = &src.grammar.patterns[*pattern].id;
                let mut args = FluentArgs::new();
                for (name, n) in slots {
                    let feats = self.attribute(id, name);
                    match n {
                        Node::Num(i) => {
                            let t = var_text(&src.units[*i]);
                            let v: f64 = t
                                .replace([' ', '\u{a0}', '\u{202f}', '.'], "")
                                .replace(',', ".")
                                .parse()
                                .ok()?;
                            args.set(name.clone(), FluentValue::from(v));
                        }
                        Node::Np(np) => {
                            let (s, g) = self.np(src, np, &feats)?;
                            args.set(name.clone(), s);
                            args.set(format!("{name}-gender"), g.gender);
                            args.set(format!("{name}-plural"), yes(g.plural));
                        }
                        other => {
                            let s = self.node(src, other, &feats)?;
                            args.set(name.clone(), s);
                        }
                    }
                }
                for f in features {
                    if let Some(case) = case_of(f) {
                        args.set("case", case.to_string());
                    }
                }
                self.message(id, &args)
            }
            Node::Num(i) => Some(self.kept(var_text(&src.units[*i]))),
            Node::Text(i, j) => {
                let (a, _) = src.units[*i].span();
                let (_, b) = src.units[*j - 1].span();
                Some(self.kept(src.text.get(a..b)?))
            }
        }
    }

    /// French kept as written: isolated in a right-to-left language.
    fn kept(&self, s: &str) -> String {
        if self.rtl {
            format!("{FSI}{s}{PDI}")
        } else {
            s.to_string()
        }
    }

    /// A noun phrase in the form `features` asks for; also its agreement features.
    fn np(&self, src: &Source, np: &Np, features: &[String]) -> Option<(String, Agreement)> {
        let bare = features.iter().any(|f| f == "bare");
        let inflection: Vec<&str> = features
            .iter()
            .map(String::as_str)
            .filter(|f| *f != "bare")
            .collect();
        let mut want = inflection.clone();
        if np.plural {
            want.push("pl");
        }
        let (mut text, gender) = match &np.head {
            Head::Concept(c) => {
                let id = &src.glossary.concepts()[*c].id;
                let f = self.concepts.get(id)?;
                (f.get(&want, &self.inflects)?.to_string(), gender_of(f))
            }
            Head::Word(w) => {
                let f = self.words.get(&src.grammar.lexicon.words[*w].id)?;
                (f.get(&want, &self.inflects)?.to_string(), gender_of(f))
            }
            Head::Var(i) => (self.kept(var_text(&src.units[*i])), String::from("m")),
            Head::Pattern(p) => (self.node(src, p, features)?, String::from("m")),
        };
        let mut agree = Agreement {
            gender: gender.clone(),
            plural: np.plural,
            initial: initial(&text),
        };
        let case = inflection.iter().find_map(|f| case_of(f)).unwrap_or("nom");
        for &a in &np.adjs {
            let f = self.words.get(&src.grammar.lexicon.words[a].id)?;
            let mut af: Vec<&str> = vec![gender.as_str()];
            af.extend(inflection.iter().copied());
            if np.plural {
                af.push("pl");
            }
            // Adjectives agree only in what the language inflects them for; a form per gender
            // is looked up when the word has one.
            let adj = f
                .get(&af, &self.inflects)
                .or_else(|| f.get(&af[1..], &self.inflects))?;
            let mut args = self.agreement_args(&agree, case);
            args.set("x", text);
            args.set("adj", adj.to_string());
            text = self.message("np-adj", &args)?;
            agree.initial = initial(&text);
        }
        if let Some(of) = &np.of {
            let yfeat = self.attribute("np-of", "y");
            let (y, _) = self.np(src, of, &yfeat)?;
            let mut args = self.agreement_args(&agree, case);
            args.set("x", text);
            args.set("y", y);
            text = self.message("np-of", &args)?;
            agree.initial = initial(&text);
        }
        // `bare` (a label, a slot that says so) leaves out articles, never possessives or
        // demonstratives: "Votre identité" is "Your identity".
        let article = matches!(np.det, Det::Def | Det::Indef);
        if !(bare && article) {
            if let Some(m) = np.det.message() {
                if self.bundle.has_message(m) {
                    let mut args = self.agreement_args(&agree, case);
                    args.set("x", text);
                    text = self.message(m, &args)?;
                }
            }
        }
        Some((text, agree))
    }

    fn agreement_args(&self, a: &Agreement, case: &str) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("initial", a.initial.clone());
        args.set("gender", a.gender.clone());
        args.set("plural", yes(a.plural));
        args.set("case", case.to_string());
        args
    }
}

/// What a noun phrase's neighbours may agree with.
struct Agreement {
    gender: String,
    plural: bool,
    /// The first letter of the phrase as rendered so far, lower-cased (English "a"/"an").
    initial: String,
}

fn initial(s: &str) -> String {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_lowercase().collect())
        .unwrap_or_default()
}

fn yes(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn gender_of(f: &Forms) -> String {
    f.named.get("gender").cloned().unwrap_or_else(|| "m".into())
}

/// Grammatical cases the data may name.
fn case_of(f: &str) -> Option<&str> {
    matches!(
        f,
        "nom" | "gen" | "acc" | "dat" | "ins" | "loc" | "abl" | "obl" | "def" | "poss" | "erg"
    )
    .then_some(f)
}

fn var_text(u: &Unit) -> &str {
    match u {
        Unit::Var { text, .. } => text,
        Unit::Word { w, .. } => w,
    }
}

/// Collapses the spaces a composition may leave (an empty determiner, an optional word).
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
