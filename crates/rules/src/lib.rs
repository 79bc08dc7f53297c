//! The Rules of training conscripts and reservists in military-technical specialties
//! (MoD Order No. 357 of 17 July 2017, in the edition of Order No. 1509 of 29.10.2025), as code.
//!
//! Pure: no I/O, no clock, no web dependencies. The same code runs natively (the `dayarlyq`
//! command-line tool, the tests) and in the browser (the web app).
//!
//! Data flows one way: a [`case_file::CaseFile`] as typed → [`judge::judge`] (validation, then
//! [`eligibility`], [`medical_card`], [`timeline`]) → views and documents. Every decision carries
//! its [`citation::Citation`] and an explanation in Kazakh and Russian ([`text::Localized`]).
//!
//! The modules in layers, each using only those above it in this list (no cycles):
//! 1. [`text`], [`citation`], [`age`], [`calendar`]: languages, places in the Rules, ages,
//!    working days;
//! 2. [`fmt`]: dates, ages and amounts written out;
//! 3. [`person`]: sex, registration status, fitness, education; [`complaint`]: the notice a
//!    complaint contests;
//! 4. [`case_file`]: the case as typed and its schema, every [`case_file::Place`] declared once;
//! 5. [`input`]: errors in what was typed, naming their place;
//! 6. [`moment`], [`iin`]: dates, moments and IINs read from text;
//! 7. [`track`]: the two tracks and their age windows;
//! 8. [`finding`]: checks and warnings and their explanations;
//! 9. [`medical_card`], then [`timeline`]: the card's validity and the procedure's dates;
//! 10. [`applicant`]: the applicant validated from a case;
//! 11. [`eligibility`]: both tracks judged, each with its status and actions;
//! 12. [`judge`]: a case file to its verdict — the one entry point; [`next`]: the steps it asks
//!     for;
//! 13. [`quotes`], [`ics`]: the Rules' words and calendar files, for the views; [`link`]: a
//!     case file in an address.

pub mod age;
pub mod applicant;
pub mod calendar;
pub mod case_file;
pub mod citation;
pub mod complaint;
pub mod eligibility;
pub mod finding;
pub mod fmt;
pub mod ics;
pub mod iin;
pub mod input;
pub mod judge;
pub mod link;
pub mod medical_card;
pub mod moment;
pub mod next;
pub mod person;
pub mod quotes;
pub mod text;
pub mod timeline;
pub mod track;

/// A civil (calendar) date; the whole crate works in Kazakhstan's local dates.
pub use jiff::civil::Date;
