//! The PDF worker's job, independent of the browser: a request (a document the page has built)
//! in, the PDF's bytes or a message in both languages out.
//!
//! The web app posts the request as an array of strings, `[id, …]` — the document as
//! [`wire::to_parts`] writes it, so that the worker carries neither the templates nor the case
//! file's reading, and neither side a JSON codec — and gets back `{ id, pdf }` (the bytes'
//! buffer, transferred, not copied) or `{ id, error }`; the worker first posts `{ ready: true }`
//! once it listens, since a message posted before that would be lost.

use dayarlyq_documents::pdf::{self, Moment};
use dayarlyq_documents::{Document, Localized, wire};

/// What the page asks for.
#[derive(Clone, Debug)]
pub struct Job {
    /// Echoed in the reply, so a late answer is never taken for a newer request's.
    pub id: u32,
    /// The document to draw.
    pub doc: Document,
}

impl Job {
    /// The request as the page posts it (see the module's documentation).
    pub fn to_parts(&self) -> Vec<String> {
        let mut parts = vec![self.id.to_string()];
        parts.extend(wire::to_parts(&self.doc));
        parts
    }
}

/// Reads a request; a message that is not one is answered with the reason.
pub fn read_job(parts: &[String]) -> Result<Job, Localized> {
    let bad = |what: &str, kk: &str, ru: &str| {
        Localized::new(
            format!("PDF сұрауын оқу мүмкін болмады: {kk} ({what})."),
            format!("Не удалось прочитать запрос на PDF: {ru} ({what})."),
        )
    };
    let Some((id, rest)) = parts.split_first() else {
        return Err(bad("", "сұрау толық емес", "запрос неполон"));
    };
    let id = id
        .parse()
        .map_err(|_| bad(id, "сұрау нөмірі қате", "неверный номер запроса"))?;
    let doc =
        wire::from_parts(rest).ok_or_else(|| bad("", "құжат оқылмады", "документ не прочитан"))?;
    Ok(Job { id, doc })
}

/// The PDF of `job`'s document, made at `made` (the worker's clock), with the fonts read once
/// for the life of the worker.
pub fn render(job: &Job, made: Moment) -> Result<Vec<u8>, Localized> {
    let fonts = pdf::Fonts::shared().map_err(|e| e.message())?;
    pdf::render(&job.doc, fonts, made).map_err(|e| e.message())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dayarlyq_documents::nominal::selection::Selection;
    use dayarlyq_documents::{CaseFile, Form, Lang, build, build_list};

    fn made() -> Moment {
        Moment::local(jiff::civil::datetime(2026, 3, 20, 10, 0, 0, 0))
    }

    fn strings(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_request_for_app_6_makes_a_pdf() {
        // App. 6: the application, in Kazakh, from the example case, as the page posts it.
        let case: CaseFile = serde_json::from_str(include_str!(
            "../../crates/rules/tests/data/example-case.json"
        ))
        .unwrap();
        let doc = build(Form::Application, Lang::Kk, &case);
        let posted = Job {
            id: 7,
            doc: doc.clone(),
        }
        .to_parts();
        let job = read_job(&posted).unwrap();
        assert_eq!(job.id, 7);
        assert_eq!(job.doc, doc, "the document arrives whole");
        let bytes = render(&job, made()).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
        assert!(
            bytes.len() > 10_000,
            "fonts embedded: {} bytes",
            bytes.len()
        );
    }

    #[test]
    fn every_document_in_both_languages_renders_blank() {
        // App. 6, 8–11, 13, 14 and the complaint (p. 45): a blank form is still a document (its
        // blanks are lines).
        for form in Form::EVERY {
            for lang in Lang::ALL {
                let doc = build(form, lang, &CaseFile::default());
                let job = read_job(&Job { id: 1, doc }.to_parts()).unwrap();
                assert!(
                    render(&job, made()).unwrap().starts_with(b"%PDF-"),
                    "{form} {lang:?}"
                );
            }
        }
    }

    #[test]
    fn a_nominal_list_arrives_whole_and_makes_a_pdf() {
        // App. 4: the table of people, as the page drew it.
        let list: dayarlyq_documents::nominal::ListFile = serde_json::from_str(include_str!(
            "../../crates/documents/tests/data/nominal-list.json"
        ))
        .unwrap();
        let list = list.nominal_list;
        let doc = build_list(Lang::Ru, &list, &Selection::as_drawn(&list));
        let job = read_job(
            &Job {
                id: 3,
                doc: doc.clone(),
            }
            .to_parts(),
        )
        .unwrap();
        assert_eq!(job.doc, doc);
        assert!(render(&job, made()).unwrap().starts_with(b"%PDF-"));
    }

    #[test]
    fn a_bad_request_is_answered_in_both_languages() {
        for bad in [
            strings(&[]),
            strings(&["1"]),
            strings(&["x", "6", "kk", "title"]),
            strings(&["1", "7", "kk", "title"]),
            strings(&["1", "6", "en", "title"]),
            strings(&["1", "6", "kk", "title", "P"]),
        ] {
            let message = read_job(&bad).unwrap_err();
            assert!(
                message.kk.starts_with("PDF сұрауын"),
                "{bad:?}: {}",
                message.kk
            );
            assert!(
                message.ru.starts_with("Не удалось"),
                "{bad:?}: {}",
                message.ru
            );
        }
    }
}
