//! `dayarlyq check [--jsonl] [FILE|-]`: the verdict on an applicant.

use std::io::{self, Write as _};
use std::process::ExitCode;
use std::sync::mpsc;

use dayarlyq_rules::Date;
use dayarlyq_rules::applicant::{Applicant, fields};
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::ApplicantData;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::eligibility::{Track, TrackVerdict, Verdict, assess};
use dayarlyq_rules::finding::{Check, Warning};
use dayarlyq_rules::input::FieldError;
use dayarlyq_rules::moment::{Moment, parse_date};
use serde::{Deserialize as _, Serialize};
use serde_json::Value;

use crate::input::{
    CliError, from_value, parse_object, read_text, string_member, type_error, write_json,
};
use serde_json::error::Category;

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

/// One applicant object (with an optional `as_of`) or a whole case file, judged.
pub fn judge_text(
    text: &str,
    today: Date,
    cal: &WorkingCalendar,
) -> Result<Verdict, Vec<FieldError>> {
    // A bare applicant (the common case, and the one `--jsonl` streams) is read straight into
    // its fields; a case file goes through a JSON value to find its members.
    if text.trim_start().starts_with('{') && !text.contains("\"applicant\"") {
        let data = applicant_from_str(text).map_err(|e| vec![e])?;
        return judge_data(data, None, today, cal);
    }
    let map = parse_object(text).map_err(|e| vec![e])?;
    let (data, top_as_of, application_submitted) = match map.get("applicant") {
        Some(applicant @ Value::Object(_)) => {
            let data: ApplicantData =
                from_value(applicant, applicant_field).map_err(|e| vec![e])?;
            let as_of = string_member(&map, "as_of", fields::AS_OF).map_err(|e| vec![e])?;
            let submitted = match map.get("application") {
                Some(Value::Object(app)) => {
                    string_member(app, "submitted_at", fields::SUBMITTED_AT).map_err(|e| vec![e])?
                }
                _ => None,
            };
            (data, as_of.map(str::to_owned), submitted.map(str::to_owned))
        }
        _ => {
            let value = Value::Object(map);
            (
                from_value(&value, applicant_field).map_err(|e| vec![e])?,
                None,
                None,
            )
        }
    };
    let mut data = data;
    if data.submitted_at.is_none() {
        data.submitted_at = application_submitted;
    }
    judge_data(data, top_as_of, today, cal)
}

/// The applicant's fields judged on `as_of` (the case file's, the applicant's, or `today`).
fn judge_data(
    data: ApplicantData,
    top_as_of: Option<String>,
    today: Date,
    cal: &WorkingCalendar,
) -> Result<Verdict, Vec<FieldError>> {
    let as_of_text = top_as_of.as_deref().or(data.as_of.as_deref());
    let as_of = as_of_text
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| parse_date(fields::AS_OF, s));
    let validated = Applicant::from_data(&data);
    let (validated, as_of) = match (validated, as_of) {
        (Ok(v), None) => (v, today),
        (Ok(v), Some(Ok(d))) => (v, d),
        (Ok(_), Some(Err(e))) => return Err(vec![e]),
        (Err(mut errors), as_of) => {
            if let Some(Err(e)) = as_of {
                errors.push(e);
            }
            return Err(errors);
        }
    };
    let mut verdict = assess(&validated.applicant, as_of, cal).map_err(|e| vec![e])?;
    verdict.warnings.splice(0..0, validated.warnings);
    Ok(verdict)
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
            type_error(applicant_field(&path), &inner)
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

/// The JSON key path of an applicant member, for type errors.
fn applicant_field(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or(path) {
        "surname" => "applicant.surname",
        "name" => "applicant.name",
        "patronymic" => "applicant.patronymic",
        "iin" => fields::IIN,
        "birth_date" => fields::BIRTH_DATE,
        "sex" => fields::SEX,
        "address" => "applicant.address",
        "phone" => "applicant.phone",
        "status" => fields::STATUS,
        "fitness" => fields::FITNESS,
        "education" => fields::EDUCATION,
        "deferment" => "applicant.deferment",
        "medical_conclusion_date" => fields::MEDICAL_CONCLUSION_DATE,
        "submitted_at" => fields::SUBMITTED_AT,
        "as_of" => fields::AS_OF,
        _ => "applicant",
    }
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
/// applicant with the fast compact writer (`crate::json`, the same bytes as serde_json).
fn judge_lines(batch: &Batch, today: Date, cal: &WorkingCalendar, compact: bool) -> Judged {
    let mut out = Vec::with_capacity(batch.text.len() * if compact { 8 } else { 32 });
    let mut bad = 0;
    for (line, text) in (batch.first_line..).zip(batch.text.split_inclusive(|b| *b == b'\n')) {
        let result = match std::str::from_utf8(text) {
            Err(e) => Err(vec![FieldError::new(
                "input",
                "json",
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
            Ok(verdict) => sonic_rs::to_writer(&mut out, &verdict),
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

/// The verdict without the prose: checks as `{"id", "passed", "cite"}`, warnings as
/// `{"id", "cite"}` — for machines judging many applicants (`--compact`).
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
    id: &'static str,
    passed: bool,
    cite: Citation,
}

struct CompactWarnings<'a>(&'a [Warning]);

impl Serialize for CompactWarnings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct W {
            id: &'static str,
            cite: Option<Citation>,
        }
        s.collect_seq(self.0.iter().map(|w| W {
            id: w.id,
            cite: w.cite,
        }))
    }
}
