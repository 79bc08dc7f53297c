// The browser's side of the offline app, the person's data and the embed (documented in
// browser.rs). Part of the first load: kept short. Nothing here requests another origin.

export function watchReleases(onWaiting) {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  // Offline, sw.js cannot be fetched: look at what is installed.
  (navigator.onLine ? sw.register('sw.js') : sw.getRegistration()).then((reg) => {
    if (!reg) return;
    const waiting = () => { if (reg.waiting && sw.controller) onWaiting(); };
    waiting();
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      next?.addEventListener('statechange', () => { if (next.state === 'installed') waiting(); });
    });
    // A tab left open for days hears of a release when the person comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && navigator.onLine) reg.update().catch(() => {});
    });
  }, () => {});
}

export function applyRelease() {
  const sw = navigator.serviceWorker;
  const reload = () => location.reload();
  if (!sw) return reload();
  sw.addEventListener('controllerchange', reload);
  sw.getRegistration().then((reg) => {
    if (reg?.waiting) reg.waiting.postMessage({ type: 'SKIP_WAITING' }); else reload();
  }, reload);
}

// Storage the browser may refuse (private modes, frames): never an exception. The case is kept
// as its flat entries (`CaseFile::entries`), a JSON list of texts.
const area = (local) => (local ? localStorage : sessionStorage);
export function storedEntries(local, key) {
  try {
    const entries = JSON.parse(area(local).getItem(key));
    return Array.isArray(entries) && entries.every((e) => typeof e === 'string') ? entries : undefined;
  } catch { return undefined; }
}
export function storeEntries(local, key, entries) {
  try { area(local).setItem(key, JSON.stringify(entries)); return true; } catch { return false; }
}
export function forgetText(local, key) {
  try { area(local).removeItem(key); } catch { /* nothing to forget */ }
}
export function keepEntries(key, entries) {
  try { if (localStorage.getItem(key) !== null) storeEntries(true, key, entries); } catch { /* refused */ }
}

// The case file (shared/contracts/example-case.json) of flat entries, which come in the format's
// order: every member a text but these (src/data/file.rs tests that they are all).
const KINDS = {
  'applicant.deferment': (v) => v[0] === 'true',
  'application.attachments': (v) => v,
  'notice.queue_number': (v) => Number(v[0]),
  'notice.fee_tenge': (v) => Number(v[0]),
};
function caseValue(entries) {
  const file = { applicant: {}, provider: {}, application: {}, notice: {} };
  const values = new Map();
  for (let i = 0; i + 1 < entries.length; i += 2) values.set(entries[i], [...(values.get(entries[i]) || []), entries[i + 1]]);
  for (const [path, v] of values) {
    const [part, key] = path.split('.');
    if (file[part]) file[part][key] = (KINDS[path] || ((t) => t[0]))(v);
  }
  return file;
}

export function embedHost(lang, onLang) {
  if (window.parent === window) return undefined;
  const origin = (o) => (typeof o === 'string' && /^https?:\/\/[^/?#\s]+$/.test(o) ? o : undefined);
  // The browser's word first ("null" when the host hides its address). A false claim in `host`
  // gains nothing: what is posted reaches that origin only, and only its messages are taken.
  const host = origin(location.ancestorOrigins?.[0]) || origin(new URLSearchParams(location.search).get('host'));
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
  // Once the app has drawn its first view.
  requestAnimationFrame(() => window.parent.postMessage({ type: 'dayarlyq:ready', detail: { lang } }, host));
  return host;
}

export function tellResult(host, lang, asOf, free, paid, answers) {
  const detail = { lang, asOf, free: { eligible: free }, paid: { eligible: paid } };
  if (answers !== undefined) detail.answers = caseValue(answers);
  window.parent.postMessage({ type: 'dayarlyq:result', detail }, host);
}
