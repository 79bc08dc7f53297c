//! The documents, tested from the Rules' text: golden files of every form in both languages
//! (the text extracted from the PDF by poppler's `pdftotext`, and the HTML of a language's forms), the Kazakh wording
//! kept verbatim, dates in the case the sentence needs, hostile input kept as text, blanks left
//! as lines. `UPDATE_GOLDEN=1 cargo test -p dayarlyq-documents` rewrites the golden files;
//! review the diff like code.

use std::path::{Path, PathBuf};
use std::process::Command;

use dayarlyq_documents::dates::{self, Case};
use dayarlyq_documents::pdf::{self, Fonts, Moment};
use dayarlyq_documents::{
    CaseFile, Form, Lang, Place, RefusalGround, Run, build, file_name, html, invalid_fields,
    missing_required, text, transliterate,
};
use dayarlyq_rules::Date;

fn example_path() -> PathBuf {
    // The contract's example: shared/ lies beside the repository (here and in CI).
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests/data/example-case.json")
}

fn example() -> CaseFile {
    let path = example_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fonts() -> &'static Fonts {
    Fonts::shared().expect("the embedded fonts")
}

/// When the tests' PDFs are made: a fixed moment, so that their bytes do not depend on the clock.
fn made() -> Moment {
    Moment::local(jiff::civil::datetime(2026, 3, 20, 10, 0, 0, 0))
}

fn render_pdf(form: Form, lang: Lang, case: &CaseFile) -> Vec<u8> {
    pdf::render(&build(form, lang, case), fonts(), made()).expect("a PDF")
}

/// The text of a PDF as poppler extracts it (what a reader's search and copy will see).
fn pdftotext(pdf: &[u8], name: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write the PDF");
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (Debian package poppler-utils; `cargo xtask install` puts it in place)");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(output.stdout).expect("UTF-8 from pdftotext")
}

/// The page count of a krilla PDF (its page tree is written uncompressed).
fn pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let count = text
        .split("/Type/Pages/Count ")
        .nth(1)
        .expect("a page tree");
    count
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a page count")
}

/// Compares `actual` with the golden file `name`, or rewrites it under `UPDATE_GOLDEN=1`.
fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create tests/golden");
        std::fs::write(&path, actual).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b);
        let at = line.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from its golden file at line {}:\n  expected: {:?}\n  actual:   {:?}\n(UPDATE_GOLDEN=1 rewrites it after review)",
            at + 1,
            expected.lines().nth(at).unwrap_or_default(),
            actual.lines().nth(at).unwrap_or_default(),
        );
    }
}

/// One line, single spaces: paragraphs compared whatever the line breaks.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_files_of_every_form_from_the_example_case() {
    // The text of each PDF on its own; the HTML of every form of a language in one file, in the
    // order of the appendices (their approval blocks alike, the forms' own text after them).
    let case = example();
    for lang in Lang::ALL {
        let mut all_html = String::new();
        for form in Form::ALL {
            let name = format!("{}-{}", form.code(), lang.code());
            let doc = build(form, lang, &case);
            let pdf = pdf::render(&doc, fonts(), made()).expect("a PDF");
            golden(&format!("{name}.txt"), &pdftotext(&pdf, &name));
            all_html.push_str(&html::render(&doc));
        }
        golden(&format!("forms-{}.html", lang.code()), &all_html);
    }
}

#[test]
fn one_page_each_filled_or_empty() {
    // The original of every form is one page: so is ours, filled from the example or left blank.
    for case in [example(), CaseFile::default()] {
        for form in Form::ALL {
            for lang in Lang::ALL {
                let pdf = render_pdf(form, lang, &case);
                assert!(pdf.starts_with(b"%PDF-"));
                assert_eq!(pages(&pdf), 1, "app. {form} {lang:?}");
            }
        }
    }
}

#[test]
fn the_example_case_fills_every_required_blank() {
    let case = example();
    for form in Form::ALL {
        assert_eq!(missing_required(form, &case), [], "app. {form}");
        assert_eq!(invalid_fields(form, &case), [], "app. {form}");
    }
}

#[test]
fn every_blank_is_a_member_of_the_example_case() {
    // Every blank a form fills is a place of the case file with a value in
    // shared/contracts/example-case.json.
    let example: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example_path()).expect("the example"))
            .expect("JSON");
    for form in Form::ALL {
        for place in form.blanks() {
            let mut node = &example;
            for key in place.path().split('.') {
                node = &node[key];
            }
            assert!(
                !node.is_null(),
                "{} is not in example-case.json",
                place.path()
            );
        }
    }
}

#[test]
fn an_empty_case_leaves_every_blank() {
    let empty = CaseFile::default();
    for form in Form::ALL {
        // Required: what the form cannot do without; the patronymic is "(болса)", if any, and
        // the fee has its default (app. 12 item 6).
        let required: Vec<Place> = form
            .blanks()
            .iter()
            .copied()
            .filter(|&f| form.requires(f))
            .collect();
        assert_eq!(missing_required(form, &empty), required, "app. {form}");
        for lang in Lang::ALL {
            let doc = build(form, lang, &empty);
            for run in doc.runs() {
                if let Run::Filled {
                    place: Some(field),
                    text,
                    ..
                } = run
                {
                    // Only the fee is filled without data: 390 000 by default.
                    assert_eq!(
                        (*field, text.as_str()),
                        (Place::Fee, "390\u{a0}000"),
                        "app. {form} {lang:?}"
                    );
                }
            }
            let blanks = doc
                .runs()
                .filter(|r| matches!(r, Run::Blank { .. }))
                .count();
            let expected_blanks = if form == Form::ProactiveRefusal { 0 } else { 1 };
            assert!(
                blanks >= expected_blanks,
                "app. {form} {lang:?}: no blank line"
            );
        }
    }
    // App. 6: "Мені 20__ жылғы ___ _______ бастап 20__ жылғы ___ _______ дейінгі кезеңде".
    let plain = text::render(&build(Form::Application, Lang::Kk, &empty));
    assert!(
        plain.contains("Мені 20__ жылғы ___ _______ бастап 20__ жылғы ___ _______ дейінгі кезеңде"),
        "{plain}"
    );
    assert!(
        plain.contains("20__ жылғы \"___\" ______________ сағат ___ ___ минут"),
        "{plain}"
    );
    // App. 13: the hour keeps the form's own "-ге" while blank.
    let plain = text::render(&build(Form::Referral, Lang::Kk, &empty));
    assert!(plain.contains("сағат _______-ге қарай"), "{plain}");
    // The empty PDF shows the blanks as underscores, the captions under them.
    let extracted = pdftotext(&render_pdf(Form::Queued, Lang::Kk, &empty), "empty-8-kk");
    assert!(
        extracted.contains("\"Тіркеу нөмірі\" № ______"),
        "{extracted}"
    );
    assert!(
        extracted.contains("(аты, әкесінің аты (болса), тегі)"),
        "{extracted}"
    );
}

/// The Kazakh wording of each form (shared/regulation/FORMS-kk.md), sentence by sentence, as it
/// must read between the blanks.
const VERBATIM: &[(Form, &[&str])] = &[
    (
        Form::Application,
        &[
            "6-қосымша",
            "қорғаныс істері басқармасының (бөлімінің) бастығына",
            "мекенжайы бойынша тұратын",
            "Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезекке қою туралы өтініш",
            "дейінгі кезеңде Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымында әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезекке қоюыңызды сұраймын.",
            "Өтінішке мыналарды қоса беремін:",
            "Мемлекеттік қызмет көрсету, оның ішінде проактивті форматта \"Әскерге шақырылушылар мен әскери міндеттілерді әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу\" мемлекеттік қызметін көрсету кезінде дербес деректі жинауға және өңдеуге келісемін.",
            "(инициалдары мен тегі)",
            "(қолы)",
        ],
    ),
    (
        Form::Queued,
        &[
            "\"Тіркеу нөмірі\" №",
            "\"Өтініш берілген күн\"",
            "Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезекке қою туралы хабарлама",
            "Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымында оқу үшін №",
            "болып кезекке қойылдыңыз.",
            "Көрсетілетін қызметті берушінің атауы:",
            "Қызметкер:",
            "Осы құжат \"Электрондық құжат және электрондық цифрлық қолтаңба туралы\" Заңның 7-бабына сәйкес қағаз жеткізгіштегі құжатпен бірдей.",
        ],
    ),
    (
        Form::Refusal,
        &[
            "\"Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін әскерге шақырылушылар мен әскери міндеттілерді кезекке қою\" (көрсетілетін қызмет атауы) мемлекеттік қызметін көрсетуден бас тарту туралы хабарлама",
            "\"Мемлекеттік көрсетілетін қызметтер туралы\" ҚР Заңы 19-1-бабының 2-тармағына сәйкес Сізге",
            "себебінен мемлекеттік қызметті көрсетуден бас тартылғаны туралы хабарлаймыз.",
        ],
    ),
    (
        Form::Removal,
        &[
            "Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезектен шығару туралы хабарлама",
            "байланысты Қазақстан Республикасы Қорғаныс министрінің 2017 жылғы 17 шілдедегі № 357 бұйрығымен бекітілген Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымында әскери-техникалық және өзге де мамандықтар бойынша әскерге шақырылушыларды, әскери міндеттілерді жинау, оларды жіберу және өтеусіз және өтеулі негізде оқыту, оқу-тәрбие процесін ұйымдастыру қағидаларының, сондай-ақ оқу мерзімінің 30-тармағына сәйкес әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезектен шығарылғаныңызды хабарлаймыз.",
            "(себебі көрсетілсін)",
            "Хабарлама \"Қазақстан Республикасы Қорғаныс министрлігі жұмылдыру ресурсы автоматтандырылған жүйесінің интеграциялық шлюзі\" ақпараттық жүйесінен жіберілді.",
        ],
    ),
    (
        Form::PaymentNeeded,
        &[
            "Әскери-техникалық және өзге де мамандықтар бойынша оқуға ақы төлеу қажеттілігі туралы хабарлама",
            "дейінгі кезеңде Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымында оқу үшін төлем жасау қажет екенін хабарлаймыз.",
            "Төлемді осы хабарламаны алған күннен бастап 2 жұмыс күн ішінде жасау қажет.",
            "Төлемге сілтеме Сіздің \"электрондық үкімет\" порталындағы \"жеке кабинетіңізге\" жіберілді.",
            "Осы хабарламаны алған күннен бастап күнтізбелік 2 күн ішінде төлем жасалғанын растау болмаған жағдайда Сіз әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезектен шығарылатын боласыз.",
            "Хабарлама \"Қазақстан Республикасы Қорғаныс министрлігінің жұмылдыру ресурсы автоматтандырылған жүйесінің интеграциялық шлюзі\" ақпараттық жүйесінен жіберілді.",
        ],
    ),
    (
        Form::Referral,
        &[
            "Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу",
            "Құрметті",
            "дейінгі кезеңде оқу үшін",
            "мекенжайы бойынша орналасқан Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымына келуіңіз қажет.",
            "Өзіңізбен бірге жеке заттар, гигиена құралдары және осы хабарламаның көшірмесі болуға тиіс.",
        ],
    ),
    (
        Form::ProactiveRefusal,
        &[
            "\"Әскерге шақырылушылар мен әскери міндеттілерді әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу\" (көрсетілетін қызмет атауы) проактивті қызметін көрсетуден бас тарту туралы хабарлама",
            "\"Мемлекеттік көрсетілетін қызметтер туралы\" ҚР Заңының 19-1-бабы 2-тармағының 2) тармақшасына сәйкес Сізге \"электрондық үкімет\" төлем шлюзінен оқу ақысын төлегеніңіз расталмағандықтан, мемлекеттік қызметті көрсетуден бас тартылғанын хабарлаймыз.",
            "Жазылғанды ескеріп, Сіз әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін кезектен шығарылдыңыз.",
            "Кезекке қайта қою үшін \"Әскери-техникалық және өзге де мамандықтар бойынша даярлауға жіберу үшін әскери міндеттілер мен әскерге шақырылушыларды кезекке қою\" мемлекеттік қызметін көрсету үшін белгіленген тәртіппен жүгінуіңіз қажет.",
        ],
    ),
];

/// The approval block of every appendix (FORMS-kk.md), before "N-қосымша".
const APPROVAL: &str = "Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымдарына әскерге шақырылушыларды, әскери міндеттілерді қабылдау, жіберу және әскери-техникалық және өзге де мамандықтар бойынша өтеусіз және өтеулі негізде оқыту, оқу-тәрбие процесін ұйымдастыру қағидаларына, сондай-ақ оқу мерзіміне";

#[test]
fn kazakh_wording_is_verbatim() {
    for case in [example(), CaseFile::default()] {
        for (form, sentences) in VERBATIM {
            let doc = build(*form, Lang::Kk, &case);
            let plain = flat(&text::render(&doc));
            let extracted = flat(&pdftotext(
                &pdf::render(&doc, fonts(), made()).expect("a PDF"),
                &format!("verbatim-{form}"),
            ));
            for sentence in *sentences {
                assert!(
                    plain.contains(sentence),
                    "app. {form}: missing {sentence:?}\n{plain}"
                );
            }
            assert!(
                plain.starts_with(&format!("{APPROVAL} {}-қосымша Нысан", form.code())),
                "app. {form}"
            );
            // The PDF's extracted text reads the same words: a compound may break after its
            // hyphen, and the captions under the lines come after the line they hang from.
            let captions: Vec<&str> = doc
                .runs()
                .filter_map(|r| match r {
                    Run::Filled { caption, .. } | Run::Blank { caption, .. } => caption.as_deref(),
                    Run::Text(_) => None,
                })
                .collect();
            let uncaptioned = |text: &str| {
                flat(
                    &captions
                        .iter()
                        .fold(text.to_owned(), |t, c| t.replace(c, " ")),
                )
            };
            let joined = uncaptioned(&extracted.replace("- ", "-"));
            for sentence in *sentences {
                let sentence = uncaptioned(sentence);
                assert!(
                    joined.contains(&sentence),
                    "app. {form} PDF: missing {sentence:?}\n{joined}"
                );
            }
            // Every E sentence but the application's.
            if *form != Form::Application {
                assert!(
                    plain.contains("Заңның 7-бабына сәйкес қағаз жеткізгіштегі құжатпен бірдей."),
                    "app. {form}"
                );
            }
        }
    }
}

#[test]
fn russian_is_marked_as_a_translation() {
    // Order 357 has official texts in Kazakh and in Russian; we hold only the Kazakh one, so the
    // Russian documents say that they are our translation and where the official texts are.
    for form in Form::ALL {
        let ru = flat(&text::render(&build(form, Lang::Ru, &example())));
        let note = format!(
            "Этот текст на русском языке — наш перевод формы с казахского языка (приложение {} к \
             Правилам, утвержденным приказом Министра обороны Республики Казахстан от 17 июля \
             2017 года № 357). Официальные тексты Правил на казахском и русском языках \
             опубликованы на adilet.zan.kz.",
            form.code()
        );
        assert!(ru.ends_with(&note), "app. {form}\n{ru}");
        assert!(!ru.contains("Официальным является"), "app. {form}");
        let kk = text::render(&build(form, Lang::Kk, &example()));
        assert!(
            !kk.contains("перевод") && !kk.contains("adilet"),
            "app. {form}"
        );
    }
}

/// The Rules' Russian title in the approval block: the one wording of every mention.
const RULES_RU_DATIVE: &str = "к Правилам приема в специализированные организации Министерства обороны Республики Казахстан призывников, военнообязанных, их направления и обучения на безвозмездной и возмездной основе по военно-техническим и иным специальностям, организации учебно-воспитательного процесса, а также срокам обучения";

/// A correction pinned: the appendix, the language, the case, what the text must and must not say.
type Correction<'a> = (Form, Lang, &'a CaseFile, &'a [&'a str], &'a [&'a str]);

#[test]
fn law_fidelity_corrections() {
    let case = example();
    let plain =
        |form: Form, lang: Lang, case: &CaseFile| flat(&text::render(&build(form, lang, case)));
    let empty = CaseFile::default();
    let rows: &[Correction] = &[
        // App. 13: the hour keeps the form's "-ге" ("_______-ге қарай"), filled or blank.
        (
            Form::Referral,
            Lang::Kk,
            &case,
            &["2026 жылғы 4 мамыр сағат 9.00-ге қарай"],
            &["9.00-ға"],
        ),
        (
            Form::Referral,
            Lang::Kk,
            &empty,
            &["сағат _______-ге қарай"],
            &[],
        ),
        // App. 13 ru: "к 9.00", no "часам".
        (
            Form::Referral,
            Lang::Ru,
            &case,
            &["прибыть «4» мая 2026 года к 9.00 в специализированную организацию"],
            &["часам"],
        ),
        (
            Form::Referral,
            Lang::Ru,
            &empty,
            &["к _______ в специализированную организацию"],
            &["часам"],
        ),
        // App. 13 ru: the name in the caption's order, surname first.
        (
            Form::Referral,
            Lang::Ru,
            &case,
            &["Уважаемый Қуаңышбаев Әбілғазы Өмірұлы (фамилия, имя, отчество (при его наличии)),"],
            &["(имя, отчество"],
        ),
        // App. 11 ru: the period is the training's.
        (
            Form::PaymentNeeded,
            Lang::Ru,
            &case,
            &[
                "Уведомляем Вас о необходимости оплаты обучения в период с «4» мая 2026 года по «16» июня 2026 года в специализированной организации Министерства обороны Республики Казахстан.",
            ],
            &["произвести оплату обучения"],
        ),
        (
            Form::PaymentNeeded,
            Lang::Ru,
            &empty,
            &[
                "оплаты обучения в период с «___» __________ 20__ года по «___» __________ 20__ года в специализированной",
            ],
            &[],
        ),
        // App. 6 ru: the addressee in Russian order, the name as its caption says.
        (
            Form::Application,
            Lang::Ru,
            &case,
            &[
                "Форма Начальнику управления (отдела) по делам обороны Талғар ауданы (района (города)) Алматы облысы (области (города)) от Қуаңышбаев Әбілғазы Өмірұлы (фамилия, имя, отчество (при его наличии)) проживающего по адресу:",
            ],
            &["(имя, отчество", "(область (город))"],
        ),
        (
            Form::Application,
            Lang::Ru,
            &empty,
            &["Форма Начальнику управления (отдела) по делам обороны"],
            &[],
        ),
        // App. 8 ru: the name as its caption says.
        (
            Form::Queued,
            Lang::Ru,
            &case,
            &[
                "Вы, Қуаңышбаев Әбілғазы Өмірұлы (фамилия, имя, отчество (при его наличии)), поставлены",
            ],
            &[],
        ),
        // App. 10 ru: the Rules by the same title as the approval block.
        (
            Form::Removal,
            Lang::Ru,
            &case,
            &[
                "в соответствии с пунктом 30 Правил приема в специализированные организации Министерства обороны Республики Казахстан призывников, военнообязанных, их направления и обучения на безвозмездной и возмездной основе по военно-техническим и иным специальностям, организации учебно-воспитательного процесса, а также сроков обучения, утвержденных приказом Министра обороны Республики Казахстан от 17 июля 2017 года № 357.",
            ],
            &["Правил набора"],
        ),
    ];
    for (form, lang, case, present, absent) in rows {
        let text = plain(*form, *lang, case);
        for p in *present {
            assert!(
                text.contains(p),
                "app. {form} {lang:?}: missing {p:?}\n{text}"
            );
        }
        for a in *absent {
            assert!(!text.contains(a), "app. {form} {lang:?}: has {a:?}\n{text}");
        }
    }
    for form in Form::ALL {
        for case in [&case, &empty] {
            let ru = plain(form, Lang::Ru, case);
            // 14–18: попечитель, never опекун, wherever a representative is named.
            assert!(!ru.contains("опекун"), "app. {form}");
            // One Russian title of the Rules: the approval block's.
            assert!(
                ru.starts_with(&format!(
                    "Приложение {} {RULES_RU_DATIVE} Форма",
                    form.code()
                )),
                "app. {form}\n{ru}"
            );
            assert!(!ru.contains("Правил набора"), "app. {form}");
        }
    }
    // App. 6 ru: the first line of the addressee block.
    let doc = build(Form::Application, Lang::Ru, &case);
    let first = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            dayarlyq_documents::Block::Paragraph { runs, .. } => Some(runs),
            _ => None,
        })
        .expect("a paragraph");
    assert!(
        matches!(first.first(), Some(Run::Text(t)) if t.starts_with("Начальнику управления (отдела) по делам обороны")),
        "{first:?}"
    );
}

#[test]
fn kazakh_months_in_the_case_the_sentence_needs() {
    // FORMS-kk.md: ablative before "бастап", dative before "дейін/дейінгі".
    let rows: [(i8, &str, &str); 12] = [
        (1, "қаңтардан", "қаңтарға"),
        (2, "ақпаннан", "ақпанға"),
        (3, "наурыздан", "наурызға"),
        (4, "сәуірден", "сәуірге"),
        (5, "мамырдан", "мамырға"),
        (6, "маусымнан", "маусымға"),
        (7, "шілдеден", "шілдеге"),
        (8, "тамыздан", "тамызға"),
        (9, "қыркүйектен", "қыркүйекке"),
        (10, "қазаннан", "қазанға"),
        (11, "қарашадан", "қарашаға"),
        (12, "желтоқсаннан", "желтоқсанға"),
    ];
    for (month, ablative, dative) in rows {
        let date = Date::new(2026, month, 4).expect("a date");
        assert_eq!(dates::kk_month(date, Case::Ablative), ablative);
        assert_eq!(dates::kk_month(date, Case::Dative), dative);
        assert_eq!(
            dates::kk_month(date, Case::Nominative),
            dates::KK_MONTHS[usize::try_from(month - 1).unwrap_or(0)]
        );

        // And in the sentence of app. 11: "… 4 мамырдан бастап … 15 маусымға дейінгі кезеңде".
        let mut case = CaseFile::default();
        case.application.period_from = Some(format!("2026-{month:02}-04"));
        case.application.period_to = Some(format!("2026-{month:02}-15"));
        let plain = text::render(&build(Form::PaymentNeeded, Lang::Kk, &case));
        let expected =
            format!("Сізге 2026 жылғы 4 {ablative} бастап 2026 жылғы 15 {dative} дейінгі кезеңде");
        assert!(plain.contains(&expected), "{expected}\n{plain}");
    }
}

#[test]
fn arrival_hour_keeps_the_forms_ending() {
    // App. 13 prints "сағат _______-ге қарай": the hour fills the line and the form's "-ге"
    // stays, whatever the hour (as app. 7 item 7 writes "18.00-ге").
    let rows = [
        ("2026-05-04T09:00", "9.00"),
        ("2026-05-04T18:00", "18.00"),
        ("2026-05-04T13:00", "13.00"),
        ("2026-05-04T10:00", "10.00"),
        ("2026-05-04T08:30", "8.30"),
        ("2026-05-04T07:20", "7.20"),
    ];
    for (arrival, written) in rows {
        let mut case = CaseFile::default();
        case.notice.arrival_at = Some(arrival.into());
        let plain = text::render(&build(Form::Referral, Lang::Kk, &case));
        let expected = format!("2026 жылғы 4 мамыр сағат {written}-ге қарай");
        assert!(plain.contains(&expected), "{expected}\n{plain}");
        let plain = text::render(&build(Form::Referral, Lang::Ru, &case));
        let expected = format!("«4» мая 2026 года к {written} в специализированную");
        assert!(flat(&plain).contains(&expected), "{expected}\n{plain}");
    }
}

#[test]
fn the_fee_is_written_with_a_space_between_thousands() {
    // App. 12 item 6: "390 000 теңге", the default; any amount typed is grouped the same way.
    assert_eq!(dayarlyq_rules::track::PAID_TRAINING_FEE_TENGE, 390_000);
    let rows = [
        (None, "Оқу ақысы 390 000 теңге."),
        (Some(1_250_000), "Оқу ақысы 1 250 000 теңге."),
        (Some(900), "Оқу ақысы 900 теңге."),
    ];
    for (fee, expected) in rows {
        let mut case = CaseFile::default();
        case.notice.fee_tenge = fee;
        let plain = text::render(&build(Form::PaymentNeeded, Lang::Kk, &case));
        assert!(plain.contains(expected), "{expected}\n{plain}");
    }
    let extracted = pdftotext(
        &render_pdf(Form::PaymentNeeded, Lang::Ru, &CaseFile::default()),
        "fee-ru",
    );
    assert!(
        flat(&extracted.replace('\u{a0}', " ")).contains("Стоимость обучения 390 000 тенге."),
        "{extracted}"
    );
}

#[test]
fn refusal_grounds_print_their_official_text() {
    // App. 7 item 9: the two grounds; their code in notice.reason chooses one.
    for ground in RefusalGround::ALL {
        let mut case = CaseFile::default();
        case.notice.reason = Some(ground.code().into());
        for lang in Lang::ALL {
            let plain = flat(&text::render(&build(Form::Refusal, lang, &case)));
            assert!(
                plain.contains(&flat(ground.text().get(lang))),
                "{ground:?} {lang:?}\n{plain}"
            );
            assert!(!plain.contains(ground.code()));
        }
        assert_eq!(RefusalGround::from_reason(&ground.text().kk), Some(ground));
    }
    // Free text stays as typed.
    let mut case = CaseFile::default();
    case.notice.reason = Some("медициналық куәландыру картасының мерзімі өткен".into());
    let plain = text::render(&build(Form::Refusal, Lang::Kk, &case));
    assert!(
        plain.contains(
            "Сізге медициналық куәландыру картасының мерзімі өткен себебінен мемлекеттік"
        ),
        "{plain}"
    );
}

#[test]
fn kazakh_letters_round_trip_through_the_pdf() {
    // Every letter of the Kazakh alphabet beyond Russian, both cases, in a typed name and in the
    // form's text: the PDF embeds them and gives them back to text extraction.
    let mut case = example();
    case.applicant.surname = Some("ӘәҒғҚқҢңӨөҰұҮүҺһІі".into());
    for form in [Form::Queued, Form::Referral] {
        let extracted = pdftotext(
            &render_pdf(form, Lang::Kk, &case),
            &format!("letters-{form}"),
        );
        assert!(
            extracted.contains("Әбілғазы Өмірұлы ӘәҒғҚқҢңӨөҰұҮүҺһІі"),
            "{extracted}"
        );
        assert!(extracted.contains("Қазақстан Республикасы"), "{extracted}");
    }
}

#[test]
fn hostile_text_stays_text() {
    let mut case = example();
    case.applicant.surname = Some("<script>alert(1)</script>".into());
    case.notice.reason = Some("<img src=x onerror=alert(1)>\"'&".into());
    case.provider.name = Some("</article><b>".into());
    for form in [Form::Queued, Form::Refusal] {
        for lang in Lang::ALL {
            let doc = build(form, lang, &case);
            let fragment = html::render(&doc);
            for raw in ["<script", "<img", "</article><b>", "onerror=alert(1)>"] {
                assert!(
                    !fragment.contains(raw),
                    "app. {form} {lang:?}: {raw} in\n{fragment}"
                );
            }
            assert_eq!(fragment.matches("<article").count(), 1);
            assert_eq!(fragment.matches("</article>").count(), 1);
            let page = html::page(&doc);
            assert!(!page.contains("<script") && !page.contains("<img"));
            let extracted = flat(&pdftotext(
                &pdf::render(&doc, fonts(), made()).expect("a PDF"),
                &format!("hostile-{form}"),
            ));
            if form == Form::Queued {
                assert!(
                    extracted.contains("<script>alert(1)</script>"),
                    "{extracted}"
                );
                assert!(fragment.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            } else {
                assert!(
                    extracted.contains("<img src=x onerror=alert(1)>\"'&"),
                    "{extracted}"
                );
                assert!(fragment.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"));
            }
        }
    }
}

#[test]
fn unreadable_values_leave_their_blank_and_say_why() {
    let mut case = example();
    case.application.period_from = Some("04.05.2026".into());
    case.application.period_to = Some("2026-02-30".into());
    case.notice.arrival_at = Some("tomorrow".into());
    let invalid = invalid_fields(Form::Referral, &case);
    let fields: Vec<Place> = invalid.iter().map(|e| e.place).collect();
    assert_eq!(
        fields,
        [Place::PeriodFrom, Place::PeriodTo, Place::ArrivalAt]
    );
    for e in &invalid {
        // The message names the field in both languages and quotes what was typed.
        assert!(e.message.kk.contains(e.place.label(Lang::Kk)) && e.message.kk.contains(&e.value));
        assert!(e.message.ru.contains(e.place.label(Lang::Ru)) && e.message.ru.contains(&e.value));
    }
    assert_eq!(
        missing_required(Form::Referral, &case),
        [Place::PeriodFrom, Place::PeriodTo, Place::ArrivalAt]
    );
    let plain = text::render(&build(Form::Referral, Lang::Kk, &case));
    assert!(plain.contains("Сіз 20__ жылғы ___ _______ бастап 20__ жылғы ___ _______ дейінгі кезеңде оқу үшін 20__ жылғы"), "{plain}");
    assert!(!plain.contains("04.05.2026"));
}

#[test]
fn partly_filled_forms_render() {
    // Only a name: the rest stays blank, the document is still made.
    let mut case = CaseFile::default();
    case.applicant.name = Some("Әбілғазы".into());
    case.applicant.surname = Some("Қуаңышбаев".into());
    for form in Form::ALL {
        for lang in Lang::ALL {
            assert_eq!(pages(&render_pdf(form, lang, &case)), 1);
        }
    }
    let plain = text::render(&build(Form::Application, Lang::Kk, &case));
    assert!(
        plain.contains("Әбілғазы Қуаңышбаев (аты, әкесінің аты (болса), тегі)"),
        "{plain}"
    );
    assert!(
        plain.contains("Ә. Қуаңышбаев (инициалдары мен тегі)"),
        "{plain}"
    );
    assert!(missing_required(Form::Application, &case).contains(&Place::ApplicantPhone));
    assert!(!missing_required(Form::Application, &case).contains(&Place::ApplicantPatronymic));
}

#[test]
fn very_long_values_wrap_and_the_pdf_still_renders() {
    let mut case = example();
    case.applicant.address = Some("Алматы облысы, ".repeat(60));
    case.notice.reason = Some("ұ".repeat(400));
    for form in [Form::Application, Form::Refusal] {
        let pdf = render_pdf(form, Lang::Kk, &case);
        assert!(pages(&pdf) >= 1);
        let extracted = flat(&pdftotext(&pdf, &format!("long-{form}")));
        assert!(extracted.contains("Алматы облысы, Алматы облысы,") || form == Form::Refusal);
    }
}

#[test]
fn pdf_metadata_has_title_and_language() {
    let pdf = render_pdf(Form::Application, Lang::Kk, &example());
    let raw = String::from_utf8_lossy(&pdf);
    // XMP metadata (uncompressed): the language and the title.
    assert!(
        raw.contains("<dc:language><rdf:Bag><rdf:li>kk</rdf:li></rdf:Bag></dc:language>"),
        "no XMP language"
    );
    assert!(raw.contains("/Lang(kk)"), "no catalog language");
    assert!(
        raw.contains("6-қосымша. Кезекке қою туралы өтініш"),
        "no title"
    );
}

#[test]
fn file_names_are_ascii() {
    // Kazakh 2021 Latin alphabet, diacritics dropped, ş → sh, ç → ch.
    let rows = [
        ("Қуаңышбаев", "quanyshbaev"),
        ("Әбілғазы", "abilgazy"),
        ("Өмірұлы", "omiruly"),
        ("Шаһар", "shahar"),
        ("Чернышёв", "chernyshiov"),
        ("Иванова-Петрова", "ivanova-petrova"),
        ("Үшқоңыр", "ushqonyr"),
        ("Жұмабек", "jumabek"),
        ("  O'Brien ", "o-brien"),
    ];
    for (surname, latin) in rows {
        assert_eq!(transliterate(surname), latin, "{surname}");
    }
    let date = Date::new(2026, 3, 20).expect("a date");
    assert_eq!(
        file_name(Form::Application, &example(), date),
        "qosymsha-6-quanyshbaev-2026-03-20.pdf"
    );
    let mut case = CaseFile::default();
    case.applicant.surname = Some("<>/\\:*?".into());
    assert_eq!(
        file_name(Form::Referral, &case, date),
        "qosymsha-13-2026-03-20.pdf"
    );
}

#[test]
fn odd_input_never_breaks_a_document() {
    // Whatever is typed, every form renders in every output: control characters, emoji (not in
    // the font: drawn as .notdef, still extractable), right-to-left marks, combining accents,
    // empty and very long values.
    let long = "ж".repeat(3000);
    let dashes = "-".repeat(300);
    let odd = [
        "",
        " ",
        "\u{0}\u{7}",
        "🙂🙂",
        "\u{202e}RTL",
        "a\u{301}",
        "\t\n\r",
        &long,
        &dashes,
        "\u{a0}\u{a0}",
    ];
    for value in odd {
        let mut case = CaseFile::default();
        let v = Some(value.to_owned());
        case.applicant.surname = v.clone();
        case.applicant.name = v.clone();
        case.applicant.address = v.clone();
        case.applicant.phone = v.clone();
        case.applicant.sex = v.clone();
        case.provider.region = v.clone();
        case.provider.name = v.clone();
        case.provider.employee = v.clone();
        case.application.period_from = v.clone();
        case.application.submitted_at = v.clone();
        case.application.attachments = vec![value.to_owned(); 5];
        case.notice.registration_number = v.clone();
        case.notice.reason = v.clone();
        case.notice.arrival_at = v.clone();
        case.notice.organisation_address = v;
        for form in Form::ALL {
            let doc = build(form, Lang::Kk, &case);
            assert!(!text::render(&doc).is_empty());
            assert!(html::render(&doc).ends_with("</article>\n"));
            let pdf = pdf::render(&doc, fonts(), made()).expect("a PDF");
            assert!(pages(&pdf) >= 1, "app. {form} with {value:?}");
            let _ = file_name(form, &case, Date::new(2026, 1, 1).expect("a date"));
        }
    }
}

fn complaint_case() -> CaseFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/complaint-case.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The Rules' Kazakh text, one line, single spaces.
fn rules_text() -> String {
    // The repository's copy of shared/regulation/order-357-kk.txt: the rules crate's law tests
    // hold it equal to the original wherever that lies beside the repository.
    flat(include_str!("../../rules/tests/data/order-357-kk.txt"))
}

#[test]
fn the_complaint_is_filled_from_the_case_and_the_notice() {
    // P. 45: the complaint goes to the provider whose decision it contests; the letter names
    // that decision (app. 9, its number and date, the ground it gave), says why it is wrong and
    // what is asked, and is dated and signed.
    let case = complaint_case();
    let rows: [(Lang, &[&str]); 2] = [
        (
            Lang::Kk,
            &[
                "Кімге: Алматы облысы Талғар ауданының қорғаныс істері бөлімі",
                "Кімнен: Әбілғазы Өмірұлы Қуаңышбаев",
                "ЖСН 921029350851",
                "Шағым жасалатын шешім: Мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама",
                "Тіркеу нөмірі: № 02-17/4589, хабарламаның күні: 02.04.2026.",
                // App. 7 item 9 2), the ground's official text in place of its code.
                "Шешімде көрсетілген себеп: көрсетілетін қызметті алушының және (немесе) ұсынылған",
                "Шешіммен келіспеймін, себебі: Медициналық куәландыру картасы",
                "Жоғарыда баяндалғанның негізінде бас тарту туралы шешімнің күшін жойып, өтінішімді қайта қарауды және мені кезекке қоюды сұраймын.",
                "Қоса беремін: «Мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама» көшірмесі",
                "2026 жылғы 6 сәуір",
                "Ә.Ө. Қуаңышбаев",
            ],
        ),
        (
            Lang::Ru,
            &[
                "Кому: Алматы облысы Талғар ауданының қорғаныс істері бөлімі",
                "От: Қуаңышбаев Әбілғазы Өмірұлы",
                "ИИН 921029350851",
                "Обжалуемое решение: Уведомление об отказе в оказании государственной услуги",
                "Регистрационный номер: № 02-17/4589, дата уведомления: 02.04.2026.",
                "Причина, указанная в решении: несоответствие услугополучателя",
                "Согласно пункту 45 Правил: «Услугодатель, должностное лицо, чье решение",
                "Прилагаю: копия документа «Уведомление об отказе в оказании государственной услуги»",
                "«6» апреля 2026 года",
            ],
        ),
    ];
    for (lang, sentences) in rows {
        let doc = build(Form::Complaint, lang, &case);
        let plain = flat(&text::render(&doc));
        for sentence in sentences {
            assert!(
                plain.contains(sentence),
                "{lang:?}: missing {sentence:?}\n{plain}"
            );
        }
        // The person's own letter: no appendix's approval block, no translator's note.
        assert!(
            !plain.contains("қосымша") && !plain.contains("Приложение"),
            "{plain}"
        );
        assert!(!plain.contains("наш перевод"), "{plain}");
    }
    assert!(missing_required(Form::Complaint, &case).is_empty());
    assert!(invalid_fields(Form::Complaint, &case).is_empty());
}

#[test]
fn the_complaint_quotes_p45_verbatim() {
    // P. 45, second sentence: the provider's 3 working days, quoted in the Kazakh letter as the
    // Rules write it.
    let doc = build(Form::Complaint, Lang::Kk, &complaint_case());
    let plain = flat(&text::render(&doc));
    let start = plain.find("«Шешіміне").expect("the quote opens");
    let end = plain[start..].find('»').expect("the quote closes") + start;
    let quoted = &plain[start + "«".len()..end];
    assert!(quoted.contains("3 (үш) жұмыс күнінен кешіктірмей"));
    assert!(
        rules_text().contains(quoted),
        "not the Rules' words: {quoted}"
    );
}

#[test]
fn a_complaint_against_app_14_gives_no_reason_line() {
    // App. 14 states no reason (the payment was not confirmed, p. 23): no line asks for one,
    // and neither its number nor a reason is required.
    let mut case = complaint_case();
    case.set(Place::ComplaintAgainst, "14");
    case.set(Place::Reason, "");
    case.set(Place::RegistrationNumber, "");
    for lang in Lang::ALL {
        let plain = flat(&text::render(&build(Form::Complaint, lang, &case)));
        assert!(
            !plain.contains("себеп:") && !plain.contains("Причина"),
            "{plain}"
        );
        assert!(
            plain.contains(
                dayarlyq_rules::complaint::Contested::ProactiveRefusal
                    .name()
                    .get(lang)
            )
        );
    }
    assert!(missing_required(Form::Complaint, &case).is_empty());
}

#[test]
fn a_blank_complaint_leaves_lines_and_lists_what_it_needs() {
    let empty = CaseFile::default();
    let missing = missing_required(Form::Complaint, &empty);
    for place in [
        Place::ProviderName,
        Place::ApplicantSurname,
        Place::ApplicantIin,
        Place::ComplaintAgainst,
        Place::ComplaintNoticeDate,
        Place::ComplaintGrounds,
        Place::ComplaintDemand,
        Place::ComplaintDate,
    ] {
        assert!(missing.contains(&place), "{place:?}: {missing:?}");
    }
    // A notice the complaint cannot contest (app. 8 queues the person) and a date not in the
    // calendar: each named, each leaving its blank.
    let mut case = complaint_case();
    case.set(Place::ComplaintAgainst, "8");
    case.set(Place::ComplaintDate, "2026-02-30");
    let invalid: Vec<Place> = invalid_fields(Form::Complaint, &case)
        .into_iter()
        .map(|e| e.place)
        .collect();
    assert_eq!(invalid, [Place::ComplaintAgainst, Place::ComplaintDate]);
    let plain = flat(&text::render(&build(Form::Complaint, Lang::Kk, &case)));
    assert!(plain.contains("Шағым жасалатын шешім: ____"), "{plain}");
    assert!(plain.contains("20__ жылғы ___ _______"), "{plain}");
    for lang in Lang::ALL {
        assert_eq!(
            pages(&render_pdf(Form::Complaint, lang, &empty)),
            1,
            "{lang:?}"
        );
        assert_eq!(
            pages(&render_pdf(Form::Complaint, lang, &complaint_case())),
            1,
            "{lang:?}"
        );
    }
}
