//! The case file as JSON — the format of `example-case.json`, which the CLI reads too — read
//! from a file a person opens and written for export, through the browser's own `JSON`.
//! serde_json with serde_path_to_error would name paths the same way, at some 20 KB of brotli
//! WASM (measured) where walking the parsed value takes 1.4 KB; it runs in the module fetched on
//! demand, not in the first load. The walk is checked against serde's own reading and writing
//! of [`CaseFile`] in the tests.
//!
//! A wrong member is named by its path as the CLI names it (`applicant.deferment`,
//! `application.attachments[2]`), every one at once; members the case file does not have are
//! ignored, as serde ignores them, and listed. All of it is known before the person is asked to
//! put the file in place: a text that is not JSON ([`syntax`]), a member of the wrong type, a
//! code that is none of its place's ([`values`]), and the values the forms will show with their
//! error once in place (a date that is no date).

mod syntax;
mod values;

use dayarlyq_rules::case_file::{CaseFile, Kind as PlaceKind, Place, Slot, SlotMut};
use dayarlyq_rules::input::FieldError;

pub use syntax::{SyntaxError, Wanted, locate};
pub use values::code_name;

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
    /// Not JSON: the browser's own words, in English, never shown ([`locate`] says where, in the
    /// page's language).
    NotJson(String),
    /// Larger than any case file ([`MAX_FILE_BYTES`]).
    TooLarge,
    /// A link whose payload does not unpack: cut short or changed on its way (not base64url,
    /// not raw DEFLATE, not UTF-8, or larger than any case file).
    BrokenLink,
    /// JSON, but with none of a case file's parts (`applicant`, `provider`, …).
    NotCaseFile,
    /// Members that cannot be put in place, every one, in the file's order.
    Members(Vec<MemberError>),
}

/// A member that cannot be put in place, by its path (`applicant.deferment`; `` for the whole
/// file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberError {
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Of the wrong JSON type.
    Type(Expected),
    /// Text, but none of the codes of its place (`applicant.status`: `conscript`, `reservist`,
    /// `none`): a choice the forms could not show.
    Code { place: Place, got: String },
}

/// A case file read, waiting for the person to confirm.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub file: CaseFile,
    /// The members the case file does not have, by path.
    pub ignored: Vec<String>,
    /// Values that go in place but that the forms will show with their error (a date that is
    /// no date, an IIN one digit short: what a person may save halfway through typing).
    pub unusable: Vec<FieldError>,
}

/// A case file of the format is a few kilobytes; a file over this is something else.
pub const MAX_FILE_BYTES: u32 = 1 << 20;

/// A member of the case file: its part (`applicant`, …; `None` at the top) and its key.
fn member(place: Place) -> (Option<&'static str>, &'static str) {
    match place.path().split_once('.') {
        Some((part, key)) => (Some(part), key),
        None => (None, place.path()),
    }
}

/// The parts of a case file (the objects its places are members of), in its order.
fn parts() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for part in Place::ALL.iter().filter_map(|p| member(*p).0) {
        if !out.contains(&part) {
            out.push(part);
        }
    }
    out
}

/// The JSON type a place's value must have.
fn expected(kind: PlaceKind) -> Expected {
    match kind {
        PlaceKind::Flag => Expected::Flag,
        PlaceKind::Count | PlaceKind::Amount => Expected::WholeNumber,
        PlaceKind::List => Expected::TextList,
        _ => Expected::Text,
    }
}

/// The largest whole number a JSON number keeps exactly in a browser (2^53 − 1).
const MAX_EXACT: f64 = 9_007_199_254_740_991.0;

/// Reads a case file from a parsed value: the file, the paths of the members it ignored and
/// the values the forms will say are wrong; or every member that cannot be put in place. The
/// applicant's own copies of the moment of sending and of the "as of" day go to the case's places
/// (`CaseFile::take_copies`), where the forms show them.
pub fn read<J: Json>(root: &J) -> Result<Read, FileError> {
    let wrong = |path: String, expected| MemberError {
        path,
        problem: Problem::Type(expected),
    };
    if root.kind() != Kind::Object {
        return Err(FileError::Members(vec![wrong(
            String::new(),
            Expected::Object,
        )]));
    }
    let parts = parts();
    let mut errors = Vec::new();
    let mut objects = Vec::new();
    let mut present = false;
    for name in &parts {
        let mut object = root.member(name);
        present |= object.is_some();
        if let Some(o) = &object
            && o.kind() != Kind::Object
        {
            errors.push(wrong((*name).to_owned(), Expected::Object));
            object = None;
        }
        objects.push((*name, object));
    }
    let top_level = Place::ALL
        .iter()
        .any(|p| member(*p).0.is_none() && root.member(member(*p).1).is_some());
    if !present && !top_level {
        return Err(FileError::NotCaseFile);
    }
    let mut file = CaseFile::default();
    for &place in Place::ALL {
        let (part, key) = member(place);
        let value = match part {
            None => root.member(key),
            Some(part) => objects
                .iter()
                .find(|(name, _)| *name == part)
                .and_then(|(_, o)| o.as_ref())
                .and_then(|o| o.member(key)),
        };
        let Some(value) = value else {
            continue;
        };
        let path = || place.path().to_owned();
        let bad = || wrong(path(), expected(place.kind()));
        let read: Result<(), MemberError> = match file.slot_mut(place) {
            SlotMut::Text(slot) => value.text().map(|v| *slot = Some(v)).ok_or_else(bad),
            SlotMut::Flag(slot) => value.flag().map(|v| *slot = Some(v)).ok_or_else(bad),
            SlotMut::Count(slot) => whole(&value, f64::from(u32::MAX))
                .map(|n| *slot = u32::try_from(n).ok())
                .ok_or_else(bad),
            SlotMut::Amount(slot) => whole(&value, MAX_EXACT)
                .map(|n| *slot = Some(n))
                .ok_or_else(bad),
            SlotMut::List(slot) if value.kind() == Kind::List => {
                for (i, item) in value.items().iter().enumerate() {
                    match item.text() {
                        Some(text) => slot.push(text),
                        None => errors.push(wrong(format!("{}[{i}]", path()), Expected::Text)),
                    }
                }
                Ok(())
            }
            SlotMut::List(_) => Err(bad()),
        };
        if let Err(e) = read {
            errors.push(e);
        }
    }
    let known = |part: Option<&str>, key: &str| {
        Place::ALL.iter().any(|p| member(*p) == (part, key))
            || (part.is_none() && parts.contains(&key))
    };
    let mut ignored: Vec<String> = root
        .keys()
        .into_iter()
        .filter(|k| !known(None, k))
        .collect();
    for (name, object) in &objects {
        if let Some(object) = object {
            ignored.extend(
                object
                    .keys()
                    .into_iter()
                    .filter(|k| !known(Some(name), k))
                    .map(|k| format!("{name}.{k}")),
            );
        }
    }
    file.take_copies();
    errors.extend(values::unknown_codes(&file));
    if !errors.is_empty() {
        return Err(FileError::Members(errors));
    }
    let unusable = values::unusable(&file);
    Ok(Read {
        file,
        ignored,
        unusable,
    })
}

/// A whole number from 0 to `max`.
fn whole<J: Json>(value: &J, max: f64) -> Option<u64> {
    let n = value.number()?;
    // Exact after the range check: a whole f64 up to 2^53 converts without loss.
    (n.fract() == 0.0 && (0.0..=max).contains(&n)).then_some(n as u64)
}

/// The case file as a JSON value, members in serde's order, missing ones left out (as serde
/// writes them), and a part that holds nothing left out when it may be
/// ([`CaseFile::OPTIONAL_PARTS`]).
pub fn write<J: JsonOut>(file: &CaseFile) -> J {
    let root = J::object();
    // The part being written, and whether it holds a value yet.
    let mut current: Option<(&str, J, bool)> = None;
    let close = |part: Option<(&str, J, bool)>| {
        if let Some((name, object, given)) = part
            && (given || !CaseFile::OPTIONAL_PARTS.contains(&name))
        {
            root.set(name, object);
        }
    };
    for &place in Place::ALL {
        let value = match file.slot(place) {
            Slot::Text(v) => v.as_deref().map(J::from_text),
            Slot::Flag(v) => v.map(J::from_flag),
            Slot::Count(v) => v.map(|n| J::from_number(f64::from(n))),
            // Amounts past 2^53 are not in any case file (the fee is 390 000 tenge).
            Slot::Amount(v) => v.map(|n| J::from_number(n as f64)),
            Slot::List(v) => {
                (!v.is_empty()).then(|| J::from_items(v.iter().map(|s| J::from_text(s)).collect()))
            }
        };
        let (part, key) = member(place);
        let Some(part) = part else {
            if let Some(value) = value {
                root.set(key, value);
            }
            continue;
        };
        if current.as_ref().is_none_or(|(name, _, _)| *name != part) {
            close(current.take());
            current = Some((part, J::object(), false));
        }
        if let (Some(value), Some((_, object, given))) = (value, &mut current) {
            object.set(key, value);
            *given = true;
        }
    }
    close(current);
    root
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use dayarlyq_rules::case_file::{
        ApplicantData, ApplicationData, ComplaintData, NoticeData, ProviderData,
    };
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
            as_of: s("2026-09-23"),
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
            complaint: ComplaintData {
                against: s("10"),
                notice_date: s("2026-10-01"),
                grounds: s("<i>есепте тұрмын</i>"),
                demand: s("қайта қоюды"),
                date: s("2026-10-02"),
                received_on: s("2026-10-02"),
                registered_on: s("2026-10-05"),
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
            let Read {
                file: back,
                ignored,
                unusable,
            } = read(&written).unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(unusable, [], "a valid case has nothing to say");
            if file == full() {
                assert_eq!(file.answered(), Place::ALL.len());
            }
            if file != CaseFile::default() {
                // The applicant's own copies go to the case's places, which are given here.
                let mut settled = file.clone();
                settled.take_copies();
                assert_eq!(back, settled);
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
        let Read {
            file: mine,
            ignored,
            unusable,
        } = read(&parse(&text)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(mine, serde);
        assert_eq!(unusable, []);
        assert_ne!(mine, CaseFile::default());
        assert!(ignored.is_empty(), "{ignored:?}");
    }

    #[test]
    fn a_wrong_member_is_named_by_its_path() {
        let wrong = |path: &str, expected| {
            Err(FileError::Members(vec![MemberError {
                path: path.to_owned(),
                problem: Problem::Type(expected),
            }]))
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
            assert_eq!(&read(&parse(text)).map(|r| r.file), want, "{text}");
        }
        // serde reads the same files as wrong (or, for `{}`, as an empty case).
        for (text, _) in rows.iter().skip(4) {
            assert!(serde_json::from_str::<CaseFile>(text).is_err(), "{text}");
        }
    }

    #[test]
    fn null_is_missing_and_unknown_members_are_listed() {
        let text = r#"{"applicant": {"iin": null, "sex": "male", "favourite": 1}, "version": 2, "notice": {}}"#;
        let Read { file, ignored, .. } = read(&parse(text)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(file.applicant.iin, None);
        assert_eq!(file.applicant.sex.as_deref(), Some("male"));
        assert_eq!(ignored, ["version", "applicant.favourite"]);
    }

    #[test]
    fn every_wrong_member_is_said_at_once_before_anything_is_put_in_place() {
        // Types first, in the schema's order, then the codes that are none of their place's.
        let text = r#"{
            "applicant": {"status": "soldier", "deferment": "no", "sex": "male", "iin": 92},
            "provider": [],
            "application": {"attachments": ["a", 2, "b", null]},
            "notice": {"queue_number": "first"}
        }"#;
        let Err(FileError::Members(errors)) = read(&parse(text)) else {
            panic!("read as a case file");
        };
        let found: Vec<(&str, &Problem)> = errors
            .iter()
            .map(|e| (e.path.as_str(), &e.problem))
            .collect();
        assert_eq!(
            found,
            [
                ("provider", &Problem::Type(Expected::Object)),
                ("applicant.iin", &Problem::Type(Expected::Text)),
                ("applicant.deferment", &Problem::Type(Expected::Flag)),
                ("application.attachments[1]", &Problem::Type(Expected::Text)),
                ("application.attachments[3]", &Problem::Type(Expected::Text)),
                ("notice.queue_number", &Problem::Type(Expected::WholeNumber)),
                (
                    "applicant.status",
                    &Problem::Code {
                        place: Place::Status,
                        got: "soldier".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn values_the_forms_will_call_wrong_come_with_the_offer() {
        // A file saved halfway through typing: put in place, each error said beforehand.
        let text = r#"{"applicant": {"iin": "9210293", "birth_date": "2007-02-31", "status": "reservist"}}"#;
        let Read { file, unusable, .. } = read(&parse(text)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(file.applicant.iin.as_deref(), Some("9210293"));
        let fields: Vec<&str> = unusable.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["applicant.iin", "applicant.birth_date"]);
    }
}
