// The offline app's, the stored answers' and language's, and the embed's bridges (documented in
// browser.rs).

export function watchReleases(onWaiting) {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  (navigator.onLine ? sw.register('sw.js') : sw.getRegistration()).then((reg) => {
    if (!reg) return;
    const waiting = () => { if (reg.waiting && sw.controller) onWaiting(); };
    waiting();
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      next?.addEventListener('statechange', () => { if (next.state === 'installed') waiting(); });
    });
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

const area = (local) => (local ? localStorage : sessionStorage);
export function storedEntries(local, key) {
  try {
    const entries = JSON.parse(area(local).getItem(key));
    return Array.isArray(entries) && entries.every((e) => typeof e === 'string') ? entries : undefined;
  } catch { return undefined; }
}
export function tabEntries(key, entries) {
  try {
    if (entries.length) sessionStorage.setItem(key, JSON.stringify(entries)); else sessionStorage.removeItem(key);
  } catch { /* refused */ }
}
export function keepEntries(key, entries) {
  try { if (localStorage.getItem(key) !== null) localStorage.setItem(key, JSON.stringify(entries)); } catch { /* refused */ }
}

// A link to answers (`#case=…`, src/data/link.rs), taken off the address as this script loads,
// before the app reads the address: the history entry replaced, so Back does not bring it back,
// and the address turned to the page "Your data", whose module takes the payload from here to
// check it and put it in place. A link pasted into a tab already on the app changes only the
// fragment: the page reloads to take it so.
const LINK = '#case=';
const OPENED = Symbol.for('dayarlyq.link');
if (location.hash.startsWith(LINK)) {
  globalThis[OPENED] = location.hash.slice(LINK.length);
  history.replaceState(history.state, '', `${location.pathname}${location.search}#/data`);
}
addEventListener('hashchange', () => { if (location.hash.startsWith(LINK)) location.reload(); });

// The page's language: the address says it (`?lang=ru`; no parameter is Kazakh, the default),
// else this tab's session storage, so that a reload or a discarded tab brought back keeps it.
const LANG = 'dayarlyq.lang';
export function askedRu() {
  let asked = new URLSearchParams(location.search).get('lang');
  if (asked !== 'kk' && asked !== 'ru') try { asked = sessionStorage.getItem(LANG); } catch { /* refused */ }
  return asked === 'ru';
}
export function showLang(ru) {
  const url = new URL(location.href);
  const query = url.searchParams;
  if (query.get('lang') !== (ru ? 'ru' : null)) {
    if (ru) query.set('lang', 'ru'); else query.delete('lang');
    history.replaceState(history.state, '', url);
  }
  try { if (ru) sessionStorage.setItem(LANG, 'ru'); else sessionStorage.removeItem(LANG); } catch { /* refused */ }
}

export function embedHost(lang, onLang) {
  if (window.parent === window) return undefined;
  const origin = (o) => (typeof o === 'string' && /^https?:\/\/[^/?#\s]+$/.test(o) ? o : undefined);
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
  // After the mount (this runs during it); not in requestAnimationFrame, which Chromium does not
  // run in a cross-origin frame out of view: a widget below the fold would never be ready.
  setTimeout(() => window.parent.postMessage({ type: 'dayarlyq:ready', detail: { lang } }, host));
  return host;
}

export function tellResult(host, lang, asOf, free, paid) {
  const detail = { lang, asOf, free: { eligible: free }, paid: { eligible: paid } };
  window.parent.postMessage({ type: 'dayarlyq:result', detail }, host);
}

// The first screen's copy drawn into index.html at build time (pwa/prerender.mjs): what the
// person typed or chose there before the app came, and where the focus was; the copy removed.
export function takePrerender() {
  const copy = document.querySelectorAll('[data-prerender]');
  if (!copy.length) return undefined;
  const typed = [];
  for (const el of document.querySelectorAll('[data-prerender] input[id]')) {
    if (el.type === 'radio' || el.type === 'checkbox') {
      if (el.checked !== el.defaultChecked) typed.push([el.id, el.checked]);
    } else if (el.value !== el.defaultValue) {
      typed.push([el.id, el.value]);
    }
  }
  const active = document.activeElement;
  const focus = active?.id && active.closest('[data-prerender]')
    ? [active.id, active.selectionStart ?? null, active.selectionEnd ?? null]
    : undefined;
  const scroll = [scrollX, scrollY];
  copy.forEach((node) => node.remove());
  return { typed, focus, scroll };
}

// Gives the mounted app what `takePrerender` took: each answer as the person's own input (the
// events its fields listen to), then the focus and the scroll where they were.
export function givePrerender(taken) {
  if (!taken) return;
  for (const [id, value] of taken.typed) {
    const el = document.getElementById(id);
    if (!el) continue;
    if (typeof value === 'boolean') el.checked = value; else el.value = value;
    el.dispatchEvent(new Event(typeof value === 'boolean' ? 'change' : 'input', { bubbles: true }));
  }
  if (taken.focus) {
    const [id, start, end] = taken.focus;
    const el = document.getElementById(id);
    el?.focus({ preventScroll: true });
    if (el && start !== null) try { el.setSelectionRange(start, end); } catch { /* not a text field */ }
  }
  scrollTo(...taken.scroll);
}

// The modules fetched on demand (src/section.rs): each fetched and started once, by its address,
// with its style sheets.
const loadedModules = new Map();
function sheet(href) {
  return new Promise((done, fail) => {
    const old = document.querySelector(`link[rel="stylesheet"][href="${href}"]`);
    if (old) return done();
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = done;
    link.onerror = () => { link.remove(); fail(); };
    document.head.append(link);
  });
}
export function loadModule(url, sheets) {
  let loaded = loadedModules.get(url);
  if (!loaded) {
    const module = import(url).then(async (m) => { await m.default(); return m; });
    loaded = Promise.all([module, ...sheets.map(sheet)]).then(([m]) => m);
    loaded.catch(() => loadedModules.delete(url));
    loadedModules.set(url, loaded);
  }
  return loaded;
}
