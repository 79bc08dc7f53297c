// The offline app's, the kept answers' and the embed's bridges (documented in browser.rs).

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
export function storeEntries(local, key, entries) {
  try { area(local).setItem(key, JSON.stringify(entries)); return true; } catch { return false; }
}
export function forgetText(local, key) {
  try { area(local).removeItem(key); } catch { /* nothing to forget */ }
}
export function keepEntries(key, entries) {
  try { if (localStorage.getItem(key) !== null) storeEntries(true, key, entries); } catch { /* refused */ }
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
  requestAnimationFrame(() => window.parent.postMessage({ type: 'dayarlyq:ready', detail: { lang } }, host));
  return host;
}

export function tellResult(host, lang, asOf, free, paid) {
  const detail = { lang, asOf, free: { eligible: free }, paid: { eligible: paid } };
  window.parent.postMessage({ type: 'dayarlyq:result', detail }, host);
}
