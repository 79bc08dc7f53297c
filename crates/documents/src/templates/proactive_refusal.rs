//! App. 14: proactive refusal — payment not confirmed through the e-government payment gateway
//! within the window (p. 23), with removal from the queue. Nothing to fill but the service name.

use dayarlyq_rules::text::Lang;

use super::parts::{
    Para, electronic_document, sent_from_system, service_queue_reapply, service_referral,
};
use crate::document::{Block, Run, Style};

pub(super) fn blocks(lang: Lang) -> Vec<Block> {
    let caption = match lang {
        Lang::Kk => "(көрсетілетін қызмет атауы)",
        Lang::Ru => "(наименование услуги)",
    };
    let service = Run::Filled {
        place: None,
        text: service_referral(lang),
        caption: Some(caption.to_owned()),
    };
    let title = match lang {
        Lang::Kk => vec![
            service,
            Run::Text(" проактивті қызметін көрсетуден бас тарту туралы хабарлама".to_owned()),
        ],
        Lang::Ru => vec![
            Run::Text("Уведомление об отказе в оказании проактивной услуги ".to_owned()),
            service,
        ],
    };
    let text = match lang {
        Lang::Kk => [
            "\"Мемлекеттік көрсетілетін қызметтер туралы\" ҚР Заңының 19-1-бабы 2-тармағының 2) \
             тармақшасына сәйкес Сізге \"электрондық үкімет\" төлем шлюзінен оқу ақысын \
             төлегеніңіз расталмағандықтан, мемлекеттік қызметті көрсетуден бас тартылғанын \
             хабарлаймыз."
                .to_owned(),
            "Жазылғанды ескеріп, Сіз әскери-техникалық және өзге де мамандықтар бойынша \
             даярлауға жіберу үшін кезектен шығарылдыңыз."
                .to_owned(),
            format!(
                "Кезекке қайта қою үшін {} мемлекеттік қызметін көрсету үшін белгіленген \
                 тәртіппен жүгінуіңіз қажет.",
                service_queue_reapply(lang)
            ),
        ],
        Lang::Ru => [
            "В соответствии с подпунктом 2) пункта 2 статьи 19-1 Закона Республики Казахстан \
             «О государственных услугах» уведомляем Вас об отказе в оказании государственной \
             услуги в связи с отсутствием подтверждения оплаты обучения из платежного шлюза \
             «электронного правительства»."
                .to_owned(),
            "С учетом изложенного Вы исключены из очереди для направления на подготовку по \
             военно-техническим и иным специальностям."
                .to_owned(),
            format!(
                "Для повторной постановки в очередь Вам необходимо обратиться в установленном \
                 порядке за оказанием государственной услуги {}.",
                service_queue_reapply(lang)
            ),
        ],
    };
    let mut blocks = vec![Block::Paragraph {
        style: Style::Title,
        runs: title,
    }];
    blocks.extend(text.iter().map(|t| Para::new(Style::Body).text(t).done()));
    blocks.push(sent_from_system(lang, true));
    blocks.push(electronic_document(lang));
    blocks
}
