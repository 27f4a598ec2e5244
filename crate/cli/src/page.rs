//! Reading a saved HTML page into protocol blocks, as the content scripts read a live page.
//!
//! The reading rules are the extension's own (`crate/core/data/reading.json`, checked by
//! `relais_core::reading`): the same sources, exclusions and text rules, applied here with a real
//! CSS selector engine (scraper) as `extension/content/reading.js` applies them with the DOM.
//! The CAPTCHA candidates mirror `content/captcha.js`; the end-to-end tests compare both readers.

use relais_core::protocol::{Block, MAX_TEXT};
use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use relais_core::reading::{self, ReadingRules, RulesFile, Source, TextRule};
use scraper::{ElementRef, Html, Node, Selector};

/// The shipped reading rules, checked.
pub fn rules() -> Result<ReadingRules, String> {
    let file: RulesFile =
        serde_json::from_str(reading::RULES_JSON).map_err(|e| format!("reading rules: {e}"))?;
    reading::check(file)
}

/// A selector of the rules, parsed (the rules' selectors are checked by the tests).
fn selector(s: &str) -> Result<Selector, String> {
    Selector::parse(s).map_err(|e| format!("reading rules: selector {s:?}: {e:?}"))
}

/// The rules with every selector parsed once.
struct Compiled {
    skip: Selector,
    leave_out: Selector,
    sources: Vec<CompiledSource>,
}

struct CompiledSource {
    source: Source,
    select: Selector,
    follows: Option<Selector>,
    unless: Vec<Condition>,
}

enum Condition {
    Closest(Selector),
    Ancestor(Selector),
    Matches(Selector),
    Has(Selector),
    Outside(Selector, Selector),
}

impl Compiled {
    fn new(r: &ReadingRules) -> Result<Compiled, String> {
        let mut sources = Vec::new();
        for s in &r.sources {
            let mut conds = Vec::new();
            for u in &s.unless {
                conds.push(
                    match (
                        &u.closest,
                        &u.ancestor,
                        &u.matches,
                        &u.has,
                        &u.outside,
                        &u.when,
                    ) {
                        (Some(c), ..) => Condition::Closest(selector(c)?),
                        (_, Some(a), ..) => Condition::Ancestor(selector(a)?),
                        (_, _, Some(m), ..) => Condition::Matches(selector(m)?),
                        (_, _, _, Some(h), ..) => Condition::Has(selector(h)?),
                        (_, _, _, _, Some(o), Some(w)) => {
                            Condition::Outside(selector(o)?, selector(w)?)
                        }
                        _ => return Err("reading rules: an unless without a condition".into()),
                    },
                );
            }
            if let Some(a) = &s.anchor {
                selector(a)?; // rendering only, but a broken selector is a broken file
            }
            sources.push(CompiledSource {
                source: s.clone(),
                select: selector(&s.select)?,
                follows: s.follows.as_deref().map(selector).transpose()?,
                unless: conds,
            });
        }
        Ok(Compiled {
            skip: selector(&r.skip)?,
            leave_out: selector(&r.own_text_leaves_out)?,
            sources,
        })
    }
}

type Taken = HashSet<NodeId>;

fn self_and_ancestors<'a>(el: &ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    std::iter::once(*el).chain(el.ancestors().filter_map(ElementRef::wrap))
}

fn closest(el: &ElementRef, sel: &Selector) -> bool {
    self_and_ancestors(el).any(|e| sel.matches(&e))
}

fn skipped(c: &Compiled, el: &ElementRef) -> bool {
    closest(el, &c.skip)
}

/// Relais's own elements (`relais-overlay`…): never read, never counted as a sibling.
fn is_relais(el: &ElementRef) -> bool {
    el.value().name().starts_with("relais-")
}

/// Text that belongs to `el`: nested elements of `ownTextLeavesOut`, skipped ones and those
/// already read (`taken`) left out.
fn own_text(c: &Compiled, el: &ElementRef, taken: &Taken) -> String {
    let mut out = String::new();
    collect_text(c, el, &mut out, true, taken);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn collect_text(c: &Compiled, el: &ElementRef, out: &mut String, top: bool, taken: &Taken) {
    if !top
        && (c.leave_out.matches(el)
            || c.skip.matches(el)
            || is_relais(el)
            || taken.contains(&el.id()))
    {
        return;
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                if let Some(e) = ElementRef::wrap(child) {
                    collect_text(c, &e, out, false, taken);
                }
            }
            _ => {}
        }
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The options a `<select>` shows as chosen, as a browser decides from the markup: those with
/// `selected`; for a one-line select, the last of them, or else the first option not disabled.
fn chosen_options(el: &ElementRef) -> Vec<String> {
    let Ok(opt) = Selector::parse("option") else {
        return Vec::new();
    };
    let options: Vec<ElementRef> = el.select(&opt).collect();
    let disabled = |o: &ElementRef| {
        o.value().attr("disabled").is_some()
            || o.ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| a.id() != el.id())
                .any(|a| a.value().name() == "optgroup" && a.value().attr("disabled").is_some())
    };
    let text = |o: &ElementRef| collapse(&o.text().collect::<String>());
    let selected: Vec<&ElementRef> = options
        .iter()
        .filter(|o| o.value().attr("selected").is_some())
        .collect();
    let size = el
        .value()
        .attr("size")
        .and_then(|s| s.trim().parse::<u32>().ok())
        .unwrap_or(0);
    if el.value().attr("multiple").is_some() || size > 1 {
        return selected.into_iter().map(text).collect();
    }
    match selected.last() {
        Some(o) => vec![text(o)],
        None => options
            .iter()
            .find(|o| !disabled(o))
            .map(text)
            .into_iter()
            .collect(),
    }
}

fn text_of(c: &Compiled, source: &Source, el: &ElementRef, taken: &Taken) -> String {
    let value = |el: &ElementRef| {
        if el.value().name() == "input" {
            el.value().attr("value").unwrap_or("").trim().to_string()
        } else {
            own_text(c, el, taken)
        }
    };
    match source.text {
        TextRule::Value => value(el),
        TextRule::Name => {
            let label = collapse(el.value().attr("aria-label").unwrap_or(""));
            if label.chars().any(char::is_alphabetic) {
                label
            } else {
                value(el)
            }
        }
        TextRule::Attribute => collapse(
            source
                .attribute
                .as_deref()
                .and_then(|a| el.value().attr(a))
                .unwrap_or(""),
        ),
        TextRule::Selected => chosen_options(el).join("\n"),
        TextRule::Options => {
            let Ok(opt) = Selector::parse("option") else {
                return String::new();
            };
            el.select(&opt)
                .map(|o| collapse(&o.text().collect::<String>()))
                .collect::<Vec<_>>()
                .join("\n")
        }
        TextRule::Own => own_text(c, el, taken),
    }
}

fn excluded(doc: &Html, conds: &[Condition], el: &ElementRef) -> bool {
    conds.iter().any(|cond| match cond {
        Condition::Closest(s) => closest(el, s),
        Condition::Ancestor(s) => el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| s.matches(&a)),
        Condition::Matches(s) => s.matches(el),
        Condition::Has(s) => el
            .descendants()
            .skip(1)
            .filter_map(ElementRef::wrap)
            .any(|d| s.matches(&d)),
        Condition::Outside(outside, when) => {
            doc.select(when).next().is_some() && !closest(el, outside)
        }
    })
}

/// The previous element sibling of `el`, Relais's own elements aside.
fn previous_element<'a>(el: &ElementRef<'a>) -> Option<ElementRef<'a>> {
    el.prev_siblings()
        .filter_map(ElementRef::wrap)
        .find(|e| !is_relais(e))
}

/// The candidates of a source in reading order: the elements matching `select`, or, with `via`,
/// the elements that the attribute of each of them names by id.
fn candidates<'a>(
    doc: &'a Html,
    ids: &HashMap<&'a str, ElementRef<'a>>,
    s: &CompiledSource,
) -> Vec<ElementRef<'a>> {
    match &s.source.via {
        None => doc.select(&s.select).collect(),
        Some(attr) => doc
            .select(&s.select)
            .flat_map(|el| {
                el.value()
                    .attr(attr)
                    .unwrap_or("")
                    .split_ascii_whitespace()
                    .filter_map(|id| ids.get(id).copied())
                    .collect::<Vec<_>>()
            })
            .collect(),
    }
}

/// Every block of the page, in the content scripts' order (by source, then document order), each
/// element once.
pub fn blocks(html: &str) -> Result<Vec<Block>, String> {
    let c = Compiled::new(&rules()?)?;
    let doc = Html::parse_document(html);
    // An id names the first element that has it, as getElementById.
    let mut ids: HashMap<&str, ElementRef> = HashMap::new();
    for el in doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        if let Some(id) = el.value().attr("id") {
            ids.entry(id).or_insert(el);
        }
    }
    let mut out = Vec::new();
    let mut taken: Taken = HashSet::new();
    for s in &c.sources {
        for el in candidates(&doc, &ids, s) {
            if taken.contains(&el.id())
                || is_relais(&el)
                || skipped(&c, &el)
                || excluded(&doc, &s.unless, &el)
            {
                continue;
            }
            if let Some(f) = &s.follows {
                if !previous_element(&el).is_some_and(|p| f.matches(&p)) {
                    continue;
                }
            }
            if s.source.outside_read
                && el
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| taken.contains(&a.id()))
            {
                continue;
            }
            let text: String = text_of(&c, &s.source, &el, &taken)
                .chars()
                .take(MAX_TEXT)
                .collect();
            if !text.chars().any(char::is_alphabetic)
                || (s.source.min_words > 0 && text.split_whitespace().count() < s.source.min_words)
            {
                continue;
            }
            taken.insert(el.id());
            out.push(Block {
                id: format!("b{}", out.len() + 1),
                kind: s.source.kind,
                text,
            });
        }
    }
    Ok(out)
}

/// Elements that might belong to a CAPTCHA, described as the content script describes them
/// (content/captcha.js: `describe`, `captchaCandidates`), and the page's script URLs.
pub fn captcha_candidates(
    html: &str,
) -> Result<(Vec<relais_core::captcha::Candidate>, Vec<String>), String> {
    use relais_core::captcha::Candidate;
    let rules = rules()?.captcha;
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    let sel = selector(&rules.select)?;
    let labels: Vec<(String, String)> = Selector::parse("label[for]")
        .map(|s| {
            doc.select(&s)
                .map(|l| {
                    (
                        l.value().attr("for").unwrap_or("").to_string(),
                        l.text().collect::<String>(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let words = &rules.words;
    let mut forms: Vec<ego_tree::NodeId> = Vec::new();
    for el in doc.select(&sel) {
        let v = el.value();
        let form = el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| matches!(a.value().name(), "form" | "fieldset" | "main" | "body"))
            .map(|a| a.id());
        let group = match form {
            Some(f) => {
                let i = forms.iter().position(|x| *x == f).unwrap_or_else(|| {
                    forms.push(f);
                    forms.len() - 1
                });
                format!("g{}", i + 1)
            }
            None => "g0".to_string(),
        };
        let el_id = v.attr("id").unwrap_or("").to_string();
        let mut label: Vec<String> = ["aria-label", "alt", "placeholder"]
            .iter()
            .filter_map(|a| v.attr(a).map(str::to_string))
            .collect();
        if !el_id.is_empty() {
            label.extend(
                labels
                    .iter()
                    .filter(|(f, _)| *f == el_id)
                    .map(|(_, t)| t.clone()),
            );
        }
        if matches!(v.name(), "button" | "a") {
            label.push(el.text().collect());
        }
        let label = label
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let data = v
            .attrs()
            .filter(|(k, _)| k.starts_with("data-"))
            .map(|(k, val)| format!("{k}={val}"))
            .collect::<Vec<_>>()
            .join(";");
        let c = Candidate {
            id: format!("c{}", out.len() + 1),
            tag: v.name().to_string(),
            el_id,
            classes: v.attr("class").unwrap_or("").to_string(),
            name: v.attr("name").unwrap_or("").to_string(),
            src: v
                .attr("src")
                .or_else(|| v.attr("href"))
                .unwrap_or("")
                .chars()
                .take(1000)
                .collect(),
            title: v.attr("title").unwrap_or("").to_string(),
            label: label.chars().take(300).collect(),
            data: data.chars().take(1000).collect(),
            input_type: v.attr("type").unwrap_or("").to_lowercase(),
            group,
        };
        let hay = format!(
            "{} {} {} {} {} {} {}",
            c.el_id, c.classes, c.name, c.src, c.title, c.label, c.data
        )
        .to_lowercase();
        if words.iter().any(|w| hay.contains(w)) {
            out.push(c);
        }
    }
    let scripts = Selector::parse("script[src]")
        .map(|s| {
            doc.select(&s)
                .filter_map(|e| e.value().attr("src"))
                .filter(|s| {
                    let l = s.to_lowercase();
                    l.contains("captcha") || l.contains("turnstile")
                })
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok((out, scripts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use relais_core::protocol::BlockKind;

    #[test]
    fn reads_labels_without_their_hints_and_skips_excluded_areas() {
        let html = r#"<form>
          <label class="fr-label" for="n">Nom <span class="fr-hint-text">Exemple : Dupont</span></label>
          <input id="n" placeholder="Votre nom">
          <p translate="no"><label>Identifiant</label></p>
          <div class="notranslate"><button>Valider</button></div>
          <div contenteditable="true"><label>Prénom</label></div>
          <select><option>Célibataire</option><option>Marié</option></select>
          <div class="fr-alert fr-alert--error" role="alert"><p class="fr-message--error">Erreur technique</p></div>
        </form>"#;
        let got: Vec<(BlockKind, String)> = blocks(html)
            .expect("the shipped rules read")
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Label, "Nom".to_string()),
                (BlockKind::Alert, "Erreur technique".to_string()),
                (BlockKind::Hint, "Exemple : Dupont".to_string()),
                (BlockKind::Option, "Célibataire".to_string()),
                (BlockKind::Placeholder, "Votre nom".to_string()),
            ]
        );
    }

    fn read(html: &str) -> Vec<(BlockKind, String)> {
        blocks(html)
            .expect("the shipped rules read")
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    fn has(got: &[(BlockKind, String)], kind: BlockKind, text: &str) -> bool {
        got.iter().any(|(k, t)| *k == kind && t == text)
    }

    /// Each text once (these pages repeat no text): no element is read by two sources.
    fn once(got: &[(BlockKind, String)]) {
        for (i, (_, a)) in got.iter().enumerate() {
            for (_, b) in &got[i + 1..] {
                assert_ne!(a, b, "{a:?} read twice: {got:?}");
            }
        }
    }

    /// Quasar 2 (Vue 3), as QCheckbox, QInput, QSelect, QBtn, QBanner and Notify render.
    #[test]
    fn quasar() {
        let got = read(
            r#"<main><div class="q-checkbox" role="checkbox" aria-label="J’accepte les conditions générales d’utilisation" aria-checked="false" id="condition"><div class="q-checkbox__inner" aria-hidden="true"><input class="hidden q-checkbox__native" type="checkbox"></div><div class="q-checkbox__label">J’accepte les conditions générales d’utilisation</div></div>
            <label class="q-field q-select" for="motif"><div class="q-field__inner"><div class="q-field__control"><div class="q-field__control-container"><div class="q-field__label">Motif du rendez-vous</div><div class="q-field__native"><span class="q-select__selected-value">Remise de titre de séjour</span><input role="combobox" aria-label="Motif du rendez-vous" id="motif" value="" aria-describedby="motif_error" aria-errormessage="motif_error"></div></div><div class="q-field__append"><i aria-hidden="true" class="q-icon notranslate material-icons">arrow_drop_down</i></div></div><div class="q-field__bottom"><div id="motif_error" class="q-field__messages col"><div role="alert">Veuillez choisir le motif de votre rendez-vous</div></div></div></div></label>
            <label class="q-field q-input" for="nom"><div class="q-field__inner"><div class="q-field__control"><div class="q-field__control-container"><div class="q-field__label">Nom</div><input class="q-field__native" aria-label="Nom" id="nom" type="text" value="Karimi"></div></div><div class="q-field__bottom"><div class="q-field__messages col"><div>Tel qu’il figure sur votre passeport</div></div></div></div></label>
            <button class="q-btn" type="button" id="playSoundIcon" aria-label="Énoncer le code du captcha"><span class="q-btn__content"><i aria-hidden="true" class="q-icon material-icons" role="img">volume_up</i></span></button>
            <button class="q-btn" type="button"><span class="q-btn__content"><i class="material-icons">refresh</i><span class="block">Valider</span></span></button>
            <div class="q-banner" role="alert" id="reponse"><div class="q-banner__avatar"></div><div class="q-banner__content">Il n’existe plus de plage horaire libre pour votre demande de rendez-vous.</div></div></main>
            <div id="q-notify"><div class="q-notifications__list"><div class="q-notification bg-negative" role="alert"><div class="q-notification__wrapper"><div class="q-notification__content"><i aria-hidden="true" class="q-icon material-icons">warning</i><div class="q-notification__message col">Le code de sécurité saisi est incorrect.</div></div><div class="q-notification__actions"><button class="q-btn" type="button"><span class="block">Fermer</span></button></div></div></div></div></div>"#,
        );
        for (kind, text) in [
            (
                BlockKind::Label,
                "J’accepte les conditions générales d’utilisation",
            ),
            (BlockKind::Label, "Motif du rendez-vous"),
            (BlockKind::Label, "Nom"),
            (
                BlockKind::Error,
                "Veuillez choisir le motif de votre rendez-vous",
            ),
            (BlockKind::Hint, "Tel qu’il figure sur votre passeport"),
            (BlockKind::Option, "Remise de titre de séjour"),
            (BlockKind::Button, "Énoncer le code du captcha"),
            (BlockKind::Button, "Valider"),
            (
                BlockKind::Text,
                "Il n’existe plus de plage horaire libre pour votre demande de rendez-vous.",
            ),
            (BlockKind::Text, "Le code de sécurité saisi est incorrect."),
        ] {
            assert!(has(&got, kind, text), "{kind:?} {text:?} not read: {got:?}");
        }
        assert_eq!(got.len(), 10, "{got:?}");
        once(&got);
        assert!(!got
            .iter()
            .any(|(_, t)| t.contains("volume_up") || t.contains("Karimi")));
    }

    /// ARIA references: an element named by both `for` and `aria-labelledby` is one block; the
    /// targets of aria-describedby are hints, of aria-errormessage errors; a paragraph does not
    /// repeat the hint inside it.
    #[test]
    fn aria_references_are_read_once() {
        let got = read(
            r#"<form><label id="l-date" for="date">Date du changement</label>
            <input id="date" aria-labelledby="l-date" aria-describedby="date-aide date-erreur" aria-errormessage="date-erreur">
            <p class="aside">À savoir : <span id="date-aide">la date figure sur l’acte de mariage.</span></p>
            <div id="date-erreur">La date doit être au format JJ/MM/AAAA.</div>
            <span id="groupe-titre">Vos enfants</span><div role="group" aria-labelledby="groupe-titre"><input aria-label="Prénom de l’enfant"></div>
            <div role="radiogroup" aria-labelledby="q"><span id="q">Êtes-vous marié ?</span><div role="radio" aria-checked="false">Oui</div><div role="radio" aria-checked="false" aria-labelledby="non-l"><span id="non-l">Non</span></div></div></form>"#,
        );
        assert_eq!(
            got,
            vec![
                (BlockKind::Label, "Date du changement".to_string()),
                (BlockKind::Label, "Vos enfants".to_string()),
                (BlockKind::Label, "Êtes-vous marié ?".to_string()),
                (BlockKind::Label, "Non".to_string()),
                (BlockKind::Label, "Oui".to_string()),
                (
                    BlockKind::Error,
                    "La date doit être au format JJ/MM/AAAA.".to_string()
                ),
                (
                    BlockKind::Hint,
                    "la date figure sur l’acte de mariage.".to_string()
                ),
                // The paragraph right after the field is its hint too, less the part read already.
                (BlockKind::Hint, "À savoir :".to_string()),
                (BlockKind::Label, "Prénom de l’enfant".to_string()),
            ]
        );
    }

    /// Bootstrap and AngularJS forms, Angular Material, Vuetify 3 and react-dsfr, each as the
    /// library renders it.
    #[test]
    fn bootstrap_material_vuetify_react_dsfr() {
        let got = read(
            r#"<main><form>
            <div class="form-group has-error"><label for="n" class="control-label">Numéro allocataire</label><input id="n" class="form-control is-invalid"><small class="form-text">7 chiffres</small><span class="help-block">Il figure sur vos courriers</span><div class="invalid-feedback">Le numéro allocataire comporte 7 chiffres.</div></div>
            <div class="alert alert-danger">Service momentanément indisponible</div>
            <div class="form-group"><input id="m" class="form-control"><p>Montant net, primes comprises</p></div>
            <mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper"><label class="mdc-floating-label" for="mat-input-0"><mat-label>Nom d’usage</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker">*</span></label><input id="mat-input-0" matinput aria-describedby="mat-hint-0"></div><div class="mat-mdc-form-field-subscript-wrapper"><mat-hint id="mat-hint-0" class="mat-mdc-form-field-hint">Si différent du nom de naissance</mat-hint><mat-error class="mat-mdc-form-field-error">Ce champ est obligatoire</mat-error></div></mat-form-field>
            <mat-checkbox><div class="mdc-form-field"><div class="mdc-checkbox"><input type="checkbox" id="mat-mdc-checkbox-1-input" class="mdc-checkbox__native-control"></div><label class="mdc-label" for="mat-mdc-checkbox-1-input">J’atteste sur l’honneur</label></div></mat-checkbox>
            <button mat-icon-button aria-label="Supprimer la pièce"><mat-icon>delete</mat-icon></button>
            <div class="v-input v-input--error v-text-field"><div class="v-input__control"><div class="v-field"><div class="v-field__field"><label class="v-label v-field-label" for="input-5">Courriel</label><input id="input-5" aria-describedby="input-5-messages"></div></div></div><div class="v-input__details"><div class="v-messages" role="alert" id="input-5-messages"><div class="v-messages__message">Adresse électronique invalide</div></div></div></div>
            <div class="v-input v-text-field"><div class="v-input__control"><div class="v-field"><label class="v-label v-field-label" for="input-6">Téléphone</label><input id="input-6"></div></div><div class="v-input__details"><div class="v-messages" role="alert"><div class="v-messages__message">Exemple : 06 12 34 56 78</div></div></div></div>
            <div class="fr-input-group fr-input-group--error"><label class="fr-label" for="c">Adresse électronique<span class="fr-hint-text">Format attendu : nom@domaine.fr</span></label><input class="fr-input fr-input--error" id="c" aria-describedby="c-messages"><div class="fr-messages-group" id="c-messages" aria-live="polite"><p class="fr-message fr-message--error" id="c-desc-error">Le format de l’adresse électronique saisie n’est pas valide.</p></div></div>
            </form></main>"#,
        );
        for (kind, text) in [
            (BlockKind::Label, "Numéro allocataire"),
            (BlockKind::Hint, "7 chiffres"),
            (BlockKind::Hint, "Il figure sur vos courriers"),
            (
                BlockKind::Error,
                "Le numéro allocataire comporte 7 chiffres.",
            ),
            (BlockKind::Alert, "Service momentanément indisponible"),
            (BlockKind::Hint, "Montant net, primes comprises"),
            (BlockKind::Label, "Nom d’usage*"),
            (BlockKind::Hint, "Si différent du nom de naissance"),
            (BlockKind::Error, "Ce champ est obligatoire"),
            (BlockKind::Label, "J’atteste sur l’honneur"),
            (BlockKind::Button, "Supprimer la pièce"),
            (BlockKind::Label, "Courriel"),
            (BlockKind::Error, "Adresse électronique invalide"),
            (BlockKind::Label, "Téléphone"),
            (BlockKind::Hint, "Exemple : 06 12 34 56 78"),
            (BlockKind::Label, "Adresse électronique"),
            (BlockKind::Hint, "Format attendu : nom@domaine.fr"),
            (
                BlockKind::Error,
                "Le format de l’adresse électronique saisie n’est pas valide.",
            ),
        ] {
            assert!(has(&got, kind, text), "{kind:?} {text:?} not read: {got:?}");
        }
        assert_eq!(got.len(), 18, "{got:?}");
        once(&got);
    }

    /// Issue 12: a select is its chosen option; short paragraphs and notices are read; every
    /// other text only for the failure catalogue, once, by the innermost box that holds it.
    #[test]
    fn chosen_options_short_texts_and_every_other_text() {
        let got = read(
            r#"<main><form>
            <select id="a"><option value="" disabled selected>Sélectionner une option</option><option>Marié(e)</option></select>
            <select id="b"><option>Célibataire</option><option selected>Pacsé(e)</option><option selected>Veuf</option></select>
            <select id="c"><option disabled>Choisir</option><option>Algérienne</option></select>
            <select id="d" multiple><option selected>Français</option><option>Anglais</option><option selected>Arabe</option></select>
            </form>
            <p>Champs obligatoires.</p>
            <div role="status">Envoi en cours</div>
            <div class="toast"><div class="toast-body">Aucun créneau disponible</div></div>
            <div class="card"><h3>Votre session a expiré</h3><div>Reconnectez-vous <a href="/">ici</a></div><span>Service indisponible</span></div>
            <p>Un paragraphe <span>avec un mot</span> en plus.</p></main>
            <footer><div>Mentions légales</div></footer>"#,
        );
        assert_eq!(
            got,
            vec![
                (BlockKind::Option, "Sélectionner une option".to_string()),
                (BlockKind::Option, "Veuf".to_string()),
                (BlockKind::Option, "Algérienne".to_string()),
                (BlockKind::Option, "Français\nArabe".to_string()),
                (BlockKind::Text, "Envoi en cours".to_string()),
                (BlockKind::Text, "Aucun créneau disponible".to_string()),
                (BlockKind::Text, "Champs obligatoires.".to_string()),
                (
                    BlockKind::Text,
                    "Un paragraphe avec un mot en plus.".to_string()
                ),
                (BlockKind::Text, "Votre session a expiré".to_string()),
                (BlockKind::Text, "Reconnectez-vous ici".to_string()),
                (BlockKind::Text, "Service indisponible".to_string()),
            ]
        );
    }

    /// Every selector of the shipped rules is one a real CSS engine parses (the content scripts'
    /// `querySelectorAll` would throw on a broken one).
    #[test]
    fn every_selector_of_the_rules_parses() {
        let r = rules().expect("the shipped rules read");
        let c = Compiled::new(&r).expect("every source selector parses");
        assert_eq!(c.sources.len(), r.sources.len());
        for s in [
            &r.skip,
            &r.own_text_leaves_out,
            &r.captcha.select,
            &r.captcha.anchor,
            &r.hydration.as_ref().expect("hydration signs").select,
        ] {
            selector(s).expect("parses");
        }
    }
}
