// Shared by the nominal list's browser test (nominal.spec.js) and the browser benchmark
// (tests/bench/browser.mjs): a list file as an official's spreadsheet saves it, and how long from
// taking an import to its last person drawn in the list's preview.

/** The headers an official's spreadsheet would have, in the page's language. */
const HEADERS = { kk: 'Тегі;Аты;Туған күні;Білімі', ru: 'Фамилия;Имя;Дата рождения;Образование' };

/** A CSV as a spreadsheet saves it: semicolons, a byte-order mark; no fitness column. */
export function csv(rows, lang = 'kk') {
  return Buffer.from(`\u{feff}${HEADERS[lang]}\n${rows.map((r) => r.join(';')).join('\n')}\n`);
}

/** `n` people whose surnames start with `prefix` and end with their number (`Тегі0999`). */
export function people(n, prefix = 'Тегі') {
  return Array.from({ length: n }, (_, i) => [`${prefix}${String(i).padStart(4, '0')}`, 'Ерлан', '15.01.2006', 'higher']);
}

/**
 * In the page: clicks the button named `take` (the import's "replace the list") and resolves
 * with the milliseconds until the list's preview holds `last`.
 */
export function timeTake([take, last]) {
  return new Promise((resolve, reject) => {
    const preview = document.getElementById('nominal-preview');
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === take);
    if (!preview || !button) return reject(new Error('no preview or no button to take the import'));
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (preview.textContent.includes(last)) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(preview, { subtree: true, childList: true, characterData: true });
    setTimeout(() => reject(new Error(`${last} was not drawn within 10 s`)), 10_000);
    button.click();
  });
}
