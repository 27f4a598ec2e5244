//! CAPTCHA widgets: recognising them and choosing the accessibility hints to show.
//!
//! The content script sends a description of the elements that might belong to a CAPTCHA (tag,
//! id, classes, `src`, `title`, labels, data attributes, the form they sit in); this module
//! decides which widgets are there and which element is the widget, its audio alternative, its
//! answer field and its reload button. The same detector serves `relais scan` on saved pages.
//!
//! Architecture Invariant: this module never looks at a challenge's content (images, audio),
//! never produces an answer, and nothing in Relais clicks or types for the person. It only names
//! what is on the page, so that the person can find the accessible way through by themselves.

use serde::{Deserialize, Serialize};

/// One element that might be part of a CAPTCHA, as the content script (or the CLI) saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Candidate {
    /// Relais's id for the element (to find it again in the page).
    pub id: String,
    pub tag: String,
    /// The element's own `id` attribute.
    pub el_id: String,
    pub classes: String,
    pub name: String,
    /// `src` of an iframe, image or script; `href` of a link.
    pub src: String,
    pub title: String,
    /// What a person reads for it: `alt`, `aria-label`, its label's text, its own short text.
    pub label: String,
    /// `data-*` attributes as `key=value` pairs separated by `;`.
    pub data: String,
    /// `type` of an input.
    pub input_type: String,
    /// Which form (or other container) it belongs to; elements of one widget share it.
    pub group: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The French state's service (AIFE/PISTE), distorted text with an audio button.
    Captchetat,
    /// reCAPTCHA v2, the "I'm not a robot" checkbox (and its picture challenge).
    RecaptchaV2,
    /// reCAPTCHA v3 or invisible reCAPTCHA: a badge, no question asked.
    RecaptchaInvisible,
    Hcaptcha,
    Turnstile,
    FriendlyCaptcha,
    /// Any other picture of characters to copy.
    Image,
    /// A question or a sum to answer.
    Question,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Captchetat => "captchetat",
            Kind::RecaptchaV2 => "recaptcha-v2",
            Kind::RecaptchaInvisible => "recaptcha-invisible",
            Kind::Hcaptcha => "hcaptcha",
            Kind::Turnstile => "turnstile",
            Kind::FriendlyCaptcha => "friendly-captcha",
            Kind::Image => "image",
            Kind::Question => "question",
        }
    }

    /// Whether the widget offers an audio alternative a person can reach.
    pub fn has_audio_alternative(self) -> bool {
        matches!(self, Kind::Captchetat | Kind::RecaptchaV2 | Kind::Hcaptcha)
    }
}

/// A recognised widget: its kind and the ids of the elements that matter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Widget {
    pub kind: Kind,
    pub root: String,
    pub audio: Option<String>,
    pub input: Option<String>,
    pub reload: Option<String>,
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

impl Candidate {
    fn has_class(&self, c: &str) -> bool {
        self.classes.split_whitespace().any(|x| x == c)
    }

    fn data(&self, key: &str) -> Option<&str> {
        self.data.split(';').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k.trim() == key).then_some(v.trim())
        })
    }

    /// Everything that names the element, lower-cased.
    fn haystack(&self) -> String {
        lower(&format!(
            "{} {} {} {} {} {}",
            self.el_id, self.classes, self.name, self.src, self.title, self.label
        ))
    }

    fn is_field(&self) -> bool {
        (self.tag == "input"
            && !matches!(
                self.input_type.as_str(),
                "hidden" | "submit" | "button" | "checkbox" | "radio"
            ))
            || self.tag == "textarea"
    }

    fn is_control(&self) -> bool {
        matches!(self.tag.as_str(), "button" | "a")
            || (self.tag == "input" && matches!(self.input_type.as_str(), "button" | "image"))
    }
}

const AUDIO_WORDS: &[&str] = &[
    "écouter",
    "ecouter",
    "audio",
    "sonore",
    "énoncer",
    "enoncer",
    "son ",
    "listen",
    "playsound",
    "soundlink",
];
const RELOAD_WORDS: &[&str] = &[
    "nouveau code",
    "nouvelle image",
    "autre image",
    "autre code",
    "recharger",
    "générer",
    "generer",
    "reload",
    "refresh",
    "actualiser",
];
const COPY_WORDS: &[&str] = &[
    "recopie",
    "caractères",
    "caracteres",
    "code de sécurité",
    "code de securite",
    "code de vérification",
    "code de verification",
    "code affiché",
    "code visuel",
    "captcha",
];
const QUESTION_WORDS: &[&str] = &[
    "question de sécurité",
    "question de securite",
    "combien font",
    "combien fait",
    "résultat de l",
    "resultat de l",
    "question anti",
    "anti-robot",
    "antispam",
];

fn any(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| hay.contains(w))
}

/// A sum or product asked as a question: `combien font 3 + 4 ?`, `12 x 2 =`. (A date
/// `12-05-2020` or a size `10 x 15 cm` is not a question: it needs `?` or `=`.)
fn has_arithmetic(label: &str) -> bool {
    let chars: Vec<char> = label.chars().filter(|c| !c.is_whitespace()).collect();
    let sum = chars.windows(3).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], '+' | '-' | 'x' | '×' | '*')
            && w[2].is_ascii_digit()
    });
    sum && (label.contains('?') || label.contains('='))
}

/// Every widget among `candidates`, in the order their roots appear.
pub fn detect(candidates: &[Candidate], scripts: &[String]) -> Vec<Widget> {
    let mut widgets: Vec<Widget> = Vec::new();
    let mut used = std::collections::HashSet::new();
    let in_group = |c: &Candidate, g: &str| c.group == g;

    fn push(widgets: &mut Vec<Widget>, used: &mut std::collections::HashSet<String>, w: Widget) {
        used.insert(w.root.clone());
        for x in [&w.audio, &w.input, &w.reload].into_iter().flatten() {
            used.insert(x.clone());
        }
        widgets.push(w);
    }

    // 1. CaptchEtat (captchetat-js, and the older BotDetect kit with captchaFR_ ids).
    if let Some(root) = candidates
        .iter()
        .find(|c| {
            matches!(c.el_id.as_str(), "captchetat" | "captchetat-container")
                || c.has_class("captchetat")
                || c.el_id == "captchaFR_CaptchaDiv"
        })
        .or_else(|| {
            candidates
                .iter()
                .find(|c| matches!(c.el_id.as_str(), "captchaImage" | "captchaFR_CaptchaImage"))
        })
    {
        let g = root.group.as_str();
        let by_id = |ids: &[&str]| {
            candidates
                .iter()
                .find(|c| ids.contains(&c.el_id.as_str()))
                .map(|c| c.id.clone())
        };
        let input = by_id(&[
            "captchaFormulaireExtInput",
            "captchaFormulaireInput",
            "captchaCode",
        ])
        .or_else(|| {
            candidates
                .iter()
                .find(|c| {
                    in_group(c, g)
                        && c.is_field()
                        && c.el_id != "captchetat-uuid"
                        && any(&c.haystack(), COPY_WORDS)
                })
                .map(|c| c.id.clone())
        });
        push(
            &mut widgets,
            &mut used,
            Widget {
                kind: Kind::Captchetat,
                root: root.id.clone(),
                audio: by_id(&[
                    "playSoundIcon",
                    "captchaFR_SoundLink",
                    "captchaFR_SoundIcon",
                ]),
                input,
                reload: by_id(&[
                    "reloadCaptchaIcon",
                    "captchaFR_ReloadLink",
                    "captchaFR_ReloadIcon",
                ]),
            },
        );
    }

    // 2. Third-party widgets, recognised by their documented markup.
    for c in candidates {
        if used.contains(&c.id) {
            continue;
        }
        let src = lower(&c.src);
        let title = lower(&c.title);
        let invisible = c.data("data-size") == Some("invisible") || src.contains("size=invisible");
        // The picture-challenge window of a widget (reCAPTCHA's bframe, hCaptcha's challenge
        // frame) belongs to the widget whose checkbox opened it: it is not a widget of its own.
        let challenge_frame = c.tag == "iframe"
            && (src.contains("/bframe")
                || src.contains("frame=challenge")
                || (title.contains("challenge")
                    && !title.contains("checkbox")
                    && !title.contains("widget")));
        if challenge_frame {
            continue;
        }
        let kind = if c.has_class("grecaptcha-badge") || (c.has_class("g-recaptcha") && invisible) {
            Some(Kind::RecaptchaInvisible)
        } else if c.has_class("g-recaptcha")
            || (c.tag == "iframe"
                && (src.contains("/recaptcha/api2/anchor")
                    || src.contains("/recaptcha/enterprise/anchor"))
                && !invisible)
        {
            Some(Kind::RecaptchaV2)
        } else if c.has_class("h-captcha")
            || (c.tag == "iframe" && (src.contains("hcaptcha") || title.contains("hcaptcha")))
        {
            Some(Kind::Hcaptcha)
        } else if c.has_class("cf-turnstile")
            || (c.tag == "iframe"
                && (src.contains("challenges.cloudflare.com")
                    || src.contains("/turnstile/")
                    || title.contains("cloudflare")))
        {
            Some(Kind::Turnstile)
        } else if c.has_class("frc-captcha") {
            Some(Kind::FriendlyCaptcha)
        } else {
            None
        };
        let Some(kind) = kind else { continue };
        // One widget per kind and group: the container div and its iframe are one widget.
        if widgets.iter().any(|w| {
            w.kind == kind
                && candidates
                    .iter()
                    .any(|x| x.id == w.root && x.group == c.group)
        }) {
            used.insert(c.id.clone());
            continue;
        }
        let response = match kind {
            Kind::RecaptchaV2 | Kind::RecaptchaInvisible => "g-recaptcha-response",
            Kind::Hcaptcha => "h-captcha-response",
            Kind::Turnstile => "cf-turnstile-response",
            Kind::FriendlyCaptcha => "frc-captcha-solution",
            _ => "",
        };
        let input = candidates
            .iter()
            .find(|x| {
                in_group(x, &c.group)
                    && (x.name == response || x.el_id == response || x.has_class(response))
            })
            .map(|x| x.id.clone());
        push(
            &mut widgets,
            &mut used,
            Widget {
                kind,
                root: c.id.clone(),
                audio: None,
                input,
                reload: None,
            },
        );
    }

    // An invisible reCAPTCHA may show nothing but its script (`api.js?render=KEY`).
    if !widgets
        .iter()
        .any(|w| matches!(w.kind, Kind::RecaptchaV2 | Kind::RecaptchaInvisible))
    {
        if let Some(s) = scripts.iter().find(|s| {
            let s = lower(s);
            s.contains("/recaptcha/") && s.contains("render=") && !s.contains("render=explicit")
        }) {
            push(
                &mut widgets,
                &mut used,
                Widget {
                    kind: Kind::RecaptchaInvisible,
                    root: format!("script:{s}"),
                    audio: None,
                    input: None,
                    reload: None,
                },
            );
        }
    }

    // 3. A generic picture of characters to copy, with its field in the same group.
    for img in candidates.iter().filter(|c| c.tag == "img") {
        if used.contains(&img.id) {
            continue;
        }
        let hay = img.haystack();
        if !any(&hay, COPY_WORDS) {
            continue;
        }
        let field = candidates.iter().find(|x| {
            in_group(x, &img.group)
                && x.is_field()
                && !used.contains(&x.id)
                && any(&x.haystack(), COPY_WORDS)
        });
        let Some(field) = field else { continue };
        let control = |words: &[&str]| {
            candidates
                .iter()
                .find(|x| {
                    in_group(x, &img.group)
                        && x.is_control()
                        && !used.contains(&x.id)
                        && any(&x.haystack(), words)
                })
                .map(|x| x.id.clone())
        };
        let w = Widget {
            kind: Kind::Image,
            root: img.id.clone(),
            audio: control(AUDIO_WORDS),
            input: Some(field.id.clone()),
            reload: control(RELOAD_WORDS),
        };
        push(&mut widgets, &mut used, w);
    }

    // 4. A question or a sum, asked in a field's label.
    for f in candidates.iter().filter(|c| c.is_field()) {
        if used.contains(&f.id) {
            continue;
        }
        let label = lower(&f.label);
        if any(&label, QUESTION_WORDS) || has_arithmetic(&label) {
            push(
                &mut widgets,
                &mut used,
                Widget {
                    kind: Kind::Question,
                    root: f.id.clone(),
                    audio: None,
                    input: Some(f.id.clone()),
                    reload: None,
                },
            );
        }
    }
    widgets
}

/// The interface message ids (ui.ftl) that explain a widget, in reading order.
pub fn hint_ids(kind: Kind) -> Vec<String> {
    let k = kind.as_str();
    let mut ids = vec!["captcha-what".to_string(), format!("captcha-steps-{k}")];
    if kind.has_audio_alternative() || kind == Kind::Image {
        ids.push(format!("captcha-audio-{k}"));
    }
    ids.push("captcha-fails".to_string());
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &str, tag: &str) -> Candidate {
        Candidate {
            id: id.into(),
            tag: tag.into(),
            group: "f1".into(),
            ..Default::default()
        }
    }

    fn kinds(ws: &[Widget]) -> Vec<&'static str> {
        ws.iter().map(|w| w.kind.as_str()).collect()
    }

    #[test]
    fn captchetat_with_audio_input_and_reload() {
        let cands = vec![
            Candidate {
                el_id: "captchetat".into(),
                ..c("c1", "div")
            },
            Candidate {
                el_id: "captchaImage".into(),
                label: "Recopier le code de sécurité".into(),
                ..c("c2", "img")
            },
            Candidate {
                el_id: "playSoundIcon".into(),
                ..c("c3", "button")
            },
            Candidate {
                el_id: "reloadCaptchaIcon".into(),
                ..c("c4", "button")
            },
            Candidate {
                el_id: "captchetat-uuid".into(),
                input_type: "hidden".into(),
                ..c("c5", "input")
            },
            Candidate {
                el_id: "captchaFormulaireExtInput".into(),
                input_type: "text".into(),
                ..c("c6", "input")
            },
        ];
        let w = detect(&cands, &[]);
        assert_eq!(kinds(&w), ["captchetat"]);
        assert_eq!(
            (
                w[0].root.as_str(),
                w[0].audio.as_deref(),
                w[0].input.as_deref(),
                w[0].reload.as_deref()
            ),
            ("c1", Some("c3"), Some("c6"), Some("c4"))
        );
    }

    #[test]
    fn recaptcha_container_and_iframe_are_one_widget() {
        let cands = vec![
            Candidate {
                classes: "g-recaptcha".into(),
                data: "data-sitekey=x".into(),
                ..c("c1", "div")
            },
            Candidate {
                src: "https://www.google.com/recaptcha/api2/anchor?k=x".into(),
                title: "reCAPTCHA".into(),
                ..c("c2", "iframe")
            },
            Candidate {
                el_id: "g-recaptcha-response".into(),
                name: "g-recaptcha-response".into(),
                ..c("c3", "textarea")
            },
        ];
        let w = detect(&cands, &[]);
        assert_eq!(kinds(&w), ["recaptcha-v2"]);
        assert_eq!(w[0].input.as_deref(), Some("c3"));
    }

    #[test]
    fn invisible_recaptcha_from_badge_or_script() {
        let w = detect(
            &[Candidate {
                classes: "grecaptcha-badge".into(),
                ..c("c1", "div")
            }],
            &[],
        );
        assert_eq!(kinds(&w), ["recaptcha-invisible"]);
        let w = detect(
            &[],
            &["https://www.google.com/recaptcha/api.js?render=6Lc".into()],
        );
        assert_eq!(kinds(&w), ["recaptcha-invisible"]);
        assert!(detect(
            &[],
            &["https://www.google.com/recaptcha/api.js?render=explicit".into()]
        )
        .is_empty());
    }

    #[test]
    fn other_third_party_widgets() {
        for (class, kind) in [
            ("h-captcha", "hcaptcha"),
            ("cf-turnstile", "turnstile"),
            ("frc-captcha", "friendly-captcha"),
        ] {
            let w = detect(
                &[Candidate {
                    classes: class.into(),
                    ..c("c1", "div")
                }],
                &[],
            );
            assert_eq!(kinds(&w), [kind]);
        }
    }

    #[test]
    fn generic_image_and_question() {
        let cands = vec![
            Candidate {
                src: "/securimage/captcha.png".into(),
                label: "Code de sécurité".into(),
                ..c("c1", "img")
            },
            Candidate {
                input_type: "text".into(),
                label: "Recopiez les caractères affichés".into(),
                ..c("c2", "input")
            },
            Candidate {
                label: "Générer un nouveau code".into(),
                ..c("c3", "button")
            },
            Candidate {
                input_type: "text".into(),
                label: "Question de sécurité : combien font 3 + 4 ?".into(),
                group: "f2".into(),
                ..c("c4", "input")
            },
        ];
        let w = detect(&cands, &[]);
        assert_eq!(kinds(&w), ["image", "question"]);
        assert_eq!(
            (w[0].input.as_deref(), w[0].reload.as_deref()),
            (Some("c2"), Some("c3"))
        );
    }

    #[test]
    fn ordinary_forms_have_no_captcha() {
        let cands = vec![
            Candidate {
                input_type: "text".into(),
                label: "Code postal".into(),
                ..c("c1", "input")
            },
            Candidate {
                input_type: "text".into(),
                label: "Numéro de téléphone 06 12 34 56 78".into(),
                ..c("c2", "input")
            },
            Candidate {
                src: "/img/logo.png".into(),
                label: "Marianne".into(),
                ..c("c3", "img")
            },
            Candidate {
                label: "Écouter la page".into(),
                ..c("c4", "button")
            },
            Candidate {
                input_type: "text".into(),
                label: "Date de naissance (12-05-1990)".into(),
                ..c("c5", "input")
            },
            Candidate {
                input_type: "text".into(),
                label: "Format de la photo 10 x 15 cm".into(),
                ..c("c6", "input")
            },
        ];
        assert!(detect(&cands, &[]).is_empty());
    }
}
