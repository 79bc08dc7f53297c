//! The PDF worker's job, independent of the browser: a request (the case file as typed, the
//! form, the language) in, the PDF's bytes or a message in both languages out.
//!
//! The web app posts the request as JSON text and gets back `{ id, pdf }` (the bytes' buffer,
//! transferred, not copied) or `{ id, error }`; the worker first posts `{ ready: true }` once it
//! listens, since a message posted before that would be lost.

use dayarlyq_documents::{CaseFile, Form, Lang, Localized, build, pdf};
use serde::Deserialize;

/// What the page asks for.
#[derive(Clone, Debug, Deserialize)]
pub struct Job {
    /// Echoed in the reply, so a late answer is never taken for a newer request's.
    pub id: u32,
    /// The appendix number: `6`.
    pub form: Form,
    /// `kk` or `ru`.
    pub lang: Lang,
    /// The case file as typed.
    pub case: CaseFile,
}

/// Reads a request; a message that is not one is answered with the reason.
pub fn read_job(json: &str) -> Result<Job, Localized> {
    serde_json::from_str(json).map_err(|e| {
        Localized::new(
            format!("PDF сұрауын оқу мүмкін болмады: {e}."),
            format!("Не удалось прочитать запрос на PDF: {e}."),
        )
    })
}

/// The PDF of `job`'s document, with the fonts read once for the life of the worker.
pub fn render(job: &Job) -> Result<Vec<u8>, Localized> {
    let fonts = pdf::Fonts::shared().map_err(|e| e.message())?;
    let doc = build(job.form, job.lang, &job.case);
    pdf::render(&doc, fonts).map_err(|e| e.message())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> String {
        let case = include_str!("../../crates/rules/tests/data/example-case.json");
        format!(r#"{{"id":7,"form":6,"lang":"kk","case":{case}}}"#)
    }

    #[test]
    fn a_request_for_app_6_makes_a_pdf() {
        // App. 6: the application, in Kazakh, from the example case.
        let job = read_job(&example()).unwrap();
        assert_eq!(
            (job.id, job.form, job.lang),
            (7, Form::Application, Lang::Kk)
        );
        let bytes = render(&job).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
        assert!(
            bytes.len() > 10_000,
            "fonts embedded: {} bytes",
            bytes.len()
        );
    }

    #[test]
    fn every_form_in_both_languages_renders_from_an_empty_case() {
        // App. 6, 8–11, 13, 14: a blank form is still a document (its blanks are lines).
        for form in Form::ALL {
            for lang in Lang::ALL {
                let json = format!(
                    r#"{{"id":1,"form":{},"lang":"{}","case":{{}}}}"#,
                    form.appendix(),
                    lang.code()
                );
                let job = read_job(&json).unwrap();
                assert!(
                    render(&job).unwrap().starts_with(b"%PDF-"),
                    "{form} {lang:?}"
                );
            }
        }
    }

    #[test]
    fn a_bad_request_is_answered_in_both_languages() {
        for bad in [
            "",
            "[]",
            r#"{"id":1,"form":7,"lang":"kk","case":{}}"#,
            r#"{"id":1,"form":6,"lang":"en","case":{}}"#,
            r#"{"id":1,"form":6,"lang":"kk","case":{"notice":{"queue_number":"x"}}}"#,
        ] {
            let message = read_job(bad).unwrap_err();
            assert!(
                message.kk.starts_with("PDF сұрауын"),
                "{bad}: {}",
                message.kk
            );
            assert!(
                message.ru.starts_with("Не удалось"),
                "{bad}: {}",
                message.ru
            );
        }
    }
}
