//! Noun and adjective phrases: determiners, heads (concepts, words, names), modifiers.

use super::*;

impl<'a> Parser<'a> {
    /// What follows a head (`np`: a noun's) or a verb, an adjective, a participle, from `m` to
    /// `j`.
    pub(super) fn mods(&mut self, m: usize, j: usize, np: bool) -> Option<Vec<Mod>> {
        if m == j {
            return Some(Vec::new());
        }
        let key = (m, j, np);
        if let Some(r) = self.mods_memo.get(&key) {
            return r.clone();
        }
        self.mods_memo.insert(key, None);
        let found = self.mods_uncached(m, j, np);
        self.mods_memo.insert(key, found.clone());
        found
    }

    pub(super) fn mods_uncached(&mut self, m: usize, j: usize, np: bool) -> Option<Vec<Mod>> {
        if !self.tick() {
            return None;
        }
        for (k, one) in self.one_mod(m, j, np) {
            if self.cut[k] {
                continue;
            }
            if let Some(rest) = self.mods(k, j, np) {
                let mut out = vec![one];
                out.extend(rest);
                return Some(out);
            }
        }
        None
    }

    /// Every modifier starting at `m` and ending before `j`: (end, modifier), longest first.
    pub(super) fn one_mod(&mut self, m: usize, j: usize, np: bool) -> Vec<(usize, Mod)> {
        let mut out = Vec::new();
        // A variable or a name in apposition (after a noun only).
        if np {
            if let Some(k) = self.name_at(m, j) {
                out.push((k, Mod::Name(m, k)));
            }
            // n° 12, numéro 12
            let numbered = match self.word(m) {
                Some("n") => self.gap(m + 1).contains(['°', 'º']),
                Some("numero") => !self.cut[m + 1],
                _ => false,
            };
            if numbered && m + 2 <= j && matches!(self.units.get(m + 1), Some(Unit::Var { .. })) {
                out.push((m + 2, Mod::Numbered(m + 1)));
            }
        } else {
            // le 12/03/2026
            if self.word(m) == Some("le") {
                for k in (m + 2..=(m + 4).min(j)).rev() {
                    if self.date(m + 1, k) {
                        out.push((k, Mod::Date(m + 1, k)));
                        break;
                    }
                }
            }
        }
        // Adverbs (after a verb or an adjective).
        if !np {
            for (k, a, _) in self.lexical(m, j, Pos::Adv) {
                out.push((k, Mod::Adv(a)));
            }
        }
        // Adjective and participle phrases (after a noun).
        // A participle with what follows it, the longest first ("la solution proposée par
        // l'État"); an adjective alone first, what follows going with the noun ("un outil simple
        // pour gérer").
        if np {
            let mut parts = Vec::new();
            let mut adjs = Vec::new();
            for k in m + 1..=j {
                if self.cut[k] {
                    continue;
                }
                if let Some(ap) = self.ap(m, k, AP_ADJ | AP_PART) {
                    match ap {
                        Node::Ap {
                            head: ApHead::Part(_),
                            ..
                        } => parts.push((k, Mod::Adj(Box::new(ap)))),
                        _ => adjs.push((k, Mod::Adj(Box::new(ap)))),
                    }
                }
            }
            parts.reverse();
            out.extend(parts);
            out.extend(adjs);
        }
        // A complement with `de`.
        if np {
            if let Some(det) = self.units.get(m).and_then(|u| literal_matches("de", u)) {
                // A bare noun, the shortest first ("code de région valide" is a valid region
                // code); a complement with its determiner, the longest first ("agent de la
                // fonction publique d'État").
                let bare = det.is_none()
                    && self.units.get(m + 1).and_then(determiner).is_none()
                    && self.lexical(m + 1, j, Pos::Det).is_empty();
                let ks: Vec<usize> = if bare {
                    (m + 2..=j).collect()
                } else {
                    (m + 2..=j).rev().collect()
                };
                for k in ks {
                    if self.cut[k] {
                        continue;
                    }
                    if let Some(of) = self.np(m + 1, k, det) {
                        out.push((k, Mod::Of(Box::new(of))));
                    }
                }
            }
        }
        // Prepositional phrases.
        for (after, prep, det) in self.prepositions(m, j) {
            let takes = self.g.lexicon.words[prep].takes;
            for k in (after + 1..=j).rev() {
                if self.cut[k] {
                    continue;
                }
                let object = match takes {
                    Some(_) if det.is_some() => None,
                    Some(form) => self.vp(after, k, verb_bit(form)),
                    None => self.np(after, k, det).map(Node::Np),
                };
                // After a noun, `à` and a bare noun makes a compound whose meaning `à` does not
                // tell ("nombre à virgule", "liste à choix multiple"): only `à la …`, `à
                // l'administration`, `à X` (a name, a value) are read.
                let bare_noun = |o: &Node| {
                    matches!(o, Node::Np(n) if n.det == Det::None
                        && matches!(n.head, Head::Word(_) | Head::Concept(_)))
                };
                let object = match object {
                    Some(o) if np && self.g.lexicon.words[prep].lemma == "à" && bare_noun(&o) => {
                        None
                    }
                    o => o,
                };
                if let Some(o) = object {
                    out.push((k, Mod::Pp(prep, Box::new(o))));
                }
            }
        }
        out
    }

    /// Prepositions at `m`: (where the object starts, preposition, the determiner a
    /// contraction brings: `au` = `à le`).
    pub(super) fn prepositions(&self, m: usize, j: usize) -> Vec<(usize, usize, Option<Det>)> {
        let mut out: Vec<(usize, usize, Option<Det>)> = self
            .lexical(m, j, Pos::Prep)
            .into_iter()
            .map(|(k, p, _)| (k, p, None))
            .collect();
        if let Some(contracted) = self.contracted.get(m) {
            out.extend(contracted.iter().filter(|&&(k, _, _)| k <= j));
        }
        out
    }

    /// The prepositions at `m` whose last word is a contraction, to the end of the string (see
    /// [`Parser::contracted`]).
    pub(super) fn contracted_at(&self, m: usize) -> Vec<(usize, usize, Option<Det>)> {
        let mut out = Vec::new();
        let j = self.units.len();
        // Contractions: the last word of `à`, `à partir de`… written `au`, `du`, `des`.
        let longest = self.g.lexicon.longest.min(j.saturating_sub(m));
        for len in 1..=longest {
            let k = m + len;
            let Some(last) = self.units.get(k - 1) else {
                break;
            };
            let (base, det) = match (last.word(), last) {
                (Some("au" | "aux"), _) => ("a", Some(Det::Def)),
                (Some("du"), _) => ("de", Some(Det::Def)),
                (Some("de"), Unit::Word { plural: true, .. }) => ("de", Some(Det::Def)),
                _ => continue,
            };
            let mut form = match self.joined(m, k - 1) {
                Some(f) if !f.is_empty() => f + " ",
                _ => String::new(),
            };
            form.push_str(base);
            for r in self.g.lexicon.readings(&form) {
                if self.g.lexicon.words[r.word].pos == Pos::Prep {
                    out.push((k, r.word, det));
                }
            }
        }
        out
    }

    /// A variable, or a proper name (capitalised words the lexicon and the glossary do not
    /// know, not first in the string), at `m`: where it ends.
    pub(super) fn name_at(&self, m: usize, j: usize) -> Option<usize> {
        if let Some(k) = self.quoted(m, j) {
            return Some(k);
        }
        match self.units.get(m)? {
            Unit::Var { .. } => return Some(m + 1),
            Unit::Word { .. } => {}
        }
        let mut k = m;
        while k < j && k - m < 4 && self.is_name(k) {
            k += 1;
        }
        (k > m).then_some(k)
    }

    /// Words between « and » starting at `m` (a procedure's or a field's name, kept as
    /// written), at most 8, no sentence's end among them, not cutting a concept, ending
    /// before `j`: where they end.
    pub(super) fn quoted(&self, m: usize, j: usize) -> Option<usize> {
        if !self.gap(m).trim_end().ends_with('«') || self.cut[m] {
            return None;
        }
        (m + 1..=j.min(m + 8))
            .take_while(|&k| k == m + 1 || !self.gap(k - 1).contains(['.', '!', '?', '«']))
            .find(|&k| self.gap(k).trim_start().starts_with('»') && !self.cut[k])
    }

    pub(super) fn is_name(&self, i: usize) -> bool {
        i != 0 && !self.cut[i] && !self.cut[i + 1] && self.name_like.get(i) == Some(&true)
    }

    /// Unit `i` is a capitalised word the lexicon and the glossary do not know, not after a
    /// sentence's end (see [`Parser::name_like`]).
    pub(super) fn name_like_at(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else {
            return false;
        };
        let (a, b) = self.units[i].span();
        let raw = self.text.get(a..b).unwrap_or("");
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // A word after a sentence's end is capitalised for that reason.
        let gap = self.gap(i);
        if gap.contains(['.', ':', '!', '?', '«', '"', '(']) {
            return false;
        }
        self.g.lexicon.readings(w).is_empty()
            && !self.concepts.keys().any(|&(s, e)| s <= i && i < e)
    }

    /// The folded words `i..j` joined by spaces, if they are all words.
    pub(super) fn joined(&self, i: usize, j: usize) -> Option<String> {
        let mut s = String::new();
        for k in i..j {
            if k > i {
                s.push(' ');
            }
            s.push_str(self.word(k)?);
        }
        Some(s)
    }

    /// A noun phrase covering `i..j`.
    pub(super) fn np(&mut self, i: usize, j: usize, implied: Option<Det>) -> Option<Np> {
        if i >= j || !self.tick() {
            return None;
        }
        let key = (3, i, j, implied, 0);
        if let Some(r) = self.memo.get(&key) {
            return r.clone().and_then(|n| match n {
                Node::Np(np) => Some(np),
                _ => None,
            });
        }
        self.memo.insert(key, None);
        let found = self.np_uncached(i, j, implied);
        self.memo.insert(key, found.clone().map(Node::Np));
        found
    }

    pub(super) fn np_uncached(&mut self, i: usize, j: usize, implied: Option<Det>) -> Option<Np> {
        // Coordination first, at the highest level: "la demande de correction et ce message" is
        // (la demande de correction) et (ce message).
        if implied.is_none() {
            if let Some(p) = self.pattern_np(i, j, false) {
                return Some(Np {
                    det: Det::None,
                    head: Head::Pattern(Box::new(p)),
                    plural: true,
                    adjs: Vec::new(),
                    mods: Vec::new(),
                });
            }
        }
        // A pronoun.
        if implied.is_none() && j == i + 1 {
            if let Some(&(_, w, _)) = self
                .lexical(i, j, Pos::Pron)
                .iter()
                .find(|(_, w, _)| !self.g.lexicon.words[*w].clitic)
            {
                return Some(Np {
                    det: Det::None,
                    head: Head::Pron(w),
                    plural: self.g.lexicon.words[w].plural,
                    adjs: Vec::new(),
                    mods: Vec::new(),
                });
            }
        }
        // A determiner written here (unless a contraction already brought one).
        if implied.is_none() && j - i >= 2 {
            let mut dets: Vec<(usize, Det, Option<bool>)> = Vec::new();
            // A lexicon determiner first (`une autre`: "another", `tous les`).
            for (k, d, _) in self.lexical(i, j, Pos::Det) {
                if k < j {
                    // A determiner that is plural (`plusieurs choix`: `.plural = yes`) makes
                    // its noun plural where the noun does not show it.
                    let plural = self.g.lexicon.words[d].plural.then_some(true);
                    dets.push((k, Det::Word(d), plural));
                }
            }
            if let Some((det, plural)) = self.units.get(i).and_then(determiner) {
                dets.push((i + 1, det, plural));
            }
            if matches!(
                self.units.get(i),
                Some(Unit::Var {
                    slot: Slot::Number,
                    ..
                })
            ) {
                dets.push((i + 1, Det::Num(i), None));
            }
            for (k, det, plural) in dets {
                if self.cut[k] {
                    continue;
                }
                if let Some(mut np) = self.np_bare(k, j) {
                    np.det = det;
                    if let Some(p) = plural {
                        np.plural = p;
                    }
                    return Some(np);
                }
            }
        }
        self.np_bare(i, j).map(|mut np| {
            if let Some(d) = implied {
                np.det = d;
            }
            np
        })
    }

    /// A noun phrase without a determiner of its own.
    pub(super) fn np_bare(&mut self, i: usize, j: usize) -> Option<Np> {
        let key = (4, i, j, None, 0);
        if let Some(r) = self.memo.get(&key) {
            return r.clone().and_then(|n| match n {
                Node::Np(np) => Some(np),
                _ => None,
            });
        }
        self.memo.insert(key, None);
        let found = self.np_bare_uncached(i, j);
        self.memo.insert(key, found.clone().map(Node::Np));
        found
    }

    pub(super) fn np_bare_uncached(&mut self, i: usize, j: usize) -> Option<Np> {
        if i >= j || !self.tick() {
            return None;
        }
        let bare = |head: Head, plural: bool| Np {
            det: Det::None,
            head,
            plural,
            adjs: Vec::new(),
            mods: Vec::new(),
        };
        // A concept covering the whole span is one meaning.
        if let Some(head) = self.concept_head(i, j) {
            let plural = self.plural(i, j) && !self.invariable_head(&head);
            return Some(bare(head, plural));
        }
        // A head of several words first (`nom de voie`): one meaning.
        if let Some(np) = self.headed(i, j, true) {
            return Some(np);
        }
        // A pattern that makes a noun phrase and starts with a word (`Numéro de …`).
        if let Some(p) = self.pattern_np(i, j, true) {
            return Some(bare(Head::Pattern(Box::new(p)), false));
        }
        // An adjective that comes before its noun.
        for (k, a, _) in self.lexical(i, j, Pos::Adj) {
            if !self.g.lexicon.words[a].before || k >= j {
                continue;
            }
            if let Some(mut np) = self.np_bare(k, j) {
                np.adjs.insert(0, a);
                return Some(np);
            }
        }
        if let Some(np) = self.headed(i, j, false) {
            return Some(np);
        }
        // A pattern that makes a noun phrase and starts with a slot (`… et …`).
        self.pattern_np(i, j, false)
            .map(|p| bare(Head::Pattern(Box::new(p)), false))
    }

    /// A head at `i` and what follows it to `j`; the longest head first (a glossary concept or a
    /// lexicon noun is one meaning); heads of several words (`long`) or of one.
    pub(super) fn headed(&mut self, i: usize, j: usize, long: bool) -> Option<Np> {
        let ks: Vec<usize> = if long {
            (i + 2..=j).rev().collect()
        } else {
            vec![i + 1]
        };
        for k in ks {
            if self.cut[k] {
                continue;
            }
            let Some(head) = self.head(i, k) else {
                continue;
            };
            let plural = self.plural(i, k) && !self.invariable_head(&head);

            if let Some(mods) = self.mods(k, j, true) {
                return Some(Np {
                    det: Det::None,
                    head,
                    plural,
                    adjs: Vec::new(),
                    mods,
                });
            }
        }
        None
    }

    /// A noun-phrase pattern covering `i..j` that starts with a word (`literal`) or a slot.
    pub(super) fn pattern_np(&mut self, i: usize, j: usize, literal: bool) -> Option<Node> {
        let key = (9, i, j, None, literal as u16);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        self.memo.insert(key, None);
        let want = if literal { Want::NpWord } else { Want::NpSlot };
        let mut found = None;
        let (from, to) = self.candidates(i, want);
        for c in from..to {
            let (p, reach) = self.cand_list[c];
            // A pattern one of whose words is not in the span cannot match (and, the memo
            // holding what each span reads whatever asked first, trying it would find nothing
            // the other readings need).
            if reach > j {
                continue;
            }
            if !self.tick() {
                break;
            }
            let mut slots = Vec::new();
            if self.match_parts(p, 0, i, j, None, &mut slots) {
                if self.shared_adjective(p, j, &slots) {
                    continue;
                }
                found = Some(Node::Pattern { pattern: p, slots });
                break;
            }
        }
        self.memo.insert(key, found.clone());
        found
    }

    /// A coordination of bare nouns whose last word is an adjective ("Adresse électronique ou
    /// mot de passe incorrect", "Nom ou prénom incorrect"): the adjective, agreeing with the
    /// nearest noun, may qualify every conjunct; which one is not for the grammar to guess, so
    /// the coordination is not read.
    pub(super) fn shared_adjective(&self, p: usize, j: usize, slots: &[(String, Node)]) -> bool {
        let coordination = matches!(
            self.g.patterns[p].id.as_str(),
            "pattern-or" | "pattern-and" | "pattern-or-comma" | "pattern-slash" | "pattern-nor"
        );
        let bare = |n: &Node| matches!(n, Node::Np(np) if np.det == Det::None);
        coordination
            && slots.len() >= 2
            && slots.iter().all(|(_, n)| bare(n))
            && j > 0
            && !self.lexical(j - 1, j, Pos::Adj).is_empty()
    }

    /// An adjective or participle phrase covering `i..j`, of the kinds of `mask`.
    pub(super) fn ap(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if i >= j {
            return None;
        }
        let key = (8, i, j, None, mask);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        self.memo.insert(key, None);
        let found = self.ap_uncached(i, j, mask);
        self.memo.insert(key, found.clone());
        found
    }

    pub(super) fn ap_uncached(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if !self.tick() {
            return None;
        }
        if let Some(found) = self.ap_headed(i, j, mask) {
            return Some(found);
        }
        // Adverbs before (`non modifié`, `automatiquement enregistrées`).
        for (k, a, _) in self.lexical(i, j, Pos::Adv) {
            if k >= j {
                continue;
            }
            if let Some(Node::Ap {
                head,
                mut pre,
                mods,
            }) = self.ap(k, j, mask)
            {
                pre.insert(0, a);
                return Some(Node::Ap { head, pre, mods });
            }
        }
        let p = self.pattern(i, j, Some(PKind::Ap))?;
        Some(p)
    }

    /// An adjective or participle at `i` and what follows it to `j`.
    pub(super) fn ap_headed(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        let mut heads: Vec<(usize, ApHead)> = Vec::new();
        if mask & AP_ADJ != 0 {
            for (k, a, _) in self.lexical(i, j, Pos::Adj) {
                heads.push((k, ApHead::Adj(a)));
            }
        }
        if mask & AP_PART != 0 {
            for (k, v, form) in self.lexical(i, j, Pos::Verb) {
                // A verb whose sense depends on its object: a participle does not show it.
                if form == VerbForm::Pp && self.g.lexicon.words[v].objects.is_empty() {
                    heads.push((k, ApHead::Part(v)));
                }
            }
        }
        heads.sort_by_key(|(k, _)| std::cmp::Reverse(*k));
        for (k, head) in heads {
            if let Some(mods) = self.mods(k, j, false) {
                return Some(Node::Ap {
                    head,
                    pre: Vec::new(),
                    mods,
                });
            }
        }
        None
    }

    /// A head's noun does not show its number (`pays`, `avis`).
    pub(super) fn invariable_head(&self, head: &Head) -> bool {
        match head {
            Head::Concept(c) => self.invariable.contains(c),
            Head::Word(w) => self.g.lexicon.words[*w]
                .lemma
                .split([' ', '\'', '’'])
                .next()
                .is_some_and(|f| f.ends_with(['s', 'x', 'z'])),
            _ => false,
        }
    }

    /// A concept covering exactly `i..k` that may head a noun phrase: not where the page
    /// writes an infinitive or a participle (`Copié`, `déposer`: the concepts `copie`,
    /// `téléverser` match them too).
    pub(super) fn concept_head(&self, i: usize, k: usize) -> Option<Head> {
        self.concept_heads.get(&(i, k)).map(|&c| Head::Concept(c))
    }

    /// The page writes units `i..k` as an infinitive or a participle (see
    /// [`Parser::concept_head`]).
    pub(super) fn verbal_concept(&self, i: usize, k: usize) -> bool {
        self.joined(i, k).is_some_and(|form| {
            let mut verbs = self
                .g
                .lexicon
                .readings(&form)
                .iter()
                .filter(|r| {
                    self.g.lexicon.words[r.word].pos == Pos::Verb
                        && matches!(r.verb_form, VerbForm::Inf | VerbForm::Pp)
                })
                .peekable();
            // The page's spelling is only written out when there is a verb form to compare.
            if verbs.peek().is_none() {
                return false;
            }
            let (a, _) = self.units[i].span();
            let (_, b) = self.units[k - 1].span();
            let page = written_form(self.text.get(a..b).unwrap_or(""));
            verbs.any(|r| self.g.lexicon.surface(r) == page)
        })
    }

    /// A head covering exactly `i..k`.
    pub(super) fn head(&self, i: usize, k: usize) -> Option<Head> {
        if self.quoted(i, k) == Some(k) {
            return Some(Head::Name(i, k));
        }
        if let Some(h) = self.concept_head(i, k) {
            return Some(h);
        }
        if k == i + 1 {
            if let Unit::Var { .. } = self.units[i] {
                return Some(Head::Var(i));
            }
        }
        if let Some(l) = self
            .lex
            .get(i)
            .and_then(|here| here.iter().find(|l| l.k == k && l.pos == Pos::Noun))
        {
            return Some(Head::Word(l.word));
        }
        // A proper name: every word capitalised and unknown; not the start of a title whose
        // small words would be translated ("Délégué à la Protection des Données").
        if !((i..k).all(|x| self.is_name(x)) && k - i <= 4) {
            return None;
        }
        let small = |x: usize| {
            matches!(
                self.word(x),
                Some(
                    "de" | "du"
                        | "d"
                        | "a"
                        | "au"
                        | "aux"
                        | "la"
                        | "le"
                        | "l"
                        | "en"
                        | "et"
                        | "pour"
                        | "sur"
                )
            )
        };
        let capital = |x: usize| {
            self.units.get(x).is_some_and(|u| {
                let (a, b) = u.span();
                self.text
                    .get(a..b)
                    .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
            })
        };
        let title = small(k) && (capital(k + 1) || (small(k + 1) && capital(k + 2)));
        (!title).then_some(Head::Name(i, k))
    }

    pub(super) fn plural(&self, i: usize, k: usize) -> bool {
        matches!(self.units.get(k - 1), Some(Unit::Word { plural: true, .. }))
            || matches!(self.units.get(i), Some(Unit::Word { plural: true, .. }))
    }
}
