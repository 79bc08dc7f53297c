//! The app: the shell and the self-check. The documents section is a module of its own, fetched
//! when first opened (see the library's `section`).

fn main() {
    dayarlyq_web::app::mount();
}
