//! Relais overlay core: the pure logic behind what the extension shows on a portal page (text
//! folding, glossary, locales, the message protocol, plain language, CAPTCHA detection, the
//! failure catalogue, phrase cards) and behind the `relais` tool.
//!
//! It knows nothing about the DOM or the browser: it takes text and returns data. The bindings
//! crate (`relais-wasm`) exposes it to the extension's background; the `relais` command-line
//! tool uses it natively. The evidence journal is its own crate (`relais-journal`), used here only
//! through its public API; research (the anonymiser) depends on this crate, never the reverse.
//!
//! ```
//! use relais_core::glossary::Glossary;
//! let g = Glossary::from_ftl("concept-titre-de-sejour = titre de séjour\n    .domain = residence\n", "fr.ftl").unwrap();
//! let found = g.find("Date d’expiration de vos TITRES DE SEJOUR");
//! assert_eq!(g.concepts()[found[0].concept].id, "titre-de-sejour");
//! ```

pub mod captcha;
pub mod error;
pub mod facts;
pub mod failure;
pub mod ftl;
pub mod glossary;
pub mod grammar;
pub mod locale;
pub mod meaning;
pub mod memory;
pub mod phrases;
pub mod plain;
pub mod protocol;
pub mod quality;
pub mod reading;
pub mod senses;
pub mod text;
pub mod units;
pub mod untranslated;

pub use error::{LocaleError, RelaisError};
/// The evidence journal crate, re-exported for the failure kinds the protocol carries.
pub use relais_journal as journal;
