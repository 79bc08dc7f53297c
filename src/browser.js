// The browser's side of the offline app, the user's data and the embed: small bridges the WASM
// app calls (wasm-bindgen imports this module; Trunk ships it with the app). No request leaves
// the app's own origin.

/** Registers the service worker; `onWaiting()` when a new release is installed and waits. */
export function watchReleases(onWaiting) {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  // Offline, registering would only fail to fetch sw.js: look at what is installed instead.
  const registration = navigator.onLine ? sw.register('sw.js') : sw.getRegistration();
  registration.then((reg) => {
    if (!reg) return;
    const waiting = () => { if (reg.waiting && sw.controller) onWaiting(); };
    waiting();
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      if (next) next.addEventListener('statechange', () => { if (next.state === 'installed') waiting(); });
    });
    // A tab left open for days still hears of a release when the person comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && navigator.onLine) reg.update().catch(() => {});
    });
  }, () => {});
}

/** Lets the waiting release take over, then reloads the page with it. */
export function applyRelease() {
  const sw = navigator.serviceWorker;
  if (!sw) { location.reload(); return; }
  sw.addEventListener('controllerchange', () => location.reload());
  sw.getRegistration().then((reg) => {
    if (reg && reg.waiting) reg.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  }, () => location.reload());
}

/** Local (`local`) or session storage; null where the browser refuses it (private modes, frames). */
const area = (local) => { try { return local ? localStorage : sessionStorage; } catch { return null; } };

export function storedText(local, key) {
  try { return area(local)?.getItem(key) ?? undefined; } catch { return undefined; }
}

/** Stores `value` under `key`; false when the browser refuses. */
export function storeText(local, key, value) {
  try { area(local).setItem(key, value); return true; } catch { return false; }
}

export function forgetText(local, key) {
  try { area(local)?.removeItem(key); } catch { /* nothing stored, nothing to forget */ }
}

/**
 * Everything this origin keeps of the person, at once: local and session storage, and any cache
 * but the app's own files (Workbox's precache holds the release, nothing typed). Then a reload
 * at `hash`, so nothing is left in memory either.
 */
export async function forgetEverything(hash) {
  for (const local of [true, false]) {
    try { area(local)?.clear(); } catch { /* refused: nothing was stored */ }
  }
  try {
    for (const name of await caches.keys()) {
      if (!name.startsWith('workbox-precache')) await caches.delete(name);
    }
  } catch { /* no Cache Storage here */ }
  location.hash = hash;
  location.reload();
}

/** The text of the file chosen in `input` ([name, text]); a file over `max` bytes gives [name]. */
export async function readChosen(input, max) {
  const file = input.files && input.files[0];
  if (!file) return undefined;
  input.value = '';
  return file.size > max ? [file.name] : [file.name, await file.text()];
}

/**
 * Embedded in another site's page (`?embed=1`): the host's origin, taken from the browser when it
 * says (`ancestorOrigins`), else from the address embed.js made. Messages are taken only from the
 * parent with that origin; the page's height is posted to it whenever it changes.
 */
export function embedHost(onLang) {
  if (window.parent === window) return undefined;
  const origin = (o) => (typeof o === 'string' && /^https?:\/\/[^/?#\s]+$/.test(o) ? o : undefined);
  // The browser's word first; it says "null" when the host hides its address (no-referrer).
  // A false claim in `host` gains nothing: the browser delivers what is posted to that origin
  // only, and messages are taken only from the parent window with that origin.
  const host = origin(location.ancestorOrigins && location.ancestorOrigins[0])
    || origin(new URLSearchParams(location.search).get('host'));
  if (!host) return undefined;
  addEventListener('message', (event) => {
    const m = event.data;
    if (event.source !== window.parent || event.origin !== host || !m) return;
    if (m.type === 'dayarlyq:lang' && (m.lang === 'kk' || m.lang === 'ru')) onLang(m.lang);
  });
  const root = document.documentElement;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) { last = height; window.parent.postMessage({ type: 'dayarlyq:height', height }, host); }
  }).observe(root);
  return host;
}

/** Tells the host page the app is ready (structured data, never markup). */
export function tellReady(host, lang) {
  window.parent.postMessage({ type: 'dayarlyq:ready', detail: { lang } }, host);
}

/** Tells the host page the verdict; the answers only when given (the person agreed). */
export function tellResult(host, lang, asOf, free, paid, answers) {
  const detail = { lang, asOf, free: { eligible: free }, paid: { eligible: paid } };
  if (answers !== undefined) detail.answers = answers;
  window.parent.postMessage({ type: 'dayarlyq:result', detail }, host);
}

/** `value` as JSON text, indented (a case file a person can read). */
export const prettyJson = (value) => JSON.stringify(value, null, 2);
