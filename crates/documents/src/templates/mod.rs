//! The forms as templates: the Kazakh text of the appendices verbatim (as repaired in
//! `shared/regulation/FORMS-kk.md`), our Russian translation, and where the blanks are.
//! One module per form; [`parts`] holds what several share, this one puts a document together.

mod application;
mod parts;
mod payment;
mod proactive_refusal;
mod queued;
mod referral;
mod refusal;
mod removal;

use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::text::Lang;

use crate::document::{Block, Document};
use crate::form::Form;
use crate::values::Values;

pub use refusal::RefusalGround;

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
