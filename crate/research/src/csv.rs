//! Research records in CSV: a header naming the fields (any order), RFC 4180 quoting, no line
//! breaks inside a field.

use crate::records::{clip, ResearchRecord, FIELDS};

/// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).
pub(crate) fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cur.push('"');
                    chars.next();
                } else {
                    quoted = false;
                    if !matches!(chars.peek(), None | Some(',')) {
                        return Err("text after a closing quote".into());
                    }
                }
            } else {
                cur.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => return Err("quote inside an unquoted field".into()),
            ',' => {
                out.push(std::mem::take(&mut cur));
                at_start = true;
            }
            c => {
                cur.push(c);
                at_start = false;
            }
        }
    }
    if quoted {
        return Err("unclosed quote (fields may not contain line breaks)".into());
    }
    out.push(cur);
    Ok(out)
}

/// How a source file is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Format {
    JsonLines,
    /// Column index of each of [`FIELDS`] (None: absent optional field).
    Csv(Vec<Option<usize>>, usize),
}

pub(crate) fn csv_header(line: &str) -> Result<Format, String> {
    let cols = split_csv(line)?;
    let mut index = vec![None; FIELDS.len()];
    for (i, c) in cols.iter().enumerate() {
        let c = c.trim();
        match FIELDS.iter().position(|f| f.0 == c) {
            Some(p) if index[p].is_none() => index[p] = Some(i),
            Some(_) => return Err(format!("column {c:?} appears twice in the header")),
            None => {
                return Err(format!(
                    "unknown column {:?} in the header (expected {})",
                    clip(c),
                    ResearchRecord::csv_header()
                ))
            }
        }
    }
    if let Some((name, _)) = FIELDS
        .iter()
        .zip(&index)
        .find(|((_, req), i)| *req && i.is_none())
        .map(|(f, _)| *f)
    {
        return Err(format!("the header has no column {name}"));
    }
    Ok(Format::Csv(index, cols.len()))
}

pub(crate) fn record_from_csv(
    line: &str,
    index: &[Option<usize>],
    width: usize,
) -> Result<ResearchRecord, String> {
    let cols = split_csv(line)?;
    if cols.len() != width {
        return Err(format!(
            "{} fields where the header has {width}",
            cols.len()
        ));
    }
    let mut map = serde_json::Map::new();
    for ((name, _), i) in FIELDS.iter().zip(index) {
        let Some(i) = i else { continue };
        let v = &cols[*i];
        let value = match *name {
            "schema_version" | "attempt_count" => match v.trim().parse::<u64>() {
                Ok(n) => serde_json::Value::from(n),
                Err(_) => return Err(format!("{name} {:?} is not a whole number", clip(v))),
            },
            "departement" if v.is_empty() => serde_json::Value::Null,
            _ => serde_json::Value::String(v.clone()),
        };
        map.insert((*name).to_string(), value);
    }
    let r: ResearchRecord = serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|e| format!("wrong field or type: {e}"))?;
    r.validate()?;
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_split() {
        assert_eq!(
            split_csv(r#"a,"b,c","d""e",,"#).ok(),
            Some(vec![
                "a".into(),
                "b,c".into(),
                "d\"e".into(),
                String::new(),
                String::new()
            ])
        );
        assert!(split_csv(r#"a,"b"#).is_err());
        assert!(split_csv(r#"a,b"c"#).is_err());
    }
}
