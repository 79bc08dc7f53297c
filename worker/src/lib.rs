//! The PDF worker's job, independent of the browser: a request (the form, the language, the case
//! file as typed) in, the PDF's bytes or a message in both languages out.
//!
//! The web app posts the request as an array of strings, `[id, form, lang, path, value, path,
//! value, …]` — the case file as flat entries (`CaseFile::entries`), so that neither side carries a
//! JSON codec — and gets back `{ id, pdf }` (the bytes' buffer, transferred, not copied) or
//! `{ id, error }`; the worker first posts `{ ready: true }` once it listens, since a message posted
//! before that would be lost.

use dayarlyq_documents::nominal::NominalList;
use dayarlyq_documents::nominal::selection::Selection;
use dayarlyq_documents::pdf::{self, Moment};
use dayarlyq_documents::{CaseFile, Form, Lang, Localized, build, build_list};

/// What the page asks for.
#[derive(Clone, Debug)]
pub struct Job {
    /// Echoed in the reply, so a late answer is never taken for a newer request's.
    pub id: u32,
    /// The appendix number: `6`.
    pub form: Form,
    /// `kk` or `ru`.
    pub lang: Lang,
    /// The case file as typed.
    pub case: CaseFile,
    /// For form 4, the nominal list: its entries stand where a case file's would
    /// (`NominalList::entries`).
    pub list: Option<NominalList>,
}

impl Job {
    /// The request as the page posts it (see the module's documentation).
    pub fn to_parts(&self) -> Vec<String> {
        let mut parts = vec![
            self.id.to_string(),
            self.form.code().to_owned(),
            self.lang.code().to_owned(),
        ];
        match &self.list {
            Some(list) => {
                for (key, value) in list.entries() {
                    parts.push(key);
                    parts.push(value);
                }
            }
            None => {
                for (path, value) in self.case.entries() {
                    parts.push(path.to_owned());
                    parts.push(value);
                }
            }
        }
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
    let (head, entries) = parts.split_at(parts.len().min(3));
    let [id, form, lang] = head else {
        return Err(bad("", "сұрау толық емес", "запрос неполон"));
    };
    let id = id
        .parse()
        .map_err(|_| bad(id, "сұрау нөмірі қате", "неверный номер запроса"))?;
    let form: Form = form
        .parse()
        .map_err(|_| bad(form, "мұндай қосымша жоқ", "нет такого приложения"))?;
    let lang =
        Lang::from_code(lang).ok_or_else(|| bad(lang, "тіл белгісіз", "неизвестный язык"))?;
    if entries.len() % 2 != 0 {
        return Err(bad("", "жол мен мәні жұп емес", "путь без значения"));
    }
    let pairs = entries
        .chunks_exact(2)
        .filter_map(|pair| Some((pair.first()?.as_str(), pair.get(1)?.as_str())));
    let (case, list) = if form == Form::NominalList {
        (CaseFile::default(), Some(NominalList::from_entries(pairs)))
    } else {
        (CaseFile::from_entries(pairs), None)
    };
    Ok(Job {
        id,
        form,
        lang,
        case,
        list,
    })
}

/// The PDF of `job`'s document, made at `made` (the worker's clock), with the fonts read once
/// for the life of the worker.
pub fn render(job: &Job, made: Moment) -> Result<Vec<u8>, Localized> {
    let fonts = pdf::Fonts::shared().map_err(|e| e.message())?;
    let doc = match &job.list {
        // App. 4: the people the page judged, kept and ordered ([`Selection::drawn_list`]).
        Some(list) => build_list(job.lang, list, &Selection::as_drawn(list)),
        None => build(job.form, job.lang, &job.case),
    };
    pdf::render(&doc, fonts, made).map_err(|e| e.message())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let posted = Job {
            id: 7,
            form: Form::Application,
            lang: Lang::Kk,
            case: case.clone(),
            list: None,
        }
        .to_parts();
        let job = read_job(&posted).unwrap();
        assert_eq!(
            (job.id, job.form, job.lang),
            (7, Form::Application, Lang::Kk)
        );
        assert_eq!(job.case, case, "the case arrives whole");
        let bytes = render(&job, made()).unwrap();
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
        for form in Form::ALL.into_iter().chain([Form::Complaint]) {
            for lang in Lang::ALL {
                let posted = strings(&["1", form.code(), lang.code()]);
                let job = read_job(&posted).unwrap();
                assert!(
                    render(&job, made()).unwrap().starts_with(b"%PDF-"),
                    "{form} {lang:?}"
                );
            }
        }
    }

    #[test]
    fn a_nominal_list_arrives_whole_and_makes_a_pdf() {
        // App. 4: the list's entries where a case file's would be.
        let list: dayarlyq_documents::nominal::ListFile = serde_json::from_str(include_str!(
            "../../crates/documents/tests/data/nominal-list.json"
        ))
        .unwrap();
        let posted = Job {
            id: 3,
            form: Form::NominalList,
            lang: Lang::Ru,
            case: CaseFile::default(),
            list: Some(list.nominal_list.clone()),
        }
        .to_parts();
        let job = read_job(&posted).unwrap();
        assert_eq!(job.list.as_ref(), Some(&list.nominal_list));
        assert!(render(&job, made()).unwrap().starts_with(b"%PDF-"));
    }

    #[test]
    fn a_bad_request_is_answered_in_both_languages() {
        for bad in [
            strings(&[]),
            strings(&["1", "6"]),
            strings(&["x", "6", "kk"]),
            strings(&["1", "7", "kk"]),
            strings(&["1", "6", "en"]),
            strings(&["1", "6", "kk", "applicant.surname"]),
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
