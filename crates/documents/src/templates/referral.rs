//! App. 13: referral to training (p. 23, p. 24): the period, the day and hour to arrive, and the
//! specialised organisation's address.

use dayarlyq_rules::text::Lang;

use super::parts::{Para, electronic_document, full_name_caption, sent_from_system, title};
use crate::dates::{self, Case};
use crate::document::{BlankWidth, Block, Style};
use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::person::Sex;

use crate::values::Values;

pub(super) fn blocks(lang: Lang, v: &Values) -> Vec<Block> {
    let from = v.date(Place::PeriodFrom);
    let to = v.date(Place::PeriodTo);
    let arrival = v.moment(Place::ArrivalAt);
    let address = v.text(Place::OrganisationAddress);
    let name = BlankWidth::Chars(40);
    let mut blocks = match lang {
        Lang::Kk => vec![
            title("Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу"),
            Para::new(Style::Line)
                .text("Құрметті ")
                .field(
                    Place::ApplicantSurname,
                    v.full_name(lang),
                    name,
                    Some(full_name_caption(lang)),
                )
                .text(",")
                .done(),
            Para::new(Style::Body)
                .text("Сіз ")
                .kk_date(Place::PeriodFrom, from, Case::Ablative)
                .text(" бастап ")
                .kk_date(Place::PeriodTo, to, Case::Dative)
                .text(" дейінгі кезеңде оқу үшін ")
                .kk_date(
                    Place::ArrivalAt,
                    arrival.map(|m| m.date()),
                    Case::Nominative,
                )
                .text(" сағат ")
                // The form prints "_______-ге қарай": the hour fills the line, the "-ге" is the
                // form's own and stays ("сағат 9.00-ге қарай").
                .field(
                    Place::ArrivalAt,
                    arrival.map(|m| dates::clock(m.time())),
                    BlankWidth::Chars(7),
                    None,
                )
                .text("-ге қарай ")
                .field(
                    Place::OrganisationAddress,
                    address,
                    BlankWidth::Chars(33),
                    None,
                )
                .text(
                    " мекенжайы бойынша орналасқан Қазақстан Республикасы Қорғаныс министрлігінің \
                     мамандандырылған ұйымына келуіңіз қажет.",
                )
                .done(),
            Para::new(Style::Body)
                .text(
                    "Өзіңізбен бірге жеке заттар, гигиена құралдары және осы хабарламаның \
                     көшірмесі болуға тиіс.",
                )
                .done(),
        ],
        Lang::Ru => {
            let dear = match v.sex() {
                Some(Sex::Male) => "Уважаемый ",
                Some(Sex::Female) => "Уважаемая ",
                None => "Уважаемый(-ая) ",
            };
            vec![
                title("Направление на подготовку по военно-техническим и иным специальностям"),
                Para::new(Style::Line)
                    .text(dear)
                    .field(
                        Place::ApplicantSurname,
                        v.full_name(lang),
                        name,
                        Some(full_name_caption(lang)),
                    )
                    .text(",")
                    .done(),
                Para::new(Style::Body)
                    .text("Для обучения в период с ")
                    .ru_date(Place::PeriodFrom, from)
                    .text(" по ")
                    .ru_date(Place::PeriodTo, to)
                    .text(" Вам необходимо прибыть ")
                    .ru_date(Place::ArrivalAt, arrival.map(|m| m.date()))
                    .text(" к ")
                    .field(
                        Place::ArrivalAt,
                        arrival.map(|m| dates::clock(m.time())),
                        BlankWidth::Chars(7),
                        None,
                    )
                    .text(
                        " в специализированную организацию Министерства обороны Республики \
                         Казахстан, расположенную по адресу: ",
                    )
                    .field(
                        Place::OrganisationAddress,
                        address,
                        BlankWidth::Chars(33),
                        None,
                    )
                    .full_stop()
                    .done(),
                Para::new(Style::Body)
                    .text(
                        "При себе необходимо иметь личные вещи, средства гигиены и копию \
                         настоящего уведомления.",
                    )
                    .done(),
            ]
        }
    };
    blocks.push(sent_from_system(lang, true));
    blocks.push(electronic_document(lang));
    blocks
}
