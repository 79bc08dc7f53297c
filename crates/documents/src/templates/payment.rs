//! App. 11: notice that payment is needed (p. 22), with the fee of app. 12 item 6.
//!
//! The form says both "2 жұмыс күн" and, in its last paragraph, "күнтізбелік 2 күн"; both are
//! printed as the law has them (RULES.md, contradiction 3), from the rules' constants for the
//! payment window (p. 23; app. 12 item 3) so that the notice and the timeline cannot part.

use dayarlyq_rules::fmt::Tenge;
use dayarlyq_rules::text::Lang;
use dayarlyq_rules::timeline::{PAYMENT_CALENDAR_DAYS, PAYMENT_WORKING_DAYS};

use super::parts::{Para, electronic_document, sent_from_system, title};
use crate::dates::Case;
use crate::document::{BlankWidth, Block, Style};
use crate::values::Values;
use dayarlyq_rules::case_file::Place;

pub(super) fn blocks(lang: Lang, v: &Values) -> Vec<Block> {
    let from = v.date(Place::PeriodFrom);
    let to = v.date(Place::PeriodTo);
    let fee = Some(Tenge(v.fee()).to_string());
    let mut blocks = match lang {
        Lang::Kk => vec![
            title(
                "Әскери-техникалық және өзге де мамандықтар бойынша оқуға ақы төлеу қажеттілігі туралы хабарлама",
            ),
            Para::new(Style::Body)
                .text("Сізге ")
                .kk_date(Place::PeriodFrom, from, Case::Ablative)
                .text(" бастап ")
                .kk_date(Place::PeriodTo, to, Case::Dative)
                .text(
                    " дейінгі кезеңде Қазақстан Республикасы Қорғаныс министрлігінің \
                     мамандандырылған ұйымында оқу үшін төлем жасау қажет екенін хабарлаймыз.",
                )
                .done(),
            Para::new(Style::Body)
                .text("Оқу ақысы ")
                .field(Place::Fee, fee, BlankWidth::Chars(11), None)
                .text(" теңге.")
                .done(),
            Para::new(Style::Body)
                .text(&format!(
                    "Төлемді осы хабарламаны алған күннен бастап {PAYMENT_WORKING_DAYS} жұмыс күн ішінде \
                     жасау қажет."
                ))
                .done(),
            Para::new(Style::Body)
                .text(
                    "Төлемге сілтеме Сіздің \"электрондық үкімет\" порталындағы \"жеке \
                     кабинетіңізге\" жіберілді.",
                )
                .done(),
            Para::new(Style::Body)
                .text(&format!(
                    "Осы хабарламаны алған күннен бастап күнтізбелік {PAYMENT_CALENDAR_DAYS} күн ішінде төлем жасалғанын \
                     растау болмаған жағдайда Сіз әскери-техникалық және өзге де мамандықтар \
                     бойынша даярлауға жіберу үшін кезектен шығарылатын боласыз."
                ))
                .done(),
        ],
        Lang::Ru => vec![
            title(
                "Уведомление о необходимости оплаты обучения по военно-техническим и иным специальностям",
            ),
            Para::new(Style::Body)
                // "Сізге … бастап … дейінгі кезеңде … ұйымында оқу үшін төлем жасау қажет": the
                // period is the training's, not the payment's.
                .text("Уведомляем Вас о необходимости оплаты обучения в период с ")
                .ru_date(Place::PeriodFrom, from)
                .text(" по ")
                .ru_date(Place::PeriodTo, to)
                .text(
                    " в специализированной организации Министерства обороны Республики \
                     Казахстан.",
                )
                .done(),
            Para::new(Style::Body)
                .text("Стоимость обучения ")
                .field(Place::Fee, fee, BlankWidth::Chars(11), None)
                .text(" тенге.")
                .done(),
            Para::new(Style::Body)
                .text(&format!(
                    "Оплату необходимо произвести в течение {PAYMENT_WORKING_DAYS} рабочих дней со дня получения \
                     настоящего уведомления."
                ))
                .done(),
            Para::new(Style::Body)
                .text(
                    "Ссылка на оплату направлена в Ваш «личный кабинет» на портале «электронного \
                     правительства».",
                )
                .done(),
            Para::new(Style::Body)
                .text(&format!(
                    "В случае отсутствия подтверждения оплаты в течение {PAYMENT_CALENDAR_DAYS} календарных дней со дня \
                     получения настоящего уведомления Вы будете исключены из очереди для \
                     направления на подготовку по военно-техническим и иным специальностям."
                ))
                .done(),
        ],
    };
    blocks.push(sent_from_system(lang, true));
    blocks.push(electronic_document(lang));
    blocks
}
