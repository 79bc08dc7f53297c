//! `cargo xtask bench`: how fast the product is, against its budgets.
//!
//! Steps, each writing its rows to `target/bench/<step>.json`:
//! - `native`: criterion benchmarks of the rules (`crates/rules/benches/rules.rs`: check per
//!   applicant, working-day arithmetic, timeline) and of the documents
//!   (`crates/documents/benches/render.rs`: each form, HTML and PDF) → `native.json`;
//! - `jsonl`: 100 000 varied applicants (deterministic) piped through the release `dayarlyq check
//!   --jsonl`, best of 3 → `jsonl.json`;
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

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Value, json};

use crate::process::{self, Cmd, Result};

/// How many applicants the bulk measurement judges.
const BULK_APPLICANTS: usize = 100_000;
/// The budget for them, natively, full output: under a second.
const BULK_BUDGET_SECONDS: f64 = 1.0;
/// Runs of the bulk measurement; the best counts (the least disturbed by other work).
const BULK_RUNS: usize = 3;

/// One measured figure.
struct Row {
    name: String,
    /// `None`: not measured (see the note).
    value: Option<f64>,
    unit: String,
    budget: Option<f64>,
    higher_is_better: bool,
    note: String,
}

impl Row {
    fn new(name: impl Into<String>, value: f64, unit: &str) -> Row {
        Row {
            name: name.into(),
            value: Some(value),
            unit: unit.to_owned(),
            budget: None,
            higher_is_better: false,
            note: String::new(),
        }
    }

    fn budget(mut self, budget: f64) -> Row {
        self.budget = Some(budget);
        self
    }

    fn note(mut self, note: impl Into<String>) -> Row {
        self.note = note.into();
        self
    }

    /// `None` without a budget or without a value.
    fn passed(&self) -> Option<bool> {
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

    fn from_json(row: &Value) -> Option<Row> {
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
    let steps: [(&str, Step); 3] = [("native", native), ("jsonl", jsonl), ("browser", browser)];
    for (name, step) in steps {
        if wants(name)
            && let Err(e) = step(root, &out)
        {
            eprintln!("xtask: bench step `{name}` failed: {e}");
            failed.push(format!("{name}: {e}"));
        }
    }
    let reported = report(&out);
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

/// The cargo target directory: `CARGO_TARGET_DIR` or `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}

fn bench_dir(root: &Path) -> PathBuf {
    target_dir(root).join("bench")
}

fn write_rows(out: &Path, source: &str, rows: &[Row]) -> Result {
    let file = out.join(format!("{source}.json"));
    let value =
        json!({"source": source, "rows": rows.iter().map(Row::to_json).collect::<Vec<_>>()});
    let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    std::fs::write(&file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

// ---------------------------------------------------------------------------------------------
// Criterion

fn native(root: &Path, out: &Path) -> Result {
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

fn round3(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 2 - x.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits);
    (x * factor).round() / factor
}

// ---------------------------------------------------------------------------------------------
// Bulk: `dayarlyq check --jsonl`

fn jsonl(root: &Path, out: &Path) -> Result {
    process::step("build the release dayarlyq");
    Cmd::new("cargo")
        .args([
            "build",
            "--release",
            "--locked",
            "--package",
            "dayarlyq-cli",
        ])
        .dir(root)
        .run()?;
    let binary = target_dir(root).join("release/dayarlyq");
    let input = out.join("applicants.jsonl");
    let lines = applicants(BULK_APPLICANTS);
    std::fs::write(&input, &lines).map_err(|e| format!("cannot write {}: {e}", input.display()))?;
    let mut rows = Vec::new();
    for (compact, label) in [(false, "full output"), (true, "--compact")] {
        process::step(&format!(
            "dayarlyq check --jsonl ({label}): {BULK_APPLICANTS} applicants, best of {BULK_RUNS}"
        ));
        let mut best: Option<Run> = None;
        for _ in 0..BULK_RUNS {
            let run = pipe_through(&binary, &input, compact, BULK_APPLICANTS)?;
            let cpu = run
                .cpu
                .map_or(String::new(), |c| format!(", CPU {:.2} s", c.as_secs_f64()));
            eprintln!(
                "  {:.3} s{cpu}, {} MB out",
                run.wall.as_secs_f64(),
                run.bytes / 1_000_000
            );
            if best.as_ref().is_none_or(|b| run.wall < b.wall) {
                best = Some(run);
            }
        }
        let best = best.ok_or("no run")?;
        let seconds = best.wall.as_secs_f64();
        let rate = BULK_APPLICANTS as f64 / seconds;
        let name = format!("check --jsonl, {BULK_APPLICANTS} applicants ({label})");
        let cpu = best.cpu.map_or(String::new(), |c| {
            format!(", its CPU {:.2} s", c.as_secs_f64())
        });
        let mut row = Row::new(name, round3(seconds), "s").note(format!(
            "{:.0} applicants/s, {:.1} µs each, {} MB out; best of {BULK_RUNS} (wall{cpu})",
            rate,
            seconds * 1e6 / BULK_APPLICANTS as f64,
            best.bytes / 1_000_000
        ));
        if !compact {
            row = row.budget(BULK_BUDGET_SECONDS);
        }
        rows.push(row);
    }
    write_rows(out, "jsonl", &rows)
}

/// Runs `dayarlyq check --jsonl < input | wc -lc`: the wall time from start until both exit,
/// and the bytes written. Fails unless one line comes out per applicant. (`wc` reads the pipe:
/// a fast reader, as a script's next step would be; this program, built for debugging, would
/// be slower than the tool it measures.)
fn pipe_through(binary: &Path, input: &Path, compact: bool, expect: usize) -> Result<Run> {
    let stdin =
        std::fs::File::open(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
    let mut args = vec!["check", "--jsonl"];
    if compact {
        args.push("--compact");
    }
    let start = Instant::now();
    let mut tool = Command::new(binary)
        .args(&args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let pipe = tool.stdout.take().ok_or("no stdout")?;
    let wc = Command::new("wc")
        .arg("-lc")
        .stdin(pipe)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start wc: {e}"))?;
    let counted = wc.wait_with_output().map_err(|e| e.to_string())?;
    let reaped_before = children_cpu();
    let status = tool.wait().map_err(|e| e.to_string())?;
    let took = start.elapsed();
    let cpu = children_cpu()
        .zip(reaped_before)
        .map(|(after, before)| after.saturating_sub(before));
    if !status.success() {
        return Err(format!("dayarlyq check --jsonl failed ({status})"));
    }
    let counted = String::from_utf8_lossy(&counted.stdout).into_owned();
    let mut numbers = counted.split_whitespace().map(|n| n.parse::<usize>().ok());
    let (Some(Some(lines)), Some(Some(bytes))) = (numbers.next(), numbers.next()) else {
        return Err(format!("unexpected output of wc: {counted:?}"));
    };
    if lines != expect {
        return Err(format!(
            "dayarlyq check --jsonl wrote {lines} lines for {expect} applicants"
        ));
    }
    Ok(Run {
        wall: took,
        cpu,
        bytes,
    })
}

/// One run of the bulk measurement.
struct Run {
    wall: Duration,
    /// The CPU time (user and system) of `dayarlyq` itself, where the system tells it.
    cpu: Option<Duration>,
    bytes: usize,
}

/// The CPU time of this process's waited-for children (Linux: `cutime` and `cstime` of
/// `/proc/self/stat`, in clock ticks of 10 ms).
fn children_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // Fields 16 and 17 of the whole line (cutime, cstime) are 14 and 15 of `rest`, from 1.
    let ticks: u64 = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// SplitMix64: a small, fixed generator, so that every run judges the same applicants.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0; the bias of the modulo does not matter here).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let i = usize::try_from(self.below(items.len() as u64)).unwrap_or(0);
        items.get(i).copied().unwrap_or("")
    }
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm), and back.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

fn iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A valid IIN for a birth date and sex (the check digit of `dayarlyq_rules::iin`), or `None`
/// when the serial gives no check digit.
fn iin(birth: i64, male: bool, serial: u64) -> Option<String> {
    let (y, m, d) = civil_from_days(birth);
    let century = match (y / 100, male) {
        (19, true) => 3,
        (19, false) => 4,
        (20, true) => 5,
        (20, false) => 6,
        _ => return None,
    };
    let text = format!("{:02}{m:02}{d:02}{century}{:04}", y % 100, serial % 10_000);
    let digits: Vec<u32> = text.bytes().map(|b| u32::from(b - b'0')).collect();
    let weighted = |first: u32| -> u32 {
        digits
            .iter()
            .zip((0..11).map(|i| (first + i - 1) % 11 + 1))
            .map(|(d, w)| d * w)
            .sum::<u32>()
            % 11
    };
    let check = match weighted(1) {
        10 => match weighted(3) {
            10 => return None,
            c => c,
        },
        c => c,
    };
    Some(format!("{text}{check}"))
}

/// `n` applicants, one JSON object a line, as varied as the real ones: ages from 13 to 41, both
/// tracks' statuses, every fitness category and education, with and without deferment, medical
/// conclusion, submission moment and IIN (some disagreeing with the typed birth date), judged on
/// days across 2025–2027 (so some fall on years the calendar knows only in part); one in a
/// hundred has a typing error.
pub fn applicants(n: usize) -> Vec<u8> {
    const SEX: &[&str] = &["male", "male", "male", "male", "male", "male", "female"];
    const STATUS: &[&str] = &[
        "conscript",
        "conscript",
        "conscript",
        "reservist",
        "reservist",
        "none",
    ];
    const FITNESS: &[&str] = &[
        "fit",
        "fit",
        "fit",
        "fit_minor",
        "limited",
        "temporarily_unfit",
        "unfit_peacetime",
        "unfit",
    ];
    const EDUCATION: &[&str] = &[
        "none",
        "primary",
        "basic_secondary",
        "general_secondary",
        "vocational",
        "higher",
    ];
    const TYPOS: &[&str] = &[
        r#""birth_date":"29.02.2004""#,
        r#""birth_date":"2005-02-30""#,
        r#""fitness":"годен""#,
        r#""submitted_at":"2026-13-01T10:00""#,
        r#""iin":"921029350852""#,
    ];
    let mut rng = Rng(0x0DA7_A51A_2026);
    let first_as_of = days_from_civil(2025, 1, 1);
    let mut out = Vec::with_capacity(n * 260);
    for _ in 0..n {
        let as_of = first_as_of + i64::try_from(rng.below(3 * 365)).unwrap_or(0);
        let age_days = 13 * 365 + i64::try_from(rng.below(28 * 365)).unwrap_or(0);
        let birth = as_of - age_days;
        let sex = rng.pick(SEX);
        let mut line = format!(
            r#"{{"birth_date":"{}","sex":"{sex}","status":"{}","fitness":"{}","education":"{}""#,
            iso(birth),
            rng.pick(STATUS),
            rng.pick(FITNESS),
            rng.pick(EDUCATION)
        );
        if rng.chance(20) {
            line.push_str(r#","deferment":true"#);
        }
        if rng.chance(70) {
            let conclusion = as_of - i64::try_from(rng.below(40)).unwrap_or(0);
            let _ = write!(line, r#","medical_conclusion_date":"{}""#, iso(conclusion));
        }
        if rng.chance(50) {
            let day = as_of - i64::try_from(rng.below(10)).unwrap_or(0);
            let (h, m) = (rng.below(24), rng.below(60));
            let _ = write!(line, r#","submitted_at":"{}T{h:02}:{m:02}""#, iso(day));
        }
        if rng.chance(30) {
            // One in ten IINs carries another birth date (a warning, not an error).
            let iin_birth = if rng.chance(10) { birth + 1 } else { birth };
            if let Some(iin) = iin(iin_birth, sex == "male", rng.next()) {
                let _ = write!(line, r#","iin":"{iin}""#);
            }
        }
        let _ = write!(line, r#","as_of":"{}""#, iso(as_of));
        if rng.chance(1) {
            line.push(',');
            line.push_str(rng.pick(TYPOS));
        }
        line.push_str("}\n");
        out.extend_from_slice(line.as_bytes());
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The browser: `tests/bench/browser.mjs` against the release site

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

fn browser(root: &Path, out: &Path) -> Result {
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

// ---------------------------------------------------------------------------------------------
// The report

fn report(out: &Path) -> Result {
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
        assert_eq!(report(&dir), Ok(()));
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
        let result = report(&dir);
        assert_eq!(result, Err("over budget: browser: navigation".to_owned()));
        let table = std::fs::read_to_string(dir.join("report.md")).unwrap();
        assert!(table.contains("**FAIL**"), "{table}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn civil_days_round_trip() {
        for (y, m, d, days) in [(1970, 1, 1, 0), (2000, 3, 1, 11_017), (2024, 2, 29, 19_782)] {
            assert_eq!(days_from_civil(y, m, d), days);
            assert_eq!(civil_from_days(days), (y, m, d));
        }
    }

    #[test]
    fn generated_iins_have_the_check_digit_of_the_rules() {
        // The example of `dayarlyq_rules::iin`: 921029350851, born 29.10.1992, male, serial 5085.
        let birth = days_from_civil(1992, 10, 29);
        assert_eq!(iin(birth, true, 5085).as_deref(), Some("921029350851"));
        assert_eq!(
            iin(birth, false, 5085).as_deref().map(|s| s.get(6..7)),
            Some(Some("4"))
        );
    }

    #[test]
    fn applicants_are_one_json_object_a_line_and_the_same_every_time() {
        let text = applicants(500);
        assert_eq!(text, applicants(500));
        let lines: Vec<&[u8]> = text
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines.len(), 500);
        for line in lines {
            let value: Value = serde_json::from_slice(line).unwrap();
            assert!(
                value.get("birth_date").is_some() && value.get("as_of").is_some(),
                "{value}"
            );
        }
    }
}
