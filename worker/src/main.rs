//! The PDF worker, started by the web app on its first PDF request (Trunk builds it as a
//! `data-type="worker"` module with a loader shim): it answers each posted request with the
//! PDF's bytes, transferring their buffer to the page.

/// Talc instead of the standard library's dlmalloc: the PDF module's budget.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod web {
    use dayarlyq_documents::pdf::Moment;
    use dayarlyq_pdf_worker::{read_job, render};
    use jiff::Timestamp;
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    pub fn start() -> Result<(), JsValue> {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().dyn_into()?;
        let replies = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let _ = answer(&replies, &event.data());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        let ready = Object::new();
        Reflect::set(&ready, &"ready".into(), &JsValue::TRUE)?;
        scope.post_message(&ready)
    }

    /// Renders the request `data` (an array of strings) and posts `{ id, pdf }` or
    /// `{ id, error }`.
    fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<(), JsValue> {
        let reply = Object::new();
        let parts: Vec<String> = match data.dyn_ref::<Array>() {
            Some(array) => array.iter().filter_map(|v| v.as_string()).collect(),
            None => Vec::new(),
        };
        let result = read_job(&parts).and_then(|job| {
            // The id is known once the request is read; a reply without one is for no request.
            let _ = Reflect::set(&reply, &"id".into(), &job.id.into());
            // The PDF's date (PDF/A asks for one): now, by this device's clock.
            let now = Timestamp::from_millisecond(js_sys::Date::now() as i64)
                .unwrap_or(Timestamp::UNIX_EPOCH);
            render(&job, Moment::from_timestamp(now))
        });
        match result {
            Ok(bytes) => {
                let pdf = Uint8Array::from(bytes.as_slice()).buffer();
                Reflect::set(&reply, &"pdf".into(), &pdf)?;
                scope.post_message_with_transfer(&reply, &Array::of1(&pdf))
            }
            Err(message) => {
                let error = Object::new();
                Reflect::set(&error, &"kk".into(), &message.kk.into())?;
                Reflect::set(&error, &"ru".into(), &message.ru.into())?;
                Reflect::set(&reply, &"error".into(), &error)?;
                scope.post_message(&reply)
            }
        }
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    if let Err(e) = web::start() {
        web_sys::console::error_1(&e);
    }
}
