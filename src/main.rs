//! The app: the shell and the self-check. The documents section is a module of its own, fetched
//! when first opened (see the library's `section`).

/// Talc instead of the standard library's dlmalloc: about 2 KB brotli less of the first load.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    dayarlyq_web::app::mount();
}
