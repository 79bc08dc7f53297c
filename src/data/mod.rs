//! The person's data, theirs to keep or not: the answers are kept in this browser between visits
//! only when they switch it on (off by default); they can save the case file (the CLI's format)
//! and open one again — checked, and put in place only when they confirm — and delete
//! everything at once. Nothing leaves the browser.
//!
//! The first load holds only what every visit needs: putting back the answers kept (or carried
//! over a new release's reload, stored as the case's flat entries, `CaseFile::entries`) and
//! keeping them in step. The page "Your data" ([`page`]), with the case file's reading and
//! writing ([`file`]), is part of the module fetched on demand with the documents
//! ([`crate::module`]).

mod file;
mod js;
pub(crate) mod page;

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::{CaseFile, Place};
use leptos::prelude::*;

use crate::browser;
use crate::case::{Case, read_entries, write_entries};

/// Local storage: the answers, while the person keeps them (the key's presence is the switch).
const KEPT: &str = "dayarlyq.case";
/// Session storage: the answers across the one reload into a new release, then removed.
const CARRIED: &str = "dayarlyq.carry";
/// The address the page reloads to once everything is deleted.
const DELETED_HASH: &str = "#/data/deleted";

/// Puts back the answers carried over a release's reload, or else those kept, and keeps them in
/// step from then on while the person keeps them; called once by the shell.
pub fn provide(case: Case) {
    let carried = browser::stored_entries(false, CARRIED);
    browser::forget_text(false, CARRIED);
    if let Some(entries) = carried.or_else(|| browser::stored_entries(true, KEPT)) {
        case.file
            .set(with_today(read_entries(&entries), case.today));
    }
    Effect::new(move |_| {
        let entries = case
            .file
            .with(|f| write_entries(&for_keeping(f, case.today)));
        browser::keep_entries(KEPT, &entries);
    });
}

/// Keeps the answers for the reload into a new release (this tab only; removed once read).
pub fn carry(case: Case) {
    let entries = case.file.with_untracked(write_entries);
    browser::store_entries(false, CARRIED, &entries);
}

/// The "as of" date is kept (and exported) only when the person chose one: left at today, it is
/// today again on the next visit, and a file opened later is judged on its day.
fn for_keeping(file: &CaseFile, today: Date) -> CaseFile {
    let mut file = file.clone();
    if file.given(Place::AsOf) == Some(today.to_string().as_str()) {
        file.set(Place::AsOf, "");
    }
    file
}

/// A case put in place: without an "as of" date, today's.
fn with_today(mut file: CaseFile, today: Date) -> CaseFile {
    if file.as_of_text().is_none() {
        file.set(Place::AsOf, &today.to_string());
    }
    file
}
