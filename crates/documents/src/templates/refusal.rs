//! App. 9: notice of refusal of the queueing service (p. 21), on a ground of app. 7 item 9.

use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::text::{Lang, Localized};

use super::parts::{Para, electronic_document, registration_header, service_queue, title};
use crate::document::{BlankWidth, Block, Run, Style};
use crate::values::Values;
use dayarlyq_rules::case_file::Place;

/// A ground to refuse the service: "мемлекеттік қызметті көрсетуден бас тарту үшін негіздер"
/// (app. 7 item 9). `notice.reason` holds the ground's code (or its official text) to choose
/// one; anything else typed there is printed as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RefusalGround {
    /// App. 7 item 9 1): the documents or data submitted are found to be untrue.
    UntrueData,
    /// App. 7 item 9 2): the applicant or the materials do not meet the Rules' requirements.
    RequirementsNotMet,
}

impl RefusalGround {
    pub const ALL: [RefusalGround; 2] =
        [RefusalGround::UntrueData, RefusalGround::RequirementsNotMet];

    /// Where the grounds are listed.
    pub const CITATION: Citation = Citation::AppendixItem(7, 9);

    /// The code to put in `notice.reason`: `untrue_data`, `requirements_not_met`.
    pub const fn code(self) -> &'static str {
        match self {
            RefusalGround::UntrueData => "untrue_data",
            RefusalGround::RequirementsNotMet => "requirements_not_met",
        }
    }

    /// The ground's text: Kazakh verbatim from app. 7 item 9 (without its number and final
    /// semicolon), Russian ours.
    pub fn text(self) -> Localized {
        match self {
            RefusalGround::UntrueData => Localized::new(
                "көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызметті алу үшін ұсынған \
                 құжаттардың және (немесе) олардағы деректің (мәліметтің) дұрыс еместігін анықтау",
                "установление недостоверности документов, представленных услугополучателем для \
                 получения государственной услуги, и (или) данных (сведений), содержащихся в них",
            ),
            RefusalGround::RequirementsNotMet => Localized::new(
                "көрсетілетін қызметті алушының және (немесе) ұсынылған мемлекеттік қызметті \
                 көрсету үшін қажетті материалдың, дерек пен мәліметтің осы Қағидаларда \
                 белгіленген талаптарға сәйкес келмеуі",
                "несоответствие услугополучателя и (или) представленных материалов, данных и \
                 сведений, необходимых для оказания государственной услуги, требованиям, \
                 установленным настоящими Правилами",
            ),
        }
    }

    /// The ground `reason` names: its code, or its text in either language.
    pub fn from_reason(reason: &str) -> Option<RefusalGround> {
        let reason = reason.trim();
        RefusalGround::ALL.into_iter().find(|g| {
            let text = g.text();
            reason == g.code() || reason == text.kk || reason == text.ru
        })
    }
}

/// Lines the form gives the reason when it is not filled.
const REASON_LINES: usize = 3;

/// The reason typed, or the ground's text in `lang` when it names one.
pub(super) fn reason_text(v: &Values, lang: Lang) -> Option<String> {
    v.text(Place::Reason)
        .map(|r| match RefusalGround::from_reason(&r) {
            Some(ground) => ground.text().get(lang).to_owned(),
            None => r,
        })
}

pub(super) fn blocks(lang: Lang, v: &Values) -> Vec<Block> {
    let reason = reason_text(v, lang);
    let caption = match lang {
        Lang::Kk => "(көрсетілетін қызмет атауы)",
        Lang::Ru => "(наименование государственной услуги)",
    };
    let service = Run::Filled {
        place: None,
        text: service_queue(lang),
        caption: Some(caption.to_owned()),
    };
    let mut title = match lang {
        Lang::Kk => title(" мемлекеттік қызметін көрсетуден бас тарту туралы хабарлама"),
        Lang::Ru => title("Уведомление об отказе в оказании государственной услуги "),
    };
    if let Block::Paragraph { runs, .. } = &mut title {
        match lang {
            Lang::Kk => runs.insert(0, service),
            Lang::Ru => runs.push(service),
        }
    }

    let mut body = Para::new(Style::Body).text(match lang {
        Lang::Kk => "\"Мемлекеттік көрсетілетін қызметтер туралы\" ҚР Заңы 19-1-бабының 2-тармағына сәйкес Сізге ",
        Lang::Ru => {
            "В соответствии с пунктом 2 статьи 19-1 Закона Республики Казахстан «О государственных \
             услугах» уведомляем Вас об отказе в оказании государственной услуги по причине: "
        }
    });
    match reason {
        Some(reason) => body = body.field(Place::Reason, Some(reason), BlankWidth::ToLineEnd, None),
        None => {
            for line in 1..=REASON_LINES {
                // The Russian sentence ends after the blank: its last line leaves room for the stop.
                let width = if line == REASON_LINES && lang == Lang::Ru {
                    BlankWidth::Chars(60)
                } else {
                    BlankWidth::ToLineEnd
                };
                body = body.field(Place::Reason, None, width, None);
            }
        }
    }
    body = body.text(match lang {
        Lang::Kk => " себебінен мемлекеттік қызметті көрсетуден бас тартылғаны туралы хабарлаймыз.",
        Lang::Ru => ".",
    });

    let mut blocks = Vec::from(registration_header(lang, v));
    let (provider, employee) = match lang {
        Lang::Kk => ("Көрсетілетін қызметті берушінің атауы: ", "Қызметкер: "),
        Lang::Ru => ("Наименование услугодателя: ", "Сотрудник: "),
    };
    blocks.extend([
        title,
        body.done(),
        Para::new(Style::Line)
            .text(provider)
            .field(
                Place::ProviderName,
                v.text(Place::ProviderName),
                BlankWidth::Chars(30),
                None,
            )
            .full_stop()
            .done(),
        Para::new(Style::Line)
            .text(employee)
            .field(
                Place::Employee,
                v.text(Place::Employee),
                BlankWidth::Chars(40),
                None,
            )
            .full_stop()
            .done(),
        electronic_document(lang),
    ]);
    blocks
}
