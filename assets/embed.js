// Dayarlyq on another website: this one script puts the self-check in a frame where the script
// stands, keeps the frame as tall as its content, and tells the page the verdict. It sends
// nothing anywhere and loads nothing but the frame; what the person types stays in the frame.
//
//   <script src="https://dayarlyq.example.kz/embed.js" data-lang="ru" async></script>
//
// Attributes of the script: data-lang (kk | ru; changing it later switches the frame too),
// data-track (free | paid: only that track in the result), data-target (a CSS selector of the
// element to put the frame in; default: right after the script).
// Events, on the frame, bubbling up to the document (`event.detail`):
//   dayarlyq:ready   { lang }
//   dayarlyq:result  { lang, asOf, free: { eligible }, paid: { eligible } }
// Messages are taken only from the frame, with the app's origin; the frame likewise takes and
// sends them only to this page's origin.
// A frame the app's site refuses (this page is not in its frame-ancestors) or an app that does
// not start says nothing: if it has not said it is ready within a few seconds, a link that opens
// the app in a new tab stands in its place, in the page's language.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const app = new URL('./', script.src);
  const data = script.dataset;
  const lang = (l) => (l === 'ru' ? 'ru' : 'kk');
  const params = new URLSearchParams({ embed: '1', lang: lang(data.lang), host: location.origin });
  if (data.track === 'free' || data.track === 'paid') params.set('track', data.track);

  const frame = document.createElement('iframe');
  frame.className = 'dayarlyq-frame';
  frame.src = `${app.href}?${params}`;
  const link = document.createElement('a');
  link.target = '_blank';
  link.rel = 'noopener';
  const fallback = document.createElement('p');
  fallback.className = 'dayarlyq-link';
  fallback.append(link);
  // The frame's name, and the link's words and address, in the page's language.
  const words = () => {
    const ru = lang(data.lang) === 'ru';
    frame.title = ru
      ? 'Даярлық: можно ли вам пройти подготовку по военно-техническим специальностям'
      : 'Даярлық: әскери-техникалық мамандықтар бойынша даярлыққа бара аласыз ба';
    link.textContent = `${frame.title} — ${ru ? 'откроется в новой вкладке' : 'жаңа қойындыда ашылады'}`;
    link.href = ru ? `${app.href}?lang=ru` : app.href;
    fallback.lang = lang(data.lang);
  };
  words();
  // What the widget needs: its scripts and storage, its form, saving files (.ics, PDF, the case
  // file) and printing; no pop-ups, no navigating this page.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-modals');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '40rem';
  let target = null;
  try { target = data.target ? document.querySelector(data.target) : null; } catch { /* not a selector */ }
  if (target) target.append(frame); else script.after(frame);

  // The frame stays, hidden: on a slow network the app may yet say it is ready, and take its place back.
  let ready = false;
  setTimeout(() => {
    if (ready) return;
    frame.style.display = 'none';
    frame.after(fallback);
  }, 6000);

  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    const message = event.data;
    if (!message || typeof message.type !== 'string') return;
    if (message.type === 'dayarlyq:height') {
      const height = Number(message.height);
      if (height > 0 && height < 100000) frame.style.height = `${Math.ceil(height)}px`;
    } else if (message.type === 'dayarlyq:ready' || message.type === 'dayarlyq:result') {
      if (message.type === 'dayarlyq:ready') {
        ready = true;
        fallback.remove();
        frame.style.display = 'block';
      }
      frame.dispatchEvent(new CustomEvent(message.type, { bubbles: true, detail: message.detail }));
    }
  });

  new MutationObserver(() => {
    words();
    frame.contentWindow?.postMessage({ type: 'dayarlyq:lang', lang: lang(data.lang) }, app.origin);
  }).observe(script, { attributes: true, attributeFilter: ['data-lang'] });
})();
