//! The Rules' cases (`crates/rules/tests/cases/*.json`) through the real binary: each row given
//! to `dayarlyq check -` as written (a case file; `check` ignores the row's own members `name`,
//! `expect`, …) and its output compared by the harness the rules' `law` test uses, included
//! below, so that the two runs cannot drift. A row refused as input must exit 2 with nothing on
//! stdout, and stderr must name each field and code (`applicant.sex: … (unknown_value)`).

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

#[path = "../../rules/tests/cases/harness.rs"]
mod harness;

use harness::{Outcome, Row};

fn checked(row: &Row) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dayarlyq"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The command may exit before reading all; a closed pipe is its answer, not ours.
    let _ = stdin.write_all(&serde_json::to_vec(&row.case).unwrap());
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => match serde_json::from_str(&stdout) {
            Ok(verdict) => Outcome::Verdict(verdict),
            Err(e) => Outcome::Broken(format!("exit 0, stdout not JSON ({e}): {stdout}")),
        },
        Some(2) if stdout.is_empty() => Outcome::Refused(named(&stderr)),
        code => Outcome::Broken(format!(
            "exit {code:?} (a signal: a panic?), stdout: {stdout}, stderr: {stderr}"
        )),
    }
}

/// The (field, code) of each error on stderr: `dayarlyq: applicant.sex: not one of the accepted
/// values (unknown_value)`, the next errors without the prefix, each followed by its Kazakh and
/// Russian messages, indented. A line of neither shape comes back whole, to differ.
fn named(stderr: &str) -> Vec<(String, String)> {
    stderr
        .lines()
        .filter(|line| !line.starts_with(' '))
        .map(|line| {
            let line = line.strip_prefix("dayarlyq: ").unwrap_or(line);
            let field_code = line.split_once(": ").and_then(|(field, rest)| {
                let (_, code) = rest.strip_suffix(')')?.rsplit_once('(')?;
                Some((field.to_owned(), code.to_owned()))
            });
            field_code.unwrap_or_else(|| ("stderr".to_owned(), line.to_owned()))
        })
        .collect()
}

#[test]
fn the_rules_cases_through_check() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../rules/tests/cases"));
    harness::run(dir, checked);
}
