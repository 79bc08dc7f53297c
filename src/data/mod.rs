//! The person's data, theirs to keep or not: this tab keeps its own answers across reloads and
//! discards (session storage: it never outlives the tab); they are kept in this browser between
//! visits only when the person switches it on (local storage; off by default); they can save the
//! case file (the CLI's format) and open one again — checked, and put in place only when they
//! confirm — and delete everything at once. Nothing leaves the browser.
//!
//! The first load holds only what every visit needs: putting back the answers stored (as the
//! case's flat entries, `CaseFile::entries`) and keeping them in step. The page "Your data"
//! ([`page`]), with the case file's reading and writing ([`file`]), is part of the module fetched
//! on demand with the documents ([`crate::module`]).

mod file;
mod js;
pub mod link;
pub(crate) mod page;

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::{CaseFile, Place};
use leptos::prelude::*;

use crate::browser;
use crate::case::{Case, read_entries, write_entries};

/// Local storage: the answers, while the person keeps them (the key's presence is the switch).
const KEPT: &str = "dayarlyq.case";
/// Session storage: this tab's answers, across its reloads (a new release's too) and discards.
/// (The name is the one the releases before used for the reload into a new release alone: their
/// last reload still brings the answers.)
const THIS_TAB: &str = "dayarlyq.carry";
/// The address the page reloads to once everything is deleted.
const DELETED_HASH: &str = "#/data/deleted";

/// Puts back this tab's answers, or else those kept in this browser (not in another site's
/// frame: the person did not come to this site), and keeps them in step from then on. Called
/// once by the shell, before what was typed into the first screen's copy is given to the app,
/// which so wins over both.
pub fn provide(case: Case, embedded: bool) {
    let kept = || (!embedded).then(|| browser::stored_entries(true, KEPT))?;
    let stored = browser::stored_entries(false, THIS_TAB).or_else(kept);
    if let Some(entries) = stored {
        case.file
            .set(with_today(read_entries(&entries), case.today));
    }
    Effect::new(move |before: Option<()>| {
        let entries = case
            .file
            .with(|f| write_entries(&for_keeping(f, case.today)));
        // Nothing typed, nothing stored (the key removed).
        browser::tab_entries(THIS_TAB, &entries);
        // Once the person changes something: a tab merely reloaded does not put its answers over
        // those another tab kept since.
        if !embedded && before.is_some() {
            browser::keep_entries(KEPT, &entries);
        }
    });
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
