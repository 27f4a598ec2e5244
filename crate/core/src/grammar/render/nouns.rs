//! Rendering a noun phrase: its determiner, head, modifiers and complements, in the form the
//! place it fills asks for, with the features the rest of the sentence agrees with. (Split
//! from `render/mod.rs`, of which it is the largest part.)

use super::*;

impl Tongue {
    /// A noun phrase in the form `features` asks for; also its agreement features.
    pub(super) fn np(
        &self,
        src: &Source,
        np: &Np,
        features: &[String],
    ) -> Option<(String, Agreement)> {
        let bare = features.iter().any(|f| f == "bare");
        // `indef`: a noun the French writes without article where this language needs one
        // ("Vous êtes agent" → "You are an official").
        let indef = features.iter().any(|f| f == "indef");
        let inflection: Vec<&str> = features
            .iter()
            .map(String::as_str)
            .filter(|f| *f != "bare" && *f != "indef" && !VERB_FEATURES.contains(f))
            .collect();
        let mut want = inflection.clone();
        // A plural the pattern asks for already (`.x = pl`) is asked once ("Nombre de dossiers").
        if np.plural && !want.contains(&"pl") {
            want.push("pl");
        }
        let lx = &src.grammar.lexicon;
        let mut head_kind = "word";
        let mut person = String::from("p3");
        let (mut text, gender) = match &np.head {
            Head::Concept(c) => {
                let id = &src.glossary.concepts()[*c].id;
                let f = self.concepts.get(id)?;
                (f.get(&want, &self.inflects)?.to_string(), gender_of(f))
            }
            Head::Word(w) => {
                let f = self.words.get(&lx.words[*w].id)?;
                (f.get(&want, &self.inflects)?.to_string(), gender_of(f))
            }
            Head::Pron(w) => {
                let f = self.words.get(&lx.words[*w].id)?;
                head_kind = "pron";
                person = lx.words[*w].person.clone().unwrap_or_else(|| "p3".into());
                (
                    f.get(&inflection, &self.inflects)?.to_string(),
                    gender_of(f),
                )
            }
            Head::Var(i) => {
                head_kind = match src.units[*i] {
                    Unit::Var {
                        slot: Slot::Date | Slot::Time,
                        ..
                    } => "date",
                    _ => "var",
                };
                (self.kept(var_text(&src.units[*i])), String::from("m"))
            }
            Head::Name(i, j) => {
                head_kind = "var";
                (self.kept(name_text(src, *i, *j)?), String::from("m"))
            }
            Head::Pattern(p) => (self.node(src, p, features)?, String::from("m")),
        };
        if np.plural {
            person.push_str("pl");
        }
        let mut agree = Agreement {
            gender: gender.clone(),
            plural: np.plural,
            initial: initial(&text),
            person,
            head: head_kind,
            complement: false,
        };
        let case = inflection.iter().find_map(|f| case_of(f)).unwrap_or("nom");
        let mut adj_features: Vec<String> = vec![gender.clone()];
        adj_features.extend(inflection.iter().map(|s| s.to_string()));
        if np.plural {
            adj_features.push("pl".into());
        }
        // Adjectives and short participles: after the noun in French order, then those written
        // before it, the nearest first ("nouvelle adresse électronique").
        // An adjective this language writes after its noun (`.place = after`: "in progress")
        // goes with the longer phrases that follow the noun.
        let after = |n: &Node| match n {
            Node::Ap {
                head: ApHead::Adj(a),
                ..
            } => self
                .words
                .get(&lx.words[*a].id)
                .and_then(|f| f.named.get("place"))
                .is_some_and(|p| p == "after"),
            _ => false,
        };
        let simple = |m: &Mod| matches!(m, Mod::Adj(n) if matches!(**n, Node::Ap { ref mods, .. } if mods.is_empty()) && !after(n));
        // A complement the language makes a compound of ("région" in "code de région valide":
        // "valid region code") is nearer the noun than its adjectives.
        let compound = |m: &Mod| match m {
            Mod::Of(of) => {
                of.det == Det::None
                    && !of.plural
                    && of.adjs.is_empty()
                    && of.mods.is_empty()
                    && matches!(of.head, Head::Word(_) | Head::Concept(_))
            }
            _ => false,
        };
        let mut first: Vec<&Mod> = Vec::new();
        if let Some(m) = np.mods.first() {
            if compound(m) {
                first.push(m);
            }
        }
        for m in &first {
            if let Mod::Of(of) = m {
                let yfeat = self.attribute("np-of", "y");
                let mut args = self.agreement_args(&agree, case);
                args.set("x", text);
                args.set("y", self.np(src, of, &yfeat)?.0);
                args.set("compound", "yes");
                text = self.message("np-of", &args)?;
                agree.initial = initial(&text);
            }
        }
        let mut adjectives: Vec<String> = Vec::new();
        for m in np.mods.iter().filter(|m| simple(m)) {
            if let Mod::Adj(n) = m {
                adjectives.push(self.node(src, n, &adj_features)?);
            }
        }
        for &a in np.adjs.iter().rev() {
            let f = self.words.get(&lx.words[a].id)?;
            let af: Vec<&str> = adj_features.iter().map(String::as_str).collect();
            adjectives.push(
                f.get(&af, &self.agrees)
                    .or_else(|| f.get(&af[1..], &self.agrees))?
                    .to_string(),
            );
        }
        for adj in adjectives {
            let mut args = self.agreement_args(&agree, case);
            args.set("x", text);
            args.set("adj", adj);
            text = self.message("np-adj", &args)?;
            agree.initial = initial(&text);
        }
        for m in np
            .mods
            .iter()
            .filter(|m| !simple(m))
            .filter(|m| !first.iter().any(|f| std::ptr::eq(*f, *m)))
        {
            let mut args = self.agreement_args(&agree, case);
            args.set("x", text);
            let msg = match m {
                Mod::Adj(n) => {
                    args.set("part", self.node(src, n, &adj_features)?);
                    "np-part"
                }
                Mod::Of(of) => {
                    let yfeat = self.attribute("np-of", "y");
                    args.set("y", self.np(src, of, &yfeat)?.0);
                    // A bare singular noun (`demande de transfert`): the language may make a
                    // compound of it ("transfer request").
                    args.set("compound", yes(compound(m)));
                    "np-of"
                }
                Mod::Pp(p, o) => {
                    let (prep, y) = self.pp(src, *p, o)?;
                    args.set("prep", prep);
                    args.set("y", y);
                    "np-pp"
                }
                Mod::Name(i, j) => {
                    args.set("name", self.kept(name_text(src, *i, *j)?));
                    "np-name"
                }
                Mod::Numbered(i) => {
                    args.set("n", self.kept(var_text(&src.units[*i])));
                    "np-numbered"
                }
                Mod::Adv(_) | Mod::Date(..) => return None,
            };
            agree.complement |= matches!(m, Mod::Of(_) | Mod::Pp(..));
            text = self.message(msg, &args)?;
            agree.initial = initial(&text);
        }
        let det = if indef
            && np.det == Det::None
            && !np.plural
            && matches!(np.head, Head::Word(_) | Head::Concept(_))
        {
            Det::Indef
        } else {
            np.det
        };
        // `bare` (a label, a slot that says so) leaves out articles, never possessives or
        // demonstratives: "Votre identité" is "Your identity".
        let article = matches!(det, Det::Def | Det::Indef);
        if !(bare && article) {
            if let Some(m) = det.message() {
                if self.bundle.has_message(m) || matches!(det, Det::Word(_) | Det::Num(_)) {
                    let mut args = self.agreement_args(&agree, case);
                    args.set("x", text);
                    match det {
                        Det::Word(d) => {
                            let af: Vec<&str> = adj_features.iter().map(String::as_str).collect();
                            let f = self.words.get(&lx.words[d].id)?;
                            let det = f
                                .get(&af, &self.agrees)
                                .or_else(|| f.get(&af[1..], &self.agrees))?;
                            args.set("det", det.to_string());
                        }
                        Det::Num(i) => {
                            let t = var_text(&src.units[i]);
                            let v: f64 = t
                                .replace([' ', '\u{a0}', '\u{202f}', '.'], "")
                                .replace(',', ".")
                                .parse()
                                .ok()?;
                            args.set("n", FluentValue::from(v));
                        }
                        // "your X" as the language writes it in one form (a possessive suffix,
                        // a definite noun): the noun's `.your` (`.your-pl`), given for a noun
                        // alone only; a message that asks for it refuses where it is absent.
                        Det::Your if np.adjs.is_empty() && np.mods.is_empty() => {
                            let f = match &np.head {
                                Head::Concept(c) => {
                                    self.concepts.get(&src.glossary.concepts()[*c].id)
                                }
                                Head::Word(w) => self.words.get(&lx.words[*w].id),
                                _ => None,
                            };
                            let key = if np.plural { "your-pl" } else { "your" };
                            if let Some(y) = f.and_then(|f| f.named.get(key)) {
                                args.set("your", y.clone());
                            }
                        }
                        _ => {}
                    }
                    text = self.message(m, &args)?;
                }
            }
        }
        Some((text, agree))
    }
}
