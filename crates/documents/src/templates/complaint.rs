//! The complaint against a refusal or a removal (p. 45): a letter to the provider whose decision
//! is contested. The Rules give it no form, so the wording is ours in both languages; it holds
//! what a complaint must say (the Administrative Procedural Code; README, "A complaint"): to
//! whom, from whom, the decision contested, why it is wrong, what is asked, what is attached, the
//! date and the signature. It quotes p. 45 verbatim on the provider's 3 working days.

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::complaint::Contested;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::text::{Lang, Localized};

use super::parts::{Para, applicant_signature, full_name_caption, title};
use super::refusal::reason_text;
use crate::dates::Case;
use crate::document::{BlankWidth, Block, Style};
use crate::values::Values;

/// P. 45's second sentence, verbatim: the provider forwards the complaint within 3 working days.
const FORWARD_KK: &str = "Шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалатын \
    көрсетілетін қызметті беруші, лауазымды адам шағым келіп түскен күннен бастап 3 (үш) жұмыс \
    күнінен кешіктірмей оны және әкімшілік істі шағымды қарайтын органға жібереді.";

/// The same sentence, our translation.
const FORWARD_RU: &str = "Услугодатель, должностное лицо, чье решение, действие (бездействие) \
    обжалуется, не позднее 3 (трех) рабочих дней со дня поступления жалобы направляет ее и \
    административное дело в орган, рассматривающий жалобу.";

/// Lines left for the grounds and for the demand when they are not typed.
const GROUNDS_LINES: usize = 4;
const DEMAND_LINES: usize = 2;

/// What the person asks for, as the letter suggests it for the notice contested: the decision
/// cancelled and the service given. Kazakh in the accusative, before "сұраймын".
pub fn suggested_demand(contested: Contested) -> Localized {
    match contested {
        Contested::Refusal => Localized::new(
            "бас тарту туралы шешімнің күшін жойып, өтінішімді қайта қарауды және мені кезекке \
             қоюды",
            "отменить решение об отказе, повторно рассмотреть мое заявление и поставить меня в \
             очередь",
        ),
        Contested::Removal => Localized::new(
            "кезектен шығару туралы шешімнің күшін жойып, мені кезекке қайта қоюды",
            "отменить решение об исключении из очереди и восстановить меня в очереди",
        ),
        Contested::ProactiveRefusal => Localized::new(
            "бас тарту туралы шешімнің күшін жойып, мені даярлауға жіберуді",
            "отменить решение об отказе и направить меня на подготовку",
        ),
    }
}

pub(super) fn blocks(lang: Lang, v: &Values) -> Vec<Block> {
    let line = BlankWidth::ToLineEnd;
    let kk = lang == Lang::Kk;
    let contested = v.contested();
    let pick = |k: &'static str, r: &'static str| if kk { k } else { r };

    let mut blocks = vec![
        Para::new(Style::Addressee)
            .text(pick("Кімге: ", "Кому: "))
            .field(
                Place::ProviderName,
                v.text(Place::ProviderName),
                line,
                Some(pick(
                    "(шешімі шағымданылатын көрсетілетін қызметті беруші)",
                    "(услугодатель, чье решение обжалуется)",
                )),
            )
            .done(),
        Para::new(Style::Addressee)
            .text(pick("Кімнен: ", "От: "))
            .field(
                Place::ApplicantSurname,
                v.full_name(lang),
                line,
                Some(full_name_caption(lang)),
            )
            .done(),
        Para::new(Style::Addressee)
            .text(pick("ЖСН ", "ИИН "))
            .field(
                Place::ApplicantIin,
                v.text(Place::ApplicantIin),
                BlankWidth::Chars(14),
                None,
            )
            .done(),
        Para::new(Style::Addressee)
            .text(pick("мекенжайы: ", "адрес: "))
            .field(
                Place::ApplicantAddress,
                v.text(Place::ApplicantAddress),
                line,
                None,
            )
            .done(),
        Para::new(Style::Addressee)
            .text(pick("телефоны: ", "телефон: "))
            .field(
                Place::ApplicantPhone,
                v.text(Place::ApplicantPhone),
                line,
                None,
            )
            .done(),
        title(pick(
            "Мемлекеттік қызметті көрсету мәселесі бойынша көрсетілетін қызметті берушінің \
             шешіміне шағым",
            "Жалоба на решение услугодателя по вопросу оказания государственной услуги",
        )),
        Para::new(Style::Line)
            .text(pick("Шағым жасалатын шешім: ", "Обжалуемое решение: "))
            .field(
                Place::ComplaintAgainst,
                contested.map(|c| c.name().get(lang).to_owned()),
                line,
                Some(pick("(хабарламаның атауы)", "(наименование уведомления)")),
            )
            .done(),
        Para::new(Style::Line)
            .text(pick("Тіркеу нөмірі: № ", "Регистрационный номер: № "))
            .field(
                Place::RegistrationNumber,
                v.text(Place::RegistrationNumber),
                BlankWidth::Chars(15),
                None,
            )
            .text(pick(", хабарламаның күні: ", ", дата уведомления: "))
            .field(
                Place::ComplaintNoticeDate,
                v.date(Place::ComplaintNoticeDate)
                    .map(|d| Dmy(d).to_string()),
                BlankWidth::Chars(12),
                None,
            )
            .full_stop()
            .done(),
    ];

    // App. 14 gives no reason: the payment was not confirmed (p. 23).
    if contested != Some(Contested::ProactiveRefusal) {
        let reason = reason_text(v, lang);
        blocks.push(
            Para::new(Style::Line)
                .text(pick(
                    "Шешімде көрсетілген себеп: ",
                    "Причина, указанная в решении: ",
                ))
                .field(Place::Reason, reason, line, None)
                .done(),
        );
    }

    let mut grounds = Para::new(Style::Body).text(pick(
        "Шешіммен келіспеймін, себебі: ",
        "С решением не согласен (не согласна), так как: ",
    ));
    grounds = lines(
        grounds,
        Place::ComplaintGrounds,
        v.text(Place::ComplaintGrounds),
        GROUNDS_LINES,
    );
    blocks.push(grounds.done());

    let demand = v.text(Place::ComplaintDemand);
    blocks.push(match lang {
        Lang::Kk => lines(
            Para::new(Style::Body).text("Жоғарыда баяндалғанның негізінде "),
            Place::ComplaintDemand,
            demand,
            DEMAND_LINES,
        )
        .text(" сұраймын.")
        .done(),
        Lang::Ru => lines(
            Para::new(Style::Body).text("На основании изложенного прошу "),
            Place::ComplaintDemand,
            demand,
            DEMAND_LINES,
        )
        .full_stop()
        .done(),
    });

    blocks.push(
        Para::new(Style::Body)
            .text(match lang {
                Lang::Kk => "Қағидалардың 45-тармағына сәйкес: «",
                Lang::Ru => "Согласно пункту 45 Правил: «",
            })
            .text(pick(FORWARD_KK, FORWARD_RU))
            .text("»")
            .done(),
    );
    blocks.push(
        Para::new(Style::Line)
            .text(pick("Қоса беремін: ", "Прилагаю: "))
            .field(
                Place::ComplaintAgainst,
                contested.map(|c| match lang {
                    Lang::Kk => format!("«{}» көшірмесі", c.name().kk),
                    Lang::Ru => format!("копия документа «{}»", c.name().ru),
                }),
                line,
                Some(pick("(хабарламаның көшірмесі)", "(копия уведомления)")),
            )
            .full_stop()
            .done(),
    );

    let date = v.date(Place::ComplaintDate);
    blocks.push(match lang {
        Lang::Kk => Para::new(Style::Line)
            .kk_date(Place::ComplaintDate, date, Case::Nominative)
            .done(),
        Lang::Ru => Para::new(Style::Line)
            .ru_date(Place::ComplaintDate, date)
            .done(),
    });
    blocks.push(applicant_signature(lang, v));
    blocks
}

/// `value` at `place`, or `count` lines to write it by hand.
fn lines(mut para: Para, place: Place, value: Option<String>, count: usize) -> Para {
    match value {
        Some(value) => para.field(place, Some(value), BlankWidth::ToLineEnd, None),
        None => {
            for _ in 0..count {
                para = para.field(place, None, BlankWidth::ToLineEnd, None);
            }
            para
        }
    }
}
