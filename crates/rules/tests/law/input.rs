//! The case file as input: the example case, what an IIN fills in, the names of the fitness
//! categories. Values refused by field and code are rows of `tests/cases/input.json`.

use super::*;
use dayarlyq_rules::applicant::Validated;

/// A case whose applicant is `json`.
fn data(json: &str) -> CaseFile {
    CaseFile {
        applicant: serde_json::from_str::<ApplicantData>(json).unwrap(),
        ..CaseFile::default()
    }
}

fn validate(json: &str) -> Result<Validated, Vec<(&'static str, &'static str)>> {
    Applicant::from_case(&data(json))
        .map_err(|errs| errs.iter().map(|e| (e.field, e.code.code())).collect())
}

#[test]
fn example_case_file() {
    let text = include_str!("../data/example-case.json");
    let case: CaseFile = serde_json::from_str(text).unwrap();
    let v = Applicant::from_case(&case).unwrap();
    assert!(v.warnings.is_empty());
    assert_eq!(v.applicant.birth_date, d("1992-10-29"));
    assert_eq!(v.applicant.status, Status::Reservist);
}

#[test]
fn an_unknown_value_names_what_was_typed_and_what_is_accepted() {
    let e = Applicant::from_case(&data(r#"{"sex":"m"}"#)).unwrap_err();
    let sex = e.iter().find(|e| e.field == "applicant.sex").unwrap();
    assert!(sex.message.kk.contains("male | female") && sex.message.ru.contains("«m»"));
}

#[test]
fn iin_fills_in_and_cross_checks() {
    // The IIN gives the birth date and sex when they are not typed.
    let v = validate(
        r#"{"iin":"921029350851","status":"reservist","fitness":"fit","education":"higher"}"#,
    )
    .unwrap();
    assert_eq!(
        (v.applicant.birth_date, v.applicant.sex),
        (d("1992-10-29"), Sex::Male)
    );
    // A mismatch is a warning; the typed values are used.
    let v = validate(
        r#"{"iin":"921029350851","birth_date":"1992-10-30","sex":"female","status":"reservist","fitness":"fit","education":"higher"}"#,
    )
    .unwrap();
    assert_eq!(
        warning_ids(&v.warnings),
        ["iin_birth_date_mismatch", "iin_sex_mismatch"]
    );
    assert_eq!(
        (v.applicant.birth_date, v.applicant.sex),
        (d("1992-10-30"), Sex::Female)
    );
}

#[test]
fn fitness_names() {
    // The medical card's wording, category by category.
    let rows = [
        (Fitness::Fit, 'А', "жарамды"),
        (Fitness::FitMinor, 'Б', "болмашы шектеулермен жарамды"),
        (Fitness::Limited, 'В', "шектеулі жарамды"),
        (Fitness::TemporarilyUnfit, 'Г', "уақытша жарамсыз"),
        (
            Fitness::UnfitPeacetime,
            'Д',
            "бейбіт уақытта жарамсыз, соғыс уақытында шектеулі жарамды",
        ),
        (Fitness::Unfit, 'Е', "жарамсыз"),
    ];
    for (f, letter, short) in rows {
        assert_eq!((f.letter(), f.short_name(Lang::Kk)), (letter, short));
        assert_eq!(Fitness::from_code(f.code()), Some(f));
        assert!(
            f.official_name(Lang::Kk).starts_with("бейбіт")
                || f.official_name(Lang::Kk).contains("әскери қызметке")
        );
    }
}
