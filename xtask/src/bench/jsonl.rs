//! The `jsonl` step: the bulk run, `dayarlyq check --jsonl` (release build) on many generated
//! applicants ([`super::applicants`]), timed.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::applicants::applicants;
use super::rows::{Row, round3, write_rows};
use crate::process::{self, Cmd, Result, target_dir};

/// How many applicants the bulk measurement judges.
const BULK_APPLICANTS: usize = 100_000;
/// The budget for them, natively, full output, through a pipe to `wc`: under a second.
const BULK_BUDGET_SECONDS: f64 = 1.0;
/// The budget for the tool alone (full output to `/dev/null`): 200 000 applicants a second, the
/// officials' batch issue's figure.
const BULK_ALONE_BUDGET_SECONDS: f64 = 0.5;
/// Runs of the bulk measurement; the best counts (the least disturbed by other work).
const BULK_RUNS: usize = 3;

/// The `jsonl` step: the release CLI built, [`BULK_APPLICANTS`] piped through it with and
/// without `--compact`, and once more in full to `/dev/null`, best of [`BULK_RUNS`] each →
/// `jsonl.json`.
///
/// Why the `/dev/null` row: on two cores, the pipe's copying in the kernel and its reader take
/// about a third of the CPU of a full run (500 MB out) — the rate a script sees, but not the
/// tool's own; that row is the tool's.
pub fn run(root: &Path, out: &Path) -> Result {
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
    let ways = [
        (false, Sink::Wc, "full output"),
        (true, Sink::Wc, "--compact"),
        (false, Sink::Null, "full output to /dev/null"),
    ];
    for (compact, sink, label) in ways {
        process::step(&format!(
            "dayarlyq check --jsonl ({label}): {BULK_APPLICANTS} applicants, best of {BULK_RUNS}"
        ));
        let mut best: Option<Run> = None;
        for _ in 0..BULK_RUNS {
            let run = match sink {
                Sink::Wc => pipe_through(&binary, &input, compact, BULK_APPLICANTS)?,
                Sink::Null => to_null(&binary, &input)?,
            };
            let cpu = run
                .cpu
                .map_or(String::new(), |c| format!(", CPU {:.2} s", c.as_secs_f64()));
            eprintln!("  {:.3} s{cpu}{}", run.wall.as_secs_f64(), megabytes(&run));
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
            "{:.0} applicants/s, {:.1} µs each{}; best of {BULK_RUNS} (wall{cpu})",
            rate,
            seconds * 1e6 / BULK_APPLICANTS as f64,
            megabytes(&best)
        ));
        match (compact, sink) {
            (false, Sink::Wc) => row = row.budget(BULK_BUDGET_SECONDS),
            (false, Sink::Null) => row = row.budget(BULK_ALONE_BUDGET_SECONDS),
            (true, _) => {}
        }
        rows.push(row);
    }
    write_rows(out, "jsonl", &rows)
}

/// Where a run's output goes.
#[derive(Clone, Copy)]
enum Sink {
    /// A pipe to `wc -lc`, which counts the lines (one per applicant, checked) and bytes.
    Wc,
    /// `/dev/null`: the tool's own time, nothing counted.
    Null,
}

/// `, N MB out` when the run counted its output.
fn megabytes(run: &Run) -> String {
    run.bytes
        .map_or(String::new(), |b| format!(", {} MB out", b / 1_000_000))
}

/// Runs `dayarlyq check --jsonl < input > /dev/null` (full output): the wall time until it exits.
fn to_null(binary: &Path, input: &Path) -> Result<Run> {
    let stdin =
        std::fs::File::open(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
    let null = std::fs::File::create("/dev/null").map_err(|e| format!("/dev/null: {e}"))?;
    let reaped_before = children_cpu();
    let start = Instant::now();
    let status = Command::new(binary)
        .args(["check", "--jsonl"])
        .stdin(stdin)
        .stdout(null)
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let wall = start.elapsed();
    if !status.success() {
        return Err(format!("dayarlyq check --jsonl failed ({status})"));
    }
    let cpu = children_cpu()
        .zip(reaped_before)
        .map(|(after, before)| after.saturating_sub(before));
    Ok(Run {
        wall,
        cpu,
        bytes: None,
    })
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
        bytes: Some(bytes),
    })
}

/// One run of the bulk measurement.
struct Run {
    wall: Duration,
    /// The CPU time (user and system) of `dayarlyq` itself, where the system tells it.
    cpu: Option<Duration>,
    /// The bytes written, where they were counted.
    bytes: Option<usize>,
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
