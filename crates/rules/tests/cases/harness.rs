//! The Rules' cases as data (`tests/cases/*.json`) and the one comparison that judges them. Two
//! runs include this file: the rules' `law` test judges each row natively (`tests/law/cases.rs`),
//! the CLI's `cases` test gives each row to the real `dayarlyq check` (`crates/cli/tests/
//! cases.rs`); both compare here, so the two cannot read a case differently.
//!
//! A file is `{"title": "…", "cases": [row, …]}`, its rows in the order of the Rules (checked).
//! A row is a case file as `check` reads it (`as_of`, `applicant`, `application`, …; a case file
//! ignores the members it does not know), with members of its own:
//! - `name`: a sentence saying the case;
//! - `paragraph`: where in the Rules it comes from, `p. 10`, `app. 7 item 7`, several joined by
//!   `; ` (the first orders the row); or `case file` for what the case file's format itself asks;
//! - `note` (optional): what else the row leans on, e.g. `calendar: Nauryz 21–25 March 2026`;
//! - `as_of`: the day judged on, required, so that no run depends on the day it runs;
//! - `expect`: a part of `check`'s JSON output; only the keys given are checked:
//!   - `free`, `paid`: `eligible`, `status`, `needs_guardian_consent` (free only),
//!     `eligible_from`, `eligible_until` (equal; `null` for none); `failed`, `passed`: the ids of
//!     the track's checks that failed, that passed, all of them in any order; `actions`,
//!     `warnings`: the track's action and warning ids, all of them in any order; `explains`: `{"<id>": {"kk": "…", "ru": "…"}}`, words the Kazakh
//!     and Russian explanations of the check (else the warning, else the action) of that id
//!     contain;
//!   - `age`, `medical_card`, `acceptance`: the members given, equal (`null`: there is none);
//!   - `warnings`: the top-level warning ids (the IIN cross-check, the calendar's coverage), all
//!     of them in any order;
//!   - `errors`: `[{"field", "code"}, …]`, all of them in any order: the case is refused as input
//!     (no verdict; nothing else may be expected then), every error at once; an error may also
//!     have `says`: `{"kk": "…", "ru": "…"}`, words its Kazakh and Russian messages contain.
//!
//! Dates are worked out by hand from the text and the 2024–2026 calendars of Kazakhstan; a row
//! that needs a real holiday or a transfer of days off says so in its `note` (`calendar: …`).

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Map, Value};

/// One row of a file.
pub struct Row {
    pub file: String,
    /// From 1, in its file.
    pub index: usize,
    pub name: String,
    pub paragraph: String,
    pub as_of: String,
    /// The row as written: the case file, with the row's own members beside it.
    pub case: Value,
    pub expect: Map<String, Value>,
}

/// What came of judging a row.
pub enum Outcome {
    /// `check`'s JSON output.
    Verdict(Value),
    /// Refused as input: each error.
    Refused(Vec<Refusal>),
    /// Neither, and what happened instead (an exit code outside the contract, output not JSON).
    Broken(String),
}

/// One error of a refused case: the field it names, its code, and its messages.
#[derive(Clone, Debug, Default)]
pub struct Refusal {
    pub field: String,
    pub code: String,
    pub kk: String,
    pub ru: String,
}

/// A row's own members, and the case file's (`as_of` is both).
const ROW_KEYS: [&str; 5] = ["name", "paragraph", "note", "as_of", "expect"];
const CASE_KEYS: [&str; 4] = ["applicant", "provider", "application", "notice"];
const TRACK_KEYS: &str = "eligible, status, needs_guardian_consent (free), eligible_from, \
                          eligible_until, failed, passed, actions, warnings, explains";
/// The statuses of a track (CLI contract, `check`, "added 2026-12").
const STATUSES: [&str; 4] = [
    "eligible",
    "eligible_with_actions",
    "not_yet",
    "not_eligible",
];

impl Row {
    /// The row at `index` (from 1) of `file`, or what is wrong with its shape: a misspelt key
    /// would otherwise check nothing.
    pub fn from_value(file: &str, index: usize, case: Value) -> Result<Row, Vec<String>> {
        let mut problems = Vec::new();
        let text = |key: &str, problems: &mut Vec<String>| match case.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            _ => {
                problems.push(format!("`{key}` must be a non-empty string"));
                String::new()
            }
        };
        let name = text("name", &mut problems);
        let paragraph = text("paragraph", &mut problems);
        let as_of = text("as_of", &mut problems);
        if let Err(e) = order_key(&paragraph) {
            problems.push(e);
        }
        for key in case.as_object().into_iter().flatten().map(|(k, _)| k) {
            if !ROW_KEYS.contains(&key.as_str()) && !CASE_KEYS.contains(&key.as_str()) {
                problems.push(format!(
                    "`{key}` is neither a row's ({ROW_KEYS:?}) nor a case file's ({CASE_KEYS:?})"
                ));
            }
        }
        if let Some(note) = case.get("note")
            && !note.is_string()
        {
            problems.push("`note` must be a string".into());
        }
        let expect = match case.get("expect") {
            Some(Value::Object(e)) if !e.is_empty() => {
                check_shape(e, &mut problems);
                e.clone()
            }
            _ => {
                problems.push("`expect` must be an object that expects something".into());
                Map::new()
            }
        };
        if problems.is_empty() {
            Ok(Row {
                file: file.to_owned(),
                index,
                name,
                paragraph,
                as_of,
                case,
                expect,
            })
        } else {
            Err(problems)
        }
    }

    /// `chapter-2-free.json #3 «…» (p. 10)`.
    pub fn title(&self) -> String {
        format!(
            "{} #{} «{}» ({})",
            self.file, self.index, self.name, self.paragraph
        )
    }
}

/// Every row of every `*.json` file in `dir`, files by name, rows as written. Panics naming every
/// file and row whose shape is wrong, and rows out of the Rules' order.
pub fn rows(dir: &Path) -> Vec<Row> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no case files in {}", dir.display());
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let doc: Value = match serde_json::from_str(&text) {
            Ok(doc) => doc,
            Err(e) => {
                problems.push(format!("{file}: not JSON: {e}"));
                continue;
            }
        };
        let cases = match (&doc["title"], &doc["cases"], doc.as_object()) {
            (Value::String(_), Value::Array(cases), Some(top)) if top.len() == 2 => cases,
            _ => {
                problems.push(format!(
                    "{file}: expected {{\"title\": \"…\", \"cases\": [ … ]}}"
                ));
                continue;
            }
        };
        let mut last: Option<(u32, u32, u32)> = None;
        for (i, case) in cases.iter().enumerate() {
            match Row::from_value(&file, i + 1, case.clone()) {
                Ok(row) => {
                    let key = order_key(&row.paragraph).ok().flatten();
                    if let (Some(before), Some(now)) = (last, key)
                        && now < before
                    {
                        problems.push(format!(
                            "{}: out of the Rules' order (after a later paragraph)",
                            row.title()
                        ));
                    }
                    last = key.or(last);
                    rows.push(row);
                }
                Err(wrong) => problems.push(format!("{file} #{}: {}", i + 1, wrong.join("; "))),
            }
        }
    }
    let mut names = HashSet::new();
    for row in &rows {
        if !names.insert(row.name.as_str()) {
            problems.push(format!("{}: another row has this name", row.title()));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
    rows
}

/// Judges every row of `dir` with `judge` and compares; panics listing every row that differs,
/// with its file, name and paragraph and what differed.
pub fn run(dir: &Path, judge: impl Fn(&Row) -> Outcome) {
    let rows = rows(dir);
    let mut report = String::new();
    let mut failed = 0;
    let mut checked = 0;
    for row in &rows {
        checked += count(&row.expect);
        let got = judge(row);
        let mut diffs = differences(&row.expect, &got);
        if let Outcome::Verdict(v) = &got
            && v["as_of"] != row.as_of.as_str()
        {
            diffs.push(format!("judged on {}, not on the row's as_of", v["as_of"]));
        }
        if !diffs.is_empty() {
            failed += 1;
            let _ = writeln!(report, "\n{}", row.title());
            for d in diffs {
                let _ = writeln!(report, "  - {d}");
            }
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} rule cases differ:\n{report}",
        rows.len()
    );
    eprintln!("{} rule cases, {checked} expectations checked", rows.len());
}

/// What differs between the expectation `expect` and what came of the row.
pub fn differences(expect: &Map<String, Value>, got: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    let verdict = match (expect.get("errors"), got) {
        (_, Outcome::Broken(what)) => {
            out.push(what.clone());
            return out;
        }
        (Some(want), Outcome::Refused(errors)) => {
            let want = want.as_array().map_or(&[][..], Vec::as_slice);
            let mut want_pairs: Vec<_> = want
                .iter()
                .map(|e| (text_of(&e["field"]), text_of(&e["code"])))
                .collect();
            let mut got: Vec<_> = errors
                .iter()
                .map(|e| (e.field.clone(), e.code.clone()))
                .collect();
            want_pairs.sort();
            got.sort();
            if want_pairs != got {
                out.push(format!(
                    "errors: expected {}, got {}",
                    pairs(&want_pairs),
                    pairs(&got)
                ));
            }
            for e in want {
                let (field, code) = (text_of(&e["field"]), text_of(&e["code"]));
                for (lang, words) in e
                    .get("says")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let words = text_of(words);
                    let said = errors
                        .iter()
                        .filter(|g| g.field == field && g.code == code)
                        .map(|g| if lang == "kk" { &g.kk } else { &g.ru });
                    if !said.clone().any(|m| m.contains(&words)) {
                        let said: Vec<_> = said.collect();
                        out.push(format!(
                            "errors: {field} ({code}).{lang}: «{words}» not in {said:?}"
                        ));
                    }
                }
            }
            return out;
        }
        (Some(want), Outcome::Verdict(_)) => {
            out.push(format!("errors: expected {want}, got a verdict"));
            return out;
        }
        (None, Outcome::Refused(errors)) => {
            let got: Vec<_> = errors
                .iter()
                .map(|e| (e.field.clone(), e.code.clone()))
                .collect();
            out.push(format!("expected a verdict, got errors {}", pairs(&got)));
            return out;
        }
        (None, Outcome::Verdict(v)) => v,
    };
    for (key, want) in expect {
        let got = &verdict[key.as_str()];
        match key.as_str() {
            "free" | "paid" => track(key, want, got, &mut out),
            "warnings" => ids(key, want, &ids_of(got, |_| true), &mut out),
            _ => members(key, want, got, &mut out),
        }
    }
    out
}

fn track(name: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    for (key, want) in want.as_object().into_iter().flatten() {
        let path = format!("{name}.{key}");
        let checks = &got["checks"];
        match key.as_str() {
            "failed" => ids(&path, want, &ids_of(checks, |c| c["passed"] == false), out),
            "passed" => ids(&path, want, &ids_of(checks, |c| c["passed"] == true), out),
            "warnings" => ids(&path, want, &ids_of(&got["warnings"], |_| true), out),
            "actions" => ids(&path, want, &ids_of(&got["actions"], |_| true), out),
            "explains" => {
                for (id, texts) in want.as_object().into_iter().flatten() {
                    let check = ["checks", "warnings", "actions"]
                        .iter()
                        .flat_map(|list| got[*list].as_array().into_iter().flatten())
                        .find(|c| c["id"] == id.as_str());
                    let Some(check) = check else {
                        out.push(format!("{path}.{id}: no such check, warning or action"));
                        continue;
                    };
                    for (lang, words) in texts.as_object().into_iter().flatten() {
                        let member = if lang == "kk" {
                            "explanation"
                        } else {
                            "explanation_ru"
                        };
                        let said = text_of(&check[member]);
                        if !said.contains(&text_of(words)) {
                            out.push(format!("{path}.{id}.{lang}: {words} not in «{said}»"));
                        }
                    }
                }
            }
            _ => members(&path, want, &got[key.as_str()], out),
        }
    }
}

/// `want`'s members equal to `got`'s, recursively; any other value equal.
fn members(path: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, want) in want {
                let got = got.get(key).unwrap_or(&Value::Null);
                members(&format!("{path}.{key}"), want, got, out);
            }
        }
        _ if want == got => {}
        _ => out.push(format!("{path}: expected {want}, got {got}")),
    }
}

/// The ids in `want` (a list) are those of `got`, in any order.
fn ids(path: &str, want: &Value, got: &[String], out: &mut Vec<String>) {
    let mut want: Vec<String> = want.as_array().into_iter().flatten().map(text_of).collect();
    let mut got = got.to_vec();
    want.sort();
    got.sort();
    if want != got {
        out.push(format!("{path}: expected {want:?}, got {got:?}"));
    }
}

/// The `id` of each element of the list `list` that `keep` keeps.
fn ids_of(list: &Value, keep: impl Fn(&Value) -> bool) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter(|v| keep(v))
        .map(|v| text_of(&v["id"]))
        .collect()
}

fn text_of(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_owned)
}

fn pairs(errors: &[(String, String)]) -> String {
    let shown: Vec<_> = errors.iter().map(|(f, c)| format!("{f} ({c})")).collect();
    format!("[{}]", shown.join(", "))
}

/// How many values an expectation checks: one a member, an id list or an explanation's words.
fn count(expect: &Map<String, Value>) -> usize {
    fn leaves(v: &Value) -> usize {
        match v {
            Value::Object(m) if !m.is_empty() => m.values().map(leaves).sum(),
            _ => 1,
        }
    }
    expect
        .iter()
        .map(|(key, v)| match key.as_str() {
            "errors" | "warnings" => 1,
            _ => leaves(v),
        })
        .sum()
}

/// What is wrong with the shape of an expectation.
fn check_shape(expect: &Map<String, Value>, problems: &mut Vec<String>) {
    let id_list = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
    if expect.contains_key("errors") && expect.len() > 1 {
        problems.push("`errors` expects a refusal: nothing else can be expected with it".into());
    }
    for (key, want) in expect {
        match key.as_str() {
            "free" | "paid" => {
                let Some(track) = want.as_object().filter(|t| !t.is_empty()) else {
                    problems.push(format!("`{key}` must be an object that expects something"));
                    continue;
                };
                for (k, v) in track {
                    let fits = match k.as_str() {
                        "eligible" => v.is_boolean(),
                        "status" => v.as_str().is_some_and(|s| STATUSES.contains(&s)),
                        "needs_guardian_consent" => key == "free" && v.is_boolean(),
                        "eligible_from" | "eligible_until" => v.is_string() || v.is_null(),
                        "failed" | "passed" | "actions" | "warnings" => id_list(v),
                        "explains" => v.as_object().is_some_and(|m| m.values().all(is_words)),
                        _ => false,
                    };
                    if !fits {
                        problems.push(format!(
                            "`{key}.{k}`: not one of {TRACK_KEYS}, or not of its type"
                        ));
                    }
                }
            }
            "age" | "medical_card" | "acceptance" => {
                if !(want.is_null() || want.as_object().is_some_and(|m| !m.is_empty())) {
                    problems.push(format!("`{key}` must be null or an object of members"));
                }
            }
            "warnings" => {
                if !id_list(want) {
                    problems.push("`warnings` must be a list of ids".into());
                }
            }
            "errors" => {
                let fits = want.as_array().is_some_and(|errors| {
                    !errors.is_empty()
                        && errors.iter().all(|e| {
                            e.as_object().is_some_and(|e| {
                                e["field"].is_string()
                                    && e["code"].is_string()
                                    && e.get("says").is_none_or(is_words)
                                    && e.keys()
                                        .all(|k| ["field", "code", "says"].contains(&k.as_str()))
                            })
                        })
                });
                if !fits {
                    problems.push(
                        "`errors` must be a list of {\"field\", \"code\"[, \"says\"]}".into(),
                    );
                }
            }
            other => problems.push(format!(
                "`expect.{other}` is none of free, paid, age, medical_card, acceptance, \
                 warnings, errors"
            )),
        }
    }
}

/// `{"kk": "…", "ru": "…"}`, one of them at least.
fn is_words(v: &Value) -> bool {
    v.as_object().is_some_and(|t| {
        !t.is_empty()
            && t.iter()
                .all(|(l, w)| (l == "kk" || l == "ru") && w.is_string())
    })
}

/// Where a row's `paragraph` puts it in the Rules: its first citation as (0, p.) or (1, app.,
/// item); `None` for `case file`. An error when it is neither.
fn order_key(paragraph: &str) -> Result<Option<(u32, u32, u32)>, String> {
    if paragraph == "case file" {
        return Ok(None);
    }
    let mut first = None;
    for part in paragraph.split("; ") {
        let words: Vec<&str> = part.split(' ').collect();
        let n = |s: &str| s.parse::<u32>().ok();
        let key = match words.as_slice() {
            ["p.", p] => n(p).map(|p| (0, p, 0)),
            ["app.", a] => n(a).map(|a| (1, a, 0)),
            ["app.", a, "item", i] => n(a).zip(n(i)).map(|(a, i)| (1, a, i)),
            _ => None,
        };
        let Some(key) = key else {
            return Err(format!(
                "`paragraph` {paragraph:?}: write `p. N`, `app. N`, `app. N item K` joined by \
                 `; `, or `case file`"
            ));
        };
        first.get_or_insert(key);
    }
    Ok(first)
}
