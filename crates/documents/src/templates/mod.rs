//! The forms as templates: the Kazakh text of the appendices verbatim (as repaired in
//! `shared/regulation/FORMS-kk.md`), our Russian translation, and where the blanks are.
//! One module per form; this one holds what several share.

mod application;
mod payment;
mod proactive_refusal;
mod queued;
mod referral;
mod refusal;
mod removal;

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::eligibility::{PAID_TRAINING_FEE_CITATION, PAID_TRAINING_FEE_TENGE};
use dayarlyq_rules::text::Lang;

use crate::dates::{self, Case};
use crate::document::{BlankWidth, Block, Document, Run, Style};
use crate::field::Field;
use crate::form::Form;
use crate::values::Values;

pub use refusal::RefusalGround;

/// The price of training on the paid track, in tenge: "көрсетілетін қызметтің құны – 390 000
/// теңге" (app. 12 item 6). App. 11 prints it when the case gives no other amount. The rules
/// crate holds it ([`dayarlyq_rules::eligibility::PAID_TRAINING_FEE_TENGE`]).
pub const TRAINING_FEE_TENGE: u64 = PAID_TRAINING_FEE_TENGE as u64;

/// Where [`TRAINING_FEE_TENGE`] is set.
pub const TRAINING_FEE_CITATION: Citation = PAID_TRAINING_FEE_CITATION;

/// The document `form` in `lang`, filled from `case`. Missing or unreadable values leave the
/// form's blank lines; nothing of the form's own text changes.
pub fn build(form: Form, lang: Lang, case: &CaseFile) -> Document {
    let values = Values::new(case);
    let mut blocks = vec![approval(form, lang)];
    blocks.extend(match form {
        Form::Application => application::blocks(lang, &values),
        Form::Queued => queued::blocks(lang, &values),
        Form::Refusal => refusal::blocks(lang, &values),
        Form::Removal => removal::blocks(lang, &values),
        Form::PaymentNeeded => payment::blocks(lang, &values),
        Form::Referral => referral::blocks(lang, &values),
        Form::ProactiveRefusal => proactive_refusal::blocks(lang),
    });
    if lang == Lang::Ru {
        blocks.push(Block::Note(format!(
            "Перевод с казахского языка. Официальным является текст формы на казахском языке \
             (приложение {} к Правилам, утвержденным приказом Министра обороны Республики \
             Казахстан от 17 июля 2017 года № 357).",
            form.appendix()
        )));
    }
    Document {
        form,
        lang,
        title: form.document_title(lang),
        blocks,
    }
}

/// The Rules' title in the dative, as the approval block of every appendix prints it.
const RULES_KK: &str = "Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған \
    ұйымдарына әскерге шақырылушыларды, әскери міндеттілерді қабылдау, жіберу және \
    әскери-техникалық және өзге де мамандықтар бойынша өтеусіз және өтеулі негізде оқыту, \
    оқу-тәрбие процесін ұйымдастыру қағидаларына, сондай-ақ оқу мерзіміне";

const RULES_RU: &str = "к Правилам приема в специализированные организации Министерства \
    обороны Республики Казахстан призывников, военнообязанных, их направления и обучения на \
    безвозмездной и возмездной основе по военно-техническим и иным специальностям, организации \
    учебно-воспитательного процесса, а также срокам обучения";

/// The approval block at the top right: "… оқу мерзіміне / 6-қосымша / Нысан".
fn approval(form: Form, lang: Lang) -> Block {
    let n = form.appendix();
    Block::Approval(match lang {
        Lang::Kk => vec![
            RULES_KK.to_owned(),
            format!("{n}-қосымша"),
            "Нысан".to_owned(),
        ],
        Lang::Ru => vec![
            format!("Приложение {n}"),
            RULES_RU.to_owned(),
            "Форма".to_owned(),
        ],
    })
}

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

fn service_queue_reapply(lang: Lang) -> String {
    match lang {
        Lang::Kk => format!("\"{SERVICE_QUEUE_APP14_KK}\""),
        Lang::Ru => format!("«{SERVICE_QUEUE_APP14_RU}»"),
    }
}

fn service_queue(lang: Lang) -> String {
    match lang {
        Lang::Kk => format!("\"{SERVICE_QUEUE_KK}\""),
        Lang::Ru => format!("«{SERVICE_QUEUE_RU}»"),
    }
}

fn service_referral(lang: Lang) -> String {
    match lang {
        Lang::Kk => format!("\"{SERVICE_REFERRAL_KK}\""),
        Lang::Ru => format!("«{SERVICE_REFERRAL_RU}»"),
    }
}

/// E: the closing sentence of every notice.
fn electronic_document(lang: Lang) -> Block {
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
fn sent_from_system(lang: Lang, genitive: bool) -> Block {
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
fn registration_header(lang: Lang, values: &Values) -> [Block; 2] {
    let (number, date) = match lang {
        Lang::Kk => ("\"Тіркеу нөмірі\" № ", "\"Өтініш берілген күн\" "),
        Lang::Ru => ("«Регистрационный номер» № ", "«Дата подачи заявления» "),
    };
    [
        Para::new(Style::Header)
            .text(number)
            .field(
                Field::RegistrationNumber,
                values.text(Field::RegistrationNumber),
                BlankWidth::Chars(15),
                None,
            )
            .done(),
        Para::new(Style::Header)
            .text(date)
            .field(
                Field::ApplicationDate,
                values.date(Field::ApplicationDate).map(dates::numeric_date),
                BlankWidth::Chars(12),
                None,
            )
            .done(),
    ]
}

/// The caption under the full name: "(аты, әкесінің аты (болса), тегі)".
fn full_name_caption(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "(аты, әкесінің аты (болса), тегі)",
        Lang::Ru => "(имя, отчество (при наличии), фамилия)",
    }
}

/// The form's title.
fn title(text: &str) -> Block {
    Para::new(Style::Title).text(text).done()
}

/// Between the day and the month of a filled date, which stay on one line.
const NO_BREAK: &str = "\u{a0}";

/// A paragraph being built.
pub(crate) struct Para {
    style: Style,
    runs: Vec<Run>,
}

impl Para {
    fn new(style: Style) -> Para {
        Para {
            style,
            runs: Vec::new(),
        }
    }

    /// The form's own words.
    fn text(mut self, text: &str) -> Para {
        self.runs.push(Run::Text(text.to_owned()));
        self
    }

    /// The form's full stop after a blank; a filled value that already ends with one
    /// ("Сейітов Н.Қ.") takes no second.
    fn full_stop(self) -> Para {
        match self.runs.last() {
            Some(Run::Filled { text, .. }) if text.ends_with('.') => self,
            _ => self.text("."),
        }
    }

    /// A blank: filled with `value` when there is one, else a line of `width`.
    fn field(
        self,
        field: Field,
        value: Option<String>,
        width: BlankWidth,
        caption: Option<&str>,
    ) -> Para {
        self.blank_or(Some(field), value, width, caption)
    }

    fn blank_or(
        mut self,
        field: Option<Field>,
        value: Option<String>,
        width: BlankWidth,
        caption: Option<&str>,
    ) -> Para {
        let caption = caption.map(str::to_owned);
        self.runs.push(match value {
            Some(text) => Run::Filled {
                field,
                text,
                caption,
            },
            None => Run::Blank {
                field,
                width,
                caption,
            },
        });
        self
    }

    /// A date of a Kazakh sentence: "2026 жылғы 4 мамырдан", or its blanks
    /// "20__ жылғы ___ _______".
    fn kk_date(mut self, field: Field, date: Option<Date>, case: Case) -> Para {
        match date {
            Some(date) => {
                let [year, day, month] = dates::kk_date_parts(date, case);
                self = self.field(field, Some(year), BlankWidth::Chars(2), None);
                self = self
                    .text(" жылғы ")
                    .field(field, Some(day), BlankWidth::Chars(3), None);
                self.text(NO_BREAK)
                    .field(field, Some(month), BlankWidth::Chars(7), None)
            }
            None => self
                .text("20")
                .field(field, None, BlankWidth::Chars(2), None)
                .text(" жылғы ")
                .field(field, None, BlankWidth::Chars(3), None)
                .text(" ")
                .field(field, None, BlankWidth::Chars(7), None),
        }
    }

    /// A date of a Russian sentence: "«4» мая 2026 года", or "«___» __________ 20__ года".
    fn ru_date(self, field: Field, date: Option<Date>) -> Para {
        match date {
            Some(date) => self
                .text("«")
                .field(
                    field,
                    Some(date.day().to_string()),
                    BlankWidth::Chars(3),
                    None,
                )
                .text("»")
                .text(NO_BREAK)
                .field(
                    field,
                    Some(dates::ru_month(date).to_owned()),
                    BlankWidth::Chars(10),
                    None,
                )
                .text(" ")
                .field(
                    field,
                    Some(date.year().to_string()),
                    BlankWidth::Chars(2),
                    None,
                )
                .text(" года"),
            None => self
                .text("«")
                .field(field, None, BlankWidth::Chars(3), None)
                .text("» ")
                .field(field, None, BlankWidth::Chars(10), None)
                .text(" 20")
                .field(field, None, BlankWidth::Chars(2), None)
                .text(" года"),
        }
    }

    fn done(self) -> Block {
        Block::Paragraph {
            style: self.style,
            runs: self.runs,
        }
    }
}
