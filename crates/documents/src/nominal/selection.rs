//! Who goes into the list: each person judged on the free track as of the training's start by
//! the rules' [`judge`] (the self-check's decision: status, actions, citations), the list in
//! Kazakh alphabetical order by surname, name and patronymic ([`super::collation`]).
//!
//! A person judged not eligible, or eligible only from a later day, stays out of the list unless
//! kept on purpose ([`super::Person::keep`]); a person whose data does not read stays in, flagged,
//! for the official to mend. And the list itself is held against p. 11: «Әскерге шақырылушыларды
//! оқуға іріктеу оқу сабағы басталғанға дейін күнтізбелік он күннен кешіктірілмей аяқталады».

use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::eligibility::{TrackStatus, TrackVerdict};
use dayarlyq_rules::finding::Warning;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::input::FieldError;
use dayarlyq_rules::judge::judge;
use dayarlyq_rules::moment::parse_date;
use dayarlyq_rules::text::Localized;
use dayarlyq_rules::timeline::selection_deadline;

use super::collation;
use super::{Column, Field, NominalList, Person};

/// What the check of one person found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// No training start to judge on (the list's own error says why).
    NoStart,
    /// Values that do not read, or are missing, each at its column (`None`: the list's).
    Unreadable(Vec<(Option<Column>, FieldError)>),
    /// The free track's decision, and the warnings on the input (an IIN that disagrees).
    Judged {
        free: Box<TrackVerdict>,
        warnings: Vec<Warning>,
    },
}

impl Check {
    /// The free track's status, when judged.
    pub fn status(&self) -> Option<TrackStatus> {
        match self {
            Check::Judged { free, .. } => Some(free.status),
            _ => None,
        }
    }

    /// Under 18 on the day: the legal representative's consent goes with the list (p. 12).
    pub fn needs_consent(&self) -> bool {
        matches!(self, Check::Judged { free, .. } if free.needs_guardian_consent)
    }

    /// Left out unless kept: judged not eligible, or not yet.
    pub fn excludes(&self) -> bool {
        matches!(
            self.status(),
            Some(TrackStatus::NotEligible | TrackStatus::NotYet)
        )
    }
}

/// A person of the list, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The person's place in [`NominalList::people`] (the row typed or imported).
    pub index: usize,
    pub check: Check,
    /// In the list: not excluded by the check, or kept on purpose.
    pub included: bool,
}

/// The list drawn later than p. 11 allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Late {
    pub drawn_on: Date,
    /// The last day of selection: 10 calendar days before the start.
    pub deadline: Date,
}

impl Late {
    pub fn message(&self) -> Localized {
        let (drawn, deadline) = (Dmy(self.drawn_on), Dmy(self.deadline));
        Localized::new(
            format!(
                "Іріктеу оқу сабағы басталғанға дейін күнтізбелік он күннен кешіктірілмей \
                 аяқталады (11-тармақ): {deadline} қоса алғанда. Тізім {drawn} күні жасалуда — \
                 мерзімнен кеш."
            ),
            format!(
                "Отбор завершается не позднее чем за десять календарных дней до начала занятий \
                 (п. 11): по {deadline} включительно. Список составляется {drawn} — позже срока."
            ),
        )
    }
}

/// The people checked and ordered, and what is wrong with the list's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// Every person with something typed, in Kazakh alphabetical order.
    pub entries: Vec<Entry>,
    /// The day judged on.
    pub start: Option<Date>,
    /// Header members that do not read: the start, the end (or an end before the start), the
    /// list's date.
    pub errors: Vec<(Field, FieldError)>,
    /// p. 11: the list is drawn after the last day of selection.
    pub late: Option<Late>,
}

impl Selection {
    /// Checks every person of `list` as of its training start; `today` is the day the list is
    /// drawn when it gives no date.
    pub fn new(list: &NominalList, today: Date, cal: &WorkingCalendar) -> Selection {
        let mut errors = Vec::new();
        let mut date = |field: Field| {
            let text = field.get(list).filter(|t| !t.trim().is_empty())?;
            parse_date(field.key(), text)
                .map_err(|e| errors.push((field, e)))
                .ok()
        };
        let start = date(Field::TrainingStart);
        let end = date(Field::TrainingEnd);
        let drawn = date(Field::Date);
        if list
            .training_start
            .as_deref()
            .is_none_or(|s| s.trim().is_empty())
        {
            errors.insert(
                0,
                (
                    Field::TrainingStart,
                    FieldError::required(Field::TrainingStart.key()),
                ),
            );
        }
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            errors.push((Field::TrainingEnd, end_before_start(start, end)));
        }
        let late = start.and_then(|start| {
            let deadline = selection_deadline(start).ok()?;
            let drawn_on = drawn.unwrap_or(today);
            (drawn_on > deadline).then_some(Late { drawn_on, deadline })
        });

        let mut entries: Vec<(Vec<Vec<u32>>, Entry)> = list
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_blank())
            .map(|(index, person)| {
                let check = match (start, list.training_start.as_deref()) {
                    (Some(_), Some(text)) => check(person, text, today, cal),
                    _ => Check::NoStart,
                };
                let included = person.keep == Some(true) || !check.excludes();
                let key = [&person.surname, &person.name, &person.patronymic]
                    .map(|part| collation::key(part.as_deref().unwrap_or_default()))
                    .to_vec();
                (
                    key,
                    Entry {
                        index,
                        check,
                        included,
                    },
                )
            })
            .collect();
        // Stable: people of one name stay in the order typed.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Selection {
            entries: entries.into_iter().map(|(_, e)| e).collect(),
            start,
            errors,
            late,
        }
    }

    /// [`Selection::new`] on Kazakhstan's working calendar.
    pub fn in_kazakhstan(list: &NominalList, today: Date) -> Selection {
        Selection::new(list, today, &WorkingCalendar::kazakhstan())
    }

    /// The list as the page drew it ([`Selection::drawn_list`]): every person in it kept, in the
    /// order given, none judged again. The PDF worker draws app. 4 so, without the rules' judge
    /// (its module's budget).
    pub fn as_drawn(list: &NominalList) -> Selection {
        Selection {
            entries: list
                .people
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.is_blank())
                .map(|(index, _)| Entry {
                    index,
                    check: Check::NoStart,
                    included: true,
                })
                .collect(),
            start: None,
            errors: Vec::new(),
            late: None,
        }
    }

    /// `list` with only the people this selection draws, in its order: what
    /// [`Selection::as_drawn`] draws the same.
    pub fn drawn_list(&self, list: &NominalList) -> NominalList {
        NominalList {
            people: self
                .included()
                .filter_map(|e| list.people.get(e.index).cloned())
                .collect(),
            ..list.clone()
        }
    }

    /// No people, no header: what a blank form of app. 4 draws.
    pub const fn empty() -> Selection {
        Selection {
            entries: Vec::new(),
            start: None,
            errors: Vec::new(),
            late: None,
        }
    }

    /// The people the list draws, in order.
    pub fn included(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.included)
    }

    /// «Құрамы ___ адамнан тұратын»: how many the list draws.
    pub fn head_count(&self) -> usize {
        self.included().count()
    }
}

/// The person judged by the rules' [`judge`], as the self-check judges.
fn check(person: &Person, start: &str, today: Date, cal: &WorkingCalendar) -> Check {
    match judge(&person.case_file(start), today, cal) {
        Ok(judged) => Check::Judged {
            free: Box::new(judged.verdict.free),
            warnings: judged.verdict.warnings,
        },
        Err(errors) => Check::Unreadable(
            errors
                .into_iter()
                .map(|e| (e.place().and_then(Column::of_place), e))
                .collect(),
        ),
    }
}

fn end_before_start(start: Date, end: Date) -> FieldError {
    FieldError::new(
        Field::TrainingEnd.key(),
        dayarlyq_rules::input::ErrorCode::Format,
        Localized::new(
            format!(
                "Оқудың аяқталуы ({}) басталуынан ({}) бұрын.",
                Dmy(end),
                Dmy(start)
            ),
            format!(
                "Окончание обучения ({}) раньше его начала ({}).",
                Dmy(end),
                Dmy(start)
            ),
        ),
    )
}

#[cfg(test)]
mod tests {
    use dayarlyq_rules::finding::ActionId;

    use super::*;

    fn person(surname: &str, birth: &str, education: &str) -> Person {
        Person {
            surname: Some(surname.into()),
            name: Some("Нұрлан".into()),
            birth_date: Some(birth.into()),
            fitness: Some("fit".into()),
            education: Some(education.into()),
            ..Person::default()
        }
    }

    fn list(people: Vec<Person>) -> NominalList {
        NominalList {
            training_start: Some("2027-02-01".into()),
            date: Some("2027-01-20".into()),
            people,
            ..NominalList::default()
        }
    }

    fn select(list: &NominalList) -> Selection {
        Selection::new(
            list,
            Date::constant(2027, 1, 20),
            &WorkingCalendar::kazakhstan(),
        )
    }

    #[test]
    fn the_free_tracks_decision_as_of_the_start_decides_who_is_in() {
        // p. 10: from 17 years 6 months, under 26; basic secondary education or higher.
        let s = select(&list(vec![
            person("Үсенов", "2000-01-01", "higher"), // 27: not eligible
            person("Әлиев", "2008-05-01", "general_secondary"), // 18y9m: eligible
            person("Бекұлы", "2009-06-01", "basic_secondary"), // 17y8m: consent (p. 12)
            person("Ғалиев", "2009-12-01", "higher"), // 17y2m: not yet
            person("Қасымов", "2005-01-01", "primary"), // education: not eligible
        ]));
        let order: Vec<usize> = s.entries.iter().map(|e| e.index).collect();
        assert_eq!(order, [1, 2, 3, 4, 0], "Ә Б Ғ Қ Ү");
        let status: Vec<Option<TrackStatus>> = s.entries.iter().map(|e| e.check.status()).collect();
        assert_eq!(
            status,
            [
                Some(TrackStatus::Eligible),
                Some(TrackStatus::EligibleWithActions),
                Some(TrackStatus::NotYet),
                Some(TrackStatus::NotEligible),
                Some(TrackStatus::NotEligible),
            ]
        );
        let Check::Judged { free, .. } = &s.entries[1].check else {
            panic!("judged");
        };
        assert_eq!(free.actions[0].id, ActionId::GuardianConsent);
        assert!(s.entries[1].check.needs_consent());
        assert_eq!(s.head_count(), 2);
        assert_eq!(
            s.late, None,
            "20 January is within 10 days before 1 February"
        );
    }

    #[test]
    fn kept_on_purpose_and_unreadable_stay_in() {
        let mut old = person("Үсенов", "2000-01-01", "higher");
        old.keep = Some(true);
        let mut unread = person("Ахметов", "01.05.2008", "higher");
        unread.fitness = None;
        let s = select(&list(vec![old, unread]));
        assert_eq!(s.head_count(), 2);
        let Check::Unreadable(errors) = &s.entries[0].check else {
            panic!("unreadable: {:?}", s.entries[0].check);
        };
        let columns: Vec<Option<Column>> = errors.iter().map(|(c, _)| *c).collect();
        assert_eq!(columns, [Some(Column::BirthDate), Some(Column::Fitness)]);
    }

    #[test]
    fn the_list_is_late_after_the_tenth_day_before_the_start() {
        // p. 11: selection ends no later than 10 calendar days before the start (22 January).
        let mut l = list(vec![]);
        l.date = Some("2027-01-22".into());
        assert_eq!(select(&l).late, None);
        l.date = Some("2027-01-23".into());
        let late = select(&l).late.expect("late");
        assert_eq!(late.deadline, Date::constant(2027, 1, 22));
        assert!(late.message().kk.contains("11-тармақ"));
        // No date: today (20 January) is the day drawn.
        l.date = None;
        assert_eq!(select(&l).late, None);
    }

    #[test]
    fn header_errors_are_named() {
        let mut l = list(vec![person("Әлиев", "2008-05-01", "higher")]);
        l.training_start = None;
        l.training_end = Some("2027-13-01".into());
        let s = select(&l);
        let fields: Vec<Field> = s.errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [Field::TrainingStart, Field::TrainingEnd]);
        assert_eq!(s.entries[0].check, Check::NoStart);
        assert_eq!(s.head_count(), 1);
        l.training_start = Some("2027-02-01".into());
        l.training_end = Some("2027-01-01".into());
        assert_eq!(select(&l).errors.len(), 1);
    }
}
