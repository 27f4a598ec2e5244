//! Relais core: the pure logic of the Relais browser extension and of the `relais` tool.
//!
//! It knows nothing about the DOM or the browser: it takes text and returns data. The bindings
//! crate (`relais-wasm`) exposes it to the extension's service worker; the `relais` command-line
//! tool uses it natively.
//!
//! ```
//! use relais_core::glossary::Glossary;
//! let g = Glossary::from_ftl("concept-titre-de-sejour = titre de séjour\n    .domain = residence\n", "fr.ftl").unwrap();
//! let found = g.find("Date d’expiration de vos TITRES DE SEJOUR");
//! assert_eq!(g.concepts()[found[0].concept].id, "titre-de-sejour");
//! ```

pub mod anonymise;
pub mod captcha;
pub mod error;
pub mod failure;
pub mod ftl;
pub mod glossary;
pub mod journal;
pub mod locale;
pub mod protocol;
pub mod phrases;
pub mod plain;
pub mod quality;
pub mod research;
pub mod research_export;
pub mod text;

pub use error::{LocaleError, RelaisError};
