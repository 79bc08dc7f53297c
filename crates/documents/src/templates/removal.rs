//! App. 10: notice of removal from the queue (p. 22: the person is no longer on military
//! registration). The form cites "30-тармағына" — p. 30 — and keeps it: we change nothing of the
//! law (RULES.md, contradiction 4).

use dayarlyq_rules::text::Lang;

use super::parts::{Para, electronic_document, registration_header, sent_from_system, title};
use crate::document::{BlankWidth, Block, Style};
use crate::values::Values;
use dayarlyq_rules::case_file::Place;

pub(super) fn blocks(lang: Lang, v: &Values) -> Vec<Block> {
    let reason = v.text(Place::Reason);
    let width = BlankWidth::Chars(45);
    let mut blocks = Vec::from(registration_header(lang, v));
    blocks.push(match lang {
        Lang::Kk => title(
            "Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезектен \
             шығару туралы хабарлама",
        ),
        Lang::Ru => title(
            "Уведомление об исключении из очереди для направления на подготовку по \
             военно-техническим и иным специальностям",
        ),
    });
    blocks.push(match lang {
        Lang::Kk => Para::new(Style::Body)
            .text("Сізге ")
            .field(Place::Reason, reason, width, Some("(себебі көрсетілсін)"))
            .text(
                " байланысты Қазақстан Республикасы Қорғаныс министрінің 2017 жылғы 17 шілдедегі \
                 № 357 бұйрығымен бекітілген Қазақстан Республикасы Қорғаныс министрлігінің \
                 мамандандырылған ұйымында әскери-техникалық және өзге де мамандықтар бойынша \
                 әскерге шақырылушыларды, әскери міндеттілерді жинау, оларды жіберу және өтеусіз \
                 және өтеулі негізде оқыту, оқу-тәрбие процесін ұйымдастыру қағидаларының, \
                 сондай-ақ оқу мерзімінің 30-тармағына сәйкес әскери-техникалық және өзге де \
                 мамандықтар бойынша даярлауға жіберу үшін кезектен шығарылғаныңызды хабарлаймыз.",
            )
            .done(),
        Lang::Ru => Para::new(Style::Body)
            .text("Уведомляем Вас, что в связи с ")
            .field(Place::Reason, reason, width, Some("(указывается причина)"))
            .text(&format!(
                " Вы исключены из очереди для направления на подготовку по военно-техническим и \
                 иным специальностям в соответствии с пунктом 30 {}, утвержденных приказом \
                 Министра обороны Республики Казахстан от 17 июля 2017 года № 357.",
                super::rules_ru_genitive()
            ))
            .done(),
    });
    blocks.push(sent_from_system(lang, false));
    blocks.push(electronic_document(lang));
    blocks
}
