//! Records to and from JSON values, by hand.
//!
//! serde's derived `Deserialize` for an internally tagged enum buffers through its private
//! `Content` type and cost about 100 KB of WebAssembly; reading the fields by name costs a few KB.
//! The derived `Serialize` impls (kept for the bindings) must write exactly what [`Record::to_json`]
//! writes: a unit test checks it.

use super::{
    Attempt, Capture, CaptureKind, Deletion, Entry, FailureKind, Meaning, Moment, Note, Record,
    Timestamp,
};
use serde_json::{Map, Value};

type Obj = Map<String, Value>;

fn field<'a>(o: &'a Obj, k: &str) -> Result<&'a Value, String> {
    o.get(k).ok_or_else(|| format!("missing field `{k}`"))
}

fn string(o: &Obj, k: &str) -> Result<String, String> {
    match field(o, k)? {
        Value::String(s) => Ok(s.clone()),
        _ => Err(format!("field `{k}` is not a string")),
    }
}

fn opt_string(o: &Obj, k: &str) -> Result<Option<String>, String> {
    match o.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("field `{k}` is not a string")),
    }
}

fn uint(o: &Obj, k: &str) -> Result<u64, String> {
    field(o, k)?
        .as_u64()
        .ok_or_else(|| format!("field `{k}` is not a non-negative integer"))
}

fn opt_uint(o: &Obj, k: &str) -> Result<Option<u64>, String> {
    match o.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .map(Some)
            .ok_or_else(|| format!("field `{k}` is not a non-negative integer")),
    }
}

fn opt_u16(o: &Obj, k: &str) -> Result<Option<u16>, String> {
    match o.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| format!("field `{k}` is not an integer from 0 to 65535")),
    }
}

fn object<'a>(o: &'a Obj, k: &str) -> Result<&'a Obj, String> {
    field(o, k)?
        .as_object()
        .ok_or_else(|| format!("field `{k}` is not an object"))
}

fn opt_object<'a>(o: &'a Obj, k: &str) -> Result<Option<&'a Obj>, String> {
    match o.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => Ok(Some(m)),
        Some(_) => Err(format!("field `{k}` is not an object")),
    }
}

fn put(o: &mut Obj, k: &str, v: impl Into<Value>) {
    o.insert(k.to_string(), v.into());
}

fn put_opt(o: &mut Obj, k: &str, v: Option<impl Into<Value>>) {
    if let Some(v) = v {
        put(o, k, v);
    }
}

impl Moment {
    fn read(o: &Obj) -> Result<Moment, String> {
        Ok(Moment {
            utc: string(o, "utc")?,
            local: string(o, "local")?,
            time_zone: string(o, "timeZone")?,
        })
    }

    fn write(&self) -> Value {
        let mut o = Obj::new();
        put(&mut o, "utc", self.utc.clone());
        put(&mut o, "local", self.local.clone());
        put(&mut o, "timeZone", self.time_zone.clone());
        Value::Object(o)
    }
}

impl Capture {
    fn read(o: &Obj) -> Result<Capture, String> {
        let kind = match string(o, "kind")?.as_str() {
            "screenshot" => CaptureKind::Screenshot,
            "dom" => CaptureKind::Dom,
            other => return Err(format!("unknown capture kind `{other}`")),
        };
        Ok(Capture {
            kind,
            media_type: string(o, "mediaType")?,
            file: string(o, "file")?,
            sha256: string(o, "sha256")?,
            size: uint(o, "size")?,
        })
    }

    fn write(&self) -> Value {
        let mut o = Obj::new();
        put(
            &mut o,
            "kind",
            if self.kind == CaptureKind::Screenshot {
                "screenshot"
            } else {
                "dom"
            },
        );
        put(&mut o, "mediaType", self.media_type.clone());
        put(&mut o, "file", self.file.clone());
        put(&mut o, "sha256", self.sha256.clone());
        put(&mut o, "size", self.size);
        Value::Object(o)
    }
}

impl Meaning {
    fn read(o: &Obj) -> Result<Meaning, String> {
        Ok(Meaning {
            lang: string(o, "lang")?,
            text: string(o, "text")?,
        })
    }

    fn write(&self) -> Value {
        let mut o = Obj::new();
        put(&mut o, "lang", self.lang.clone());
        put(&mut o, "text", self.text.clone());
        Value::Object(o)
    }
}

impl Record {
    /// Reads a record; unknown fields are ignored (they are still covered by the hash).
    pub fn from_json(v: &Value) -> Result<Record, String> {
        let o = v.as_object().ok_or("it is not a JSON object")?;
        let seq = uint(o, "seq")?;
        let prev = string(o, "prev")?;
        let hash = opt_string(o, "hash")?.unwrap_or_default();
        let time = Moment::read(object(o, "time")?)?;
        let capture = opt_object(o, "capture")?.map(Capture::read).transpose()?;
        let extension = string(o, "extension")?;
        match string(o, "kind")?.as_str() {
            "entry" => {
                let failure = string(o, "failure")?;
                Ok(Record::Entry(Entry {
                    seq,
                    prev,
                    hash,
                    time,
                    server_date: opt_string(o, "serverDate")?,
                    url: string(o, "url")?,
                    title: string(o, "title")?,
                    portal: string(o, "portal")?,
                    procedure: opt_string(o, "procedure")?,
                    failure: FailureKind::parse(&failure)
                        .ok_or_else(|| format!("unknown failure kind `{failure}`"))?,
                    http_status: opt_u16(o, "httpStatus")?,
                    message: string(o, "message")?,
                    meaning: opt_object(o, "meaning")?.map(Meaning::read).transpose()?,
                    capture,
                    extension,
                }))
            }
            "attempt" => Ok(Record::Attempt(Attempt {
                seq,
                prev,
                hash,
                entry: uint(o, "entry")?,
                time,
                server_date: opt_string(o, "serverDate")?,
                capture,
                extension,
            })),
            "deletion" => Ok(Record::Deletion(Deletion {
                seq,
                prev,
                hash,
                entry: uint(o, "entry")?,
                reason: string(o, "reason")?,
                time,
                extension,
            })),
            "note" => Ok(Record::Note(Note {
                seq,
                prev,
                hash,
                entry: opt_uint(o, "entry")?,
                text: string(o, "text")?,
                time,
                extension,
            })),
            other => Err(format!("unknown record kind `{other}`")),
        }
    }

    /// The record as JSON; `hash` only if it is set.
    pub fn to_json(&self) -> Value {
        let mut o = Obj::new();
        let (kind, seq, prev, hash) = match self {
            Record::Entry(e) => ("entry", e.seq, &e.prev, &e.hash),
            Record::Attempt(a) => ("attempt", a.seq, &a.prev, &a.hash),
            Record::Deletion(d) => ("deletion", d.seq, &d.prev, &d.hash),
            Record::Note(n) => ("note", n.seq, &n.prev, &n.hash),
        };
        put(&mut o, "kind", kind);
        put(&mut o, "seq", seq);
        put(&mut o, "prev", prev.clone());
        if !hash.is_empty() {
            put(&mut o, "hash", hash.clone());
        }
        put(&mut o, "time", self.time().write());
        put_opt(&mut o, "capture", self.capture().map(Capture::write));
        match self {
            Record::Entry(e) => {
                put_opt(&mut o, "serverDate", e.server_date.clone());
                put(&mut o, "url", e.url.clone());
                put(&mut o, "title", e.title.clone());
                put(&mut o, "portal", e.portal.clone());
                put_opt(&mut o, "procedure", e.procedure.clone());
                put(&mut o, "failure", e.failure.as_str());
                put_opt(&mut o, "httpStatus", e.http_status);
                put(&mut o, "message", e.message.clone());
                put_opt(&mut o, "meaning", e.meaning.as_ref().map(Meaning::write));
                put(&mut o, "extension", e.extension.clone());
            }
            Record::Attempt(a) => {
                put(&mut o, "entry", a.entry);
                put_opt(&mut o, "serverDate", a.server_date.clone());
                put(&mut o, "extension", a.extension.clone());
            }
            Record::Deletion(d) => {
                put(&mut o, "entry", d.entry);
                put(&mut o, "reason", d.reason.clone());
                put(&mut o, "extension", d.extension.clone());
            }
            Record::Note(n) => {
                put_opt(&mut o, "entry", n.entry);
                put(&mut o, "text", n.text.clone());
                put(&mut o, "extension", n.extension.clone());
            }
        }
        Value::Object(o)
    }
}

impl Timestamp {
    pub(super) fn from_json(v: &Value) -> Result<Timestamp, String> {
        let o = v.as_object().ok_or("a timestamp is not a JSON object")?;
        Ok(Timestamp {
            seq: uint(o, "seq")?,
            head: string(o, "head")?,
            tsa: string(o, "tsa")?,
            token: string(o, "token")?,
            certs: opt_string(o, "certs")?,
        })
    }

    pub(super) fn to_json(&self) -> Value {
        let mut o = Obj::new();
        put(&mut o, "seq", self.seq);
        put(&mut o, "head", self.head.clone());
        put(&mut o, "tsa", self.tsa.clone());
        put(&mut o, "token", self.token.clone());
        put_opt(&mut o, "certs", self.certs.clone());
        Value::Object(o)
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;

    #[test]
    fn derived_serialize_writes_the_same_json() {
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
            assert_eq!(serde_json::to_value(r).expect("serialize"), r.to_json());
            assert_eq!(Record::from_json(&r.to_json()).as_ref(), Ok(r));
        }
    }
}
