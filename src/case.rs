//! The case file as typed, shared by every part of the app through a context: the self-check
//! writes the applicant's answers, the documents read them and add their own fields. Nothing is
//! parsed here; the rules crate validates on read, so nothing typed is ever lost.

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::CaseFile;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The one case of this page.
#[derive(Clone, Copy, Debug)]
pub struct Case {
    pub file: RwSignal<CaseFile>,
    /// Today in Kazakhstan when the page was opened: the default "as of" date.
    pub today: Date,
}

impl Case {
    /// A case with the "as of" date set to `today`, provided to the components below.
    pub fn provide(today: Date) -> Case {
        let file = CaseFile {
            as_of: Some(today.to_string()),
            ..Default::default()
        };
        let case = Case {
            file: RwSignal::new(file),
            today,
        };
        provide_context(case);
        case
    }
}

/// The case provided by the shell.
pub fn use_case() -> Case {
    use_context::<Case>().unwrap_or_else(|| Case::provide(crate::dom::today_in_kazakhstan()))
}

/// The case of flat entries (path, value, path, value…) as the app and the documents module
/// pass them to each other.
pub fn read_entries(entries: &js_sys::Array) -> CaseFile {
    let strings: Vec<String> = entries.iter().filter_map(|v| v.as_string()).collect();
    CaseFile::from_entries(
        strings
            .chunks_exact(2)
            .filter_map(|pair| Some((pair.first()?.as_str(), pair.get(1)?.as_str()))),
    )
}

/// The case as flat entries (see [`read_entries`]).
pub fn write_entries(case: &CaseFile) -> js_sys::Array {
    let out = js_sys::Array::new();
    for (path, value) in case.entries() {
        out.push(&JsValue::from_str(path));
        out.push(&JsValue::from_str(&value));
    }
    out
}
