// Inlined by pwa/prerender.mjs after the first screen's copies (<template id="prerender-kk|ru">):
// puts the page's language's copy in the body when the address asks for the questions page, as
// the app reads it (src/browser.js askedLang: `?lang=kk|ru`, else the tab's last in session
// storage, else Kazakh; src/route.rs: `#/answers`, `#/result`, `#/documents…`, `#/data…` are
// other pages; src/embed.rs: `?embed=1` is another site's frame).
// Until the app takes over, the copy's form does not submit (the app's button does that). Then
// the templates and this script remove themselves: the page keeps no script in its body.
// Each statement ends with a semicolon: the lines are joined into one.
(function () {
  var query = new URLSearchParams(location.search);
  var path = location.hash.replace(/^#/, '');
  var lang = query.get('lang');
  if (lang !== 'kk' && lang !== 'ru') { try { lang = sessionStorage.getItem('dayarlyq.lang'); } catch (e) { lang = null; } }
  lang = lang === 'ru' ? 'ru' : 'kk';
  var copy = document.getElementById('prerender-' + lang);
  var questions = query.get('embed') !== '1' && !/^\/(answers|result)$|^\/(documents|data)/.test(path);
  if (questions && copy) {
    document.documentElement.lang = lang;
    document.body.append(copy.content.cloneNode(true));
    document.querySelectorAll('[data-prerender] form').forEach(function (form) {
      form.addEventListener('submit', function (event) { event.preventDefault(); });
    });
  }
  document.querySelectorAll('template[id^="prerender-"]').forEach(function (t) { t.remove(); });
  document.currentScript.remove();
})();
