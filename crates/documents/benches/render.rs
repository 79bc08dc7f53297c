//! How long a document takes to make, natively: the model, the HTML and the PDF of each form in
//! both languages, from the example case (`cargo bench -p dayarlyq-documents`; `cargo xtask
//! bench` puts the figures in its report).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dayarlyq_documents::pdf::{self, Fonts, Moment};
use dayarlyq_documents::{CaseFile, Form, Lang, build, html};

/// The example case of the CLI contract (a copy is kept with the rules' tests).
fn example() -> CaseFile {
    let text = include_str!("../../rules/tests/data/example-case.json");
    serde_json::from_str(text).unwrap_or_default()
}

fn documents(c: &mut Criterion) {
    let case = example();
    let fonts = Fonts::embedded().expect("the embedded fonts");
    let made = Moment::local(jiff::civil::datetime(2026, 3, 20, 10, 0, 0, 0));
    c.bench_function("fonts", |b| b.iter(|| Fonts::embedded().is_ok()));
    for form in Form::ALL {
        for lang in Lang::ALL {
            let name = format!("app{}/{}", form.code(), lang.code());
            let doc = build(form, lang, &case);
            c.bench_function(&format!("{name}/build"), |b| {
                b.iter(|| build(black_box(form), lang, black_box(&case)))
            });
            c.bench_function(&format!("{name}/html"), |b| {
                b.iter(|| html::render(black_box(&doc)))
            });
            c.bench_function(&format!("{name}/pdf"), |b| {
                b.iter(|| pdf::render(black_box(&doc), &fonts, made).map(|bytes| bytes.len()))
            });
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = documents
}
criterion_main!(benches);
