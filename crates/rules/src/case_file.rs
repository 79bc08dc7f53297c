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
