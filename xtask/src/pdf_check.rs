//! The documents' PDFs checked by a checker that is not ours: outloud (PDF/UA-1 conformance
//! rules calibrated on veraPDF's, and WCAG 2.2), on every PDF the documents' tagging tests wrote
//! (`target/tmp/tagged-*.pdf`: each form in both languages, filled and blank, a table over two
//! pages). An error fails the tests; warnings are printed.

use std::path::{Path, PathBuf};

use crate::process::{self, Cmd, Result, target_dir};

/// The pinned checker and its dependencies.
pub const REQUIREMENTS: &str = "tests/pdf/requirements.txt";

/// Where `cargo xtask install` puts the checker: a Python virtual environment.
pub fn venv(root: &Path) -> PathBuf {
    target_dir(root).join("pdf-check/venv")
}

/// The PDFs the tagging tests write (`CARGO_TARGET_TMPDIR`).
fn written(root: &Path) -> Vec<PathBuf> {
    let dir = target_dir(root).join("tmp");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("tagged-") && n.ends_with(".pdf"))
        })
        .collect();
    files.sort();
    files
}

/// Removes the PDFs of an earlier run, so that only this run's are checked.
pub fn clear(root: &Path) {
    for file in written(root) {
        let _ = std::fs::remove_file(file);
    }
}

/// Runs the checker on the PDFs this run's tests wrote.
pub fn run(root: &Path) -> Result {
    let files = written(root);
    if files.is_empty() {
        return Err("the documents' tagging tests wrote no PDF to check".into());
    }
    process::step(&format!(
        "{} PDFs of the documents checked by outloud (PDF/UA-1, WCAG 2.2)",
        files.len()
    ));
    Cmd::new(venv(root).join("bin/outloud"))
        .args(["--fail-on", "error", "--no-info"])
        .args(&files)
        .dir(root)
        .run()
}
