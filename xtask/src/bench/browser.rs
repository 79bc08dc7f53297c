//! The `browser` step: `tests/bench/browser.mjs` against the release site in Chromium, `dist/`
//! rebuilt first when a source of the site is newer.

use std::path::Path;

use crate::process::{self, Cmd, Result, target_dir};

/// Top-level paths that are not inputs of the release site (`dist/` is rebuilt when anything
/// else in the project is newer than its `index.html`).
const NOT_SITE_INPUTS: &[&str] = &[
    ".git",
    ".ci",
    "target",
    "node_modules",
    "dist",
    "tests",
    "xtask",
    "fuzz",
    "crates/cli",
    "README.md",
    ".gitignore",
    "playwright.config.js",
];

/// The `browser` step: `tests/bench/browser.mjs` on the release site → `browser.json` (the
/// script writes the rows).
pub fn run(root: &Path, out: &Path) -> Result {
    // npm packages (Playwright, pdf-lib) and Chromium, as for the browser tests.
    crate::install::all(root)?;
    let dist = match std::env::var_os("DAYARLYQ_DIST") {
        Some(dir) => root.join(dir),
        None => {
            let dist = root.join("dist");
            if site_is_stale(root, &dist) {
                crate::dist(root)?;
            } else {
                process::step("the release site in dist/ is up to date");
            }
            dist
        }
    };
    process::step(&format!(
        "browser measurements of {} (Chromium, Playwright)",
        dist.display()
    ));
    let rows = out.join("browser.json");
    Cmd::new("node")
        .args([
            Path::new("tests/bench/browser.mjs").as_os_str(),
            dist.as_os_str(),
            rows.as_os_str(),
        ])
        .dir(root)
        .tools_path(root)
        .run()
}

/// Whether `dist/index.html` is missing or older than some input of the site.
fn site_is_stale(root: &Path, dist: &Path) -> bool {
    let Some(built) = std::fs::metadata(dist.join("index.html"))
        .and_then(|m| m.modified())
        .ok()
    else {
        return true;
    };
    let target = target_dir(root);
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let relative = path.strip_prefix(root).unwrap_or(&path);
            if NOT_SITE_INPUTS.iter().any(|p| relative == Path::new(p)) || path == target {
                continue;
            }
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            if meta.is_dir() {
                stack.push(path);
            } else if meta.modified().is_ok_and(|m| m > built) {
                eprintln!("  {} is newer than the site", relative.display());
                return true;
            }
        }
    }
    false
}
