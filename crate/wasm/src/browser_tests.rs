//! The bindings in a real browser: JavaScript values in, JavaScript values out.
//! Run by `./build.sh test` with `CHROMEDRIVER=/usr/bin/chromedriver`.

use crate::Core;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const GLOSSARY: &str = "concept-titre-de-sejour = titre de séjour\n    .domain = residence\n    .explain = La carte qui permet de vivre en France.\nconcept-nom = nom\n    .domain = identity\n    .explain = Votre nom.\n";
const UI_FR: &str = "error-protocol = Message incompris. ({ $detail })\n";
const UI_AR: &str = "error-protocol = رسالة غير مفهومة. ({ $detail })\n";

fn json(s: &str) -> JsValue {
    JSON::parse(s).expect("test JSON")
}

fn meta(code: &str, dir: &str) -> JsValue {
    json(&format!(
        r#"{{"code":"{code}","name":"{code}","englishName":"{code}","dir":"{dir}","speech":"{code}","produced":"test","reviewed":false}}"#
    ))
}

fn core() -> Core {
    let mut c = Core::new(GLOSSARY, UI_FR, meta("fr", "ltr"), "le\nla\n").expect("core starts");
    c.add_locale(
        meta("ar", "rtl"),
        "concept-titre-de-sejour = تصريح الإقامة\n    .explain = البطاقة.\n",
        UI_AR,
        JsValue::UNDEFINED,
    )
    .expect("ar loads");
    c.add_locale(
        meta("en", "ltr"),
        "concept-nom = name\n    .explain = Your name.\n",
        "error-protocol = Not understood. ({ $detail })\n",
        JsValue::UNDEFINED,
    )
    .expect("en loads");
    c
}

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |v, k| {
        Reflect::get(&v, &JsValue::from_str(k)).expect("property")
    })
}

#[wasm_bindgen_test]
fn scan_reply_is_plain_json_with_rtl_and_fallback() {
    let c = core();
    let reply = c
        .handle(
            json(r#"{"type":"scan.blocks","lang":"ar","blocks":[{"id":"b1","kind":"label","text":"Date d’expiration de votre TITRE DE SÉJOUR"},{"id":"b2","kind":"label","text":"Nom *"}]}"#),
            "ar",
        )
        .expect("scan answers");
    // Maps must arrive as plain objects (not Map), or they vanish in runtime.sendMessage.
    let concepts = get(&reply, &["concepts"]);
    assert!(!concepts.is_instance_of::<js_sys::Map>());
    assert!(concepts.is_instance_of::<Object>());
    let titre = get(&reply, &["concepts", "titre-de-sejour"]);
    assert_eq!(
        get(&titre, &["label"]).as_string().as_deref(),
        Some("تصريح الإقامة")
    );
    assert_eq!(get(&titre, &["dir"]).as_string().as_deref(), Some("rtl"));
    assert_eq!(get(&titre, &["fallback"]).as_bool(), Some(false));
    // `nom` has no Arabic entry: English, marked as a fallback.
    let nom = get(&reply, &["concepts", "nom"]);
    assert_eq!(get(&nom, &["lang"]).as_string().as_deref(), Some("en"));
    assert_eq!(get(&nom, &["fallback"]).as_bool(), Some(true));
    // A missing value is null, never undefined.
    assert!(get(&nom, &["where"]).is_null());
    let results: Array = get(&reply, &["results"]).into();
    assert_eq!(results.length(), 2);
}

#[wasm_bindgen_test]
fn bad_messages_throw_named_readable_errors() {
    let c = core();
    let err = c
        .validate(json(r#"{"type":"scan.blocks","lang":"ar"}"#), "ar")
        .expect_err("must fail");
    let e: js_sys::Error = err.into();
    assert_eq!(e.name().as_string().as_deref(), Some("ProtocolError"));
    let msg = e.message().as_string().unwrap_or_default();
    assert!(msg.starts_with("رسالة غير مفهومة"), "{msg}");
    let err = c
        .validate(json(r#"{"type":"ui.strings","lang":"xx"}"#), "en")
        .expect_err("must fail");
    let e: js_sys::Error = err.into();
    assert_eq!(
        e.name().as_string().as_deref(),
        Some("UnknownLanguageError")
    );
}

#[wasm_bindgen_test]
fn a_malformed_locale_is_refused_and_the_core_keeps_working() {
    let mut c = core();
    let err = c
        .add_locale(
            meta("uk", "ltr"),
            "concept-nom = ім'я\n}}} broken\n",
            "",
            JsValue::UNDEFINED,
        )
        .expect_err("must fail");
    let e: js_sys::Error = err.into();
    assert_eq!(e.name().as_string().as_deref(), Some("LocaleError"));
    assert!(e
        .message()
        .as_string()
        .unwrap_or_default()
        .contains("locales/uk/glossary.ftl line 2"));
    assert!(!c.has_locale("uk"));
    assert!(c
        .handle(
            json(r#"{"type":"scan.blocks","lang":"ar","blocks":[]}"#),
            "ar"
        )
        .is_ok());
}

#[wasm_bindgen_test]
fn a_block_gets_its_full_translation_once_both_sides_of_meaning_are_loaded() {
    let mut c = core();
    let scan = r#"{"type":"scan.blocks","lang":"uk","blocks":[{"id":"b1","kind":"label","text":"Votre nom"}]}"#;
    c.add_locale(
        meta("uk", "ltr"),
        "concept-nom = ім'я\n",
        "",
        json(r#"{"portals":"tm-votre-nom = Ваше ім'я\n"}"#),
    )
    .expect("uk loads with its memory");
    // Without the French side there is no translation: key words only.
    let before = c.handle(json(scan), "uk").expect("scan answers");
    assert!(get(&get(&before, &["results"]), &["0", "translation"]).is_undefined());
    c.add_french_meaning("tm-votre-nom = Votre nom\n", "", "")
        .expect("French side loads");
    assert!(c.has_french_meaning());
    let reply = c.handle(json(scan), "uk").expect("scan answers");
    let tr = get(&reply, &["results", "0", "translation"]);
    assert_eq!(
        get(&tr, &["text"]).as_string().as_deref(),
        Some("Ваше ім'я")
    );
    assert_eq!(get(&tr, &["lang"]).as_string().as_deref(), Some("uk"));
    assert_eq!(get(&tr, &["source"]).as_string().as_deref(), Some("memory"));
    assert_eq!(get(&tr, &["reviewed"]).as_bool(), Some(false));
    // A malformed memory is refused with its file.
    let err = c
        .add_locale(
            meta("ru", "ltr"),
            "",
            "",
            json(r#"{"portals":"tm-x = {\n"}"#),
        )
        .expect_err("must fail");
    let e: js_sys::Error = err.into();
    assert!(e
        .message()
        .as_string()
        .unwrap_or_default()
        .contains("portals.ftl"));
}
