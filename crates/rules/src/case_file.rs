//! The case file: everything one person's case holds, as typed — the format of
//! `shared/contracts/example-case.json`, read by the CLI (`check`, `render --data`), exported and
//! imported by the web app, and filled into the documents.
//!
//! Values are kept as the user typed them (strings), so that nothing typed is ever lost; the
//! typed, validated forms come from [`crate::applicant`] and friends, which name the field when a
//! value is wrong. Every member is optional: a missing one leaves the document's blank line.

use serde::{Deserialize, Serialize};

/// One person's case: the applicant, the service provider, the application, and the notice data
/// an official fills in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseFile {
    pub applicant: ApplicantData,
    pub provider: ProviderData,
    pub application: ApplicationData,
    pub notice: NoticeData,
}

/// The applicant as typed (`applicant` member of the case file).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicantData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patronymic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// `male` | `female`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `conscript` | `reservist` | `none`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `fit` | `fit_minor` | `limited` | `temporarily_unfit` | `unfit_peacetime` | `unfit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fitness: Option<String>,
    /// `none` | `primary` | `basic_secondary` | `general_secondary` | `vocational` | `higher`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deferment: Option<bool>,
    /// `YYYY-MM-DD`: the day the medical commission's conclusion on fitness was received.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medical_conclusion_date: Option<String>,
    /// `YYYY-MM-DDTHH:MM[:SS]` Kazakhstan time, or with an explicit offset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<String>,
    /// `YYYY-MM-DD`: the day the verdict is judged on (CLI `check`; default today).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

/// The service provider: the local military administration body (ЖӘБО).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee: Option<String>,
}

/// The application for queueing (app. 6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_to: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<String>,
}

/// What an official fills into the notifications (app. 8–11, 13, 14).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NoticeData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_number: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_tenge: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrival_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation_address: Option<String>,
}

/// How a place of the case file holds its value, for [`CaseFile::entries`].
trait Place {
    fn put(&self, path: &'static str, out: &mut Vec<(&'static str, String)>);
    fn read(&mut self, value: &str);
    /// The place as a text, when it holds one (for [`CaseFile::text`]).
    fn as_text(&self) -> Option<&Option<String>> {
        None
    }
    /// The place as a text to write, when it holds one (for [`CaseFile::text_mut`]).
    fn as_text_mut(&mut self) -> Option<&mut Option<String>> {
        None
    }
}

impl Place for Option<String> {
    fn put(&self, path: &'static str, out: &mut Vec<(&'static str, String)>) {
        if let Some(v) = self {
            out.push((path, v.clone()));
        }
    }
    fn read(&mut self, value: &str) {
        *self = Some(value.to_owned());
    }
    fn as_text(&self) -> Option<&Option<String>> {
        Some(self)
    }
    fn as_text_mut(&mut self) -> Option<&mut Option<String>> {
        Some(self)
    }
}

impl Place for Option<bool> {
    fn put(&self, path: &'static str, out: &mut Vec<(&'static str, String)>) {
        if let Some(v) = self {
            out.push((path, v.to_string()));
        }
    }
    fn read(&mut self, value: &str) {
        *self = value.parse().ok();
    }
}

impl Place for Option<u32> {
    fn put(&self, path: &'static str, out: &mut Vec<(&'static str, String)>) {
        if let Some(v) = self {
            out.push((path, v.to_string()));
        }
    }
    fn read(&mut self, value: &str) {
        *self = value.parse().ok();
    }
}

impl Place for Option<u64> {
    fn put(&self, path: &'static str, out: &mut Vec<(&'static str, String)>) {
        if let Some(v) = self {
            out.push((path, v.to_string()));
        }
    }
    fn read(&mut self, value: &str) {
        *self = value.parse().ok();
    }
}

/// A list: one entry per item, the path repeated.
impl Place for Vec<String> {
    fn put(&self, path: &'static str, out: &mut Vec<(&'static str, String)>) {
        out.extend(self.iter().map(|v| (path, v.clone())));
    }
    fn read(&mut self, value: &str) {
        self.push(value.to_owned());
    }
}

/// Every place of the case file with its dotted path (the JSON members of the format).
macro_rules! places {
    ($($part:ident . $member:ident),+ $(,)?) => {
        /// The dotted path of every place of the case file, in the format's order.
        pub const PATHS: &[&str] = &[$(concat!(stringify!($part), ".", stringify!($member))),+];

        impl CaseFile {
            /// The case as a flat list of (dotted path, value): a value per place that holds
            /// one, a list's items one by one. It is how two WebAssembly modules of the web app
            /// hand a case to each other without a JSON codec in the first load;
            /// [`CaseFile::from_entries`] reads it back unchanged.
            pub fn entries(&self) -> Vec<(&'static str, String)> {
                let mut out = Vec::new();
                $(Place::put(&self.$part.$member,
                    concat!(stringify!($part), ".", stringify!($member)),
                    &mut out,
                );)+
                out
            }

            /// The text place at `path` (`applicant.surname`), for a form that edits the case
            /// by path; `None` when `path` is no place, or a place of a number, yes/no or list.
            ///
            /// ```
            /// use dayarlyq_rules::case_file::CaseFile;
            ///
            /// let mut case = CaseFile::default();
            /// *case.text_mut("applicant.surname").expect("a text place") = Some("Қуаңышбаев".into());
            /// assert_eq!(case.text("applicant.surname"), Some(&Some("Қуаңышбаев".to_owned())));
            /// assert!(case.text("notice.fee_tenge").is_none(), "a number");
            /// assert!(case.text("applicant.nickname").is_none(), "no such place");
            /// ```
            pub fn text(&self, path: &str) -> Option<&Option<String>> {
                match path {
                    $(p if p == concat!(stringify!($part), ".", stringify!($member)) => {
                        Place::as_text(&self.$part.$member)
                    })+
                    _ => None,
                }
            }

            /// The text place at `path` to write; as [`CaseFile::text`].
            pub fn text_mut(&mut self, path: &str) -> Option<&mut Option<String>> {
                match path {
                    $(p if p == concat!(stringify!($part), ".", stringify!($member)) => {
                        Place::as_text_mut(&mut self.$part.$member)
                    })+
                    _ => None,
                }
            }

            /// The case of [`CaseFile::entries`]. An unknown path, or a number or yes/no that does
            /// not read, leaves its place empty: the entries come from this program, not a person.
            pub fn from_entries<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> CaseFile {
                let mut case = CaseFile::default();
                for (path, value) in entries {
                    match path {
                        $(p if p == concat!(stringify!($part), ".", stringify!($member)) => {
                            Place::read(&mut case.$part.$member, value)
                        })+
                        _ => {}
                    }
                }
                case
            }
        }
    };
}

places!(
    applicant.surname,
    applicant.name,
    applicant.patronymic,
    applicant.iin,
    applicant.birth_date,
    applicant.sex,
    applicant.address,
    applicant.phone,
    applicant.status,
    applicant.fitness,
    applicant.education,
    applicant.deferment,
    applicant.medical_conclusion_date,
    applicant.submitted_at,
    applicant.as_of,
    provider.region,
    provider.district,
    provider.name,
    provider.employee,
    application.submitted_at,
    application.period_from,
    application.period_to,
    application.attachments,
    notice.registration_number,
    notice.application_date,
    notice.queue_number,
    notice.reason,
    notice.fee_tenge,
    notice.arrival_at,
    notice.organisation_address,
);
