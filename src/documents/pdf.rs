//! The PDF, made off the page: the renderer (krilla and the embedded font) is a Web Worker of its
//! own (`worker/`, built by Trunk beside the app), several times the size of the app itself. It
//! is fetched on the first PDF request only, then kept for every later one, so the first load
//! and the typing stay light.
//!
//! The page builds the document (it has the templates, for the preview) and posts it as an array
//! of strings, `[id, …]` (`dayarlyq_documents::wire`: no JSON codec on either side, no templates
//! in the worker; `worker/src/lib.rs` reads it); the worker first posts
//! `{ ready: true }` once it listens, then answers each request with `{ id, pdf }` (the bytes'
//! buffer, transferred) or `{ id, error: { kk, ru } }`.

use std::cell::RefCell;
use std::collections::HashMap;

use dayarlyq_documents::{Document, Localized, wire};
use js_sys::{Array, ArrayBuffer, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, MessageEvent, Url, Worker};

/// The worker's loader, written by Trunk (`data-loader-shim`) next to `index.html`.
const WORKER_URL: &str = "./dayarlyq-pdf-worker_loader.js";

/// Where the latest request stands, for the status line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum PdfStatus {
    #[default]
    Idle,
    Working,
    /// Downloaded under this file name.
    Done(String),
    Failed(Localized),
    /// The worker could not be loaded (offline before its first use, or blocked).
    Unavailable,
    /// Not asked for: what was typed has characters the PDF's font cannot draw.
    Undrawable,
}

/// The worker and what it has not answered yet.
struct Client {
    worker: Worker,
    ready: bool,
    /// Requests posted before the worker listens.
    waiting: Vec<Array>,
    /// The file name of each request not yet answered.
    names: HashMap<u32, String>,
    next_id: u32,
    status: RwSignal<PdfStatus>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(JsValue)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// Asks for the PDF of `doc`, saved as `name` when it arrives; `status` follows the request. The
/// worker is started on the first request.
pub fn request(doc: &Document, name: String, status: RwSignal<PdfStatus>) {
    CLIENT.with_borrow_mut(|client| {
        if client.is_none() {
            *client = start(status);
        }
        let Some(client) = client.as_mut() else {
            status.set(PdfStatus::Unavailable);
            return;
        };
        let id = client.next_id;
        client.next_id = client.next_id.wrapping_add(1);
        // The request: its id, then the document's parts.
        let job = Array::of1(&JsValue::from_str(&id.to_string()));
        for part in wire::to_parts(doc) {
            job.push(&JsValue::from_str(&part));
        }
        client.names.insert(id, name);
        status.set(PdfStatus::Working);
        if client.ready {
            if client.worker.post_message(&job).is_err() {
                status.set(PdfStatus::Unavailable);
            }
        } else {
            client.waiting.push(job);
        }
    });
}

fn start(status: RwSignal<PdfStatus>) -> Option<Client> {
    let worker = Worker::new(WORKER_URL).ok()?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
        CLIENT.with_borrow_mut(|client| {
            if let Some(client) = client.as_mut() {
                client.receive(&event.data());
            }
        });
    });
    // A script or module that fails to load: forget the worker, so the next click tries again.
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |_| {
        status.set(PdfStatus::Unavailable);
        // The handler cannot drop the closure running it: the client goes after it returns.
        set_timeout(
            || {
                let old = CLIENT.with_borrow_mut(Option::take);
                if let Some(old) = old {
                    old.worker.terminate();
                }
            },
            std::time::Duration::ZERO,
        );
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Client {
        worker,
        ready: false,
        waiting: Vec::new(),
        names: HashMap::new(),
        next_id: 1,
        status,
        _on_message: on_message,
        _on_error: on_error,
    })
}

impl Client {
    fn receive(&mut self, data: &JsValue) {
        let get = |key: &str| Reflect::get(data, &JsValue::from_str(key)).unwrap_or_default();
        if get("ready").is_truthy() {
            self.ready = true;
            for job in std::mem::take(&mut self.waiting) {
                if self.worker.post_message(&job).is_err() {
                    self.status.set(PdfStatus::Unavailable);
                }
            }
            return;
        }
        let id = get("id")
            .as_f64()
            .and_then(|n| u32::try_from(n as i64).ok());
        let Some(name) = id.and_then(|id| self.names.remove(&id)) else {
            return;
        };
        let pdf = get("pdf");
        let status = match pdf.dyn_ref::<ArrayBuffer>() {
            Some(buffer) => match save(&name, buffer) {
                Ok(()) => PdfStatus::Done(name),
                Err(_) => PdfStatus::Unavailable,
            },
            None => {
                let error = get("error");
                let text = |lang: &str| {
                    Reflect::get(&error, &JsValue::from_str(lang))
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default()
                };
                PdfStatus::Failed(Localized::new(text("kk"), text("ru")))
            }
        };
        // A later request still running keeps the status "working".
        if self.names.is_empty() {
            self.status.set(status);
        }
    }
}

/// Offers the PDF `bytes` as the file `name`, made in the page (no request).
fn save(name: &str, bytes: &ArrayBuffer) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type("application/pdf");
    let blob = Blob::new_with_buffer_source_sequence_and_options(&Array::of1(bytes), &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let a: HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started from the object URL by the time the page gets back to it.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
