//! The IIN parser on any text: never panics; an IIN it accepts prints back as the digits typed
//! (the spaces and hyphens between them dropped) and parses again to itself; a refusal says why
//! in Kazakh and Russian.
#![no_main]

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::iin::Iin;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Iin::parse(&text) {
        Ok(iin) => {
            let shown = iin.to_string();
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(shown, digits);
            assert_eq!(Iin::parse(&shown), Ok(iin));
            // The 7th digit gives the 1800s, 1900s or 2000s.
            assert!((1800..2100).contains(&iin.birth_date().year()), "{shown}");
        }
        Err(e) => {
            let message = e.message();
            assert!(!message.kk.is_empty() && !message.ru.is_empty());
            let in_field = e.in_field(Place::ApplicantIin.path());
            assert_eq!((in_field.code, in_field.place()), (e.code(), Some(Place::ApplicantIin)));
        }
    }
});
