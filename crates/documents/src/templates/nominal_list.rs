//! App. 4: the nominal list of conscripts selected for the free track (p. 12), its Kazakh text
//! verbatim from `order-357-kk.txt` (hard line wraps undone), our Russian translation. The rows
//! are the people [`Selection`] keeps, in its (Kazakh alphabetical) order, numbered; the group's
//! head count is filled in; the signatures are left to sign.

use dayarlyq_rules::Date;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::moment::read_date;
use dayarlyq_rules::person::Education;
use dayarlyq_rules::text::Lang;

use super::parts::{Para, title};
use crate::dates::{self, Case, KK_MONTHS};
use crate::document::{BlankWidth, Block, Cell, Run, Style, Table};
use crate::nominal::selection::Selection;
use crate::nominal::{NominalList, Person};
use crate::values::clean;

/// The columns' shares of the text width: №, name, birth, education, workplace, address; each
/// wide enough for the longest word it holds at the table's 12 pt («техникалық», «желтоқсан»,
/// «профессиональное», «специальность», 1 000 in the first), so the form keeps its A4 portrait.
const WIDTHS_KK: [u16; 6] = [7, 18, 14, 15, 20, 26];
const WIDTHS_RU: [u16; 6] = [7, 17, 13, 23, 19, 21];

pub(super) fn blocks(lang: Lang, list: &NominalList, selection: &Selection) -> Vec<Block> {
    let text = |v: &Option<String>| v.as_deref().map(clean).filter(|s| !s.is_empty());
    let date = |v: &Option<String>| -> Option<Date> { v.as_deref().and_then(read_date) };
    let (start, end, drawn) = (
        date(&list.training_start),
        date(&list.training_end),
        date(&list.date),
    );
    let line = BlankWidth::ToLineEnd;
    let kk = lang == Lang::Kk;
    let (body_caption, org_caption) = if kk {
        (
            "(жергілікті әскери басқару органының атауы)",
            "(мамандандырылған ұйым атауы)",
        )
    } else {
        (
            "(наименование местного органа военного управления)",
            "(наименование специализированной организации)",
        )
    };
    let mut blocks = vec![
        title(if kk {
            "Өтеусіз негізде әскери-техникалық және өзге де мамандықтар бойынша даярлау үшін \
             іріктелген әскерге шақырылушылардың атаулы тізімі"
        } else {
            "Именной список призывников, отобранных для подготовки по военно-техническим и иным \
             специальностям на безвозмездной основе"
        }),
        Para::new(Style::Line)
            .blank_or(None, text(&list.military_body), line, Some(body_caption))
            .done(),
        Para::new(Style::Line)
            .blank_or(None, text(&list.organization), line, Some(org_caption))
            .done(),
    ];
    let specialty = text(&list.specialty);
    blocks.push(if kk {
        Para::new(Style::Line)
            .blank_or(None, specialty, BlankWidth::Chars(40), None)
            .text(" мамандығы бойынша жасақтау үшін.")
            .done()
    } else {
        Para::new(Style::Line)
            .text("Для комплектования по специальности ")
            .blank_or(None, specialty, BlankWidth::Chars(40), None)
            .text(".")
            .done()
    });
    for (label, day) in if kk {
        [("Оқудың басталуы ", start), ("Оқудың аяқталуы ", end)]
    } else {
        [("Начало обучения ", start), ("Окончание обучения ", end)]
    } {
        blocks.push(
            Para::new(Style::Line)
                .text(label)
                .blank_or(
                    None,
                    day.map(|d| long_date(d, lang)),
                    BlankWidth::Chars(40),
                    None,
                )
                .text(".")
                .done(),
        );
    }
    blocks.push(Block::Table(table(lang, list, selection)));

    let count = Some(selection.head_count())
        .filter(|&n| n > 0)
        .map(|n| n.to_string());
    blocks.push(if kk {
        Para::new(Style::Line)
            .text("Құрамы ")
            .blank_or(None, count, BlankWidth::Chars(3), None)
            .text(" адамнан тұратын әскерге шақырылушылар тобы")
            .done()
    } else {
        Para::new(Style::Line)
            .text("Группа призывников в составе ")
            .blank_or(None, count, BlankWidth::Chars(3), None)
            .text(" человек")
            .done()
    });
    blocks.push(date_line(lang, drawn));
    let body = text(&list.military_body);
    let org = text(&list.organization);
    if kk {
        blocks.extend([
            Para::new(Style::Line)
                .blank_or(None, body, line, Some(body_caption))
                .done(),
            Para::new(Style::Line)
                .text("мамандандырылған ұйымды немесе филиалды жасақтауға жауапты өкілі ")
                .blank_or(
                    None,
                    None,
                    BlankWidth::Chars(40),
                    Some("(әскери атағы, қолы, инициалдары, тегі)"),
                )
                .text(" қатысуымен")
                .done(),
            Para::new(Style::Line)
                .blank_or(None, org, BlankWidth::Chars(40), Some(org_caption))
                .text(" өкілі")
                .done(),
            Para::new(Style::Line)
                .blank_or(
                    None,
                    None,
                    BlankWidth::Chars(40),
                    Some("(қолы, инициалдары, тегі)"),
                )
                .text(" қабылдады.")
                .done(),
            Para::new(Style::Line)
                .text("Ескертпе: атаулы тізім әліпбилік ретпен жасалады.")
                .done(),
        ]);
    } else {
        blocks.extend([
            Para::new(Style::Line)
                .text("с участием представителя ")
                .blank_or(None, body, line, Some(body_caption))
                .done(),
            Para::new(Style::Line)
                .text(
                    "ответственного за комплектование специализированной организации или филиала, ",
                )
                .blank_or(
                    None,
                    None,
                    BlankWidth::Chars(40),
                    Some("(воинское звание, подпись, инициалы, фамилия)"),
                )
                .done(),
            Para::new(Style::Line)
                .text("представитель ")
                .blank_or(None, org, BlankWidth::Chars(40), Some(org_caption))
                .done(),
            Para::new(Style::Line)
                .blank_or(
                    None,
                    None,
                    BlankWidth::Chars(40),
                    Some("(подпись, инициалы, фамилия)"),
                )
                .text(" принял.")
                .done(),
            Para::new(Style::Line)
                .text("Примечание: именной список составляется в алфавитном порядке.")
                .done(),
        ]);
    }
    blocks
}

/// The table: the form's headings, then a numbered row a person.
fn table(lang: Lang, list: &NominalList, selection: &Selection) -> Table {
    let header: [&str; 6] = match lang {
        Lang::Kk => [
            "Р/с №",
            "Аты, әкесінің аты (болса), тегі",
            "Туған жылы, айы",
            "Білімі",
            "Жұмыс орны, мамандығы",
            "Тұрақты (уақытша) тіркеу орны бойынша үй мекенжайы",
        ],
        Lang::Ru => [
            "№ п/п",
            "Фамилия, имя, отчество (при его наличии)",
            "Год, месяц рождения",
            "Образование",
            "Место работы, специальность",
            "Домашний адрес по месту постоянной (временной) регистрации",
        ],
    };
    let rows = selection
        .included()
        .zip(1..)
        .filter_map(|(entry, number)| {
            let person = list.people.get(entry.index)?;
            Some(row(lang, number, person))
        })
        .collect();
    Table {
        widths: match lang {
            Lang::Kk => WIDTHS_KK,
            Lang::Ru => WIDTHS_RU,
        }
        .to_vec(),
        header: vec![header.map(Cell::text).to_vec()],
        rows,
    }
}

fn row(lang: Lang, number: usize, person: &Person) -> Vec<Cell> {
    let text = |v: &Option<String>| v.as_deref().map(clean).unwrap_or_default();
    // The Kazakh heading's order, «аты, әкесінің аты (болса), тегі»; the Russian one's, surname
    // first (as the other forms write the full name).
    let parts = match lang {
        Lang::Kk => [&person.name, &person.patronymic, &person.surname],
        Lang::Ru => [&person.surname, &person.name, &person.patronymic],
    };
    let name: Vec<String> = parts
        .map(text)
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let born = Applicant::birth_date_of(&person.case_file("")).map(|d| year_month(d, lang));
    let education = person.education.as_deref().map(|code| {
        Education::from_code(code.trim()).map_or_else(|| clean(code), |e| e.name(lang).to_owned())
    });
    let filled = |value: Option<String>| Cell {
        runs: value
            .filter(|v| !v.is_empty())
            .map(|text| Run::Filled {
                place: None,
                text,
                caption: None,
            })
            .into_iter()
            .collect(),
    };
    vec![
        Cell::text(number.to_string()),
        filled(Some(name.join(" "))),
        filled(born),
        filled(education),
        filled(Some(text(&person.workplace))),
        filled(Some(text(&person.address))),
    ]
}

/// «Туған жылы, айы»: `2008 ж., мамыр` / `май 2008 г.`.
fn year_month(date: Date, lang: Lang) -> String {
    let month = usize::try_from(date.month() - 1).unwrap_or_default();
    match lang {
        Lang::Kk => format!(
            "{} ж., {}",
            date.year(),
            KK_MONTHS.get(month).copied().unwrap_or_default()
        ),
        Lang::Ru => format!(
            "{} {} г.",
            RU_MONTHS.get(month).copied().unwrap_or_default(),
            date.year()
        ),
    }
}

/// The Russian month names in the nominative.
const RU_MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// «Оқудың басталуы 2027 жылғы 1 ақпан» / «Начало обучения 1 февраля 2027 года».
fn long_date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Kk => {
            let [year, day, month] = dates::kk_date_parts(date, Case::Nominative);
            format!("{year} жылғы {day}\u{a0}{month}")
        }
        Lang::Ru => format!(
            "{}\u{a0}{} {} года",
            date.day(),
            dates::ru_month(date),
            date.year()
        ),
    }
}

/// «20 ____ жылғы "___" ________________»: the day the list is drawn up.
fn date_line(lang: Lang, drawn: Option<Date>) -> Block {
    let year = drawn.map(|d| d.year().to_string());
    let day = drawn.map(|d| d.day().to_string());
    let year_blank = |p: Para| match &year {
        Some(y) => p.blank_or(None, Some(y.clone()), BlankWidth::Chars(4), None),
        None => p
            .text("20 ")
            .blank_or(None, None, BlankWidth::Chars(4), None),
    };
    match lang {
        Lang::Kk => year_blank(Para::new(Style::Line))
            .text(" жылғы \"")
            .blank_or(None, day, BlankWidth::Chars(3), None)
            .text("\" ")
            .blank_or(
                None,
                drawn.map(|d| dates::kk_month(d, Case::Nominative)),
                BlankWidth::Chars(16),
                None,
            )
            .done(),
        Lang::Ru => {
            let p = Para::new(Style::Line)
                .text("«")
                .blank_or(None, day, BlankWidth::Chars(3), None)
                .text("» ")
                .blank_or(
                    None,
                    drawn.map(|d| dates::ru_month(d).to_owned()),
                    BlankWidth::Chars(16),
                    None,
                )
                .text(" ");
            year_blank(p).text(" года").done()
        }
    }
}
