//! `cargo xtask bench`: how fast the product is, against its budgets.
//!
//! Steps, each writing its rows to `target/bench/<step>.json`:
//! - `native`: criterion benchmarks of the rules (`crates/rules/benches/rules.rs`: check per
//!   applicant, working-day arithmetic, timeline) and of the documents
//!   (`crates/documents/benches/render.rs`: each form, HTML and PDF) → `native.json`;
//! - `jsonl`: 100 000 varied applicants (deterministic) piped through the release `dayarlyq check
//!   --jsonl` (and, in full, to `/dev/null`: the tool alone), best of 3 → `jsonl.json`;
//! - `browser`: the release site in Chromium (`tests/bench/browser.mjs`, building `dist/` first
//!   when a source is newer; `DAYARLYQ_DIST` names another build, used as it is): the bytes of the
//!   first load, the documents module and the PDF worker, navigation to a usable form on a slow
//!   phone (throttled through the DevTools Protocol), typed answer to verdict, app. 6 as a PDF
//!   beside pdf-lib's, the offline repeat visit → `browser.json` (and the two PDFs compared);
//! - `report`: every `target/bench/*.json` (also those other steps write, e.g. `browser.json` from
//!   the browser measurements) as one table in `target/bench/report.md`, with each figure, its
//!   budget where one exists, and pass/fail. A failed budget fails the command.
//!
//! A rows file is `{"source": "…", "rows": [{"name": "…", "value": 1.5, "unit": "ms",
//! "budget": 2.0, "note": "…"}]}`; `budget` and `note` are optional, and a budget is a maximum
//! (lower is better) unless the row says `"higher_is_better": true`. A `value` of `null` is a
//! figure that could not be measured in this build (the note says why): shown as "not measured",
//! neither passing nor failing its budget.
//!
//! `cargo xtask bench [native|jsonl|browser|report]...` runs only the named steps (`report`
//! always runs, also after a failed step, so the table shows what was measured).
//!
//! One module a job: [`rows`] (the rows format), [`native`] (criterion), [`jsonl`] (the bulk run),
//! [`applicants`] (its input), [`browser`] and [`report`].

mod applicants;
mod browser;
mod jsonl;
mod native;
mod report;
mod rows;

use std::path::{Path, PathBuf};

use crate::process::{Result, target_dir};

/// A step: the project's root and the output directory in, its rows file written.
type Step = fn(&Path, &Path) -> Result;

pub fn run(root: &Path, only: &[String]) -> Result {
    const STEPS: [&str; 4] = ["native", "jsonl", "browser", "report"];
    if let Some(unknown) = only.iter().find(|s| !STEPS.contains(&s.as_str())) {
        return Err(format!(
            "unknown bench step `{unknown}` (steps: {})",
            STEPS.join(", ")
        ));
    }
    let wants = |step: &str| only.is_empty() || only.iter().any(|s| s == step);
    let out = bench_dir(root);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut failed = Vec::new();
    let steps: [(&str, Step); 3] = [
        ("native", native::run),
        ("jsonl", jsonl::run),
        ("browser", browser::run),
    ];
    for (name, step) in steps {
        if wants(name)
            && let Err(e) = step(root, &out)
        {
            eprintln!("xtask: bench step `{name}` failed: {e}");
            failed.push(format!("{name}: {e}"));
        }
    }
    let reported = report::run(&out);
    if failed.is_empty() {
        reported
    } else {
        Err(format!(
            "failed steps: {}{}",
            failed.join("; "),
            reported.err().map_or(String::new(), |e| format!("; {e}"))
        ))
    }
}

/// Where the steps write their rows and the report: `target/bench/`.
fn bench_dir(root: &Path) -> PathBuf {
    target_dir(root).join("bench")
}
