//! The rows format: one measured figure a row, each step's rows in `target/bench/<step>.json`
//! (the format: see [`super`]), read back by the report.

use std::path::Path;

use serde_json::{Value, json};

use crate::process::Result;

/// One measured figure.
pub struct Row {
    pub name: String,
    /// `None`: not measured (see the note).
    pub value: Option<f64>,
    pub unit: String,
    pub budget: Option<f64>,
    pub higher_is_better: bool,
    pub note: String,
}

impl Row {
    pub fn new(name: impl Into<String>, value: f64, unit: &str) -> Row {
        Row {
            name: name.into(),
            value: Some(value),
            unit: unit.to_owned(),
            budget: None,
            higher_is_better: false,
            note: String::new(),
        }
    }

    pub fn budget(mut self, budget: f64) -> Row {
        self.budget = Some(budget);
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Row {
        self.note = note.into();
        self
    }

    /// `None` without a budget or without a value.
    pub fn passed(&self) -> Option<bool> {
        let (value, budget) = (self.value?, self.budget?);
        Some(if self.higher_is_better {
            value >= budget
        } else {
            value <= budget
        })
    }

    fn to_json(&self) -> Value {
        let mut row = json!({"name": self.name, "value": self.value, "unit": self.unit});
        if let Some(b) = self.budget {
            row["budget"] = json!(b);
        }
        if self.higher_is_better {
            row["higher_is_better"] = json!(true);
        }
        if !self.note.is_empty() {
            row["note"] = json!(self.note);
        }
        row
    }

    pub fn from_json(row: &Value) -> Option<Row> {
        Some(Row {
            name: row.get("name")?.as_str()?.to_owned(),
            value: match row.get("value")? {
                Value::Null => None,
                value => Some(value.as_f64()?),
            },
            unit: row
                .get("unit")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
            budget: row.get("budget").and_then(Value::as_f64),
            higher_is_better: row
                .get("higher_is_better")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            note: row
                .get("note")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
        })
    }
}

/// Writes `rows` to `<out>/<source>.json`.
pub fn write_rows(out: &Path, source: &str, rows: &[Row]) -> Result {
    let file = out.join(format!("{source}.json"));
    let value =
        json!({"source": source, "rows": rows.iter().map(Row::to_json).collect::<Vec<_>>()});
    let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    std::fs::write(&file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// `x` to three significant digits.
pub fn round3(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 2 - x.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits);
    (x * factor).round() / factor
}
