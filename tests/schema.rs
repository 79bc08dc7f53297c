//! The case file is described in one place, the rules' schema (`crates/rules/src/case_file.rs`):
//! no other source of the product spells a place's path. The command line, the documents, the
//! import and the web app's forms read and write the case through `Place` — a path written out
//! elsewhere would be a second description that can drift (as the self-check and app. 6 once took
//! the moment of sending from different members).

use std::path::{Path, PathBuf};

use dayarlyq_rules::case_file::Place;

/// The product's sources: the web app, the PDF worker and every crate's `src/`.
fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("src"), root.join("worker/src")];
    for entry in std::fs::read_dir(root.join("crates")).expect("crates/") {
        dirs.push(entry.expect("a crate").path().join("src"));
    }
    let mut files = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn no_source_but_the_schema_spells_a_path_of_the_case_file() {
    let schema = Path::new("crates/rules/src/case_file.rs");
    let files = sources();
    assert!(
        files.iter().any(|f| f.ends_with(schema)),
        "the schema is read"
    );
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with(schema)) {
        let text = std::fs::read_to_string(file).expect("a source file");
        // A file's own tests (at its end, after `#[cfg(test)]`) may spell paths: they check them.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for place in Place::ALL.iter().filter(|p| p.path().contains('.')) {
                if line.contains(&format!("\"{}\"", place.path())) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, place.path()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "paths spelled outside the schema:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_path_spelled_out() {
    // The test above would pass on anything if the literal were not what it looks for.
    let line = r#"let field = "applicant.birth_date";"#;
    assert!(
        Place::ALL
            .iter()
            .any(|p| line.contains(&format!("\"{}\"", p.path())))
    );
}
