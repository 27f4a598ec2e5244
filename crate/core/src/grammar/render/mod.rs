//! Rendering a parsed French string in one language, from that language's data only.
//!
//! A [`Tongue`] holds a language's `grammar.ftl` (a Fluent bundle: patterns, phrase messages,
//! `grammar-meta`), its lexicon's forms and the forms of its glossary concepts. Each node asks
//! for the forms its place needs (the slot attribute `.x = gen`, the verb's `.object = acc`, a
//! subject's person with `.v = agree`…); every message receives the pieces already rendered and
//! the features it may agree with (`$case`, `$gender`, `$plural`, `$head`), so word order, case,
//! articles, idafa or possessive suffixes are the language's data, not code.
//!
//! Architecture Invariant: a node that this language's data cannot render (a missing message,
//! a word without the form a rule asks for) makes the whole string fail; nothing is guessed.

mod load;
mod nouns;

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::lexicon::{self, Forms, VerbForm};
use super::parse::{ApHead, Det, Head, Mod, Neg, Node, Np};
use super::{Grammar, PKind, SlotKind};
use crate::error::LocaleError;
use crate::ftl::FtlEntry;
use crate::glossary::{Glossary, CONCEPT_PREFIX};
use crate::units::{Slot, Unit};

/// First strong isolate and pop directional isolate: French text or numbers kept as written
/// inside a right-to-left sentence.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The features that name a verb's form (the others are a noun phrase's).
const VERB_FEATURES: &[&str] = &[
    "imp", "inf", "pp", "ing", "ger", "noun", "past", "fut", "base", "p1", "p1pl", "p2", "p2pl",
    "p3", "p3pl",
];

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
    /// The final punctuation of the French this language keeps (`grammar-meta.marks`).
    marks: Vec<String>,
    /// The features adjectives, participles and determiners inflect for
    /// (`grammar-meta.agrees`; by default those of `.inflects`).
    agrees: Vec<String>,
}

/// What rendering needs of the French side.
pub struct Source<'a> {
    pub grammar: &'a Grammar,
    pub glossary: &'a Glossary,
    pub units: &'a [Unit],
    pub text: &'a str,
}

/// What a noun phrase's neighbours may agree with.
struct Agreement {
    gender: String,
    plural: bool,
    /// The first letter of the phrase as rendered so far, lower-cased (English "a"/"an").
    initial: String,
    /// `p1`, `p2`, `p3`, with `pl` when plural: what a verb agrees with.
    person: String,
    /// What the head is: `date`, `var` (a value kept as written), `pron` or `word`.
    head: &'static str,
    /// Whether a complement follows the head ("dépôt du dossier", "demande de titre de
    /// séjour"): a language may then say "date of X" where it says "X date" of a plain noun.
    complement: bool,
}

impl Tongue {
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
            Node::Vp { form, .. } => self.verb_features(*form)?,
            Node::Np(_) => self.meta("label"),
            _ => Vec::new(),
        };
        self.node(src, node, &features)
    }

    /// The rendering with the French's final punctuation, when this language keeps it
    /// (`grammar-meta.marks`) and the rendering has none of its own.
    pub fn finish(&self, french: &str, rendered: String) -> String {
        let Some(last) = french.trim_end().chars().last() else {
            return rendered;
        };
        let mark = match last {
            '.' if french.trim_end().ends_with("...") => "…".to_string(),
            c => c.to_string(),
        };
        if !self.marks.contains(&mark) {
            return rendered;
        }
        let ends_marked = rendered
            .chars()
            .last()
            .is_some_and(|c| self.marks.iter().any(|m| m.starts_with(c)));
        if ends_marked {
            rendered
        } else {
            rendered + &mark
        }
    }

    /// The form a verb takes where nothing asks for one: its buttons' form for an infinitive or
    /// an imperative, the participle for a participle; a conjugated verb needs its subject.
    fn verb_features(&self, form: VerbForm) -> Option<Vec<String>> {
        match form {
            VerbForm::Pp => Some(vec!["pp".into()]),
            VerbForm::Ppr => Some(vec!["ing".into()]),
            // A French infinitive or imperative on a button: the form this language's buttons
            // use.
            VerbForm::Inf | VerbForm::Imp => Some(self.meta("button")),
            VerbForm::Pres | VerbForm::Fut => None,
        }
    }

    fn node(&self, src: &Source, node: &Node, features: &[String]) -> Option<String> {
        match node {
            Node::Np(np) => self.np(src, np, features).map(|(s, _)| s),
            Node::Vp {
                verb,
                form,
                neg,
                pre,
                clitic,
                object,
                mods,
            } => {
                let vp = |f: &[String]| {
                    self.vp(
                        src,
                        (*verb, *form),
                        clitic.as_deref(),
                        object.as_deref(),
                        mods,
                        f,
                    )
                };
                let text = match neg {
                    None => vp(features)?,
                    Some(n) => self.negated(*form, *n, features, vp)?,
                };
                // Adverbs written before the verb, the nearest first.
                self.adverbs_before(src, text, pre)
            }
            Node::Ap { head, pre, mods } => self.ap(src, *head, pre, mods, features),
            Node::Pattern { pattern, slots } => self.pattern(src, *pattern, slots, features),
            Node::Num(i) => Some(self.kept(var_text(&src.units[*i]))),
            Node::Date(i, j) | Node::Text(i, j) => Some(self.kept(span_text(src, *i, *j)?)),
        }
    }

    fn pattern(
        &self,
        src: &Source,
        pattern: usize,
        slots: &[(String, Node)],
        features: &[String],
    ) -> Option<String> {
        let pat = &src.grammar.patterns[pattern];
        let id = &pat.id;
        let mut args = FluentArgs::new();
        let mut person: Option<String> = None;
        // Noun phrases first: a verb may agree with one (`.v = agree`).
        let mut order: Vec<&(String, Node)> = slots.iter().collect();
        order.sort_by_key(|(_, n)| !matches!(n, Node::Np(_)));
        for (name, n) in order {
            let mut feats = self.attribute(id, name);
            let kind = SlotKind::of(name);
            let same_kind = matches!(
                (pat.kind, kind),
                (PKind::Vp, Some(SlotKind::Vp)) | (PKind::Ap, Some(SlotKind::Ap))
            );
            if let Some(k) = feats.iter().position(|f| f == "inherit") {
                feats.remove(k);
                feats.extend(features.iter().cloned());
            } else if same_kind && feats.is_empty() {
                feats = features.to_vec();
            }
            if let Some(k) = feats.iter().position(|f| f == "agree") {
                feats[k] = person.clone().unwrap_or_else(|| "p3".into());
            }
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
                    args.set(format!("{name}-person"), g.person.clone());
                    args.set(format!("{name}-complement"), yes(g.complement));
                    if name == "x" || person.is_none() {
                        person = Some(g.person);
                    }
                }
                Node::Vp { form, .. }
                    if !feats.iter().any(|f| VERB_FEATURES.contains(&f.as_str())) =>
                {
                    // A verb with no form asked for takes the one its French form says.
                    let mut f = self.verb_features(*form)?;
                    f.extend(feats);
                    args.set(name.clone(), self.node(src, n, &f)?);
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

    /// A verb phrase: the verb (lexicon index) in the form the page wrote, its object pronoun,
    /// its object and what follows it.
    fn vp(
        &self,
        src: &Source,
        (verb, form): (usize, VerbForm),
        clitic: Option<&Np>,
        object: Option<&Np>,
        mods: &[Mod],
        features: &[String],
    ) -> Option<String> {
        let id = &src.grammar.lexicon.words[verb].id;
        let forms = self.words.get(id)?;
        let mut wanted: Vec<&str> = features
            .iter()
            .map(String::as_str)
            .filter(|f| VERB_FEATURES.contains(f))
            .collect();
        let own;
        if wanted.is_empty() {
            own = self.verb_features(form)?;
            wanted = own.iter().map(String::as_str).collect();
        }
        let verb_text = forms.get(&wanted, &self.inflects)?.to_string();
        let noun = wanted.contains(&"noun");
        let ofeat: Vec<String> = if noun {
            // A verbal noun takes its object as a complement.
            self.attribute("vp-noun", "object")
        } else {
            forms
                .named
                .get("object")
                .map(|s| s.split_whitespace().map(str::to_string).collect())
                .unwrap_or_else(|| self.meta("object"))
        };
        let mut text = verb_text.clone();
        if clitic.is_some() || object.is_some() {
            let mut args = FluentArgs::new();
            args.set("verb", verb_text);
            let mut og_gender = String::from("m");
            let mut og_plural = false;
            match clitic {
                Some(c) => {
                    let (s, g) = self.np(src, c, &ofeat)?;
                    args.set("clitic", s);
                    og_gender = g.gender;
                    og_plural = g.plural;
                }
                None => args.set("clitic", ""),
            }
            match object {
                Some(o) => {
                    let (s, g) = self.np(src, o, &ofeat)?;
                    args.set("object", s);
                    og_gender = g.gender;
                    og_plural = g.plural;
                }
                None => args.set("object", ""),
            }
            args.set("gender", og_gender);
            args.set("plural", yes(og_plural));
            text = self.message(if noun { "vp-noun" } else { "vp" }, &args)?;
        }
        self.verb_mods(src, text, mods, false, None)
    }

    /// A negated verb phrase: the language's `vp-neg` message receives the phrase in the form
    /// asked for (`$x`), in its base form (`$base`, for English "does not" + base), the
    /// negation (`$neg`: `pas`, `plus`, `jamais`, `implicit`), the form asked for (`$form`) and
    /// the French verb's form (`$french`).
    fn negated(
        &self,
        form: VerbForm,
        neg: Neg,
        features: &[String],
        vp: impl Fn(&[String]) -> Option<String>,
    ) -> Option<String> {
        let asked: Vec<String> = features
            .iter()
            .filter(|f| VERB_FEATURES.contains(&f.as_str()))
            .cloned()
            .collect();
        let asked = if asked.is_empty() {
            self.verb_features(form)?
        } else {
            asked
        };
        let x = vp(&asked)?;
        let base = vp(&["base".to_string()])?;
        let mut args = FluentArgs::new();
        args.set("x", x);
        args.set("base", base);
        args.set("neg", neg.name());
        args.set(
            "form",
            asked.first().cloned().unwrap_or_else(|| "base".to_string()),
        );
        args.set("french", form.name());
        self.message("vp-neg", &args)
    }

    /// What follows a verb or an adjective (`ap`): prepositional phrases, adverbs, dates.
    /// `ap`: after an adjective, whose `.prep` (`prep`) is the preposition of its complement
    /// ("inférieur à" is "lower than", not "lower to").
    fn verb_mods(
        &self,
        src: &Source,
        mut text: String,
        mods: &[Mod],
        ap: bool,
        prep: Option<&String>,
    ) -> Option<String> {
        for m in mods {
            let mut args = FluentArgs::new();
            args.set("x", text);
            let msg = match m {
                Mod::Adv(a) => {
                    args.set("adv", self.word(src, *a, &[])?);
                    if ap && !self.after(src, *a) {
                        "ap-adv"
                    } else {
                        "vp-adv"
                    }
                }
                Mod::Pp(p, o) => {
                    let (base, y) = self.pp(src, *p, o)?;
                    args.set("prep", prep.cloned().unwrap_or(base));
                    args.set("y", y);
                    "vp-pp"
                }
                Mod::Date(i, j) => {
                    args.set("d", self.kept(span_text(src, *i, *j)?));
                    "vp-date"
                }
                Mod::Adj(_) | Mod::Of(_) | Mod::Name(..) | Mod::Numbered(_) => return None,
            };
            text = self.message(msg, &args)?;
        }
        Some(text)
    }

    /// A preposition and its object, each rendered. A preposition's `.date` form is used before
    /// a date (`depuis`: "from", and "since" a date).
    fn pp(&self, src: &Source, prep: usize, object: &Node) -> Option<(String, String)> {
        let id = &src.grammar.lexicon.words[prep].id;
        let forms = self.words.get(id)?;
        let feats: Vec<String> = forms
            .named
            .get("object")
            .map(|s| s.split_whitespace().map(str::to_string).collect())
            .unwrap_or_else(|| self.meta("object"));
        let mut prep_text = forms.base.clone();
        let y = match object {
            Node::Np(np) => {
                let (y, agree) = self.np(src, np, &feats)?;
                if agree.head == "date" {
                    if let Some(d) = forms.named.get("date") {
                        prep_text = d.clone();
                    }
                }
                y
            }
            other => {
                let f = if feats.iter().any(|f| VERB_FEATURES.contains(&f.as_str())) {
                    feats
                } else {
                    vec!["inf".to_string()]
                };
                self.node(src, other, &f)?
            }
        };
        Some((prep_text, y))
    }

    /// A lexicon word in the form `features` asks for.
    fn word(&self, src: &Source, w: usize, features: &[&str]) -> Option<String> {
        let f = self.words.get(&src.grammar.lexicon.words[w].id)?;
        f.get(features, &self.inflects).map(str::to_string)
    }

    fn ap(
        &self,
        src: &Source,
        head: ApHead,
        pre: &[usize],
        mods: &[Mod],
        features: &[String],
    ) -> Option<String> {
        // Agreement: the gender, case and number a noun gave (`m`, `gen`, `pl`).
        let agree: Vec<&str> = features
            .iter()
            .map(String::as_str)
            .filter(|f| !VERB_FEATURES.contains(f) && *f != "bare")
            .collect();
        let prep = match head {
            ApHead::Adj(a) => self
                .words
                .get(&src.grammar.lexicon.words[a].id)
                .and_then(|f| f.named.get("prep")),
            ApHead::Part(_) => None,
        };
        let mut text = match head {
            ApHead::Adj(a) => {
                let f = self.words.get(&src.grammar.lexicon.words[a].id)?;
                f.get(&agree, &self.agrees)
                    .or_else(|| f.get(agree.get(1..).unwrap_or(&[]), &self.agrees))?
                    .to_string()
            }
            ApHead::Part(v) => {
                let f = self.words.get(&src.grammar.lexicon.words[v].id)?;
                let mut want = vec!["pp"];
                want.extend(
                    agree
                        .iter()
                        .copied()
                        .filter(|a| self.agrees.iter().any(|x| x == a)),
                );
                f.get(&want, &self.inflects)
                    .or_else(|| f.get(&["pp"], &self.inflects))?
                    .to_string()
            }
        };
        text = self.verb_mods(src, text, mods, true, prep)?;
        self.adverbs_before(src, text, pre)
    }

    /// Adverbs written before a verb or an adjective (`pre`, in French order), the nearest
    /// first, each placed where its language writes it (`vp-adv` after, `ap-adv` before).
    fn adverbs_before(&self, src: &Source, mut text: String, pre: &[usize]) -> Option<String> {
        for &a in pre.iter().rev() {
            let mut args = FluentArgs::new();
            args.set("x", text);
            args.set("adv", self.word(src, a, &[])?);
            let msg = if self.after(src, a) {
                "vp-adv"
            } else {
                "ap-adv"
            };
            text = self.message(msg, &args)?;
        }
        Some(text)
    }

    /// This language writes the word after what it qualifies (`.place = after`: "a long time
    /// ago", "in progress").
    fn after(&self, src: &Source, w: usize) -> bool {
        self.words
            .get(&src.grammar.lexicon.words[w].id)
            .and_then(|f| f.named.get("place"))
            .is_some_and(|p| p == "after")
    }

    /// French kept as written: isolated in a right-to-left language.
    fn kept(&self, s: &str) -> String {
        if self.rtl {
            format!("{FSI}{s}{PDI}")
        } else {
            s.to_string()
        }
    }

    fn agreement_args(&self, a: &Agreement, case: &str) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("initial", a.initial.clone());
        args.set("gender", a.gender.clone());
        args.set("plural", yes(a.plural));
        args.set("case", case.to_string());
        args.set("head", a.head);
        args
    }
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

/// The page's text of units `i..j`, as written.
fn span_text<'a>(src: &Source<'a>, i: usize, j: usize) -> Option<&'a str> {
    let (a, _) = src.units.get(i)?.span();
    let (_, b) = src.units.get(j.checked_sub(1)?)?.span();
    src.text.get(a..b)
}

/// A name as written, with the « » the page wrote around it.
fn name_text<'a>(src: &Source<'a>, i: usize, j: usize) -> Option<&'a str> {
    let (a, _) = src.units.get(i)?.span();
    let (_, b) = src.units.get(j.checked_sub(1)?)?.span();
    let before = src.text.get(..a)?.trim_end();
    let after = src.text.get(b..)?.trim_start();
    if before.ends_with('«') && after.starts_with('»') {
        let a = before.len() - '«'.len_utf8();
        let b = src.text.len() - after.len() + '»'.len_utf8();
        return src.text.get(a..b);
    }
    src.text.get(a..b)
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
