//! How long a document takes to make, natively: the model, the HTML and the PDF of each form,
//! from the example case. `cargo bench -p dayarlyq-documents`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use dayarlyq_documents::pdf::{self, Fonts};
use dayarlyq_documents::{CaseFile, Form, Lang, build, html};

fn example() -> CaseFile {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests/data/example-case.json");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn documents(c: &mut Criterion) {
    let case = example();
    let fonts = Fonts::embedded().expect("the embedded fonts");
    c.bench_function("fonts", |b| b.iter(|| Fonts::embedded().is_ok()));
    for form in Form::ALL {
        let doc = build(form, Lang::Kk, &case);
        c.bench_function(&format!("app{}/build", form.appendix()), |b| {
            b.iter(|| build(black_box(form), Lang::Kk, black_box(&case)))
        });
        c.bench_function(&format!("app{}/html", form.appendix()), |b| {
            b.iter(|| html::render(black_box(&doc)))
        });
        c.bench_function(&format!("app{}/pdf", form.appendix()), |b| {
            b.iter(|| pdf::render(black_box(&doc), &fonts).map(|bytes| bytes.len()))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = documents
}
criterion_main!(benches);
