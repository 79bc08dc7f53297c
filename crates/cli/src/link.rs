//! `dayarlyq link [FILE|-] --base URL`: one line, an address under URL that opens the app with
//! the case file's answers, carried in the fragment (see `dayarlyq_rules::link`).

use std::io::{self, Write as _};
use std::process::ExitCode;

use dayarlyq_rules::case_file::{CaseFile, Place};
use dayarlyq_rules::link;

use crate::input::{CliError, from_value, parse_object, read_text};

pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let mut base = None;
    let mut path = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--base" => {
                base = Some(rest.next().ok_or_else(|| {
                    CliError::usage(
                        "--base takes the app's address, e.g. https://example.kz/dayarlyq/",
                    )
                })?)
            }
            other if path.is_none() && (other == "-" || !other.starts_with("--")) => {
                path = Some(other);
            }
            other => {
                return Err(CliError::usage(format!(
                    "link: unexpected argument {other:?}"
                )));
            }
        }
    }
    let base = base.ok_or_else(|| CliError::usage("link needs --base URL, the app's address"))?;
    if !(base.starts_with("https://") || base.starts_with("http://")) {
        return Err(CliError::usage(format!(
            "--base: expected an http(s) address, got {base:?}"
        )));
    }
    let case = case_file(&read_text(path)?)?;
    let line = link::address(base, &case);
    let mut out = io::stdout().lock();
    writeln!(out, "{line}").map_err(CliError::io)?;
    Ok(ExitCode::SUCCESS)
}

/// A case file (the format of `example-case.json`); a member of the wrong type is named.
fn case_file(text: &str) -> Result<CaseFile, CliError> {
    let object = parse_object(text).map_err(CliError::field)?;
    from_value(&serde_json::Value::Object(object), |path| {
        Place::from_path(path).map_or("input", Place::path)
    })
    .map_err(CliError::field)
}
