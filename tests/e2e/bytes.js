// What the release build costs a visitor in bytes, shared by the budget test (budget.spec.js) and
// the browser benchmark (tests/bench/browser.mjs).
//
// Bytes are counted per part of the site (the first load, the documents section's module, the PDF
// worker) from the page's own requests to our origin: each body as the browser received it
// (decoded), compressed again here with brotli at quality 11 — what a static host serving
// precompressed files sends, whatever the test server did. A service worker's own fetches (its
// precache, after the first load) are not the page's requests and are left out. A request of the
// page that a service worker answered from its cache still counts, with the size of the file (its
// bytes crossed the network once, in the precache): so a part weighs the same with or without a
// service worker, and the listing says which files came from its cache.
import { brotliCompressSync, constants } from 'node:zlib';

/** The budgets of issue 6, brotli bytes. */
export const FIRST_LOAD_BUDGET = 150_000;
export const PDF_BUDGET = 400_000;

/** The files of the documents section's module (fetched on the first visit to the documents). */
export const DOCS_MODULE = /^\/(dayarlyq-docs(-[0-9a-f]+)?(\.js|_bg\.wasm)|documents?(-[0-9a-f]+)?\.css)$/;
/** The files of the officials' nominal list's module (fetched when that page is first opened). */
export const NOMINAL_MODULE = /^\/dayarlyq-nominal(-[0-9a-f]+)?(\.js|_bg\.wasm)$/;
/** The files of the PDF worker (fetched on the first PDF). */
export const PDF_WORKER = /^\/dayarlyq-pdf-worker/;

/** Brotli size of `bytes`, quality 11. */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/**
 * Records the page's requests from the moment of the call. `take()` returns those made since the
 * previous `take()` (or the start) and begins a new part; `sizes(part)` waits for their bodies and
 * gives `{ files: [{ path, raw, brotli }], total }`. `foreign` lists requests to other hosts
 * (the page's and its workers', also a service worker's, seen on the context).
 */
export function recordRequests(page, origin) {
  const foreign = [];
  let current = [];
  const own = (url) => url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
  page.on('request', (request) => {
    const url = request.url();
    if (!own(url)) {
      foreign.push(url);
      return;
    }
    if (request.serviceWorker() || url.startsWith('blob:') || url.startsWith('data:')) return;
    current.push(request);
  });
  page.context().on('request', (request) => {
    if (!own(request.url())) foreign.push(request.url());
  });
  return {
    foreign,
    take() {
      const part = current;
      current = [];
      return part;
    },
    async sizes(requests) {
      const files = [];
      for (const request of requests) {
        const response = await request.response();
        const path = new URL(request.url()).pathname;
        if (!response) {
          files.push({ path, raw: 0, brotli: 0, note: 'no response' });
          continue;
        }
        const cached = response.fromServiceWorker();
        let body = await response.body().catch(() => null);
        if (!body && cached) {
          // The same file from the server (the page's context, outside the service worker).
          const again = await page.context().request.get(request.url()).catch(() => null);
          body = again && again.ok() ? await again.body() : null;
        }
        if (!body) {
          files.push({ path, raw: 0, brotli: 0, note: `no body (${response.status()})` });
          continue;
        }
        const note = cached ? 'from the service worker\'s cache' : undefined;
        files.push({ path, raw: body.length, brotli: brotliSize(body), note });
      }
      return { files, total: files.reduce((sum, f) => sum + f.brotli, 0) };
    },
  };
}

/** A part's files as lines "path: raw B raw, brotli B", for messages and logs. */
export function listing({ files, total }) {
  const lines = files.map((f) => `  ${f.path}: ${f.raw} B raw, ${f.brotli} B brotli${f.note ? ` (${f.note})` : ''}`);
  return `${lines.join('\n')}\n  total ${total} B brotli`;
}

/**
 * Records two moments (`performance.now()`) of a page's load. Install with
 * `page.addInitScript(watchUsable)` (it must run before the page's scripts), then wait for them:
 * - `window.__dayarlyqUsable`: the form is on screen and can be answered — the moment the first
 *   frame showing a visible, enabled IIN field (the first screen's copy drawn into index.html at
 *   build time, or the app's own) was painted: the first contentful paint (Paint Timing) when the
 *   field was there before it, else the first task after the next frame's
 *   `requestAnimationFrame` (the frame's style, layout and paint done);
 * - `window.__dayarlyqLive`: the app has started and its own IIN field is there, visible and
 *   enabled (not the copy's, `[data-prerender]`): answers now update the verdict. What the
 *   browser fetched until then is the first load.
 */
export function watchUsable() {
  const shown = (input) => input && !input.disabled && input.getClientRects().length > 0;
  let readyAt;
  const usable = (at) => { if (!window.__dayarlyqUsable) window.__dayarlyqUsable = at; };
  const painted = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    if (fcp && fcp.startTime >= readyAt) usable(fcp.startTime);
    else if (!fcp) new PerformanceObserver((list, observer) => {
      observer.disconnect();
      const first = list.getEntriesByName('first-contentful-paint')[0];
      if (first && first.startTime >= readyAt) usable(first.startTime);
    }).observe({ type: 'paint' });
    // A field shown after the first paint: the frame after it.
    if (fcp && fcp.startTime < readyAt) requestAnimationFrame(() => setTimeout(() => usable(performance.now())));
  };
  const check = () => {
    const input = document.getElementById('applicant-iin');
    if (!shown(input)) return;
    if (readyAt === undefined) {
      readyAt = performance.now();
      painted();
    }
    if (!window.__dayarlyqLive && !input.closest('[data-prerender]')) window.__dayarlyqLive = performance.now();
  };
  const observer = new MutationObserver(() => {
    check();
    if (window.__dayarlyqLive) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}
