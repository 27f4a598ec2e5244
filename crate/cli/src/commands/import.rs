//! `relais locales import FILE.po --lang LANG [--locales DIR]`: a gettext PO file translated by
//! translators (exported from the extension's untranslated-strings page) comes back into the
//! translation memory, through the quality gates.
//!
//! Each entry with a translation is matched to the French master of the memory
//! (`locales/fr/portals.ftl`) by its French, with its variables (`{ $n }`, `{ $date }`…) given
//! sample values so that the memory's own matching decides; an entry the master lacks is added to
//! it (`.origin = po:FILE`). The translations go into `locales/LANG/portals.ftl`. The whole result
//! is checked first on a copy of the locale folder; if any quality gate fails, or an entry's
//! translation does not keep its variables, nothing is written and the entries are named (exit 1).

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use relais_core::memory::Memory;
use relais_core::untranslated::parse_po;

use super::Failure;
use crate::files;

/// Sample values for a master's variables, so that a French with variables can be looked up.
fn with_samples(fr: &str) -> String {
    let mut out = String::new();
    let mut rest = fr;
    while let Some(i) = rest.find("{ $") {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('}') else { break };
        let name = rest[i + 3..i + j].trim();
        out.push_str(match relais_core::units::Slot::of_variable(name) {
            relais_core::units::Slot::Number => "12",
            relais_core::units::Slot::Date => "07/12/2026",
            relais_core::units::Slot::Time => "14h30",
            relais_core::units::Slot::Amount => "12,50 €",
            relais_core::units::Slot::Email => "nom@example.org",
            relais_core::units::Slot::File => "document.pdf",
            relais_core::units::Slot::Free => "Awa Diallo",
        });
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out
}

/// The variable names of a Fluent text (`{ $n }` → `n`).
fn variables(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(i) = rest.find('$') {
        let name: String = rest[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() {
            out.insert(name);
        }
        rest = &rest[i + 1..];
    }
    out
}

/// A new master id from the French's first words (`tm-numero-de-la-declaration`).
fn new_id(fr: &str, taken: &dyn Fn(&str) -> bool) -> String {
    let folded = relais_core::text::fold(fr);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| w.bytes().all(|b| b.is_ascii_alphanumeric()))
        .take(6)
        .collect();
    let base = format!(
        "tm-{}",
        if words.is_empty() {
            "po".into()
        } else {
            words.join("-")
        }
    );
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !taken(c))
        .unwrap_or(base)
}

/// A Fluent value on one line of a message (continuation lines indented).
fn ftl_value(s: &str) -> String {
    s.replace('\n', "\n    ")
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

pub fn run(
    file: &Path,
    lang: &str,
    locales: Option<&Path>,
    out: &mut dyn std::io::Write,
) -> Result<(), Failure> {
    if lang == "fr" {
        return Err(Failure::Usage(
            "the French master is not imported: pass the translation's language".into(),
        ));
    }
    let dir = files::locales_dir(locales)?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let entries = parse_po(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "import.po".into());
    let master_path = dir.join("fr/portals.ftl");
    let target_path = dir.join(lang).join("portals.ftl");
    let master_src = std::fs::read_to_string(&master_path)
        .map_err(|e| format!("{}: {e}", master_path.display()))?;
    let target_src = std::fs::read_to_string(&target_path).unwrap_or_default();
    let memory =
        Memory::from_ftl(&master_src, "locales/fr/portals.ftl").map_err(|e| e.to_string())?;
    let mut ids: BTreeSet<String> = memory.ids().map(str::to_string).collect();

    let mut problems = Vec::new();
    let mut new_master = String::new();
    let mut translations: HashMap<String, String> = HashMap::new();
    let (mut added, mut matched, mut empty) = (0, 0, 0);
    for e in &entries {
        if e.translation.trim().is_empty() {
            empty += 1;
            continue;
        }
        let at = format!("{name} line {} (msgid {:?})", e.line, e.id);
        if variables(&e.id) != variables(&e.translation) {
            problems.push(format!(
                "{at}: the translation must keep exactly the variables of the French ({:?})",
                variables(&e.id)
            ));
            continue;
        }
        let letters = e.translation.chars().any(char::is_alphabetic);
        if letters && relais_core::text::fold(&e.translation) == relais_core::text::fold(&e.id) {
            problems.push(format!("{at}: the translation is the French itself"));
            continue;
        }
        let id = match memory
            .find(&with_samples(&e.id))
            .filter(|f| f.sentence.is_none())
        {
            Some(found) => {
                matched += 1;
                found.id
            }
            None => {
                let id = new_id(&e.id, &|c| ids.contains(c));
                ids.insert(id.clone());
                let kind = e
                    .context
                    .as_deref()
                    .and_then(|c| c.split_whitespace().nth(1))
                    .unwrap_or("label");
                new_master.push_str(&format!(
                    "{id} = {}\n    .origin = po:{name}\n    .kind = {kind}\n",
                    ftl_value(&e.id)
                ));
                added += 1;
                id
            }
        };
        translations.insert(id, e.translation.clone());
    }
    if !problems.is_empty() {
        for p in &problems {
            let _ = writeln!(out, "problem: {p}");
        }
        return Err(Failure::Check(Some(format!(
            "{} entries refused; nothing was written",
            problems.len()
        ))));
    }

    // The target file: translations of existing ids replaced in place, new ones appended.
    let mut target = String::new();
    let mut replaced = BTreeSet::new();
    let mut lines = target_src.lines().peekable();
    while let Some(line) = lines.next() {
        let id = line
            .split_once(" =")
            .map(|(i, _)| i.trim())
            .filter(|i| i.starts_with("tm-") && !line.starts_with(' '));
        match id.and_then(|i| translations.get(i).map(|t| (i, t))) {
            Some((i, t)) => {
                target.push_str(&format!("{i} = {}\n", ftl_value(t)));
                replaced.insert(i.to_string());
                // Skip the old value's continuation lines (attributes kept: `.by` is dropped,
                // the text is no longer the portal's own).
                while lines
                    .peek()
                    .is_some_and(|l| l.starts_with(' ') && !l.trim_start().starts_with('.'))
                {
                    lines.next();
                }
                while lines
                    .peek()
                    .is_some_and(|l| l.trim_start().starts_with(".by"))
                {
                    lines.next();
                }
            }
            None => {
                target.push_str(line);
                target.push('\n');
            }
        }
    }
    let mut appended: Vec<(&String, &String)> = translations
        .iter()
        .filter(|(i, _)| !replaced.contains(*i))
        .collect();
    appended.sort();
    if !appended.is_empty() {
        target.push_str(&format!("\n## Imported from {name}\n\n"));
        for (i, t) in appended {
            target.push_str(&format!("{i} = {}\n", ftl_value(t)));
        }
    }
    let master = if new_master.is_empty() {
        master_src.clone()
    } else {
        format!(
            "{}\n\n## Imported from {name}\n\n{new_master}",
            master_src.trim_end()
        )
    };

    // Every quality gate, on a copy of the locale folder with the new files.
    let scratch = tempfile::tempdir().map_err(|e| format!("a temporary folder: {e}"))?;
    let copy = scratch.path().join("locales");
    copy_dir(&dir, &copy).map_err(|e| format!("copying {}: {e}", dir.display()))?;
    std::fs::write(copy.join("fr/portals.ftl"), &master).map_err(|e| e.to_string())?;
    std::fs::write(copy.join(lang).join("portals.ftl"), &target).map_err(|e| e.to_string())?;
    let before = files::check_dir(&dir)?.problems;
    let after = files::check_dir(&copy)?.problems;
    let fresh: Vec<&String> = after.iter().filter(|p| !before.contains(p)).collect();
    // The new files must also load as the extension loads them.
    let loads = files::load_catalog(&copy, &[lang]).err();
    if !fresh.is_empty() || loads.is_some() {
        for p in &fresh {
            let _ = writeln!(out, "problem: {p}");
        }
        if let Some(e) = loads {
            let _ = writeln!(out, "problem: {e}");
        }
        return Err(Failure::Check(Some(
            "a quality gate failed; nothing was written".into(),
        )));
    }
    std::fs::write(&master_path, master).map_err(|e| format!("{}: {e}", master_path.display()))?;
    std::fs::write(&target_path, target).map_err(|e| format!("{}: {e}", target_path.display()))?;
    let _ = writeln!(
        out,
        "imported {name} into locales/{lang}/portals.ftl: {} translations ({matched} of strings the memory held, {added} new strings added to the French master), {empty} entries without a translation left out",
        matched + added
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_variables_and_ids() {
        assert_eq!(
            with_samples("Dossier n° { $n } du { $date }"),
            "Dossier n° 12 du 07/12/2026"
        );
        assert_eq!(
            variables("{ $n } de { $name }"),
            ["n", "name"].iter().map(|s| s.to_string()).collect()
        );
        let id = new_id("Numéro de la déclaration de perte", &|c| {
            c == "tm-numero-de-la-declaration-de-perte"
        });
        assert_eq!(id, "tm-numero-de-la-declaration-de-perte-2");
    }
}
