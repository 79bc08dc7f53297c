//! The case file as JSON — the format of `example-case.json`, which the CLI reads too — read
//! from a file a person opens and written for export, through the browser's own `JSON`.
//! serde_json with serde_path_to_error would name paths the same way, at some 20 KB of brotli
//! WASM (measured) where walking the parsed value takes 1.4 KB; it runs in the module fetched on
//! demand, not in the first load. The walk is checked against serde's own reading and writing
//! of [`CaseFile`] in the tests.
//!
//! A wrong member is named by its path as the CLI names it (`applicant.deferment`,
//! `application.attachments[2]`); members the case file does not have are ignored, as serde
//! ignores them, and listed.

use dayarlyq_rules::case_file::CaseFile;

/// A parsed JSON value, as much of it as the walk needs: the browser's (`JsValue`), or
/// serde_json's in the tests.
pub trait Json: Sized {
    fn kind(&self) -> Kind;
    /// The member `key` of an object; `None` when missing or `null` (serde reads both as none).
    fn member(&self, key: &str) -> Option<Self>;
    fn keys(&self) -> Vec<String>;
    fn text(&self) -> Option<String>;
    fn flag(&self) -> Option<bool>;
    fn number(&self) -> Option<f64>;
    fn items(&self) -> Vec<Self>;
}

/// Building a JSON value, to write a case file.
pub trait JsonOut: Sized {
    fn object() -> Self;
    fn set(&self, key: &str, value: Self);
    fn from_text(s: &str) -> Self;
    fn from_flag(b: bool) -> Self;
    fn from_number(n: f64) -> Self;
    fn from_items(items: Vec<Self>) -> Self;
}

/// The JSON type of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Flag,
    Number,
    Text,
    List,
    Object,
}

/// The JSON type a member must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    Text,
    /// `true` or `false`.
    Flag,
    /// A whole number from 0 up.
    WholeNumber,
    /// A list of texts.
    TextList,
}

/// Why a file is not a case file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON (the browser's own words, in English).
    NotJson(String),
    /// Larger than any case file ([`MAX_FILE_BYTES`]).
    TooLarge,
    /// JSON, but with none of a case file's parts (`applicant`, `provider`, …).
    NotCaseFile,
    /// A member of the wrong type, by its path (`applicant.deferment`; `` for the whole file).
    WrongType { path: String, expected: Expected },
}

/// A case file of the format is a few kilobytes; a file over this is something else.
pub const MAX_FILE_BYTES: u32 = 1 << 20;

/// The parts of a case file, in its order.
pub const SECTIONS: [&str; 4] = ["applicant", "provider", "application", "notice"];

/// Where a member lives in [`CaseFile`].
enum Slot<'a> {
    Text(&'a mut Option<String>),
    Flag(&'a mut Option<bool>),
    Count(&'a mut Option<u32>),
    Amount(&'a mut Option<u64>),
    TextList(&'a mut Vec<String>),
}

/// Every member of the case file, `(section, key, slot)`, in the order serde writes them. The
/// tests fill a case file without `..Default`, so a new member fails them until it is here.
fn members(file: &mut CaseFile) -> [(&'static str, &'static str, Slot<'_>); 30] {
    let CaseFile {
        applicant: a,
        provider: p,
        application: app,
        notice: n,
    } = file;
    [
        ("applicant", "surname", Slot::Text(&mut a.surname)),
        ("applicant", "name", Slot::Text(&mut a.name)),
        ("applicant", "patronymic", Slot::Text(&mut a.patronymic)),
        ("applicant", "iin", Slot::Text(&mut a.iin)),
        ("applicant", "birth_date", Slot::Text(&mut a.birth_date)),
        ("applicant", "sex", Slot::Text(&mut a.sex)),
        ("applicant", "address", Slot::Text(&mut a.address)),
        ("applicant", "phone", Slot::Text(&mut a.phone)),
        ("applicant", "status", Slot::Text(&mut a.status)),
        ("applicant", "fitness", Slot::Text(&mut a.fitness)),
        ("applicant", "education", Slot::Text(&mut a.education)),
        ("applicant", "deferment", Slot::Flag(&mut a.deferment)),
        (
            "applicant",
            "medical_conclusion_date",
            Slot::Text(&mut a.medical_conclusion_date),
        ),
        ("applicant", "submitted_at", Slot::Text(&mut a.submitted_at)),
        ("applicant", "as_of", Slot::Text(&mut a.as_of)),
        ("provider", "region", Slot::Text(&mut p.region)),
        ("provider", "district", Slot::Text(&mut p.district)),
        ("provider", "name", Slot::Text(&mut p.name)),
        ("provider", "employee", Slot::Text(&mut p.employee)),
        (
            "application",
            "submitted_at",
            Slot::Text(&mut app.submitted_at),
        ),
        (
            "application",
            "period_from",
            Slot::Text(&mut app.period_from),
        ),
        ("application", "period_to", Slot::Text(&mut app.period_to)),
        (
            "application",
            "attachments",
            Slot::TextList(&mut app.attachments),
        ),
        (
            "notice",
            "registration_number",
            Slot::Text(&mut n.registration_number),
        ),
        (
            "notice",
            "application_date",
            Slot::Text(&mut n.application_date),
        ),
        ("notice", "queue_number", Slot::Count(&mut n.queue_number)),
        ("notice", "reason", Slot::Text(&mut n.reason)),
        ("notice", "fee_tenge", Slot::Amount(&mut n.fee_tenge)),
        ("notice", "arrival_at", Slot::Text(&mut n.arrival_at)),
        (
            "notice",
            "organisation_address",
            Slot::Text(&mut n.organisation_address),
        ),
    ]
}

/// The largest whole number a JSON number keeps exactly in a browser (2^53 − 1).
const MAX_EXACT: f64 = 9_007_199_254_740_991.0;

/// Reads a case file from a parsed value; with it, the paths of the members it ignored.
pub fn read<J: Json>(root: &J) -> Result<(CaseFile, Vec<String>), FileError> {
    let wrong = |path: String, expected| FileError::WrongType { path, expected };
    if root.kind() != Kind::Object {
        return Err(wrong(String::new(), Expected::Object));
    }
    let mut ignored: Vec<String> = root
        .keys()
        .into_iter()
        .filter(|k| !SECTIONS.contains(&k.as_str()))
        .collect();
    let mut sections = Vec::new();
    for name in SECTIONS {
        let section = root.member(name);
        if let Some(s) = &section
            && s.kind() != Kind::Object
        {
            return Err(wrong(name.to_owned(), Expected::Object));
        }
        sections.push((name, section));
    }
    if sections.iter().all(|(_, s)| s.is_none()) {
        return Err(FileError::NotCaseFile);
    }
    let mut file = CaseFile::default();
    let mut known: Vec<(&str, &str)> = Vec::new();
    for (section, key, slot) in members(&mut file) {
        known.push((section, key));
        let Some((_, Some(object))) = sections.iter().find(|(name, _)| *name == section) else {
            continue;
        };
        let Some(value) = object.member(key) else {
            continue;
        };
        let path = || format!("{section}.{key}");
        match slot {
            Slot::Text(slot) => {
                *slot = Some(value.text().ok_or_else(|| wrong(path(), Expected::Text))?)
            }
            Slot::Flag(slot) => {
                *slot = Some(value.flag().ok_or_else(|| wrong(path(), Expected::Flag))?)
            }
            Slot::Count(slot) => {
                let n = whole(&value, f64::from(u32::MAX))
                    .ok_or_else(|| wrong(path(), Expected::WholeNumber))?;
                *slot = u32::try_from(n).ok();
            }
            Slot::Amount(slot) => {
                *slot = Some(
                    whole(&value, MAX_EXACT).ok_or_else(|| wrong(path(), Expected::WholeNumber))?,
                );
            }
            Slot::TextList(slot) => {
                if value.kind() != Kind::List {
                    return Err(wrong(path(), Expected::TextList));
                }
                for (i, item) in value.items().iter().enumerate() {
                    slot.push(
                        item.text()
                            .ok_or_else(|| wrong(format!("{}[{i}]", path()), Expected::Text))?,
                    );
                }
            }
        }
    }
    for (name, section) in &sections {
        if let Some(object) = section {
            ignored.extend(
                object
                    .keys()
                    .into_iter()
                    .filter(|k| !known.contains(&(*name, k.as_str())))
                    .map(|k| format!("{name}.{k}")),
            );
        }
    }
    Ok((file, ignored))
}

/// How many members of the case file have a value.
pub fn answered(file: &CaseFile) -> usize {
    let mut file = file.clone();
    members(&mut file)
        .iter()
        .filter(|(_, _, slot)| match slot {
            Slot::Text(v) => v.is_some(),
            Slot::Flag(v) => v.is_some(),
            Slot::Count(v) => v.is_some(),
            Slot::Amount(v) => v.is_some(),
            Slot::TextList(v) => !v.is_empty(),
        })
        .count()
}

/// A whole number from 0 to `max`.
fn whole<J: Json>(value: &J, max: f64) -> Option<u64> {
    let n = value.number()?;
    // Exact after the range check: a whole f64 up to 2^53 converts without loss.
    (n.fract() == 0.0 && (0.0..=max).contains(&n)).then_some(n as u64)
}

/// The case file as a JSON value, members in serde's order, missing ones left out (as serde
/// writes them).
pub fn write<J: JsonOut>(file: &CaseFile) -> J {
    let mut file = file.clone();
    let root = J::object();
    let mut current: Option<(&str, J)> = None;
    for (section, key, slot) in members(&mut file) {
        if current.as_ref().is_none_or(|(name, _)| *name != section) {
            if let Some((name, object)) = current.take() {
                root.set(name, object);
            }
            current = Some((section, J::object()));
        }
        let value = match slot {
            Slot::Text(v) => v.as_deref().map(J::from_text),
            Slot::Flag(v) => v.map(J::from_flag),
            Slot::Count(v) => v.map(|n| J::from_number(f64::from(n))),
            // Amounts past 2^53 are not in any case file (the fee is 390 000 tenge).
            Slot::Amount(v) => v.map(|n| J::from_number(n as f64)),
            Slot::TextList(v) => {
                (!v.is_empty()).then(|| J::from_items(v.iter().map(|s| J::from_text(s)).collect()))
            }
        };
        if let (Some(value), Some((_, object))) = (value, &current) {
            object.set(key, value);
        }
    }
    if let Some((name, object)) = current {
        root.set(name, object);
    }
    root
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use dayarlyq_rules::case_file::{ApplicantData, ApplicationData, NoticeData, ProviderData};
    use serde_json::Value;

    use super::*;

    /// serde_json's values, standing in for the browser's in native tests.
    #[derive(Debug)]
    struct V(RefCell<Value>);

    impl Json for V {
        fn kind(&self) -> Kind {
            match &*self.0.borrow() {
                Value::Null => Kind::Null,
                Value::Bool(_) => Kind::Flag,
                Value::Number(_) => Kind::Number,
                Value::String(_) => Kind::Text,
                Value::Array(_) => Kind::List,
                Value::Object(_) => Kind::Object,
            }
        }
        fn member(&self, key: &str) -> Option<V> {
            match self.0.borrow().get(key) {
                None | Some(Value::Null) => None,
                Some(v) => Some(V(RefCell::new(v.clone()))),
            }
        }
        fn keys(&self) -> Vec<String> {
            self.0
                .borrow()
                .as_object()
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default()
        }
        fn text(&self) -> Option<String> {
            self.0.borrow().as_str().map(str::to_owned)
        }
        fn flag(&self) -> Option<bool> {
            self.0.borrow().as_bool()
        }
        fn number(&self) -> Option<f64> {
            self.0.borrow().as_f64()
        }
        fn items(&self) -> Vec<V> {
            let items = self.0.borrow().as_array().cloned().unwrap_or_default();
            items.into_iter().map(|v| V(RefCell::new(v))).collect()
        }
    }

    impl JsonOut for V {
        fn object() -> V {
            V(RefCell::new(Value::Object(serde_json::Map::new())))
        }
        fn set(&self, key: &str, value: V) {
            if let Value::Object(o) = &mut *self.0.borrow_mut() {
                o.insert(key.to_owned(), value.0.into_inner());
            }
        }
        fn from_text(s: &str) -> V {
            V(RefCell::new(Value::from(s)))
        }
        fn from_flag(b: bool) -> V {
            V(RefCell::new(Value::from(b)))
        }
        fn from_number(n: f64) -> V {
            // As a browser writes a whole number: without a fraction.
            let value = if n.fract() == 0.0 {
                Value::from(n as u64)
            } else {
                Value::from(n)
            };
            V(RefCell::new(value))
        }
        fn from_items(items: Vec<V>) -> V {
            V(RefCell::new(Value::Array(
                items.into_iter().map(|v| v.0.into_inner()).collect(),
            )))
        }
    }

    fn parse(text: &str) -> V {
        V(RefCell::new(
            serde_json::from_str(text).unwrap_or(Value::Null),
        ))
    }

    /// Every member set. No `..Default::default()`: a member added to the case file breaks this
    /// until the walk and this test know it.
    fn full() -> CaseFile {
        let s = |v: &str| Some(v.to_owned());
        CaseFile {
            applicant: ApplicantData {
                surname: s("Сейітов"),
                name: s("Ерлан"),
                patronymic: s("Маратұлы"),
                iin: s("921029350851"),
                birth_date: s("1992-10-29"),
                sex: s("male"),
                address: s("Астана, <b>Сарыарқа</b> \"1\""),
                phone: s("+7 701 000 00 00"),
                status: s("reservist"),
                fitness: s("fit"),
                education: s("higher"),
                deferment: Some(false),
                medical_conclusion_date: s("2026-09-21"),
                submitted_at: s("2026-09-22T10:00"),
                as_of: s("2026-09-22"),
            },
            provider: ProviderData {
                region: s("Ақмола облысы"),
                district: s("Көкшетау"),
                name: s("ЖӘБО"),
                employee: s("Ахметов А."),
            },
            application: ApplicationData {
                submitted_at: s("2026-09-22T10:00"),
                period_from: s("2026-11-02"),
                period_to: s("2027-02-26"),
                attachments: vec!["копия".into(), "справка".into()],
            },
            notice: NoticeData {
                registration_number: s("№ 17"),
                application_date: s("2026-09-22"),
                queue_number: Some(4_294_967_295),
                reason: s("p. 9"),
                fee_tenge: Some(390_000),
                arrival_at: s("2026-11-02T09:00"),
                organisation_address: s("Астана"),
            },
        }
    }

    #[test]
    fn writes_what_serde_writes_and_reads_it_back() {
        for file in [full(), CaseFile::default(), {
            let mut f = CaseFile::default();
            f.applicant.iin = Some("921029350851".into());
            f
        }] {
            let written: V = write(&file);
            let serde = serde_json::to_value(&file).unwrap_or_default();
            let mine = written.0.borrow().clone();
            assert_eq!(mine, serde, "the same JSON as serde's");
            let (back, ignored) = read(&written).unwrap_or_else(|e| panic!("{e:?}"));
            if file == full() {
                assert_eq!(answered(&file), 30);
            }
            if file != CaseFile::default() {
                assert_eq!(back, file);
                assert!(ignored.is_empty(), "{ignored:?}");
            }
        }
    }

    #[test]
    fn reads_the_example_case_as_serde_reads_it() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/crates/rules/tests/data/example-case.json"
        );
        let text = std::fs::read_to_string(path).unwrap_or_default();
        assert!(!text.is_empty(), "the example case is in the repository");
        let serde: CaseFile = serde_json::from_str(&text).unwrap_or_default();
        let (mine, ignored) = read(&parse(&text)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(mine, serde);
        assert_ne!(mine, CaseFile::default());
        assert!(ignored.is_empty(), "{ignored:?}");
    }

    #[test]
    fn a_wrong_member_is_named_by_its_path() {
        let wrong = |path: &str, expected| {
            Err(FileError::WrongType {
                path: path.to_owned(),
                expected,
            })
        };
        let rows = [
            ("[]", wrong("", Expected::Object)),
            ("\"applicant\"", wrong("", Expected::Object)),
            ("{}", Err(FileError::NotCaseFile)),
            (r#"{"name": "package.json"}"#, Err(FileError::NotCaseFile)),
            (r#"{"applicant": 5}"#, wrong("applicant", Expected::Object)),
            (
                r#"{"applicant": {"deferment": "yes"}}"#,
                wrong("applicant.deferment", Expected::Flag),
            ),
            (
                r#"{"applicant": {"iin": 921029350851}}"#,
                wrong("applicant.iin", Expected::Text),
            ),
            (
                r#"{"notice": {"queue_number": -1}}"#,
                wrong("notice.queue_number", Expected::WholeNumber),
            ),
            (
                r#"{"notice": {"queue_number": 1.5}}"#,
                wrong("notice.queue_number", Expected::WholeNumber),
            ),
            (
                r#"{"notice": {"queue_number": 4294967296}}"#,
                wrong("notice.queue_number", Expected::WholeNumber),
            ),
            (
                r#"{"notice": {"fee_tenge": "390000"}}"#,
                wrong("notice.fee_tenge", Expected::WholeNumber),
            ),
            (
                r#"{"application": {"attachments": "копия"}}"#,
                wrong("application.attachments", Expected::TextList),
            ),
            (
                r#"{"application": {"attachments": ["a", 2]}}"#,
                wrong("application.attachments[1]", Expected::Text),
            ),
        ];
        for (text, want) in &rows {
            assert_eq!(&read(&parse(text)).map(|(f, _)| f), want, "{text}");
        }
        // serde reads the same files as wrong (or, for `{}`, as an empty case).
        for (text, _) in rows.iter().skip(4) {
            assert!(serde_json::from_str::<CaseFile>(text).is_err(), "{text}");
        }
    }

    #[test]
    fn null_is_missing_and_unknown_members_are_listed() {
        let text = r#"{"applicant": {"iin": null, "sex": "male", "favourite": 1}, "version": 2, "notice": {}}"#;
        let (file, ignored) = read(&parse(text)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(file.applicant.iin, None);
        assert_eq!(file.applicant.sex.as_deref(), Some("male"));
        assert_eq!(ignored, ["version", "applicant.favourite"]);
    }
}
