//! Relais research: what leaves a computer for research, and how associations count it.
//!
//! - [`anonymise`]: PII removal tuned to French administrative text (typed placeholders
//!   `[NIR]`, `[EMAIL]`…), split by what it recognises (checksums, numbers, tokens, web
//!   addresses, names and addresses);
//! - [`records`]: the research record (`docs/research-record.schema.json`), its validation and
//!   its JSON Lines / CSV forms;
//! - [`export`]: the research export of an evidence journal (one record per entry not deleted
//!   and per UTC hour);
//! - [`aggregate`]: the streaming aggregation of many exports with k-suppression by distinct
//!   contributors (reading sources through [`input`]).
//!
//! Architecture Invariant: nothing here reaches the wasm module every portal page waits for:
//! only the research page's module (`relais-research-wasm`) and the CLI depend on this crate.
//!
//! ```
//! use relais_research::anonymise::anonymise;
//! assert_eq!(anonymise("Écrivez à jean.dupont@example.org"), "Écrivez à [EMAIL]");
//! ```

pub mod aggregate;
pub mod anonymise;
mod cells;
mod csv;
pub mod export;
pub mod input;
pub mod records;
