//! The forms as templates: the Kazakh text of the appendices verbatim (as repaired in
//! `shared/regulation/FORMS-kk.md`), our Russian translation, and where the blanks are.
//! One module per form; [`parts`] holds what several share, this one puts a document together.

mod application;
mod complaint;
mod nominal_list;
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
use crate::nominal::NominalList;
use crate::nominal::selection::Selection;
use crate::values::Values;

pub use complaint::suggested_demand;
pub use refusal::RefusalGround;

/// The document `form` in `lang`, filled from `case`. Missing or unreadable values leave the
/// form's blank lines; nothing of the form's own text changes.
pub fn build(form: Form, lang: Lang, case: &CaseFile) -> Document {
    let values = Values::new(case);
    // The complaint is the person's own letter: no appendix's approval block, no note.
    if form == Form::Complaint {
        return Document {
            form,
            lang,
            title: form.document_title(lang),
            blocks: complaint::blocks(lang, &values),
        };
    }
    let mut blocks = vec![approval(form, lang)];
    blocks.extend(match form {
        Form::Application => application::blocks(lang, &values),
        Form::Queued => queued::blocks(lang, &values),
        Form::Refusal => refusal::blocks(lang, &values),
        Form::Removal => removal::blocks(lang, &values),
        Form::PaymentNeeded => payment::blocks(lang, &values),
        Form::Referral => referral::blocks(lang, &values),
        Form::ProactiveRefusal => proactive_refusal::blocks(lang),
        // A case file holds no list: the blank form.
        Form::NominalList => {
            nominal_list::blocks(lang, &NominalList::default(), &Selection::empty())
        }
        Form::Complaint => Vec::new(),
    });
    if lang == Lang::Ru {
        blocks.push(Block::Note(russian_note(form)));
    }
    Document {
        form,
        lang,
        title: form.document_title(lang),
        blocks,
    }
}

/// App. 4, the nominal list, in `lang`: the people `selection` keeps, in its order
/// ([`crate::nominal`]).
pub fn build_list(lang: Lang, list: &NominalList, selection: &Selection) -> Document {
    let form = Form::NominalList;
    let mut blocks = vec![approval(form, lang)];
    blocks.extend(nominal_list::blocks(lang, list, selection));
    if lang == Lang::Ru {
        blocks.push(Block::Note(russian_note(form)));
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

/// The Rules' Russian title, our translation, between "Правил(ам)" and "срок(ов/ам) обучения":
/// one wording for every mention in the documents, only its two ends declined.
const RULES_RU: &str = "приема в специализированные организации Министерства обороны Республики \
    Казахстан призывников, военнообязанных, их направления и обучения на безвозмездной и \
    возмездной основе по военно-техническим и иным специальностям, организации \
    учебно-воспитательного процесса, а также";

/// "к Правилам … срокам обучения": the approval block.
fn rules_ru_dative() -> String {
    format!("к Правилам {RULES_RU} срокам обучения")
}

/// "Правил … сроков обучения": app. 10's "in accordance with paragraph 30 of the Rules".
fn rules_ru_genitive() -> String {
    format!("Правил {RULES_RU} сроков обучения")
}

/// The note under every Russian document. Order 357 has an official Russian text as well as
/// the Kazakh one; we do not hold it, so the Russian here is ours and says so.
fn russian_note(form: Form) -> String {
    let n = form.appendix().unwrap_or_default();
    format!(
        "Этот текст на русском языке — наш перевод формы с казахского языка (приложение {n} к \
         Правилам, утвержденным приказом Министра обороны Республики Казахстан от 17 июля \
         2017 года № 357). Официальные тексты Правил на казахском и русском языках \
         опубликованы на adilet.zan.kz.",
    )
}

/// The approval block at the top right: "… оқу мерзіміне / 6-қосымша / Нысан".
fn approval(form: Form, lang: Lang) -> Block {
    let n = form.appendix().unwrap_or_default();
    Block::Approval(match lang {
        Lang::Kk => vec![
            RULES_KK.to_owned(),
            format!("{n}-қосымша"),
            "Нысан".to_owned(),
        ],
        Lang::Ru => vec![
            format!("Приложение {n}"),
            rules_ru_dative(),
            "Форма".to_owned(),
        ],
    })
}
