//! The `native` step: the criterion benchmarks of the rules and of the documents, their
//! estimates read back as rows.

use std::path::Path;
use std::time::SystemTime;

use serde_json::Value;

use super::rows::{Row, round3, write_rows};
use crate::process::{self, Cmd, Result};

/// The `native` step: both criterion benchmarks run, their figures → `native.json`.
pub fn run(root: &Path, out: &Path) -> Result {
    let criterion = out.join("criterion");
    let started = SystemTime::now();
    for (package, bench, what) in [
        (
            "dayarlyq-rules",
            "rules",
            "the rules (check, working days, timeline)",
        ),
        (
            "dayarlyq-documents",
            "render",
            "the documents (each form: build, HTML, PDF)",
        ),
    ] {
        process::step(&format!("criterion benchmarks of {what}"));
        Cmd::new("cargo")
            .args(["bench", "--locked", "--package", package, "--bench", bench])
            .dir(root)
            .env("CRITERION_HOME", &criterion)
            .run()?;
    }
    let mut rows = criterion_rows(&criterion, started)?;
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    if rows.is_empty() {
        return Err(format!(
            "no criterion results under {}",
            criterion.display()
        ));
    }
    write_rows(out, "native", &rows)
}

/// Every benchmark criterion measured since `since`: its `new/benchmark.json` (the id) and
/// `new/estimates.json` (the slope when sampled linearly, else the mean; nanoseconds).
fn criterion_rows(dir: &Path, since: SystemTime) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let in_new = path
                .parent()
                .and_then(Path::file_name)
                .is_some_and(|n| n == "new");
            if !in_new || path.file_name().is_none_or(|n| n != "benchmark.json") {
                continue;
            }
            let estimates = path.with_file_name("estimates.json");
            let fresh = std::fs::metadata(&estimates)
                .and_then(|m| m.modified())
                .is_ok_and(|t| t >= since);
            if !fresh {
                continue;
            }
            let read = |p: &Path| -> Option<Value> {
                serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()
            };
            let (Some(id), Some(est)) = (read(&path), read(&estimates)) else {
                continue;
            };
            let Some(name) = id.get("full_id").and_then(Value::as_str) else {
                continue;
            };
            let point = |key: &str| est.get(key)?.get("point_estimate")?.as_f64();
            let Some(ns) = point("slope").or_else(|| point("mean")) else {
                continue;
            };
            let (value, unit) = scale_ns(ns);
            rows.push(Row::new(name, value, unit).note("criterion"));
        }
    }
    Ok(rows)
}

/// Nanoseconds in the unit that reads best, to three significant digits.
fn scale_ns(ns: f64) -> (f64, &'static str) {
    let (value, unit) = if ns >= 1e6 {
        (ns / 1e6, "ms")
    } else if ns >= 1e3 {
        (ns / 1e3, "µs")
    } else {
        (ns, "ns")
    };
    (round3(value), unit)
}
