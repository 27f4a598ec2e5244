//! Verb phrases: a verb in the forms asked for, its negation, clitic pronouns, its object and
//! what follows.

use super::*;

impl<'a> Parser<'a> {
    /// A verb phrase in one of the forms of `mask`.
    pub(super) fn vp(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if i >= j {
            return None;
        }
        let key = (2, i, j, None, mask);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        self.memo.insert(key, None);
        let found = self.vp_uncached(i, j, mask);
        self.memo.insert(key, found.clone());
        found
    }

    pub(super) fn vp_uncached(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if !self.tick() {
            return None;
        }
        if matches!(self.word(i), Some("ne" | "n")) {
            return self.vp_negated(i, j, mask);
        }
        // Adverbs before the verb (`vous pouvez aussi modifier`).
        for (k, a, _) in self.lexical(i, j, Pos::Adv) {
            if k >= j {
                continue;
            }
            if let Some(Node::Vp {
                verb,
                form,
                neg,
                mut pre,
                clitic,
                object,
                mods,
            }) = self.vp(k, j, mask)
            {
                pre.insert(0, a);
                return Some(Node::Vp {
                    verb,
                    form,
                    neg,
                    pre,
                    clitic,
                    object,
                    mods,
                });
            }
        }
        // An object pronoun before the verb (not before an imperative: `le modifier`).
        let mut starts: Vec<(usize, Option<Np>)> = vec![(i, None)];
        if let Some(c) = self.clitic(i) {
            if j - i >= 2 {
                starts.push((i + 1, Some(c)));
            }
        }
        for (s, clitic) in starts {
            for (k, verb, form) in self.lexical(s, j, Pos::Verb) {
                if mask & verb_bit(form) == 0 {
                    continue;
                }
                if clitic.is_some() && form == VerbForm::Imp {
                    continue;
                }
                // A present that ends the string and is also an adjective is the adjective
                // ("Un numéro de téléphone valide" is a valid phone number, not "A phone number
                // confirms").
                if form == VerbForm::Pres
                    && k == j
                    && self
                        .lexical(s, j, Pos::Adj)
                        .iter()
                        .any(|&(k2, _, _)| k2 == k)
                {
                    continue;
                }
                let mut clitic = clitic.clone();
                let mut m = k;
                // An object pronoun after an imperative, with its hyphen: `corrigez-la`.
                if form == VerbForm::Imp && clitic.is_none() && m < j && self.gap(m).contains('-') {
                    if let Some(c) = self.clitic(m) {
                        clitic = Some(c);
                        m += 1;
                    }
                }
                if let Some(node) = self.vp_rest(verb, form, clitic, m, j) {
                    return Some(node);
                }
            }
        }
        // A pattern that makes a verb phrase (`… et …`).
        let p = self.pattern(i, j, Some(PKind::Vp))?;
        let form = p.verb_form()?;
        (mask & verb_bit(form) != 0).then_some(p)
    }

    /// A negated verb phrase: `ne pas modifier`, `ne modifiez pas`, `ne le modifie plus`, `ne
    /// correspond à aucun …`. A `ne` that finds no negation gives nothing.
    pub(super) fn vp_negated(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        let with_neg = |node: Node, n: Neg| match node {
            Node::Vp {
                verb,
                form,
                neg: None,
                pre,
                clitic,
                object,
                mods,
            } => Some(Node::Vp {
                verb,
                form,
                neg: Some(n),
                pre,
                clitic,
                object,
                mods,
            }),
            _ => None,
        };
        // An infinitive: `ne pas modifier`.
        if let Some(n) = neg_word(self.word(i + 1)) {
            let inf = verb_bit(VerbForm::Inf);
            if mask & inf != 0 && i + 2 < j {
                if let Some(node) = self.vp(i + 2, j, inf) {
                    return with_neg(node, n);
                }
            }
            return None;
        }
        let mut starts: Vec<(usize, Option<Np>)> = vec![(i + 1, None)];
        if let Some(c) = self.clitic(i + 1) {
            starts.push((i + 2, Some(c)));
        }
        for (s, clitic) in starts {
            for (k, verb, form) in self.lexical(s, j, Pos::Verb) {
                if form == VerbForm::Inf || mask & verb_bit(form) == 0 {
                    continue;
                }
                let (rest, n) = match neg_word(self.word(k)) {
                    Some(n) => (k + 1, n),
                    None if (k..j)
                        .any(|x| self.word(x).is_some_and(|w| NEGATIVE_WORDS.contains(&w))) =>
                    {
                        (k, Neg::Implicit)
                    }
                    None => continue,
                };
                // A verb written with its preposition (`correspondre à`) around the negation:
                // `ne correspond pas à la confirmation` is that verb, not `correspondre` and a
                // complement with `à` ("does not match the confirmation").
                if rest == k + 1 && rest + 1 < j && self.word(rest) == Some("a") {
                    if let Some(form_text) = self.joined(s, k) {
                        let split = format!("{form_text} a");
                        let readings: Vec<Reading> = self.g.lexicon.readings(&split).to_vec();
                        for r in readings {
                            if self.g.lexicon.words[r.word].pos != Pos::Verb || r.verb_form != form
                            {
                                continue;
                            }
                            if let Some(node) =
                                self.vp_rest(r.word, r.verb_form, clitic.clone(), rest + 1, j)
                            {
                                return with_neg(node, n);
                            }
                        }
                    }
                }
                if let Some(node) = self.vp_rest(verb, form, clitic.clone(), rest, j) {
                    return with_neg(node, n);
                }
            }
        }
        None
    }

    /// The object and what follows the verb, from `m` to `j`.
    pub(super) fn vp_rest(
        &mut self,
        verb: usize,
        form: VerbForm,
        clitic: Option<Np>,
        m: usize,
        j: usize,
    ) -> Option<Node> {
        let make = |object: Option<Np>, mods: Vec<Mod>| Node::Vp {
            verb,
            form,
            neg: None,
            pre: Vec::new(),
            clitic: clitic.clone().map(Box::new),
            object: object.map(Box::new),
            mods,
        };
        let sensed = !self.g.lexicon.words[verb].objects.is_empty();
        if sensed && clitic.is_some() {
            return None;
        }
        if m == j {
            return (!sensed).then(|| make(None, Vec::new()));
        }
        // Adverbs between the verb and its object (`contactez directement l'administration`)
        // go with what follows the object.
        for (k, a, _) in self.lexical(m, j, Pos::Adv) {
            if k >= j {
                continue;
            }
            if let Some(Node::Vp {
                object: Some(o),
                mut mods,
                ..
            }) = self.vp_rest(verb, form, None, k, j)
            {
                mods.push(Mod::Adv(a));
                return Some(make(Some(*o), mods));
            }
        }
        // The longest object first (a participle's object: `vous avez supprimé votre dossier`).
        for k in (m + 1..=j).rev() {
            if self.cut[k] {
                continue;
            }
            let Some(o) = self.np(m, k, None) else {
                continue;
            };
            if !self.object_fits(verb, Some(&o)) {
                continue;
            }
            if let Some(mods) = self.mods(k, j, false) {
                return Some(make(Some(o), mods));
            }
        }
        if sensed {
            return None;
        }
        let mods = self.mods(m, j, false)?;
        Some(make(None, mods))
    }

    /// An object pronoun at `i`.
    pub(super) fn clitic(&self, i: usize) -> Option<Np> {
        let w = self.word(i)?;
        let plural = matches!(self.units[i], Unit::Word { plural: true, .. });
        let plural_form = format!("{w}s");
        let id = CLITICS
            .iter()
            .find(|(f, _)| plural && *f == plural_form)
            .or_else(|| CLITICS.iter().find(|(f, _)| *f == w))
            .map(|(_, id)| *id)?;
        let word = self.g.lexicon.index_of(id)?;
        Some(Np {
            det: Det::None,
            head: Head::Pron(word),
            plural: self.g.lexicon.words[word].plural,
            adjs: Vec::new(),
            mods: Vec::new(),
        })
    }
}
