// Shared by the browser test of the result's speed (load.spec.js) and the browser benchmark
// (tests/bench/browser.mjs): how long from a typed moment of sending to the changed day of
// acceptance on the page.

/**
 * In the page: types `value` into the moment of sending (as the person's own input event) and
 * resolves with the milliseconds until the first date of the timeline reads `expected`.
 */
export function timeAnswer([value, expected]) {
  return new Promise((resolve, reject) => {
    const input = document.getElementById('application-submitted-at');
    const done = () => document.querySelector('ol.dates li time')?.textContent === expected;
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.getElementById('main'), { subtree: true, childList: true, characterData: true });
    setTimeout(() => reject(new Error(`the day of acceptance did not become ${expected} for ${value}`)), 5000);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Moments of sending and the day of acceptance each gives (app. 7 item 7: after 18:00 the next
 * working day; 22–25 September 2026 are working days), each changing the result. */
export const ANSWERS = [
  ['2026-09-22T19:30', '23.09.2026'], ['2026-09-22T10:00', '22.09.2026'],
  ['2026-09-23T19:30', '24.09.2026'], ['2026-09-22T10:00', '22.09.2026'], ['2026-09-24T19:30', '25.09.2026'],
];
