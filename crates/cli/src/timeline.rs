//! `dayarlyq timeline [FILE|-]`: the dates of the procedure.

use std::process::ExitCode;

use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::input::{ErrorCode, FieldError};
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::text::Localized;
use dayarlyq_rules::timeline::{free_timeline, paid_timeline};
use dayarlyq_rules::track::Track;
use serde_json::Value;

use crate::input::{CliError, parse_object, read_text, string_member, write_json};

pub fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let path = match args {
        [] => None,
        [path] => Some(path.as_str()),
        _ => {
            return Err(CliError::usage(
                "timeline takes at most one argument: FILE or -",
            ));
        }
    };
    let text = read_text(path)?;
    let out =
        timeline_json(&text, &WorkingCalendar::kazakhstan()).map_err(|e| CliError::fields(&e))?;
    write_json(&out, true)?;
    Ok(ExitCode::SUCCESS)
}

/// `{"submitted_at", "training_start", "track"}` — or a case file, whose `application` gives
/// `submitted_at` and `period_from` (the training start) — turned into the procedure's dates.
pub fn timeline_json(text: &str, cal: &WorkingCalendar) -> Result<Value, Vec<FieldError>> {
    let map = parse_object(text).map_err(|e| vec![e])?;
    let one = |e| vec![e];
    let (submitted, start) = match map.get("application") {
        Some(Value::Object(app)) => (
            string_member(app, "submitted_at", "submitted_at").map_err(one)?,
            string_member(app, "period_from", "training_start").map_err(one)?,
        ),
        _ => (
            string_member(&map, "submitted_at", "submitted_at").map_err(one)?,
            string_member(&map, "training_start", "training_start").map_err(one)?,
        ),
    };
    let track = match string_member(&map, "track", "track")
        .map_err(one)?
        .map(str::trim)
    {
        None => Track::Paid,
        Some(code) => Track::from_code(code)
            .ok_or_else(|| vec![FieldError::unknown_value("track", code, &Track::CODES)])?,
    };
    let mut errors = Vec::new();
    let start = match start.map(str::trim).filter(|s| !s.is_empty()) {
        None => {
            errors.push(FieldError::required("training_start"));
            None
        }
        Some(s) => parse_date("training_start", s)
            .map_err(|e| errors.push(e))
            .ok(),
    };
    let submitted = match (track, submitted.map(str::trim).filter(|s| !s.is_empty())) {
        (Track::Free, _) => None,
        (Track::Paid, None) => {
            errors.push(FieldError::required("submitted_at"));
            None
        }
        (Track::Paid, Some(s)) => Moment::parse("submitted_at", s)
            .map_err(|e| errors.push(e))
            .ok(),
    };
    let (Some(start), true) = (start, errors.is_empty()) else {
        return Err(errors);
    };
    let out_of_range = || {
        vec![FieldError::new(
            "training_start",
            ErrorCode::OutOfRange,
            Localized::new(
                "Күндер күнтізбе шегінен тыс.",
                "Даты выходят за пределы календаря.",
            ),
        )]
    };
    let to_value = |v: Result<Value, serde_json::Error>| v.map_err(|_| out_of_range());
    match (track, submitted) {
        (Track::Paid, Some(submitted)) => {
            let t = paid_timeline(submitted, start, cal).map_err(|_| out_of_range())?;
            let mut value = to_value(serde_json::to_value(t))?;
            if let Value::Object(m) = &mut value {
                m.insert(
                    "warnings".into(),
                    to_value(serde_json::to_value(t.warnings(cal)))?,
                );
            }
            Ok(value)
        }
        _ => {
            let t = free_timeline(start).map_err(|_| out_of_range())?;
            to_value(serde_json::to_value(t))
        }
    }
}
