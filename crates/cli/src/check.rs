//! `dayarlyq check [--jsonl] [FILE|-]`: the verdict on an applicant.

use std::io::{self, Write as _};
use std::process::ExitCode;
use std::sync::mpsc;

use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::{ApplicantData, CaseFile, Place};
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::eligibility::{TrackVerdict, Verdict};
use dayarlyq_rules::finding::{Action, Check, CheckId, Warning, WarningId};
use dayarlyq_rules::input::{ErrorCode, FieldError};
use dayarlyq_rules::judge::judge;
use dayarlyq_rules::moment::Moment;
use dayarlyq_rules::track::Track;
use serde::{Deserialize as _, Serialize};
use serde_json::Value;
use serde_json::error::Category;

use crate::input::{CliError, from_value, parse_object, read_text, type_error, write_json};

pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let mut jsonl = false;
    let mut compact = false;
    let mut path = None;
    for arg in args {
        match arg.as_str() {
            "--jsonl" => jsonl = true,
            "--compact" => compact = true,
            flag if flag.starts_with("--") => {
                return Err(CliError::usage(format!("check: unknown option {flag:?}")));
            }
            file if path.is_none() => path = Some(file),
            extra => {
                return Err(CliError::usage(format!(
                    "check takes one FILE, got also {extra:?}"
                )));
            }
        }
    }
    let today = Moment::from_timestamp(jiff::Timestamp::now()).date();
    let cal = WorkingCalendar::kazakhstan();
    if jsonl {
        return stream(path, today, &cal, compact);
    }
    let text = read_text(path)?;
    match judge_text(&text, today, &cal) {
        Ok(verdict) if compact => {
            write_json(&Compact(&verdict), true)?;
            Ok(ExitCode::SUCCESS)
        }
        Ok(verdict) => {
            write_json(&verdict, true)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => Err(CliError::fields(&errors)),
    }
}

/// One applicant object (with an optional `as_of`) or a whole case file, judged by the rules'
/// [`judge`], as the web app judges it.
pub fn judge_text(
    text: &str,
    today: Date,
    cal: &WorkingCalendar,
) -> Result<Verdict, Vec<FieldError>> {
    let case = case_from_str(text).map_err(|e| vec![e])?;
    judge(&case, today, cal).map(|judged| judged.verdict)
}

/// The case of `check`'s input: a bare applicant (the common case, and the one `--jsonl` streams)
/// read straight into its members, or a whole case file.
fn case_from_str(text: &str) -> Result<CaseFile, FieldError> {
    if text.trim_start().starts_with('{') && !text.contains("\"applicant\"") {
        return Ok(CaseFile {
            applicant: applicant_from_str(text)?,
            ..CaseFile::default()
        });
    }
    let map = parse_object(text)?;
    let value = Value::Object(map);
    if matches!(value.get("applicant"), Some(Value::Object(_))) {
        from_value(&value, case_member)
    } else {
        Ok(CaseFile {
            applicant: from_value(&value, applicant_member)?,
            ..CaseFile::default()
        })
    }
}

/// A bare applicant object, its JSON read in one pass.
fn applicant_from_str(text: &str) -> Result<ApplicantData, FieldError> {
    // The common case, a well-formed applicant, without tracking the path (a tenth of the time
    // of `check --jsonl`); anything wrong is read again below to name the member.
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(data) = ApplicantData::deserialize(&mut de)
        && de.end().is_ok()
    {
        return Ok(data);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let data: Result<ApplicantData, _> = serde_path_to_error::deserialize(&mut de);
    let data = data.map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let syntax = matches!(inner.classify(), Category::Syntax | Category::Eof);
        if syntax || path == "." {
            // Not JSON, or not an object: as the general reader says it.
            parse_object(text)
                .err()
                .unwrap_or_else(|| type_error("input", &inner))
        } else {
            type_error(applicant_member(&path), &inner)
        }
    })?;
    // Trailing characters after the object.
    de.end().map_err(|_| {
        parse_object(text)
            .err()
            .unwrap_or_else(|| type_error("input", &"trailing characters"))
    })?;
    Ok(data)
}

/// The path of a case file's member at a JSON path (`applicant.deferment`), for type errors.
fn case_member(path: &str) -> &'static str {
    Place::from_path(path).map_or("input", Place::path)
}

/// The path of a bare applicant's member at a JSON path (`deferment`).
fn applicant_member(path: &str) -> &'static str {
    Place::from_path(&format!("applicant.{path}")).map_or("applicant", Place::path)
}

/// The error object of a bad line.
#[derive(Serialize)]
struct LineErrors<'a> {
    line: u64,
    errors: &'a [FieldError],
}

/// Lines handed to a worker at a time: large enough that handing them over costs nothing, small
/// enough that the first verdicts come out at once.
const BATCH_LINES: usize = 512;
/// Workers at most (the work is the CPU's; beyond the cores they only take memory).
const MAX_WORKERS: usize = 8;

/// Lines of input, `first_line` the number of the first.
struct Batch {
    first_line: u64,
    text: Vec<u8>,
}

/// The output lines of a batch and how many of its lines had errors.
type Judged = Result<(Vec<u8>, u64), CliError>;

/// One applicant JSON per line in, one verdict (or error object) per line out, in the order of
/// the input.
///
/// The lines are judged on every core: this thread reads batches of lines and deals them out in
/// turn to the workers, and a writer takes the workers' output in the same turn, so the order
/// holds. Each channel holds two batches, so memory stays bounded. When the output is closed the
/// writer stops, which stops the workers, which stops the reading.
fn stream(
    path: Option<&str>,
    today: Date,
    cal: &WorkingCalendar,
    compact: bool,
) -> Result<ExitCode, CliError> {
    let stdin = io::stdin();
    let mut reader: Box<dyn io::BufRead> = match path {
        None | Some("-") => Box::new(stdin.lock()),
        Some(p) => {
            Box::new(io::BufReader::new(std::fs::File::open(p).map_err(|e| {
                CliError::input(format!("FILE: cannot read {p:?}: {e}"))
            })?))
        }
    };
    let cal = *cal;
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_WORKERS);
    let (read, written) = std::thread::scope(|s| {
        let mut to_workers = Vec::with_capacity(workers);
        let mut from_workers = Vec::with_capacity(workers);
        for _ in 0..workers {
            let (batch_tx, batch_rx) = mpsc::sync_channel::<Batch>(2);
            let (out_tx, out_rx) = mpsc::sync_channel::<Judged>(2);
            s.spawn(move || {
                for batch in batch_rx {
                    let judged = judge_lines(&batch, today, &cal, compact);
                    if out_tx.send(judged).is_err() {
                        break;
                    }
                }
            });
            to_workers.push(batch_tx);
            from_workers.push(out_rx);
        }
        let writer = s.spawn(move || write_in_turn(&from_workers));
        let read = deal_lines(&mut reader, &to_workers);
        drop(to_workers);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(CliError::input("the output writer failed")));
        (read, written)
    });
    let bad = written?;
    let lines = read?;
    if bad > 0 {
        crate::input::warn(&format!(
            "dayarlyq check --jsonl: {bad} of {lines} lines had errors (see their \"errors\")"
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads batches of lines and hands batch k to worker k mod n; the number of lines read.
fn deal_lines(
    reader: &mut dyn io::BufRead,
    workers: &[mpsc::SyncSender<Batch>],
) -> Result<u64, CliError> {
    let mut line = 0u64;
    for worker in workers.iter().cycle() {
        let first_line = line + 1;
        let mut text = Vec::with_capacity(BATCH_LINES * 256);
        for _ in 0..BATCH_LINES {
            let read = reader
                .read_until(b'\n', &mut text)
                .map_err(|e| CliError::input(format!("cannot read the input: {e}")))?;
            if read == 0 {
                break;
            }
            line += 1;
        }
        if text.is_empty() || worker.send(Batch { first_line, text }).is_err() {
            // The end of the input, or the writer has stopped (the output is closed).
            break;
        }
    }
    Ok(line)
}

/// Writes the workers' output to stdout, taking batch k from worker k mod n, until a worker has
/// no more; how many lines had errors.
fn write_in_turn(workers: &[mpsc::Receiver<Judged>]) -> Result<u64, CliError> {
    let mut stdout = io::stdout().lock();
    let mut bad = 0;
    for worker in workers.iter().cycle() {
        let Ok(judged) = worker.recv() else { break };
        let (text, errors) = judged?;
        stdout.write_all(&text).map_err(CliError::io)?;
        bad += errors;
    }
    stdout.flush().map_err(CliError::io)?;
    Ok(bad)
}

/// Judges each line of `batch` (a blank line is skipped, but counted), writing one JSON line per
/// applicant: a verdict by hand (`crate::verdict_json`), the rest with sonic-rs; the same bytes
/// as serde_json either way.
fn judge_lines(batch: &Batch, today: Date, cal: &WorkingCalendar, compact: bool) -> Judged {
    let mut out = Vec::with_capacity(batch.text.len() * if compact { 8 } else { 32 });
    let mut bad = 0;
    for (line, text) in (batch.first_line..).zip(batch.text.split_inclusive(|b| *b == b'\n')) {
        let result = match std::str::from_utf8(text) {
            Err(e) => Err(vec![FieldError::new(
                "input",
                ErrorCode::Json,
                dayarlyq_rules::text::Localized::new(
                    format!("Жол UTF-8 мәтіні емес ({}-байт).", e.valid_up_to()),
                    format!("Строка — не текст UTF-8 (байт {}).", e.valid_up_to()),
                ),
            )]),
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => judge_text(text, today, cal),
        };
        let written = match result {
            Ok(verdict) if compact => sonic_rs::to_writer(&mut out, &Compact(&verdict)),
            Ok(verdict) => crate::verdict_json::write(&mut out, &verdict),
            Err(errors) => {
                bad += 1;
                sonic_rs::to_writer(
                    &mut out,
                    &LineErrors {
                        line,
                        errors: &errors,
                    },
                )
            }
        };
        written.map_err(|e| CliError::io(io::Error::other(e)))?;
        out.push(b'\n');
    }
    Ok((out, bad))
}

/// The verdict without the prose: checks as `{"id", "passed", "cite"}`, actions as
/// `{"id", "by", "cite"}`, warnings as `{"id", "cite"}` — for machines judging many applicants
/// (`--compact`).
pub(crate) struct Compact<'a>(pub(crate) &'a Verdict);

impl Serialize for Compact<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let v = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("as_of", &v.as_of)?;
        map.serialize_entry("age", &v.age)?;
        map.serialize_entry("free", &CompactTrack(&v.free))?;
        map.serialize_entry("paid", &CompactTrack(&v.paid))?;
        map.serialize_entry("medical_card", &v.medical_card)?;
        map.serialize_entry("acceptance", &v.acceptance)?;
        map.serialize_entry("warnings", &CompactWarnings(&v.warnings))?;
        map.end()
    }
}

struct CompactTrack<'a>(&'a TrackVerdict);

impl Serialize for CompactTrack<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct Checks<'a>(&'a [Check]);
        impl Serialize for Checks<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for c in self.0 {
                    seq.serialize_element(&CompactCheck {
                        id: c.id,
                        passed: c.passed,
                        cite: c.cite,
                    })?;
                }
                seq.end()
            }
        }
        let t = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("eligible", &t.eligible)?;
        map.serialize_entry("status", t.status.code())?;
        map.serialize_entry("actions", &CompactActions(&t.actions))?;
        if t.track == Track::Free {
            map.serialize_entry("needs_guardian_consent", &t.needs_guardian_consent)?;
        }
        map.serialize_entry("eligible_from", &t.eligible_from)?;
        map.serialize_entry("eligible_until", &t.eligible_until)?;
        map.serialize_entry("checks", &Checks(&t.checks))?;
        map.serialize_entry("warnings", &CompactWarnings(&t.warnings))?;
        map.end()
    }
}

#[derive(Serialize)]
struct CompactCheck {
    #[serde(serialize_with = "check_code")]
    id: CheckId,
    passed: bool,
    cite: Citation,
}

struct CompactActions<'a>(&'a [Action]);

impl Serialize for CompactActions<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct A {
            id: &'static str,
            by: Option<Date>,
            cite: Citation,
        }
        s.collect_seq(self.0.iter().map(|a| A {
            id: a.id.code(),
            by: a.by,
            cite: a.cite,
        }))
    }
}

struct CompactWarnings<'a>(&'a [Warning]);

impl Serialize for CompactWarnings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct W {
            #[serde(serialize_with = "warning_code")]
            id: WarningId,
            cite: Option<Citation>,
        }
        s.collect_seq(self.0.iter().map(|w| W {
            id: w.id,
            cite: w.cite,
        }))
    }
}

fn check_code<S: serde::Serializer>(id: &CheckId, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(id.code())
}

fn warning_code<S: serde::Serializer>(id: &WarningId, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(id.code())
}

#[cfg(test)]
mod tests {
    use dayarlyq_documents::{Form, Lang, build, text};

    use super::*;

    #[test]
    fn one_moment_of_sending_for_check_and_app_6() {
        // A case file that gives two moments: the application's (app. 6 prints it) comes first,
        // for the verdict of `check` as for the document, and so for the web app, which judges
        // by the same `judge` (CaseFile::submitted_at).
        let case = r#"{
            "applicant": {"iin": "921029350851", "status": "reservist", "fitness": "fit",
                          "education": "higher", "submitted_at": "2026-03-17T10:00"},
            "application": {"submitted_at": "2026-03-20T19:30"}
        }"#;
        let cal = WorkingCalendar::kazakhstan();
        let verdict = judge_text(case, Date::constant(2026, 3, 20), &cal).expect("a verdict");
        let acceptance = verdict.acceptance.expect("an acceptance");
        assert_eq!(
            acceptance.submitted_at.to_string(),
            "2026-03-20T19:30:00+05:00"
        );
        // App. 7 item 7: after 18:00 on Friday 20 March (Nauryz follows), the next working day.
        assert_eq!(acceptance.accepted_on, Date::constant(2026, 3, 26));

        let file: CaseFile = serde_json::from_str(case).expect("a case file");
        let app6 = text::render(&build(Form::Application, Lang::Kk, &file));
        assert!(
            app6.contains("2026 жылғы \"20\" наурыз сағат 19 30 минут"),
            "{app6}"
        );
        // Blank is missing, in both: the applicant's moment then.
        let blank = case.replace("2026-03-20T19:30", " ");
        let verdict = judge_text(&blank, Date::constant(2026, 3, 20), &cal).expect("a verdict");
        let acceptance = verdict.acceptance.expect("an acceptance");
        assert_eq!(acceptance.accepted_on, Date::constant(2026, 3, 17));
        let file: CaseFile = serde_json::from_str(&blank).expect("a case file");
        let app6 = text::render(&build(Form::Application, Lang::Kk, &file));
        assert!(app6.contains("\"17\" наурыз сағат 10 00 минут"), "{app6}");
    }
}
