//! Errors in what a person typed: each names the field (its JSON key path) and says, in Kazakh
//! and Russian, what was expected.

use core::fmt;

use serde::Serialize;

use crate::text::Localized;

/// A value that cannot be used, in the field it was typed into.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The JSON key path of the field, e.g. `applicant.birth_date`.
    pub field: &'static str,
    /// A stable code: `required`, `unknown_value`, `format`, `not_a_date`, `out_of_range`,
    /// `after_as_of`, or one of the IIN codes (`length`, `not_digits`, `century`, `date`,
    /// `checksum`).
    pub code: &'static str,
    /// What was wrong and what was expected.
    pub message: Localized,
}

impl FieldError {
    pub fn new(field: &'static str, code: &'static str, message: Localized) -> FieldError {
        FieldError {
            field,
            code,
            message,
        }
    }

    /// The field is missing or empty.
    pub fn required(field: &'static str) -> FieldError {
        let label = field_label(field);
        FieldError::new(
            field,
            "required",
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
            "unknown_value",
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

/// The name of a field as the forms show it, in both languages.
pub fn field_label(field: &str) -> Localized {
    let (kk, ru) = match field.rsplit('.').next().unwrap_or(field) {
        "iin" => ("ЖСН", "ИИН"),
        "birth_date" => ("Туған күні", "Дата рождения"),
        "sex" => ("Жынысы", "Пол"),
        "status" => ("Әскери есептегі мәртебесі", "Статус воинского учёта"),
        "fitness" => (
            "Әскери қызметке жарамдылық санаты",
            "Категория годности к воинской службе",
        ),
        "education" => ("Білімі", "Образование"),
        "deferment" => ("Әскерге шақыруды кейінге қалдыру", "Отсрочка от призыва"),
        "medical_conclusion_date" => (
            "Жарамдылық туралы қорытынды алынған күн",
            "Дата заключения о годности",
        ),
        "submitted_at" => ("Өтініш берілген уақыт", "Время подачи заявления"),
        "as_of" => ("Бағалау күні", "Дата оценки"),
        "training_start" => ("Оқудың басталу күні", "Дата начала обучения"),
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
