//! App. 8: notice of queueing, with the queue number (p. 21).

use dayarlyq_rules::text::Lang;

use super::parts::{Para, electronic_document, full_name_caption, registration_header, title};
use crate::document::{BlankWidth, Block, Style};
use crate::values::Values;
use dayarlyq_rules::case_file::Place;

pub(super) fn blocks(lang: Lang, v: &Values) -> Vec<Block> {
    let queue = v.queue_number().map(|n| n.to_string());
    let name = v.full_name(lang);
    let mut blocks = Vec::from(registration_header(lang, v));
    blocks.extend(match lang {
        Lang::Kk => [
            title("Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезекке қою туралы хабарлама"),
            Para::new(Style::Body)
                .text("Сіз ")
                .field(Place::ApplicantSurname, name, BlankWidth::ToLineEnd, Some(full_name_caption(lang)))
                .text(" Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымында оқу үшін № ")
                .field(Place::QueueNumber, queue, BlankWidth::Chars(6), None)
                .text(" болып кезекке қойылдыңыз.")
                .done(),
            Para::new(Style::Line)
                .text("Көрсетілетін қызметті берушінің атауы: ")
                .field(Place::ProviderName, v.text(Place::ProviderName), BlankWidth::Chars(30), None)
                .done(),
            Para::new(Style::Line)
                .text("Қызметкер: ")
                .field(Place::Employee, v.text(Place::Employee), BlankWidth::Chars(40), None)
                .full_stop()
                .done(),
        ],
        Lang::Ru => [
            title(
                "Уведомление о постановке в очередь для направления на подготовку по \
                 военно-техническим и иным специальностям",
            ),
            Para::new(Style::Body)
                .text("Вы, ")
                .field(Place::ApplicantSurname, name, BlankWidth::ToLineEnd, Some(full_name_caption(lang)))
                .text(
                    ", поставлены в очередь на обучение в специализированной организации \
                     Министерства обороны Республики Казахстан под № ",
                )
                .field(Place::QueueNumber, queue, BlankWidth::Chars(6), None)
                .text(".")
                .done(),
            Para::new(Style::Line)
                .text("Наименование услугодателя: ")
                .field(Place::ProviderName, v.text(Place::ProviderName), BlankWidth::Chars(30), None)
                .done(),
            Para::new(Style::Line)
                .text("Сотрудник: ")
                .field(Place::Employee, v.text(Place::Employee), BlankWidth::Chars(40), None)
                .full_stop()
                .done(),
        ],
    });
    blocks.push(electronic_document(lang));
    blocks
}
