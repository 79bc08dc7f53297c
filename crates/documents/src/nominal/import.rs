//! People from an export: a CSV (the `csv` crate) or an XLSX workbook's first sheet ([`super::xlsx`]),
//! its columns matched by their headers in Kazakh, Russian or the list file's English keys
//! ([`Column::key`]). Values are taken as officials type them: the codes of the list file, or the
//! names of the forms (`жоғары`, `высшее`, category letters `А`…`Е`), dates as `YYYY-MM-DD`,
//! `DD.MM.YYYY` or a spreadsheet's date; each is turned into the list file's value.
//!
//! Nothing is refused whole: every problem is named by the file's row (as the spreadsheet numbers
//! it, the header row 1) and column (its letter and header), in both languages, and the people
//! are read all the same, so the page can show what was read beside what was wrong.

use dayarlyq_rules::moment::parse_date;
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::text::{Lang, Localized};

use super::{Column, Person};

/// What an import read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub people: Vec<Person>,
    /// The file's row of each person (the header row is 1).
    pub rows: Vec<usize>,
    /// The columns matched: each with its letter and its header as the file writes it.
    pub columns: Vec<(Column, String, String)>,
    /// Headers that match no column: not read.
    pub ignored: Vec<String>,
    pub problems: Vec<Problem>,
}

/// Something wrong in the file, where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file's row (1 is the header row); `None` for the file as a whole.
    pub row: Option<usize>,
    /// The column: its letter and header as in the file, or the column that is missing.
    pub column: Option<String>,
    pub message: Localized,
}

impl Problem {
    /// «2-жол, C бағаны («Туған күні»): …» / «Строка 2, столбец C («Дата рождения»): …».
    pub fn text(&self, lang: Lang) -> String {
        let place = match (self.row, &self.column, lang) {
            (Some(r), Some(c), Lang::Kk) => format!("{r}-жол, {c}: "),
            (Some(r), Some(c), Lang::Ru) => format!("Строка {r}, {c}: "),
            (Some(r), None, Lang::Kk) => format!("{r}-жол: "),
            (Some(r), None, Lang::Ru) => format!("Строка {r}: "),
            (None, Some(c), _) => format!("{c}: "),
            (None, None, _) => String::new(),
        };
        format!("{place}{}", self.message.get(lang))
    }
}

/// The most rows an import reads: a district's intake is hundreds; more is not a list.
pub const MAX_ROWS: usize = 5_000;

/// A CSV export: UTF-8 (a byte-order mark is skipped), its separator `,`, `;` or a tab, as the
/// header line shows.
pub fn csv(bytes: &[u8]) -> Imported {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        return failed(Localized::new(
            format!(
                "Файл UTF-8 мәтіні емес ({}-байт): кестені «CSV UTF-8» түрінде сақтаңыз.",
                e.valid_up_to() + 1
            ),
            format!(
                "Файл не в кодировке UTF-8 (байт {}): сохраните таблицу как «CSV UTF-8».",
                e.valid_up_to() + 1
            ),
        ));
    }
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| first_line.iter().filter(|b| *b == d).count())
        .unwrap_or(b',');
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => rows.push(record.iter().map(str::to_owned).collect()),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let mut imported = table(rows);
                imported.problems.push(Problem {
                    row: usize::try_from(line).ok(),
                    column: None,
                    message: Localized::new(
                        "Жолды CSV ретінде оқу мүмкін болмады; одан кейінгі жолдар оқылмады.",
                        "Строку не удалось прочитать как CSV; строки после неё не прочитаны.",
                    ),
                });
                return imported;
            }
        }
        if rows.len() > MAX_ROWS {
            break;
        }
    }
    table(rows)
}

/// An XLSX workbook: its first sheet ([`super::xlsx`]).
pub fn xlsx(bytes: &[u8]) -> Imported {
    match super::xlsx::rows(bytes, MAX_ROWS + 1) {
        Ok(rows) => table(rows),
        Err(_) => failed(Localized::new(
            "Файлды XLSX кітабы ретінде оқу мүмкін болмады.",
            "Файл не удалось прочитать как книгу XLSX.",
        )),
    }
}

/// A spreadsheet's date serial (days since 1899-12-30) as `YYYY-MM-DD`.
fn serial_date(serial: f64) -> Option<String> {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let date = jiff::civil::date(1899, 12, 30)
        .checked_add(jiff::Span::new().try_days(days).ok()?)
        .ok()?;
    Some(date.to_string())
}

fn failed(message: Localized) -> Imported {
    Imported {
        problems: vec![Problem {
            row: None,
            column: None,
            message,
        }],
        ..Imported::default()
    }
}

/// The spreadsheet's letter of the 0-based column `i`: A, …, Z, AA, ….
fn letter(i: usize) -> String {
    let mut n = i + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = u8::try_from((n - 1) % 26).unwrap_or(0);
        out.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// A header or value as compared: lower case, single spaces, no trailing `:` or `*`.
fn normal(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches([':', '*'])
        .trim()
        .to_lowercase()
        .replace('ё', "е")
}

/// The other names a column goes by in exports, beside its key and its two labels.
fn aliases(column: Column) -> &'static [&'static str] {
    match column {
        Column::Surname => &["тек", "фамилиясы"],
        Column::Name => &["ат", "есімі"],
        Column::Patronymic => &["әкесінің аты", "отчество", "отчество (при его наличии)"],
        Column::Iin => &[
            "жеке сәйкестендіру нөмірі",
            "индивидуальный идентификационный номер",
        ],
        Column::BirthDate => &["туылған күні", "дата рождения (гггг-мм-дд)", "birth date"],
        Column::Sex => &["жыныс"],
        Column::Status => &["мәртебесі", "статус"],
        Column::Fitness => &[
            "жарамдылық санаты",
            "санаты",
            "категория годности",
            "категория",
            "годность",
        ],
        Column::Education => &["білім", "образование"],
        Column::Deferment => &["кейінге қалдыру", "отсрочка"],
        Column::Workplace => &[
            "жұмыс орны",
            "место работы",
            "жұмыс орны, мамандығы",
            "место работы, специальность",
        ],
        Column::Address => &[
            "мекенжайы",
            "мекенжай",
            "үй мекенжайы",
            "тұрақты (уақытша) тіркеу орны бойынша үй мекенжайы",
            "адрес",
            "домашний адрес",
            "домашний адрес по месту постоянной (временной) регистрации",
        ],
        Column::Keep => &[],
    }
}

/// The column a header names.
pub fn column_of(header: &str) -> Option<Column> {
    let h = normal(header);
    if h.is_empty() {
        return None;
    }
    Column::ALL.into_iter().find(|&c| {
        h == c.key()
            || h == normal(c.label(Lang::Kk))
            || h == normal(c.label(Lang::Ru))
            || aliases(c).iter().any(|a| h == normal(a))
    })
}

/// Columns without which no one can be checked or drawn.
const REQUIRED: [Column; 4] = [
    Column::Surname,
    Column::Name,
    Column::Education,
    Column::Fitness,
];

/// People from rows of cells, the first non-empty row the headers.
pub fn table(rows: Vec<Vec<String>>) -> Imported {
    let mut imported = Imported::default();
    let Some(header_at) = rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()))
    else {
        imported.problems.push(Problem {
            row: None,
            column: None,
            message: Localized::new("Файлда жол жоқ.", "В файле нет строк."),
        });
        return imported;
    };
    let mut at: Vec<Option<Column>> = Vec::new();
    for (i, header) in rows[header_at].iter().enumerate() {
        let column = column_of(header).filter(|c| !at.contains(&Some(*c)));
        match column {
            Some(c) => imported
                .columns
                .push((c, letter(i), header.trim().to_owned())),
            None if !header.trim().is_empty() => imported.ignored.push(header.trim().to_owned()),
            None => {}
        }
        at.push(column);
    }
    let has = |c: Column| at.contains(&Some(c));
    let mut missing: Vec<Column> = REQUIRED.into_iter().filter(|&c| !has(c)).collect();
    if !has(Column::BirthDate) && !has(Column::Iin) {
        missing.insert(2.min(missing.len()), Column::BirthDate);
    }
    for column in missing {
        let name = column.name();
        imported.problems.push(Problem {
            row: None,
            column: Some(format!("«{}» / «{}» ({})", name.kk, name.ru, column.key())),
            message: Localized::new(
                format!(
                    "мұндай баған табылмады; бағандар: {}.",
                    headers(&rows[header_at])
                ),
                format!(
                    "такой столбец не найден; столбцы файла: {}.",
                    headers(&rows[header_at])
                ),
            ),
        });
    }

    for (offset, cells) in rows.iter().enumerate().skip(header_at + 1) {
        let row = offset + 1;
        if imported.people.len() >= MAX_ROWS {
            imported.problems.push(Problem {
                row: Some(row),
                column: None,
                message: Localized::new(
                    format!("{MAX_ROWS} адамнан кейінгі жолдар оқылмады."),
                    format!("Строки после {MAX_ROWS} человек не прочитаны."),
                ),
            });
            break;
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut person = Person::default();
        for (i, cell) in cells.iter().enumerate() {
            let Some(Some(column)) = at.get(i) else {
                continue;
            };
            let header = rows[header_at].get(i).map_or("", |h| h.trim());
            let place = format!("{} («{header}»)", letter(i));
            match value(*column, cell) {
                Ok(v) => column.set(&mut person, &v),
                Err(message) => {
                    // Kept as typed: the check names it again, and the official can mend it.
                    column.set(&mut person, cell);
                    imported.problems.push(Problem {
                        row: Some(row),
                        column: Some(place),
                        message,
                    });
                }
            }
        }
        for &column in &REQUIRED {
            if has(column) && column.get(&person).is_none() {
                let i = at
                    .iter()
                    .position(|c| *c == Some(column))
                    .unwrap_or_default();
                let header = rows[header_at].get(i).map_or("", |h| h.trim());
                imported.problems.push(Problem {
                    row: Some(row),
                    column: Some(format!("{} («{header}»)", letter(i))),
                    message: Localized::new("толтырылмаған.", "не заполнено."),
                });
            }
        }
        imported.people.push(person);
        imported.rows.push(row);
    }
    imported
}

fn headers(row: &[String]) -> String {
    let list: Vec<String> = row
        .iter()
        .filter(|h| !h.trim().is_empty())
        .map(|h| format!("«{}»", h.trim()))
        .collect();
    list.join(", ")
}

/// A cell as the list file's value, or why it cannot be one.
fn value(column: Column, cell: &str) -> Result<String, Localized> {
    let typed = cell.trim();
    if typed.is_empty() {
        return Ok(String::new());
    }
    let n = normal(typed);
    // The values expected, as each language names them.
    let choice = |kk: &[&str], ru: &[&str], found: Option<&'static str>| {
        found.map(str::to_owned).ok_or_else(|| {
            Localized::new(
                format!("«{typed}» мәні белгісіз; күтілетіні: {}.", kk.join(", ")),
                format!(
                    "неизвестное значение «{typed}»; ожидается: {}.",
                    ru.join(", ")
                ),
            )
        })
    };
    match column {
        Column::BirthDate => date(typed),
        Column::Education => {
            let found = Education::ALL
                .into_iter()
                .find(|e| n == e.code() || Lang::ALL.iter().any(|&l| n == normal(e.name(l))));
            let names = |l| {
                Education::ALL
                    .iter()
                    .map(|e| e.name(l))
                    .collect::<Vec<&str>>()
            };
            choice(
                &names(Lang::Kk),
                &names(Lang::Ru),
                found.map(Education::code),
            )
        }
        Column::Fitness => {
            let found = Fitness::ALL.into_iter().find(|f| {
                n == f.code()
                    || n == f.letter().to_lowercase().to_string()
                    || Lang::ALL
                        .iter()
                        .any(|&l| n == normal(f.short_name(l)) || n == normal(f.official_name(l)))
            });
            let letters: Vec<String> = Fitness::ALL
                .iter()
                .map(|f| f.letter().to_string())
                .collect();
            let letters: Vec<&str> = letters.iter().map(String::as_str).collect();
            choice(&letters, &letters, found.map(Fitness::code))
        }
        Column::Sex => {
            let found = match n.as_str() {
                "male" | "ер" | "е" | "м" | "муж" | "мужской" => Some(Sex::Male),
                "female" | "әйел" | "ә" | "ж" | "жен" | "женский" => {
                    Some(Sex::Female)
                }
                _ => None,
            };
            choice(
                &["ер", "әйел"],
                &["мужской", "женский"],
                found.map(Sex::code),
            )
        }
        Column::Status => {
            let found = Status::ALL
                .into_iter()
                .find(|s| n == s.code() || n == normal(&s.name().kk) || n == normal(&s.name().ru));
            choice(&Status::CODES, &Status::CODES, found.map(Status::code))
        }
        Column::Deferment | Column::Keep => {
            let found = match n.as_str() {
                "true" | "иә" | "иа" | "да" | "1" | "yes" | "+" => Some("true"),
                "false" | "жоқ" | "нет" | "0" | "no" | "-" => Some("false"),
                _ => None,
            };
            choice(&["иә", "жоқ"], &["да", "нет"], found)
        }
        Column::Iin => {
            let digits: String = typed
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect();
            // A spreadsheet keeps an IIN as a number and drops its leading zero (born 2000–2009).
            if digits.len() == 11 && digits.bytes().all(|b| b.is_ascii_digit()) {
                Ok(format!("0{digits}"))
            } else {
                Ok(digits)
            }
        }
        _ => Ok(typed.to_owned()),
    }
}

/// `YYYY-MM-DD` as typed, or `DD.MM.YYYY` turned into it.
fn date(typed: &str) -> Result<String, Localized> {
    // A spreadsheet's date cell, read without its style: the serial number.
    if let Some(iso) = typed
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=2_958_465).contains(n))
        .and_then(|n| serial_date(f64::from(n)))
    {
        return Ok(iso);
    }
    let iso = match typed.split('.').collect::<Vec<_>>()[..] {
        [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
            format!("{y}-{m:0>2}-{d:0>2}")
        }
        _ => typed
            .get(..10)
            .filter(|_| typed.len() > 10 && typed.as_bytes().get(10) == Some(&b'T'))
            .unwrap_or(typed)
            .to_owned(),
    };
    match parse_date("birth_date", &iso) {
        Ok(date) => Ok(date.to_string()),
        Err(_) => Err(Localized::new(
            format!(
                "«{typed}» — күн емес; күтілетіні ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ (мысалы, 2008-05-01)."
            ),
            format!(
                "«{typed}» — не дата; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (например, 2008-05-01)."
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_kazakh_russian_or_english() {
        assert_eq!(column_of("Тегі"), Some(Column::Surname));
        assert_eq!(column_of("ФАМИЛИЯ"), Some(Column::Surname));
        assert_eq!(column_of("birth_date"), Some(Column::BirthDate));
        assert_eq!(column_of(" Туған күні: "), Some(Column::BirthDate));
        assert_eq!(column_of("Образование*"), Some(Column::Education));
        assert_eq!(
            column_of("Категория годности к воинской службе"),
            Some(Column::Fitness)
        );
        assert_eq!(column_of("Жұмыс орны, мамандығы"), Some(Column::Workplace));
        assert_eq!(column_of("Ескертпе"), None);
    }

    #[test]
    fn a_bad_date_an_unknown_education_and_a_missing_column_each_named() {
        // Semicolons and a byte-order mark, as a spreadsheet saves a CSV; no fitness column.
        let file = "\u{feff}Тегі;Аты;Туған күні;Білімі;Мекенжайы\n\
                    Әлиев;Нұрлан;01.05.2008;жоғары;Алматы\n\
                    Ахметов;Айдос;31.02.2008;higher;Алматы\n\
                    Бекұлы;Ерлан;2008-05-01;колледж;Алматы\n";
        let imported = csv(file.as_bytes());
        assert_eq!(imported.people.len(), 3);
        assert_eq!(imported.rows, [2, 3, 4]);
        assert_eq!(imported.people[0].birth_date.as_deref(), Some("2008-05-01"));
        assert_eq!(imported.people[0].education.as_deref(), Some("higher"));
        let kk: Vec<String> = imported.problems.iter().map(|p| p.text(Lang::Kk)).collect();
        let ru: Vec<String> = imported.problems.iter().map(|p| p.text(Lang::Ru)).collect();
        assert!(
            kk[0].starts_with("«Әскери қызметке жарамдылық санаты»"),
            "{kk:?}"
        );
        assert!(kk[0].contains("мұндай баған табылмады"), "{kk:?}");
        assert!(
            ru[1].starts_with("Строка 3, C («Туған күні»): «31.02.2008» — не дата"),
            "{ru:?}"
        );
        assert!(
            kk[2].starts_with("4-жол, D («Білімі»): «колледж» мәні белгісіз"),
            "{kk:?}"
        );
        assert!(ru[2].ends_with("ожидается: нет образования, начальное, основное среднее, общее среднее, техническое и профессиональное, высшее."), "{ru:?}");
        assert_eq!(imported.problems.len(), 3, "{kk:?}");
    }

    #[test]
    fn commas_tabs_quotes_and_spreadsheet_numbers() {
        let file = "surname,name,iin,education,fitness,workplace\n\
                    \"Ким-Ли\",Виктор,50101350851,higher,А,\"ЖШС «Құрылыс», жұмысшы\"\n";
        let imported = csv(file.as_bytes());
        assert!(imported.problems.is_empty(), "{:?}", imported.problems);
        let p = &imported.people[0];
        assert_eq!(
            p.iin.as_deref(),
            Some("050101350851"),
            "the leading zero back"
        );
        assert_eq!(p.fitness.as_deref(), Some("fit"));
        assert_eq!(p.workplace.as_deref(), Some("ЖШС «Құрылыс», жұмысшы"));
        let tabs = csv("Фамилия\tИмя\tДата рождения\tОбразование\tГодность\nИванов\tИван\t2007-01-01\tвысшее\tгоден\n".as_bytes());
        assert!(tabs.problems.is_empty(), "{:?}", tabs.problems);
        assert_eq!(tabs.people[0].fitness.as_deref(), Some("fit"));
        assert_eq!(serial_date(39_569.0).as_deref(), Some("2008-05-01"));
        assert_eq!(letter(0), "A");
        assert_eq!(letter(27), "AB");
    }

    #[test]
    fn nothing_panics_on_odd_files() {
        for odd in [
            &b""[..],
            b"\xff\xfe",
            b"\n\n\n",
            b"\"",
            b"a;b\n\"x",
            "Тегі\n".as_bytes(),
            b"PK\x03\x04",
        ] {
            let _ = csv(odd);
            let _ = xlsx(odd);
        }
        assert!(!xlsx(b"not a zip").problems.is_empty());
    }
}
