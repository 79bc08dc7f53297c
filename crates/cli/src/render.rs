//! `dayarlyq render --form F --lang L --format pdf|html [--data FILE] --out PATH`: one of the
//! documents (app. 6, 8–11, 13, 14, and `complaint`, the letter of p. 45) filled from a case
//! file, by the same renderer as the web app; app. 4, the nominal list, from a list file
//! ([`crate::nominal`]).
//! Exit 0 and the file written; bad arguments or data: exit 2 and a message naming them. Required
//! fields left blank are listed on stderr, and the form is rendered with their blank lines.

use std::process::ExitCode;

use dayarlyq_documents::{
    CaseFile, Form, Lang, Place, build, html, invalid_fields, missing_required, pdf,
};

use crate::input::{CliError, from_value, parse_object, read_text, warn};

/// Runs `dayarlyq render ARGS…`.
pub fn run(args: &[String]) -> ExitCode {
    match render(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => e.report(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Pdf,
    Html,
}

struct Args {
    form: Form,
    lang: Lang,
    format: Format,
    data: Option<String>,
    out: String,
}

const FORMS: &str = "4 6 8 9 10 11 13 14 complaint";

fn parse(args: &[String]) -> Result<Args, CliError> {
    let (mut form, mut lang, mut format, mut data, mut out) = (None, None, None, None, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        let slot = match name {
            "--form" => &mut form,
            "--lang" => &mut lang,
            "--format" => &mut format,
            "--data" => &mut data,
            "--out" => &mut out,
            other => {
                return Err(CliError::usage(format!(
                    "render: unknown argument {other:?}"
                )));
            }
        };
        let value = match inline {
            Some(value) => value,
            None => rest
                .next()
                .cloned()
                .ok_or_else(|| CliError::usage(format!("render: {name} needs a value")))?,
        };
        *slot = Some(value);
    }

    let form =
        form.ok_or_else(|| CliError::usage(format!("render: --form is required, one of {FORMS}")))?;
    let form: Form = form.parse().map_err(|e: dayarlyq_documents::UnknownForm| {
        let m = e.message();
        CliError::input(format!(
            "--form: expected one of {FORMS}, got {form:?}\n  kk: {}\n  ru: {}",
            m.kk, m.ru
        ))
    })?;
    let lang = lang.ok_or_else(|| CliError::usage("render: --lang is required, kk or ru"))?;
    let lang = Lang::from_code(lang.trim())
        .ok_or_else(|| CliError::input(format!("--lang: expected kk or ru, got {lang:?}")))?;
    let format =
        format.ok_or_else(|| CliError::usage("render: --format is required, pdf or html"))?;
    let format = match format.trim() {
        "pdf" => Format::Pdf,
        "html" => Format::Html,
        _ => {
            return Err(CliError::input(format!(
                "--format: expected pdf or html, got {format:?}"
            )));
        }
    };
    let out = out.ok_or_else(|| CliError::usage("render: --out PATH is required"))?;
    if out.is_empty() {
        return Err(CliError::input(
            "--out: expected a file path, got an empty one",
        ));
    }
    Ok(Args {
        form,
        lang,
        format,
        data,
        out,
    })
}

/// The case file at `path`: a JSON object in the format of `example-case.json`.
fn case_file(path: &str) -> Result<CaseFile, CliError> {
    let text = read_text(Some(path))
        .map_err(|_| CliError::input(format!("--data: cannot read {path:?}")))?;
    let object = parse_object(&text).map_err(|e| data_error(path, &e.message.kk, &e.message.ru))?;
    from_value(&serde_json::Value::Object(object), member).map_err(|e| {
        CliError::input(format!(
            "--data: {path:?}: {} is of the wrong type\n  kk: {}\n  ru: {}",
            e.field, e.message.kk, e.message.ru
        ))
    })
}

fn data_error(path: &str, kk: &str, ru: &str) -> CliError {
    CliError::input(format!(
        "--data: {path:?} is not a case file (a JSON object)\n  kk: {kk}\n  ru: {ru}"
    ))
}

/// The case-file member at a JSON path (`notice.queue_number`), for messages.
fn member(path: &str) -> &'static str {
    Place::from_path(path).map_or("--data", Place::path)
}

fn render(args: &[String]) -> Result<(), CliError> {
    let args = parse(args)?;
    if args.form == Form::NominalList {
        let pdf = args.format == Format::Pdf;
        return crate::nominal::write(args.data.as_deref(), args.lang, pdf, &args.out);
    }
    let case = match &args.data {
        Some(path) => case_file(path)?,
        None => CaseFile::default(),
    };
    let invalid = invalid_fields(args.form, &case);
    if !invalid.is_empty() {
        let lines: Vec<String> = invalid
            .iter()
            .map(|e| {
                format!(
                    "{}: cannot be read\n  kk: {}\n  ru: {}",
                    e.place.path(),
                    e.message.kk,
                    e.message.ru
                )
            })
            .collect();
        return Err(CliError::input(lines.join("\n")));
    }
    for place in missing_required(args.form, &case) {
        warn(&format!(
            "dayarlyq: app. {}: {} is not filled; its blank line is printed ({} / {})",
            args.form,
            place.path(),
            place.label(Lang::Kk),
            place.label(Lang::Ru)
        ));
    }

    let doc = build(args.form, args.lang, &case);
    let bytes = match args.format {
        Format::Html => html::page(&doc).into_bytes(),
        Format::Pdf => {
            let fonts =
                pdf::Fonts::shared().map_err(|e| CliError::input(format!("render: {e}")))?;
            let made = pdf::Moment::from_timestamp(jiff::Timestamp::now());
            pdf::render(&doc, fonts, made).map_err(|e| CliError::input(format!("render: {e}")))?
        }
    };
    std::fs::write(&args.out, bytes)
        .map_err(|e| CliError::input(format!("--out: cannot write {:?}: {e}", args.out)))
}
