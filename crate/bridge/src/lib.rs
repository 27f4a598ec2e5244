//! The conventions of the Rust/JavaScript boundary, shared by the three wasm modules
//! (`relais-wasm`, `relais-journal-wasm`, `relais-research-wasm`): values cross as
//! JSON-compatible plain objects (maps become objects, `None` becomes `null`, so that they
//! survive `runtime.sendMessage`); errors cross as JavaScript `Error`s whose `name` is the Rust
//! error type and whose `message` a person can read.
//!
//! It knows nothing of Relais's domains: each bindings crate maps its own errors to a name and a
//! message.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A value as a plain JavaScript value (objects, arrays, strings, numbers, `null`).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("ProtocolError", &format!("cannot encode reply: {e}")))
}

/// A JavaScript `Error` named `name` (the Rust error type) with a readable `message`.
pub fn error(name: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    e.set_name(name);
    e.into()
}

/// A value from JavaScript, decoded with serde; the error is the decoder's own text, which the
/// caller wraps in its protocol error.
pub fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}
