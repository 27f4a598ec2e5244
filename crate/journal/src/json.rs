//! Records to and from JSON values: serde's derived `Serialize` and `Deserialize` are the one
//! definition of a record's JSON (the bindings hand the same derived form to JavaScript).
//!
//! A record is read leniently, as every schema's records must stay readable: unknown fields are
//! ignored (they are still covered by the hash, which is computed over the stored value, not over
//! what this version understands), absent optional fields and `null` read as none. It is written
//! with optional fields left out when empty, so that a record written again hashes the same.
//!
//! The internally tagged `Record` enum costs about 15 KB gzip of WebAssembly for the derived
//! reader (serde buffers the fields before it knows the kind); only the journal's own module
//! (`relais_journal_wasm`) carries it, never the module every portal page waits for.

use super::{Record, Timestamp};
use serde::Deserialize;
use serde_json::Value;

impl Record {
    /// Reads a record; unknown fields are ignored (they are still covered by the hash).
    pub fn from_json(v: &Value) -> Result<Record, String> {
        if !v.is_object() {
            return Err("it is not a JSON object".to_string());
        }
        Record::deserialize(v).map_err(|e| e.to_string())
    }

    /// The record as JSON; `hash` only if it is set, optional fields only when present.
    pub fn to_json(&self) -> Value {
        // Serialising plain structs of strings and integers into a `Value` cannot fail.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl Timestamp {
    pub(super) fn from_json(v: &Value) -> Result<Timestamp, String> {
        if !v.is_object() {
            return Err("a timestamp is not a JSON object".to_string());
        }
        Timestamp::deserialize(v).map_err(|e| e.to_string())
    }

    pub(super) fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;

    /// Every kind of record, with every optional field set, reads back as itself; `null` and
    /// absent optional fields read as none; unknown fields are ignored.
    #[test]
    fn records_round_trip() {
        let mut j = Journal::new();
        let when = When {
            utc_ms: 1_730_582_043_120,
            offset_minutes: 60,
            time_zone: "Europe/Paris".into(),
        };
        let input = FailureInput {
            when: when.clone(),
            server_date: Some("x".into()),
            url: "https://a.gouv.fr/booking".into(),
            failure: FailureKind::HttpError,
            http_status: Some(503),
            meaning: Some(Meaning {
                lang: "en".into(),
                text: "t".into(),
            }),
            ..FailureInput::default()
        };
        let shot = CaptureInput {
            kind: CaptureKind::Dom,
            media_type: "text/html",
            bytes: b"<p>",
        };
        j.append_entry(&input, Some(shot)).expect("entry");
        j.append_attempt(1, &when, None, None, "0.1.0")
            .expect("attempt");
        j.delete_entry(1, "why", &when, "0.1.0").expect("deletion");
        for r in j.records() {
            assert_eq!(Record::from_json(&r.to_json()).as_ref(), Ok(r));
        }
        let Record::Attempt(a) = &j.records()[1] else {
            panic!("an attempt")
        };
        let mut v = j.records()[1].to_json();
        assert!(v.get("serverDate").is_none() && v.get("capture").is_none());
        v["serverDate"] = serde_json::Value::Null;
        v["futureField"] = serde_json::json!({"any": [1, 2]});
        assert_eq!(Record::from_json(&v), Ok(Record::Attempt(a.clone())));
        assert_eq!(
            Record::from_json(&serde_json::json!({"kind": "entry", "seq": 1})),
            Err("missing field `prev`".to_string())
        );
        assert!(Record::from_json(&serde_json::json!({"kind": "mystery"}))
            .is_err_and(|e| e.contains("unknown variant `mystery`")));
    }
}
