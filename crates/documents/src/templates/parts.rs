//! What several forms share: the services' names, the closing sentences of the notices, the
//! registration header, and [`Para`], the builder of a paragraph with its blanks.

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::text::Lang;

use crate::dates::{self, Case};
use crate::document::{BlankWidth, Block, Run, Style};
use crate::values::Values;

/// The service of app. 7 (queueing), named in app. 9.
const SERVICE_QUEUE_KK: &str = "Әскери-техникалық және өзге де мамандықтар бойынша даярлауға \
    жіберу үшін әскерге шақырылушылар мен әскери міндеттілерді кезекке қою";
const SERVICE_QUEUE_RU: &str = "Постановка призывников и военнообязанных в очередь для \
    направления на подготовку по военно-техническим и иным специальностям";

/// The service of app. 12 (referral), named in app. 6 and app. 14.
const SERVICE_REFERRAL_KK: &str = "Әскерге шақырылушылар мен әскери міндеттілерді \
    әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу";
const SERVICE_REFERRAL_RU: &str = "Направление призывников и военнообязанных на подготовку по \
    военно-техническим и иным специальностям";

/// The queueing service as app. 14 names it (its own word order: "әскери міндеттілер мен
/// әскерге шақырылушыларды").
const SERVICE_QUEUE_APP14_KK: &str = "Әскери-техникалық және өзге де мамандықтар бойынша \
    даярлауға жіберу үшін әскери міндеттілер мен әскерге шақырылушыларды кезекке қою";
const SERVICE_QUEUE_APP14_RU: &str = "Постановка военнообязанных и призывников в очередь для \
    направления на подготовку по военно-техническим и иным специальностям";

pub(super) fn service_queue_reapply(lang: Lang) -> String {
    match lang {
        Lang::Kk => format!("\"{SERVICE_QUEUE_APP14_KK}\""),
        Lang::Ru => format!("«{SERVICE_QUEUE_APP14_RU}»"),
    }
}

pub(super) fn service_queue(lang: Lang) -> String {
    match lang {
        Lang::Kk => format!("\"{SERVICE_QUEUE_KK}\""),
        Lang::Ru => format!("«{SERVICE_QUEUE_RU}»"),
    }
}

pub(super) fn service_referral(lang: Lang) -> String {
    match lang {
        Lang::Kk => format!("\"{SERVICE_REFERRAL_KK}\""),
        Lang::Ru => format!("«{SERVICE_REFERRAL_RU}»"),
    }
}

/// E: the closing sentence of every notice.
pub(super) fn electronic_document(lang: Lang) -> Block {
    Para::new(Style::Body)
        .text(match lang {
            Lang::Kk => {
                "Осы құжат \"Электрондық құжат және электрондық цифрлық қолтаңба туралы\" Заңның \
                 7-бабына сәйкес қағаз жеткізгіштегі құжатпен бірдей."
            }
            Lang::Ru => {
                "Настоящий документ согласно статье 7 Закона Республики Казахстан «Об электронном \
                 документе и электронной цифровой подписи» равнозначен документу на бумажном \
                 носителе."
            }
        })
        .done()
}

/// S: "the notice was sent from the information system …". App. 10 writes "министрлігі",
/// app. 11, 13 and 14 "министрлігінің"; each keeps its own.
pub(super) fn sent_from_system(lang: Lang, genitive: bool) -> Block {
    let ministry = if genitive {
        "министрлігінің"
    } else {
        "министрлігі"
    };
    Para::new(Style::Body)
        .text(&match lang {
            Lang::Kk => format!(
                "Хабарлама \"Қазақстан Республикасы Қорғаныс {ministry} жұмылдыру ресурсы \
                 автоматтандырылған жүйесінің интеграциялық шлюзі\" ақпараттық жүйесінен \
                 жіберілді."
            ),
            Lang::Ru => "Уведомление направлено из информационной системы «Интеграционный шлюз \
                         автоматизированной системы мобилизационного ресурса Министерства \
                         обороны Республики Казахстан»."
                .to_owned(),
        })
        .done()
}

/// "Тіркеу нөмірі" № … and "Өтініш берілген күн" …: the first lines of app. 8, 9 and 10.
pub(super) fn registration_header(lang: Lang, values: &Values) -> [Block; 2] {
    let (number, date) = match lang {
        Lang::Kk => ("\"Тіркеу нөмірі\" № ", "\"Өтініш берілген күн\" "),
        Lang::Ru => ("«Регистрационный номер» № ", "«Дата подачи заявления» "),
    };
    [
        Para::new(Style::Header)
            .text(number)
            .field(
                Place::RegistrationNumber,
                values.text(Place::RegistrationNumber),
                BlankWidth::Chars(15),
                None,
            )
            .done(),
        Para::new(Style::Header)
            .text(date)
            .field(
                Place::ApplicationDate,
                values
                    .date(Place::ApplicationDate)
                    .map(|d| Dmy(d).to_string()),
                BlankWidth::Chars(12),
                None,
            )
            .done(),
    ]
}

/// The caption under the full name: "(аты, әкесінің аты (болса), тегі)"; the Russian one in the
/// usual Russian order, which the filled name follows ([`Values::full_name`]).
pub(super) fn full_name_caption(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "(аты, әкесінің аты (болса), тегі)",
        Lang::Ru => "(фамилия, имя, отчество (при его наличии))",
    }
}

/// The applicant's signature line, right-aligned: initials and surname, then the line to sign
/// ("(инициалдары мен тегі) (қолы)"), as app. 6 closes; the complaint closes alike.
pub(super) fn applicant_signature(lang: Lang, v: &Values) -> Block {
    let (initials, signature) = match lang {
        Lang::Kk => ("(инициалдары мен тегі)", "(қолы)"),
        Lang::Ru => ("(инициалы и фамилия)", "(подпись)"),
    };
    Para::new(Style::Signature)
        .field(
            Place::ApplicantSurname,
            v.initials_and_surname(),
            BlankWidth::Chars(30),
            Some(initials),
        )
        .text(" ")
        .blank_or(None, None, BlankWidth::Chars(16), Some(signature))
        .done()
}

/// The form's title.
pub(super) fn title(text: &str) -> Block {
    Para::new(Style::Title).text(text).done()
}

/// Between the day and the month of a filled date, which stay on one line.
pub(super) const NO_BREAK: &str = "\u{a0}";

/// A paragraph being built.
pub(super) struct Para {
    style: Style,
    runs: Vec<Run>,
}

impl Para {
    pub(super) fn new(style: Style) -> Para {
        Para {
            style,
            runs: Vec::new(),
        }
    }

    /// The form's own words.
    pub(super) fn text(mut self, text: &str) -> Para {
        self.runs.push(Run::Text(text.to_owned()));
        self
    }

    /// The form's full stop after a blank; a filled value that already ends with one
    /// ("Сейітов Н.Қ.") takes no second.
    pub(super) fn full_stop(self) -> Para {
        match self.runs.last() {
            Some(Run::Filled { text, .. }) if text.ends_with('.') => self,
            _ => self.text("."),
        }
    }

    /// A blank: filled with `value` when there is one, else a line of `width`.
    pub(super) fn field(
        self,
        place: Place,
        value: Option<String>,
        width: BlankWidth,
        caption: Option<&str>,
    ) -> Para {
        self.blank_or(Some(place), value, width, caption)
    }

    pub(super) fn blank_or(
        mut self,
        place: Option<Place>,
        value: Option<String>,
        width: BlankWidth,
        caption: Option<&str>,
    ) -> Para {
        let caption = caption.map(str::to_owned);
        self.runs.push(match value {
            Some(text) => Run::Filled {
                place,
                text,
                caption,
            },
            None => Run::Blank {
                place,
                width,
                caption,
            },
        });
        self
    }

    /// A date of a Kazakh sentence: "2026 жылғы 4 мамырдан", or its blanks
    /// "20__ жылғы ___ _______".
    pub(super) fn kk_date(mut self, place: Place, date: Option<Date>, case: Case) -> Para {
        match date {
            Some(date) => {
                let [year, day, month] = dates::kk_date_parts(date, case);
                self = self.field(place, Some(year), BlankWidth::Chars(2), None);
                self = self
                    .text(" жылғы ")
                    .field(place, Some(day), BlankWidth::Chars(3), None);
                self.text(NO_BREAK)
                    .field(place, Some(month), BlankWidth::Chars(7), None)
            }
            None => self
                .text("20")
                .field(place, None, BlankWidth::Chars(2), None)
                .text(" жылғы ")
                .field(place, None, BlankWidth::Chars(3), None)
                .text(" ")
                .field(place, None, BlankWidth::Chars(7), None),
        }
    }

    /// A date of a Russian sentence: "«4» мая 2026 года", or "«___» __________ 20__ года".
    pub(super) fn ru_date(self, place: Place, date: Option<Date>) -> Para {
        match date {
            Some(date) => self
                .text("«")
                .field(
                    place,
                    Some(date.day().to_string()),
                    BlankWidth::Chars(3),
                    None,
                )
                .text("»")
                .text(NO_BREAK)
                .field(
                    place,
                    Some(dates::ru_month(date).to_owned()),
                    BlankWidth::Chars(10),
                    None,
                )
                .text(" ")
                .field(
                    place,
                    Some(date.year().to_string()),
                    BlankWidth::Chars(2),
                    None,
                )
                .text(" года"),
            None => self
                .text("«")
                .field(place, None, BlankWidth::Chars(3), None)
                .text("» ")
                .field(place, None, BlankWidth::Chars(10), None)
                .text(" 20")
                .field(place, None, BlankWidth::Chars(2), None)
                .text(" года"),
        }
    }

    pub(super) fn done(self) -> Block {
        Block::Paragraph {
            style: self.style,
            runs: self.runs,
        }
    }
}
