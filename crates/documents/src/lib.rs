//! The documents of the Rules that the product fills — the application for queueing (app. 6) and
//! the notices of app. 8, 9, 10, 11, 13 and 14 — in Kazakh (the official wording, verbatim) and in
//! Russian (our translation, marked as such).
//!
//! One model, several outputs: [`build`] turns a [`CaseFile`] into a [`Document`] (blocks of
//! runs: the form's own text, filled values and blank lines), independent of output; then
//! [`html::render`] (the web preview and print), [`text::render`] (tests, the CLI) and, behind the
//! `pdf` feature, `pdf::render` (A4, embedded Dayarlyq Serif, extractable text).
//!
//! ```
//! use dayarlyq_documents::{build, text, Form};
//! use dayarlyq_rules::{case_file::CaseFile, text::Lang};
//!
//! let mut case = CaseFile::default();
//! case.application.period_from = Some("2026-05-04".into());
//! let doc = build(Form::PaymentNeeded, Lang::Kk, &case);
//! let plain = text::render(&doc);
//! // p. 21 dates: ablative before "бастап"; the end date was not typed, so its blanks stay.
//! assert!(plain.contains("2026 жылғы 4 мамырдан бастап 20__ жылғы ___ _______ дейінгі кезеңде"));
//! assert!(plain.contains("Оқу ақысы 390 000 теңге."));
//! ```
//!
//! The modules in layers, each using only those above it: [`Form`] (which document, its blanks)
//! → [`Document`] (the model) → [`glyphs`] and [`period`] → the case read for the forms → what a
//! case lacks ([`missing_required`], [`invalid_fields`], [`undrawable_fields`], [`warnings`]) and
//! the form to fill ([`blanks`]) → [`dates`] →
//! the templates ([`build`]) → the outputs ([`html`], [`text`], `pdf`) → [`file_name`].
//!
//! Nothing here panics on what a person typed: a value that cannot be read leaves its blank line
//! and is reported by [`invalid_fields`]; [`missing_required`] lists what a form still needs.

pub mod blanks;
mod check;
pub mod dates;
mod document;
mod file_name;
mod form;
pub mod glyphs;
pub mod html;
pub mod nominal;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod period;
mod templates;
pub mod text;
mod values;
pub mod wire;

pub use dayarlyq_rules::case_file::{CaseFile, Place};
pub use dayarlyq_rules::text::{Lang, Localized};

pub use check::{
    FieldWarning, InvalidField, invalid_fields, missing_required, undrawable_fields, warnings,
};
pub use document::{BlankWidth, Block, Cell, Document, Run, Style, Table};
pub use file_name::{MAX_FILE_NAME, file_name, transliterate};
pub use form::{Form, UnknownForm};
pub use templates::{RefusalGround, build, build_list, suggested_demand};
