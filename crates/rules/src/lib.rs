//! The Rules of training conscripts and reservists in military-technical specialties
//! (MoD Order No. 357 of 17 July 2017, in the edition of Order No. 1509 of 29.10.2025), as code.
//!
//! Pure: no I/O, no clock, no web dependencies. The same code runs natively (the `dayarlyq`
//! command-line tool, the tests) and in the browser (the web app).
//!
//! Data flows one way: input ([`applicant::Applicant`], [`case_file::CaseFile`]) → decisions
//! ([`eligibility`], [`medical_card`], [`timeline`]) → views and documents. Every decision carries
//! its [`citation::Citation`] and an explanation in Kazakh and Russian ([`text::Localized`]).

pub mod age;
pub mod applicant;
pub mod calendar;
pub mod case_file;
pub mod citation;
pub mod eligibility;
pub mod finding;
pub mod ics;
pub mod iin;
pub mod input;
pub mod medical_card;
pub mod moment;
pub mod quotes;
pub mod text;
pub mod timeline;

/// A civil (calendar) date; the whole crate works in Kazakhstan's local dates.
pub use jiff::civil::Date;
