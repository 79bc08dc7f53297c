//! Reading input, writing output, and saying what went wrong.

use std::io::{self, Read as _, Write as _};
use std::process::ExitCode;

use dayarlyq_rules::input::{ErrorCode, FieldError, field_label};
use dayarlyq_rules::text::Localized;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A command that cannot go on: a message for people and the exit code.
#[derive(Debug)]
pub struct CliError {
    code: u8,
    message: String,
}

impl CliError {
    /// Wrong command line: exit 2 with the usage hint.
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError {
            code: 2,
            message: format!("{}\n(run `dayarlyq help` for usage)", message.into()),
        }
    }

    /// Bad input: exit 2.
    pub fn input(message: impl Into<String>) -> CliError {
        CliError {
            code: 2,
            message: message.into(),
        }
    }

    /// A field that cannot be used: exit 2.
    pub fn field(error: FieldError) -> CliError {
        CliError::fields(&[error])
    }

    /// Fields that cannot be used: exit 2, one paragraph each.
    pub fn fields(errors: &[FieldError]) -> CliError {
        let message = errors.iter().map(describe).collect::<Vec<_>>().join("\n");
        CliError { code: 2, message }
    }

    /// Output could not be written (exit 1), or the reader went away (a closed pipe: exit 0, quietly).
    pub fn io(error: io::Error) -> CliError {
        if error.kind() == io::ErrorKind::BrokenPipe {
            CliError {
                code: 0,
                message: String::new(),
            }
        } else {
            CliError {
                code: 1,
                message: format!("cannot write the output: {error}"),
            }
        }
    }

    pub fn report(self) -> ExitCode {
        if !self.message.is_empty() {
            warn(&format!("dayarlyq: {}", self.message));
        }
        ExitCode::from(self.code)
    }
}

/// `field: what is wrong (code)`, then the Kazakh and Russian messages.
pub fn describe(e: &FieldError) -> String {
    format!(
        "{}: {} ({})\n  kk: {}\n  ru: {}",
        e.field,
        english(e.code),
        e.code,
        e.message.kk,
        e.message.ru
    )
}

fn english(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Required => "required; missing or empty",
        ErrorCode::UnknownValue => "not one of the accepted values",
        ErrorCode::Format => {
            "wrong format; dates are YYYY-MM-DD, moments YYYY-MM-DDTHH:MM[:SS][offset]"
        }
        ErrorCode::NotADate => "no such calendar date",
        ErrorCode::NotATime => "no such time of day",
        ErrorCode::OutOfRange => "out of the supported range",
        ErrorCode::AfterAsOf => "after the evaluation date",
        ErrorCode::JsonType => "wrong JSON type",
        ErrorCode::Json => "not valid JSON",
        ErrorCode::Length => "an IIN has 12 digits",
        ErrorCode::NotDigits => "an IIN has digits only",
        ErrorCode::Century => "the 7th digit of an IIN must be 1-6",
        ErrorCode::Date => "the first six digits of the IIN are not a real date",
        ErrorCode::Checksum => "the IIN's check digit does not match",
    }
}

/// A line on stderr; nothing if stderr is gone.
pub fn warn(message: &str) {
    let _ = writeln!(io::stderr(), "{message}");
}

/// The whole of FILE, or of stdin for `-` or no FILE, as UTF-8 text.
pub fn read_text(path: Option<&str>) -> Result<String, CliError> {
    let bytes = match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| CliError::input(format!("cannot read stdin: {e}")))?;
            buf
        }
        Some(path) => std::fs::read(path)
            .map_err(|e| CliError::input(format!("FILE: cannot read {path:?}: {e}")))?,
    };
    String::from_utf8(bytes).map_err(|e| {
        CliError::input(format!(
            "input: expected UTF-8 text; byte {} is not valid UTF-8",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// `text` as a JSON object.
pub fn parse_object(text: &str) -> Result<serde_json::Map<String, Value>, FieldError> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(FieldError::new(
            "input",
            ErrorCode::JsonType,
            Localized::new(
                "Кіріс JSON нысан ({…}) болуы керек.",
                "Входные данные должны быть объектом JSON ({…}).",
            ),
        )),
        Err(e) => Err(FieldError::new(
            "input",
            ErrorCode::Json,
            Localized::new(
                format!("Кіріс дұрыс JSON емес: {e}."),
                format!("Входные данные — не корректный JSON: {e}."),
            ),
        )),
    }
}

/// `value` as a `T`, naming the member (under `prefix`) whose JSON type is wrong.
pub fn from_value<T: DeserializeOwned>(
    value: &Value,
    field_of: fn(&str) -> &'static str,
) -> Result<T, FieldError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let field = field_of(&e.path().to_string());
        type_error(field, &e.into_inner())
    })
}

/// A value of the wrong JSON type in `field`.
pub fn type_error(field: &'static str, inner: &dyn std::fmt::Display) -> FieldError {
    let label = field_label(field);
    FieldError::new(
        field,
        ErrorCode::JsonType,
        Localized::new(
            format!("«{}»: мәннің JSON түрі қате ({inner}).", label.kk),
            format!("«{}»: неверный тип значения JSON ({inner}).", label.ru),
        ),
    )
}

/// A member that must be a string when present.
pub fn string_member<'a>(
    map: &'a serde_json::Map<String, Value>,
    key: &str,
    field: &'static str,
) -> Result<Option<&'a str>, FieldError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(other) => {
            let label = field_label(field);
            Err(FieldError::new(
                field,
                ErrorCode::JsonType,
                Localized::new(
                    format!(
                        "«{}»: мән мәтін (JSON string) болуы керек, берілгені: {other}.",
                        label.kk
                    ),
                    format!(
                        "«{}»: значение должно быть строкой JSON, дано: {other}.",
                        label.ru
                    ),
                ),
            ))
        }
    }
}

/// Writes `value` as JSON to stdout, pretty or on one line.
pub fn write_json<T: Serialize>(value: &T, pretty: bool) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, value)
    } else {
        serde_json::to_writer(&mut out, value)
    };
    written.map_err(|e| CliError::io(e.into()))?;
    out.write_all(b"\n")
        .and_then(|()| out.flush())
        .map_err(CliError::io)
}
