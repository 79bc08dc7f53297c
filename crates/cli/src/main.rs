//! `dayarlyq`: the Rules of MoD Order No. 357 (ed. No. 1509) on the command line — the same
//! engine as the web app. The contract (commands, JSON keys, exit codes) is `shared/contracts/
//! CLI.md`: JSON on stdout, messages for people on stderr, bad input → exit 2 with a message that
//! names the field and what was expected. Nothing here panics on input.

use std::io::{self, Write as _};
use std::process::ExitCode;

use dayarlyq_cli::input::{self, CliError, write_json};
use dayarlyq_cli::{check, link, render, timeline};
use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::{Coverage, WorkingCalendar};
use dayarlyq_rules::iin::Iin;
use dayarlyq_rules::moment::parse_date;
use serde_json::json;

const USAGE: &str = "\
usage: dayarlyq <command> [arguments]

commands:
  calendar YEAR            every non-working date of YEAR, one per line
  workdays DATE N          the date N working days after DATE (N < 0: before)
  iin IIN                  check an IIN; JSON, exit 1 when invalid
  check [--jsonl] [--compact] [FILE|-]
                           judge an applicant (or a case file); --jsonl: one per line;
                           --compact: checks and warnings without the explanations
  timeline [FILE|-]        the dates of the procedure for {submitted_at, training_start, track}
  render --form F --lang L --format pdf|html [--data FILE] --out PATH
  link [FILE|-] --base URL an address under URL that opens the app with the case file's
                           answers (in the fragment, never sent to a server)

Dates are YYYY-MM-DD; moments YYYY-MM-DDTHH:MM[:SS] in Kazakhstan time (UTC+5) or with an offset.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let Some((command, rest)) = args.split_first() else {
        let _ = io::stderr().write_all(USAGE.as_bytes());
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "calendar" => calendar(rest),
        "workdays" => workdays(rest),
        "iin" => iin(rest),
        "check" => check::run(rest),
        "timeline" => timeline::run(rest),
        "render" => return render::run(rest),
        "link" => link::run(rest),
        "help" | "--help" | "-h" => {
            let _ = io::stdout().write_all(USAGE.as_bytes());
            return ExitCode::SUCCESS;
        }
        other => Err(CliError::usage(format!("unknown command {other:?}"))),
    };
    match result {
        Ok(code) => code,
        Err(e) => e.report(),
    }
}

/// `dayarlyq calendar YEAR`.
fn calendar(args: &[String]) -> Result<ExitCode, CliError> {
    let [year] = args else {
        return Err(CliError::usage("calendar takes one argument: YEAR"));
    };
    let year: i16 = year
        .trim()
        .parse()
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or_else(|| {
            CliError::input(format!(
                "YEAR: expected a year from 1 to 9999, got {year:?}"
            ))
        })?;
    let cal = WorkingCalendar::kazakhstan();
    match cal.coverage(year) {
        Coverage::Full => {}
        Coverage::Partial => input::warn(&format!(
            "warning: {year}: the data is partial; transfers of days off and movable feasts may change"
        )),
        Coverage::Unknown => input::warn(&format!(
            "warning: {year} is beyond the calendar data: weekends and fixed holidays only; transfers and movable feasts (Kurban Ait) are not known"
        )),
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    for day in cal.non_working_days(year) {
        writeln!(out, "{day}").map_err(CliError::io)?;
    }
    out.flush().map_err(CliError::io)?;
    Ok(ExitCode::SUCCESS)
}

/// `dayarlyq workdays DATE N`.
fn workdays(args: &[String]) -> Result<ExitCode, CliError> {
    let [date, n] = args else {
        return Err(CliError::usage("workdays takes two arguments: DATE N"));
    };
    let date: Date = parse_date("DATE", date).map_err(CliError::field)?;
    let n: i32 = n.trim().parse().map_err(|_| {
        CliError::input(format!(
            "N: expected a whole number of working days from {} to {}, got {n:?}",
            i32::MIN,
            i32::MAX
        ))
    })?;
    let cal = WorkingCalendar::kazakhstan();
    let day = cal.add_working_days(date, n).map_err(|_| {
        CliError::input(format!(
            "N: {n} working days from {date} fall outside the years 1..9999"
        ))
    })?;
    for year in date.year().min(day.year())..=date.year().max(day.year()) {
        if cal.coverage(year) != Coverage::Full {
            input::warn(&format!(
                "warning: the calendar data does not fully cover {year}; the result may change"
            ));
            break;
        }
    }
    writeln!(io::stdout(), "{day}").map_err(CliError::io)?;
    Ok(ExitCode::SUCCESS)
}

/// `dayarlyq iin IIN`: exit 0 valid, 1 invalid.
fn iin(args: &[String]) -> Result<ExitCode, CliError> {
    let [text] = args else {
        return Err(CliError::usage("iin takes one argument: IIN"));
    };
    match Iin::parse(text) {
        Ok(iin) => {
            write_json(
                &json!({"valid": true, "birth_date": iin.birth_date(), "sex": iin.sex()}),
                true,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            let message = e.message();
            write_json(
                &json!({"valid": false, "error": e.code(), "message": message.kk, "message_ru": message.ru}),
                true,
            )?;
            Ok(ExitCode::from(1))
        }
    }
}
