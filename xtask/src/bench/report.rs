//! The `report` step: every rows file of `target/bench/` as one table, `report.md`, each figure
//! beside its budget.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::rows::Row;
use crate::process::{self, Result};

/// The `report` step: every rows file in `out` as one table, `report.md` (also printed); fails
/// when a figure is over its budget.
pub fn run(out: &Path) -> Result {
    let mut files: Vec<PathBuf> = std::fs::read_dir(out)
        .map_err(|e| format!("cannot read {}: {e}", out.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut table = String::from(
        "# Dayarlyq benchmarks\n\n| source | measurement | value | budget | result | note |\n\
         | --- | --- | ---: | ---: | --- | --- |\n",
    );
    let mut failed = Vec::new();
    let mut unmeasured = Vec::new();
    let mut count = 0;
    for file in &files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| format!("{}: not JSON: {e}", file.display()))?;
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = value
            .get("source")
            .and_then(Value::as_str)
            .unwrap_or(&stem)
            .to_owned();
        let rows = value.get("rows").and_then(Value::as_array).ok_or_else(|| {
            format!(
                "{}: expected {{\"source\", \"rows\": [...]}}",
                file.display()
            )
        })?;
        for row in rows {
            let row = Row::from_json(row)
                .ok_or_else(|| format!("{}: a row without name or value: {row}", file.display()))?;
            count += 1;
            let budget = row.budget.map_or(String::new(), |b| {
                let cmp = if row.higher_is_better { "≥" } else { "≤" };
                format!("{cmp} {b} {}", row.unit)
            });
            let result = match (row.value, row.passed()) {
                (None, _) => {
                    unmeasured.push(format!("{source}: {} ({})", row.name, row.note));
                    "**not measured**"
                }
                (Some(_), None) => "",
                (Some(_), Some(true)) => "pass",
                (Some(_), Some(false)) => {
                    failed.push(format!("{source}: {}", row.name));
                    "**FAIL**"
                }
            };
            let value = row
                .value
                .map_or_else(|| "—".to_owned(), |v| format!("{v} {}", row.unit))
                .trim_end()
                .to_owned();
            let _ = writeln!(
                table,
                "| {source} | {} | {value} | {budget} | {result} | {} |",
                row.name.replace('|', "\\|"),
                row.note.replace('|', "\\|")
            );
        }
    }
    if !unmeasured.is_empty() {
        let _ = write!(table, "\nNot measured in this build:\n\n");
        for what in &unmeasured {
            let _ = writeln!(table, "- {}", what.replace('|', "\\|"));
        }
    }
    let path = out.join("report.md");
    std::fs::write(&path, &table).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    process::step(&format!("{count} figures in {}", path.display()));
    let _ = std::io::stdout().write_all(table.as_bytes());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("over budget: {}", failed.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// A directory of its own under the system's temporary one, emptied.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-bench-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_row_without_a_value_is_shown_as_not_measured_and_neither_passes_nor_fails() {
        let dir = scratch("unmeasured");
        let rows = json!({"source": "browser", "rows": [
            {"name": "first load", "value": 145960.0, "unit": "B", "budget": 150000.0},
            {"name": "offline visit", "value": null, "unit": "ms", "budget": 300.0,
             "note": "not measured: no service worker in this build"},
        ]});
        std::fs::write(dir.join("browser.json"), rows.to_string()).unwrap();
        assert_eq!(run(&dir), Ok(()));
        let table = std::fs::read_to_string(dir.join("report.md")).unwrap();
        assert!(
            table.contains("| browser | first load | 145960 B | ≤ 150000 B | pass |"),
            "{table}"
        );
        assert!(
            table.contains("| browser | offline visit | — | ≤ 300 ms | **not measured** |"),
            "{table}"
        );
        assert!(table.contains("Not measured in this build:"), "{table}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_figure_over_its_budget_fails_the_report() {
        let dir = scratch("over");
        let rows = json!({"source": "browser", "rows": [
            {"name": "navigation", "value": 1832.0, "unit": "ms", "budget": 1500.0},
        ]});
        std::fs::write(dir.join("browser.json"), rows.to_string()).unwrap();
        let result = run(&dir);
        assert_eq!(result, Err("over budget: browser: navigation".to_owned()));
        let table = std::fs::read_to_string(dir.join("report.md")).unwrap();
        assert!(table.contains("**FAIL**"), "{table}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
