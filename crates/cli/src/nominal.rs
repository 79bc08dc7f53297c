//! `dayarlyq render --form 4 … --data FILE`: the nominal list (app. 4) from a list file
//! (`{"nominal_list": {…}}`, `shared/contracts/CLI.md`). Each person is judged on the free track
//! as of the training's start, as the web page judges; the rows come in Kazakh alphabetical order.
//!
//! A value that cannot be read (a date that is no date, an unknown code) is bad input: exit 2,
//! each named by its path (`nominal_list.people[2].birth_date`). What is only missing, and each
//! person the check flags, is said on stderr and the list is drawn: a person judged not eligible,
//! or not yet, is left out unless the file keeps him (`"keep": true`), as on the web page.

use dayarlyq_documents::nominal::selection::{Check, Selection};
use dayarlyq_documents::nominal::{ListFile, NominalList};
use dayarlyq_documents::{Document, Lang, build_list, html, pdf};
use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::eligibility::TrackStatus;
use dayarlyq_rules::input::{ErrorCode, FieldError};
use dayarlyq_rules::moment::Moment;

use crate::input::{CliError, describe, parse_object, read_text, warn};

/// Writes app. 4 in `lang` from the list file at `data` to `out`, as a PDF or an HTML page.
pub fn write(data: Option<&str>, lang: Lang, as_pdf: bool, out: &str) -> Result<(), CliError> {
    let now = Moment::from_timestamp(jiff::Timestamp::now());
    let doc = document(data, lang, now.date())?;
    let bytes = if as_pdf {
        let fonts = pdf::Fonts::shared().map_err(|e| CliError::input(format!("render: {e}")))?;
        pdf::render(&doc, fonts, now).map_err(|e| CliError::input(format!("render: {e}")))?
    } else {
        html::page(&doc).into_bytes()
    };
    std::fs::write(out, bytes)
        .map_err(|e| CliError::input(format!("--out: cannot write {out:?}: {e}")))
}

/// App. 4 in `lang` from the list file at `path` (a blank list without one), judged as of the
/// training's start; `today` is the day the list is drawn when the file gives no date.
pub fn document(path: Option<&str>, lang: Lang, today: Date) -> Result<Document, CliError> {
    let list = match path {
        Some(path) => list_file(path)?.nominal_list,
        None => NominalList::default(),
    };
    let selection = Selection::new(&list, today, &WorkingCalendar::kazakhstan());
    let mut bad = Vec::new();
    for (field, error) in &selection.errors {
        let path = format!("nominal_list.{}", field.key());
        if error.code == ErrorCode::Required {
            warn(&format!(
                "dayarlyq: app. 4: {path} is not filled: no one is checked, its blank line is printed"
            ));
        } else {
            bad.push(at(&path, error));
        }
    }
    for entry in &selection.entries {
        let person = list.people.get(entry.index);
        let name = person
            .map(|p| {
                [&p.surname, &p.name, &p.patronymic]
                    .iter()
                    .filter_map(|s| s.as_deref())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        let who = format!("nominal_list.people[{}] ({name})", entry.index);
        let kept = if entry.included {
            "in the list"
        } else {
            "left out (\"keep\": true keeps him)"
        };
        match &entry.check {
            Check::NoStart => {}
            Check::Unreadable(errors) => {
                for (column, error) in errors {
                    let key = column.map_or("", |c| c.key());
                    let path = format!("nominal_list.people[{}].{key}", entry.index);
                    if error.code == ErrorCode::Required {
                        warn(&format!(
                            "dayarlyq: app. 4: {who}: not checked, {path} is not filled ({}); {kept}",
                            error.message.ru
                        ));
                    } else {
                        bad.push(at(&path, error));
                    }
                }
            }
            Check::Judged { free, .. } => {
                let cites: Vec<String> = free
                    .checks
                    .iter()
                    .filter(|c| !c.passed)
                    .map(|c| format!("{} ({})", c.id.code(), c.cite))
                    .collect();
                match free.status {
                    TrackStatus::Eligible => {}
                    TrackStatus::EligibleWithActions => {
                        for action in &free.actions {
                            warn(&format!(
                                "dayarlyq: app. 4: {who}: {} ({}); {kept}",
                                action.id.code(),
                                action.cite
                            ));
                        }
                    }
                    TrackStatus::NotYet => warn(&format!(
                        "dayarlyq: app. 4: {who}: not_yet on the free track, eligible from {}; {kept}",
                        free.eligible_from
                            .map(|d| d.to_string())
                            .unwrap_or_default()
                    )),
                    TrackStatus::NotEligible => warn(&format!(
                        "dayarlyq: app. 4: {who}: not_eligible on the free track: {}; {kept}",
                        cites.join(", ")
                    )),
                }
            }
        }
    }
    if !bad.is_empty() {
        return Err(CliError::input(bad.join("\n")));
    }
    if let Some(late) = selection.late {
        let m = late.message();
        warn(&format!(
            "dayarlyq: app. 4: warning (p. 11): the list is drawn on {}, after the last day of selection, {}\n  kk: {}\n  ru: {}",
            late.drawn_on, late.deadline, m.kk, m.ru
        ));
    }
    Ok(build_list(lang, &list, &selection))
}

/// `describe`, at the list file's path rather than the case file's.
fn at(path: &str, error: &FieldError) -> String {
    let text = describe(error);
    match text.split_once(':') {
        Some((_, rest)) => format!("{path}:{rest}"),
        None => text,
    }
}

/// The list file at `path`; a member of the wrong type named by its path.
fn list_file(path: &str) -> Result<ListFile, CliError> {
    let text = read_text(Some(path))
        .map_err(|_| CliError::input(format!("--data: cannot read {path:?}")))?;
    let object = parse_object(&text).map_err(|e| {
        CliError::input(format!(
            "--data: {path:?} is not a list file (a JSON object)\n  kk: {}\n  ru: {}",
            e.message.kk, e.message.ru
        ))
    })?;
    if !object.contains_key("nominal_list") {
        return Err(CliError::input(format!(
            "--data: {path:?}: form 4 takes a list file, {{\"nominal_list\": {{…}}}}\n  kk: 4-қосымшаға тізім файлы керек: {{\"nominal_list\": {{…}}}}.\n  ru: Для приложения 4 нужен файл списка: {{\"nominal_list\": {{…}}}}."
        )));
    }
    let value = serde_json::Value::Object(object);
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let member = e.path().to_string();
        CliError::input(format!(
            "--data: {path:?}: {member} is of the wrong type ({})\n  kk: «{member}»: мәннің JSON түрі қате.\n  ru: «{member}»: неверный тип значения JSON.",
            e.into_inner()
        ))
    })
}
