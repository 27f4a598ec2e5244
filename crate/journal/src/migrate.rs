//! Forward migrations of a stored journal's envelope.

use crate::*;
use serde_json::{Map, Value};

/// Forward migrations: `MIGRATIONS[i]` turns a schema `i + 1` envelope into schema `i + 2`.
/// A migration may change the envelope only, never a hashed record (that would break the chain);
/// record formats of every schema stay readable by [`Record`].
type Migration = fn(&mut Map<String, Value>) -> Result<(), String>;
const MIGRATIONS: &[Migration] = &[
    // 1 → 2: schema 2 adds the `note` record kind. A schema 1 journal has none, and its records
    // are read as they are: nothing to change but the number.
    |_| Ok(()),
];
const _: () = assert!(
    MIGRATIONS.len() as u64 == SCHEMA - 1,
    "one migration per schema step"
);

pub(crate) fn migrate(schema: u64, envelope: &mut Map<String, Value>) -> Result<(), JournalError> {
    let from = usize::try_from(schema.saturating_sub(1)).unwrap_or(usize::MAX);
    for m in MIGRATIONS.get(from..).unwrap_or(&[]) {
        m(envelope).map_err(JournalError::BadSchema)?;
    }
    envelope.insert("schema".to_string(), Value::from(SCHEMA));
    Ok(())
}
