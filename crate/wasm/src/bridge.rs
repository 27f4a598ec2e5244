//! The conventions of the Rust/JavaScript boundary, shared by both wasm modules (`relais-wasm`
//! includes this file as a module, `relais-journal-wasm` by path): values cross as
//! JSON-compatible plain objects; errors cross as JavaScript `Error`s whose `name` is the Rust
//! error type and whose `message` a person can read.

use relais_core::RelaisError;
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("ProtocolError", &format!("cannot encode reply: {e}")))
}

pub(crate) fn error(name: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    e.set_name(name);
    e.into()
}

pub(crate) fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, RelaisError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| RelaisError::Protocol(e.to_string()))
}

