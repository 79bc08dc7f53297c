//! The nominal list of app. 4: the conscripts the local military administration (ЖӘБО) selected
//! for the free track, sent to the specialised organisation in two copies (p. 12), «әліпбилік
//! ретпен» (app. 4's note).
//!
//! A [`NominalList`] is the list file of `dayarlyq render --form 4` (`shared/contracts/CLI.md`),
//! kept as typed, like the case file: strings, every member optional. [`selection`] judges each
//! person on the free track as of the training's start with the rules' own
//! [`dayarlyq_rules::judge::judge`], and orders the list by [`collation`]; the template of app. 4
//! draws the selected ([`crate::build_list`]). The web page imports the people from a CSV or XLSX
//! export (`import`, behind the feature of that name).
//!
//! ```
//! use dayarlyq_documents::nominal::ListFile;
//!
//! let file: ListFile = serde_json::from_str(r#"{"nominal_list": {"training_start": "2027-02-01",
//!     "people": [{"surname": "Әлиев", "name": "Нұрлан", "birth_date": "2008-05-01"}]}}"#).unwrap();
//! assert_eq!(file.nominal_list.people[0].surname.as_deref(), Some("Әлиев"));
//! ```

pub mod collation;
#[cfg(feature = "import")]
pub mod import;
pub mod selection;
#[cfg(feature = "import")]
mod xlsx;

use dayarlyq_rules::case_file::{ApplicantData, CaseFile, Place};
use dayarlyq_rules::text::{Lang, Localized};
use serde::{Deserialize, Serialize};

/// The list file: `{"nominal_list": {…}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListFile {
    pub nominal_list: NominalList,
}

/// App. 4's header and its people, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NominalList {
    /// «жергілікті әскери басқару органының атауы»: the ЖӘБО sending the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub military_body: Option<String>,
    /// «мамандандырылған ұйым атауы».
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// «… мамандығы бойынша жасақтау үшін».
    #[serde(skip_serializing_if = "Option::is_none")]
    pub specialty: Option<String>,
    /// `YYYY-MM-DD`: «Оқудың басталуы»; the day each person is judged on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub training_start: Option<String>,
    /// `YYYY-MM-DD`: «Оқудың аяқталуы».
    #[serde(skip_serializing_if = "Option::is_none")]
    pub training_end: Option<String>,
    /// `YYYY-MM-DD`: the day the list is drawn up (the form's «20__ жылғы "___" ____»).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub people: Vec<Person>,
}

/// A conscript of the list, as typed. The columns of app. 4 (name, birth, education, workplace,
/// address) and what the free track is judged on; a person the list names is a conscript
/// (`status` defaults to `conscript`), and without an IIN or a sex a man (conscripts are men, by
/// the Law on military service), so only what the list cannot say is asked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patronymic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fitness: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deferment: Option<bool>,
    /// «Жұмыс орны, мамандығы».
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workplace: Option<String>,
    /// «Тұрақты (уақытша) тіркеу орны бойынша үй мекенжайы».
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Kept in the list on purpose, whatever the check says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep: Option<bool>,
}

/// A column of a person: a member of [`Person`], its key in the list file (and the CLI's English
/// header of an import), its name in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Surname,
    Name,
    Patronymic,
    Iin,
    BirthDate,
    Sex,
    Status,
    Fitness,
    Education,
    Deferment,
    Workplace,
    Address,
    Keep,
}

impl Column {
    /// Every column, in the list file's order.
    pub const ALL: [Column; 13] = [
        Column::Surname,
        Column::Name,
        Column::Patronymic,
        Column::Iin,
        Column::BirthDate,
        Column::Sex,
        Column::Status,
        Column::Fitness,
        Column::Education,
        Column::Deferment,
        Column::Workplace,
        Column::Address,
        Column::Keep,
    ];

    /// The member's key in the list file: `birth_date`.
    pub const fn key(self) -> &'static str {
        match self {
            Column::Surname => "surname",
            Column::Name => "name",
            Column::Patronymic => "patronymic",
            Column::Iin => "iin",
            Column::BirthDate => "birth_date",
            Column::Sex => "sex",
            Column::Status => "status",
            Column::Fitness => "fitness",
            Column::Education => "education",
            Column::Deferment => "deferment",
            Column::Workplace => "workplace",
            Column::Address => "address",
            Column::Keep => "keep",
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The place of the case file the column fills when the person is judged.
    pub const fn place(self) -> Option<Place> {
        Some(match self {
            Column::Surname => Place::ApplicantSurname,
            Column::Name => Place::ApplicantName,
            Column::Patronymic => Place::ApplicantPatronymic,
            Column::Iin => Place::ApplicantIin,
            Column::BirthDate => Place::BirthDate,
            Column::Sex => Place::Sex,
            Column::Status => Place::Status,
            Column::Fitness => Place::Fitness,
            Column::Education => Place::Education,
            Column::Deferment => Place::Deferment,
            Column::Address => Place::ApplicantAddress,
            Column::Workplace | Column::Keep => return None,
        })
    }

    /// The column at a case file's place (the place of a judge's error).
    pub fn of_place(place: Place) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.place() == Some(place))
    }

    /// The column's name: the schema's for the case file's places.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Column::Workplace, Lang::Kk) => "Жұмыс орны, мамандығы",
            (Column::Workplace, Lang::Ru) => "Место работы, специальность",
            (Column::Address, Lang::Kk) => "Тіркеу орны бойынша мекенжайы",
            (Column::Address, Lang::Ru) => "Адрес по месту регистрации",
            (Column::Keep, Lang::Kk) => "Тізімде қалдыру",
            (Column::Keep, Lang::Ru) => "Оставить в списке",
            (column, lang) => column.place().map_or("", |p| p.label(lang)),
        }
    }

    pub fn name(self) -> Localized {
        Localized::new(self.label(Lang::Kk), self.label(Lang::Ru))
    }

    /// The person's value in this column, as typed (a flag as `true`/`false`).
    pub fn get(self, person: &Person) -> Option<String> {
        let text = |v: &Option<String>| v.clone();
        match self {
            Column::Surname => text(&person.surname),
            Column::Name => text(&person.name),
            Column::Patronymic => text(&person.patronymic),
            Column::Iin => text(&person.iin),
            Column::BirthDate => text(&person.birth_date),
            Column::Sex => text(&person.sex),
            Column::Status => text(&person.status),
            Column::Fitness => text(&person.fitness),
            Column::Education => text(&person.education),
            Column::Deferment => person.deferment.map(|b| b.to_string()),
            Column::Workplace => text(&person.workplace),
            Column::Address => text(&person.address),
            Column::Keep => person.keep.map(|b| b.to_string()),
        }
    }

    /// Sets the person's value in this column; blank is missing, a flag reads `true` only from
    /// `true`.
    pub fn set(self, person: &mut Person, value: &str) {
        let value = value.trim();
        let text = (!value.is_empty()).then(|| value.to_owned());
        let flag = (!value.is_empty()).then(|| value == "true");
        match self {
            Column::Surname => person.surname = text,
            Column::Name => person.name = text,
            Column::Patronymic => person.patronymic = text,
            Column::Iin => person.iin = text,
            Column::BirthDate => person.birth_date = text,
            Column::Sex => person.sex = text,
            Column::Status => person.status = text,
            Column::Fitness => person.fitness = text,
            Column::Education => person.education = text,
            Column::Deferment => person.deferment = flag,
            Column::Workplace => person.workplace = text,
            Column::Address => person.address = text,
            Column::Keep => person.keep = flag,
        }
    }
}

/// A member of the list's header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    MilitaryBody,
    Organization,
    Specialty,
    TrainingStart,
    TrainingEnd,
    Date,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::MilitaryBody,
        Field::Organization,
        Field::Specialty,
        Field::TrainingStart,
        Field::TrainingEnd,
        Field::Date,
    ];

    /// The key in the list file.
    pub const fn key(self) -> &'static str {
        match self {
            Field::MilitaryBody => "military_body",
            Field::Organization => "organization",
            Field::Specialty => "specialty",
            Field::TrainingStart => "training_start",
            Field::TrainingEnd => "training_end",
            Field::Date => "date",
        }
    }

    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Field::MilitaryBody, Lang::Kk) => "Жергілікті әскери басқару органының атауы",
            (Field::MilitaryBody, Lang::Ru) => "Наименование местного органа военного управления",
            (Field::Organization, Lang::Kk) => "Мамандандырылған ұйым атауы",
            (Field::Organization, Lang::Ru) => "Наименование специализированной организации",
            (Field::Specialty, Lang::Kk) => "Мамандығы",
            (Field::Specialty, Lang::Ru) => "Специальность",
            (Field::TrainingStart, Lang::Kk) => "Оқудың басталуы",
            (Field::TrainingStart, Lang::Ru) => "Начало обучения",
            (Field::TrainingEnd, Lang::Kk) => "Оқудың аяқталуы",
            (Field::TrainingEnd, Lang::Ru) => "Окончание обучения",
            (Field::Date, Lang::Kk) => "Тізім жасалған күн",
            (Field::Date, Lang::Ru) => "Дата составления списка",
        }
    }

    pub fn get(self, list: &NominalList) -> Option<&str> {
        match self {
            Field::MilitaryBody => list.military_body.as_deref(),
            Field::Organization => list.organization.as_deref(),
            Field::Specialty => list.specialty.as_deref(),
            Field::TrainingStart => list.training_start.as_deref(),
            Field::TrainingEnd => list.training_end.as_deref(),
            Field::Date => list.date.as_deref(),
        }
    }

    pub fn set(self, list: &mut NominalList, value: &str) {
        let value = value.trim();
        let text = (!value.is_empty()).then(|| value.to_owned());
        match self {
            Field::MilitaryBody => list.military_body = text,
            Field::Organization => list.organization = text,
            Field::Specialty => list.specialty = text,
            Field::TrainingStart => list.training_start = text,
            Field::TrainingEnd => list.training_end = text,
            Field::Date => list.date = text,
        }
    }
}

impl Person {
    /// The person as a case file to judge on `as_of` (the training's start): the list's
    /// defaults in (status `conscript`; sex `male` when neither a sex nor an IIN says it).
    pub fn case_file(&self, as_of: &str) -> CaseFile {
        let given = |v: &Option<String>| v.as_ref().filter(|s| !s.trim().is_empty()).cloned();
        let iin = given(&self.iin);
        let sex = given(&self.sex).or_else(|| iin.is_none().then(|| "male".to_owned()));
        CaseFile {
            as_of: Some(as_of.to_owned()),
            applicant: ApplicantData {
                surname: given(&self.surname),
                name: given(&self.name),
                patronymic: given(&self.patronymic),
                iin,
                birth_date: given(&self.birth_date),
                sex,
                address: given(&self.address),
                status: given(&self.status).or_else(|| Some("conscript".to_owned())),
                fitness: given(&self.fitness),
                education: given(&self.education),
                deferment: self.deferment,
                ..ApplicantData::default()
            },
            ..CaseFile::default()
        }
    }

    /// Nothing typed in any column.
    pub fn is_blank(&self) -> bool {
        Column::ALL
            .iter()
            .all(|c| c.get(self).is_none_or(|v| v.trim().is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_judged_as_a_conscript_and_a_man_unless_said() {
        let person = Person {
            birth_date: Some("2008-05-01".into()),
            ..Person::default()
        };
        let case = person.case_file("2027-02-01");
        assert_eq!(case.applicant.status.as_deref(), Some("conscript"));
        assert_eq!(case.applicant.sex.as_deref(), Some("male"));
        assert_eq!(case.as_of.as_deref(), Some("2027-02-01"));
        // An IIN says the sex itself.
        let with_iin = Person {
            iin: Some("921029350851".into()),
            ..Person::default()
        };
        assert_eq!(with_iin.case_file("2027-02-01").applicant.sex, None);
    }
}
