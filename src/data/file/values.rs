//! The values of a case file read, checked before the person is asked to put them in place: a
//! choice must be one of its place's codes (the forms' radios cannot show another), and the dates,
//! moments and IIN are read as the forms will read them, to say beforehand what they will call
//! wrong. The rules crate says what each code and value means; this only asks it.

use dayarlyq_rules::case_file::{CaseFile, Kind, Place};
use dayarlyq_rules::complaint::Contested;
use dayarlyq_rules::iin::Iin;
use dayarlyq_rules::input::FieldError;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::text::Lang;

use super::{MemberError, Problem};

/// The choices whose text is none of their place's codes.
pub(super) fn unknown_codes(file: &CaseFile) -> Vec<MemberError> {
    Place::ALL
        .iter()
        .filter_map(|&place| {
            let Kind::Choice(codes) = place.kind() else {
                return None;
            };
            let got = file.given(place)?;
            (!codes.contains(&got)).then(|| MemberError {
                path: place.path().to_owned(),
                problem: Problem::Code {
                    place,
                    got: got.to_owned(),
                },
            })
        })
        .collect()
}

/// The dates, moments and IIN the forms will say are wrong, as the rules read them.
pub(super) fn unusable(file: &CaseFile) -> Vec<FieldError> {
    Place::ALL
        .iter()
        .filter_map(|&place| {
            let text = file.given(place)?;
            let path = place.path();
            match place.kind() {
                Kind::Date => parse_date(path, text).err(),
                Kind::Moment => Moment::parse(path, text).err(),
                Kind::Iin => Iin::parse(text).err().map(|e| e.in_field(path)),
                _ => None,
            }
        })
        .collect()
}

/// What `code` means at `place`, in `lang`: `reservist` → "әскери міндетті".
pub fn code_name(place: Place, code: &str, lang: Lang) -> Option<String> {
    Some(match place {
        Place::Sex => Sex::from_code(code)?.name(lang).to_owned(),
        Place::Status => Status::from_code(code)?.name().get(lang).to_owned(),
        Place::Fitness => {
            let fitness = Fitness::from_code(code)?;
            format!("{} — {}", fitness.letter(), fitness.short_name(lang))
        }
        Place::Education => Education::from_code(code)?.name(lang).to_owned(),
        Place::ComplaintAgainst => Contested::from_code(code)?.name().get(lang).to_owned(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_of_every_choice_has_a_name() {
        for &place in Place::ALL {
            if let Kind::Choice(codes) = place.kind() {
                for code in codes {
                    for lang in Lang::ALL {
                        assert!(
                            code_name(place, code, lang).is_some_and(|n| !n.is_empty()),
                            "{} {code} {lang:?}",
                            place.path()
                        );
                    }
                }
            }
        }
        assert_eq!(
            code_name(Place::Status, "reservist", Lang::Kk).as_deref(),
            Some("әскери міндетті")
        );
        assert_eq!(code_name(Place::Status, "soldier", Lang::Kk), None);
    }

    #[test]
    fn unknown_codes_are_named_and_known_ones_pass() {
        let mut file = CaseFile::default();
        file.set(Place::Status, "soldier");
        file.set(Place::Sex, "male");
        file.set(Place::Fitness, "A");
        let found = unknown_codes(&file);
        let paths: Vec<&str> = found.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["applicant.status", "applicant.fitness"]);
        assert_eq!(
            found[0].problem,
            Problem::Code {
                place: Place::Status,
                got: "soldier".into()
            }
        );
    }

    #[test]
    fn values_the_forms_will_call_wrong_are_said_beforehand() {
        let mut file = CaseFile::default();
        file.set(Place::BirthDate, "2007-02-31");
        file.set(Place::ApplicantIin, "92102935");
        file.set(Place::PeriodFrom, "2026-05-04");
        let found: Vec<&str> = unusable(&file).iter().map(|e| e.field).collect();
        assert_eq!(found, ["applicant.iin", "applicant.birth_date"]);
    }
}
