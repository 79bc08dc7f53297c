//! The officials' module fetched on demand: the nominal list (app. 4, `#/documents/nominal`), with
//! its CSV and XLSX readers and the rules' judge, fetched by the app the first time the page is
//! opened and run in the same page (see the library's `module`). Apart from the documents'
//! module, so that an applicant opening the documents, "Your data" or the result's dates never
//! fetches what only officials use. Built by Trunk beside the app (`index.html`), with the same
//! optimisations; not part of the first load.

dayarlyq_web::module_exports!(dayarlyq_web::module::nominal_page);

fn main() {}
