//! Errors in what a person typed: each names the field (its JSON key path: a [`Place`] of the case
//! file, or an argument of a command) and says, in Kazakh and Russian, what was expected.

use core::fmt;

use serde::{Serialize, Serializer};

use crate::Date;
use crate::case_file::Place;
use crate::fmt::Dmy;
use crate::text::{Lang, Localized};

/// What is wrong with a value; its [`ErrorCode::code`] is the stable JSON code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// Missing or empty.
    Required,
    /// Not one of the accepted codes.
    UnknownValue,
    /// Not in the shape expected (`YYYY-MM-DD`, …).
    Format,
    /// The shape of a date, but no such day.
    NotADate,
    /// The shape of a time, but no such time of day.
    NotATime,
    /// Outside the dates the calendar holds, or an offset beyond ±14:00.
    OutOfRange,
    /// A birth date after the day judged on.
    AfterAsOf,
    /// A JSON value of the wrong type.
    JsonType,
    /// Not JSON.
    Json,
    /// IIN: not twelve digits.
    Length,
    /// IIN: not only digits.
    NotDigits,
    /// IIN: the seventh digit gives no century.
    Century,
    /// IIN: the first six digits are no date.
    Date,
    /// IIN: the check digit does not match.
    Checksum,
}

impl ErrorCode {
    /// `required`, `unknown_value`, …: as the JSON and the CLI's messages give it.
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::UnknownValue => "unknown_value",
            ErrorCode::Format => "format",
            ErrorCode::NotADate => "not_a_date",
            ErrorCode::NotATime => "not_a_time",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::AfterAsOf => "after_as_of",
            ErrorCode::JsonType => "json_type",
            ErrorCode::Json => "json",
            ErrorCode::Length => "length",
            ErrorCode::NotDigits => "not_digits",
            ErrorCode::Century => "century",
            ErrorCode::Date => "date",
            ErrorCode::Checksum => "checksum",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// For comparing with a code read from JSON, or in tests: `code == "checksum"`.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A value that cannot be used, in the field it was typed into.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The JSON key path of the field, e.g. `applicant.birth_date` ([`Place::path`]).
    pub field: &'static str,
    pub code: ErrorCode,
    /// What was wrong and what was expected.
    pub message: Localized,
}

impl FieldError {
    pub fn new(field: &'static str, code: ErrorCode, message: Localized) -> FieldError {
        FieldError {
            field,
            code,
            message,
        }
    }

    /// The place of the case file the error is in, when it is one.
    pub fn place(&self) -> Option<Place> {
        Place::from_path(self.field)
    }

    /// The field is missing or empty.
    pub fn required(field: &'static str) -> FieldError {
        let label = field_label(field);
        FieldError::new(
            field,
            ErrorCode::Required,
            Localized::new(
                format!("«{}» толтырылмаған: бұл өріс міндетті.", label.kk),
                format!("Не заполнено поле «{}»: оно обязательно.", label.ru),
            ),
        )
    }

    /// The value is not one of `expected` (the JSON codes, shown as they must be typed).
    pub fn unknown_value(field: &'static str, got: &str, expected: &[&str]) -> FieldError {
        let label = field_label(field);
        let list = expected.join(" | ");
        let got = shorten(got);
        FieldError::new(
            field,
            ErrorCode::UnknownValue,
            Localized::new(
                format!(
                    "«{}»: «{got}» мәні белгісіз; күтілетін мәндер: {list}.",
                    label.kk
                ),
                format!(
                    "«{}»: неизвестное значение «{got}»; ожидается одно из: {list}.",
                    label.ru
                ),
            ),
        )
    }

    /// The birth date is after `by`: no one can be judged before they are born.
    pub fn born_after(by: BornBy) -> FieldError {
        // The other field's name as its own label says it: «Тексеру күні» / «Дата проверки»,
        // «Өтініш берілген күн мен уақыт» / «Дата и время подачи заявления».
        let (kk, ru, day) = match by {
            BornBy::AsOf(day) => ("тексеру күні", "даты проверки", day),
            BornBy::Sending(day) => ("өтініш берілген күн", "даты подачи заявления", day),
        };
        let (label, day) = (Place::BirthDate.name(), Dmy(day));
        FieldError::new(
            Place::BirthDate.path(),
            ErrorCode::AfterAsOf,
            Localized::new(
                format!("{} {kk} ({day}) немесе одан ертерек болуы керек.", label.kk),
                format!("{} должна быть не позже {ru} ({day}).", label.ru),
            ),
        )
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}): {} / {}",
            self.field, self.code, self.message.kk, self.message.ru
        )
    }
}

impl std::error::Error for FieldError {}

/// The day a birth date may not be after ([`FieldError::born_after`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BornBy {
    /// The day judged on ([`Place::AsOf`]).
    AsOf(Date),
    /// The day the application is sent ([`Place::SubmittedAt`]): the portal checks the age then
    /// (p. 21).
    Sending(Date),
}

/// The name of a field as the forms show it, in both languages: a place of the case file by its
/// schema name; the command line's own inputs (`dayarlyq timeline`) by theirs.
pub fn field_label(field: &str) -> Localized {
    if let Some(place) = Place::from_path(field) {
        return place.name();
    }
    let (kk, ru) = match field {
        "training_start" => ("Оқудың басталу күні", "Дата начала обучения"),
        "submitted_at" => (
            "Өтініш берілген күн мен уақыт",
            "Дата и время подачи заявления",
        ),
        "track" => ("Даярлау негізі", "Основа подготовки"),
        other => (other, other),
    };
    Localized::new(kk, ru)
}

/// At most 40 characters of a typed value, for messages.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", s.get(..i).unwrap_or_default()),
        None => s.to_owned(),
    }
}
