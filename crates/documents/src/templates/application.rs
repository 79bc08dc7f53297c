//! App. 6: the application for queueing ("кезекке қою туралы өтініш"), p. 21.

use dayarlyq_rules::text::Lang;

use super::parts::{Para, applicant_signature, full_name_caption, service_referral, title};
use crate::dates::{self, Case};
use crate::document::{BlankWidth, Block, Style};
use crate::values::Values;
use dayarlyq_rules::case_file::Place;

/// The form has three lines for the attachments; more are listed when typed.
const ATTACHMENT_LINES: usize = 3;

pub(super) fn blocks(lang: Lang, v: &Values) -> Vec<Block> {
    let line = BlankWidth::ToLineEnd;
    let mut blocks = match lang {
        Lang::Kk => vec![
            Para::new(Style::Addressee)
                .field(
                    Place::ProviderRegion,
                    v.text(Place::ProviderRegion),
                    line,
                    Some("облысы (қаласы)"),
                )
                .done(),
            Para::new(Style::Addressee)
                .field(
                    Place::ProviderDistrict,
                    v.text(Place::ProviderDistrict),
                    line,
                    Some("ауданы (қаласы)"),
                )
                .done(),
            Para::new(Style::Addressee)
                .text("қорғаныс істері басқармасының (бөлімінің) бастығына")
                .done(),
            Para::new(Style::Addressee)
                .field(
                    Place::ApplicantAddress,
                    v.text(Place::ApplicantAddress),
                    line,
                    None,
                )
                .text(" мекенжайы бойынша тұратын")
                .done(),
            Para::new(Style::Addressee)
                .field(
                    Place::ApplicantSurname,
                    v.full_name(lang),
                    line,
                    Some(full_name_caption(lang)),
                )
                .done(),
            Para::new(Style::Addressee)
                .text("телефоны ")
                .field(
                    Place::ApplicantPhone,
                    v.text(Place::ApplicantPhone),
                    line,
                    None,
                )
                .done(),
            title(
                "Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезекке қою туралы өтініш",
            ),
            Para::new(Style::Body)
                .text("Мені ")
                .kk_date(Place::PeriodFrom, v.date(Place::PeriodFrom), Case::Ablative)
                .text(" бастап ")
                .kk_date(Place::PeriodTo, v.date(Place::PeriodTo), Case::Dative)
                .text(
                    " дейінгі кезеңде Қазақстан Республикасы Қорғаныс министрлігінің \
                     мамандандырылған ұйымында әскери-техникалық және өзге де мамандықтар бойынша \
                     даярлауға жіберу үшін кезекке қоюыңызды сұраймын.",
                )
                .done(),
            Para::new(Style::Line)
                .text("Өтінішке мыналарды қоса беремін:")
                .done(),
        ],
        // "Начальнику управления (отдела) по делам обороны ___ района ___ области": the Russian
        // order, where the Kazakh form names the region and the district first.
        Lang::Ru => vec![
            Para::new(Style::Addressee)
                .text("Начальнику управления (отдела) по делам обороны")
                .done(),
            Para::new(Style::Addressee)
                .field(
                    Place::ProviderDistrict,
                    v.text(Place::ProviderDistrict),
                    line,
                    Some("(района (города))"),
                )
                .done(),
            Para::new(Style::Addressee)
                .field(
                    Place::ProviderRegion,
                    v.text(Place::ProviderRegion),
                    line,
                    Some("(области (города))"),
                )
                .done(),
            Para::new(Style::Addressee)
                .text("от ")
                .field(
                    Place::ApplicantSurname,
                    v.full_name(lang),
                    line,
                    Some(full_name_caption(lang)),
                )
                .done(),
            Para::new(Style::Addressee)
                .text("проживающего по адресу: ")
                .field(
                    Place::ApplicantAddress,
                    v.text(Place::ApplicantAddress),
                    line,
                    None,
                )
                .done(),
            Para::new(Style::Addressee)
                .text("телефон ")
                .field(
                    Place::ApplicantPhone,
                    v.text(Place::ApplicantPhone),
                    line,
                    None,
                )
                .done(),
            title(
                "Заявление о постановке в очередь для направления на подготовку по \
                 военно-техническим и иным специальностям",
            ),
            Para::new(Style::Body)
                .text(
                    "Прошу поставить меня в очередь для направления на подготовку по \
                     военно-техническим и иным специальностям в специализированной организации \
                     Министерства обороны Республики Казахстан на период с ",
                )
                .ru_date(Place::PeriodFrom, v.date(Place::PeriodFrom))
                .text(" по ")
                .ru_date(Place::PeriodTo, v.date(Place::PeriodTo))
                .text(".")
                .done(),
            Para::new(Style::Line).text("К заявлению прилагаю:").done(),
        ],
    };

    let attachments = v.attachments();
    let lines = attachments.len().max(ATTACHMENT_LINES);
    for i in 0..lines {
        blocks.push(
            Para::new(Style::Line)
                .field(Place::Attachments, attachments.get(i).cloned(), line, None)
                .done(),
        );
    }

    blocks.push(
        Para::new(Style::Body)
            .text(&match lang {
                Lang::Kk => format!(
                    "Мемлекеттік қызмет көрсету, оның ішінде проактивті форматта {} мемлекеттік \
                     қызметін көрсету кезінде дербес деректі жинауға және өңдеуге келісемін.",
                    service_referral(lang)
                ),
                Lang::Ru => format!(
                    "Даю согласие на сбор и обработку персональных данных при оказании \
                     государственных услуг, в том числе при оказании в проактивном формате \
                     государственной услуги {}.",
                    service_referral(lang)
                ),
            })
            .done(),
    );

    // "20__ жылғы "___" ______________ сағат ___ ___ минут": the moment of submission.
    let at = v.moment(Place::SubmittedAt);
    let date = at.map(|m| m.date());
    let year = date.map(|d| d.year().to_string());
    let day = date.map(|d| d.day().to_string());
    let hour = at.map(|m| format!("{:02}", m.time().hour()));
    let minute = at.map(|m| format!("{:02}", m.time().minute()));
    let f = Place::SubmittedAt;
    let year_blank = |p: Para| match &year {
        Some(y) => p.field(f, Some(y.clone()), BlankWidth::Chars(2), None),
        None => p.text("20").field(f, None, BlankWidth::Chars(2), None),
    };
    let when = match lang {
        Lang::Kk => year_blank(Para::new(Style::Line))
            .text(" жылғы \"")
            .field(f, day, BlankWidth::Chars(3), None)
            .text("\" ")
            .field(
                f,
                date.map(|d| dates::kk_month(d, Case::Nominative)),
                BlankWidth::Chars(14),
                None,
            )
            .text(" сағат ")
            .field(f, hour, BlankWidth::Chars(3), None)
            .text(" ")
            .field(f, minute, BlankWidth::Chars(3), None)
            .text(" минут"),
        Lang::Ru => {
            let p = Para::new(Style::Line)
                .text("«")
                .field(f, day, BlankWidth::Chars(3), None)
                .text("» ")
                .field(
                    f,
                    date.map(|d| dates::ru_month(d).to_owned()),
                    BlankWidth::Chars(14),
                    None,
                )
                .text(" ");
            year_blank(p)
                .text(" года ")
                .field(f, hour, BlankWidth::Chars(3), None)
                .text(" ч. ")
                .field(f, minute, BlankWidth::Chars(3), None)
                .text(" мин.")
        }
    };
    blocks.push(when.done());

    blocks.push(applicant_signature(lang, v));
    blocks
}
