//! Reading Fluent (`.ftl`) resources into plain entries.
//!
//! The glossary files are Fluent so that translators use one familiar format for everything, but
//! a glossary entry is data, not a message to format: a value and named attributes of plain
//! text. This module turns a resource into [`FtlEntry`] values and reports syntax errors with the
//! file and line, so that a malformed locale file names itself instead of silently losing
//! entries.

use fluent_syntax::ast;

use crate::error::LocaleError;

/// One message of a resource: its id, its value and its attributes, as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlEntry {
    pub id: String,
    pub line: usize,
    pub value: Option<String>,
    pub attributes: Vec<(String, String)>,
    /// The `##` group heading above the message, if any (its lines joined by spaces).
    pub group: Option<String>,
}

impl FtlEntry {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses `source`; any syntax error fails the whole file (a half-read glossary would show some
/// translations and silently drop others).
pub fn parse(source: &str, file: &str) -> Result<Vec<FtlEntry>, LocaleError> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => {
            let first = errors.first();
            let line = first.map(|e| line_of(source, e.pos.start)).unwrap_or(1);
            let detail = first
                .map(|e| e.kind.to_string())
                .unwrap_or_else(|| "syntax error".into());
            return Err(LocaleError::syntax(file, line, detail));
        }
    };
    let mut out: Vec<FtlEntry> = Vec::new();
    // A message defined twice: Fluent keeps one of them, and which is not what its author meant.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut offset = LineCursor::default();
    let mut group: Option<String> = None;
    for entry in resource.body {
        let msg = match entry {
            ast::Entry::Message(msg) => msg,
            ast::Entry::GroupComment(c) => {
                group = Some(c.content.join(" ").trim().to_string());
                continue;
            }
            _ => continue,
        };
        let id = msg.id.name.to_string();
        // fluent-syntax's AST has no spans: find the line by searching for the id at a line start.
        let line = find_line(source, &id, &mut offset);
        if let Some(first) = seen.insert(id.clone(), line) {
            return Err(LocaleError::syntax(
                file,
                line,
                format!("{id} is defined twice (first on line {first})"),
            ));
        }
        let value = match &msg.value {
            Some(p) => Some(plain(p, file, line, &id)?),
            None => None,
        };
        let mut attributes = Vec::new();
        for a in &msg.attributes {
            attributes.push((a.id.name.to_string(), plain(&a.value, file, line, &id)?));
        }
        out.push(FtlEntry {
            id,
            line,
            value,
            attributes,
            group: group.clone(),
        });
    }
    Ok(out)
}

/// The text of a pattern; glossary data has no placeables except quoted literals.
fn plain(
    pattern: &ast::Pattern<&str>,
    file: &str,
    line: usize,
    id: &str,
) -> Result<String, LocaleError> {
    let mut s = String::new();
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => s.push_str(value),
            ast::PatternElement::Placeable { .. } => {
                return Err(LocaleError::syntax(
                    file,
                    line,
                    format!("{id}: glossary text cannot contain a placeable ({{ … }})"),
                ))
            }
        }
    }
    Ok(s.trim().to_string())
}

pub(crate) fn line_of(source: &str, byte: usize) -> usize {
    source
        .get(..byte.min(source.len()))
        .map(|s| s.matches('\n').count() + 1)
        .unwrap_or(1)
}

/// Where the search for the next message's line starts: a byte offset and the line it is on, so
/// that reading a file finds every message's line in one pass (counting lines from the start for
/// each message made loading a 2,000-entry memory quadratic).
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineCursor {
    offset: usize,
    line: usize,
}

impl Default for LineCursor {
    fn default() -> Self {
        LineCursor { offset: 0, line: 1 }
    }
}

/// The line of the message `id`: the first line at or after `at` that starts with `id` and
/// `=`. Messages come in file order, so `at` moves past it.
pub(crate) fn find_line(source: &str, id: &str, at: &mut LineCursor) -> usize {
    let rest = source.get(at.offset..).unwrap_or("");
    let mut pos = 0;
    let mut line = at.line;
    for l in rest.split_inclusive('\n') {
        let trimmed = l.trim_end();
        if trimmed.starts_with(id) && trimmed[id.len()..].trim_start().starts_with('=') {
            at.offset += pos + l.len();
            at.line = line + usize::from(l.ends_with('\n'));
            return line;
        }
        pos += l.len();
        line += usize::from(l.ends_with('\n'));
    }
    at.line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_defined_twice_is_refused_with_both_lines() {
        let src = "concept-nom = nom\n\nconcept-age = âge\nconcept-nom = nom de famille\n";
        let e = parse(src, "t.ftl").expect_err("defined twice");
        let said = e.to_string();
        assert!(
            said.contains("t.ftl")
                && said.contains("concept-nom is defined twice (first on line 1)"),
            "{said}"
        );
    }

    #[test]
    fn reads_values_attributes_and_lines() {
        let src =
            "# c\nconcept-nom = nom\n    .forms = nom de famille | noms\n\nconcept-age = âge\n";
        let e = parse(src, "t.ftl").expect("parses");
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].id, "concept-nom");
        assert_eq!(e[0].line, 2);
        assert_eq!(e[0].attribute("forms"), Some("nom de famille | noms"));
        assert_eq!(e[1].line, 5);
        assert_eq!(e[1].value.as_deref(), Some("âge"));
    }

    #[test]
    fn a_syntax_error_names_file_and_line() {
        let src = "concept-a = a\nconcept-b = \n  .x = \n}{ broken\n";
        let err = parse(src, "locales/xx/glossary.ftl").expect_err("must fail");
        assert!(err.to_string().contains("locales/xx/glossary.ftl"), "{err}");
        assert!(err.to_string().contains("line"), "{err}");
    }

    #[test]
    fn placeables_are_refused_in_glossary_text() {
        let err = parse("concept-a = a { $x }\n", "g.ftl").expect_err("must fail");
        assert!(err.to_string().contains("placeable"), "{err}");
    }
}
