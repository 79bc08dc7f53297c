// Timings, printed for the report: from navigation to the app's form (performance.now() when the
// app's own IIN field is visible and enabled — not the questions' copy drawn into the page at build
// time; median of 5 loads; bounded loosely so a regression shows),
// and from a typed answer to the updated result (the verdict is a memo; its budget, a frame, is
// the benchmark's: bounded loosely here too).
import { test, expect, iin, L, answer, toResult, datesShown } from './app.js';
import { ANSWERS, timeAnswer } from './answer-timing.js';

test('the app\'s form is live soon after navigation', async ({ page }) => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.goto('/', { waitUntil: 'commit' });
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const ready = () => {
        const input = document.getElementById('applicant-iin');
        return input && !input.closest('[data-prerender]') && !input.disabled && input.getClientRects().length > 0;
      };
      const poll = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(poll));
      poll();
    }));
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  console.log(`navigation to the app's form: median ${median.toFixed(0)} ms of [${times.map((t) => t.toFixed(0)).join(', ')}]`);
  expect(median).toBeLessThan(3000);
});

test('a changed answer changes the result within a frame', async ({ page }) => {
  await page.goto('/');
  await answer(page, 'kk', { iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' });
  await toResult(page, 'kk');
  await page.getByLabel(L.kk.start).fill('02.11.2026');
  await page.getByLabel(L.kk.submitted).fill('22.09.2026 10:00');
  await datesShown(page);
  await expect(page.getByRole('list', { name: 'Процедураның күндері' })).toContainText('22.09.2026');
  // Typing a later moment moves the day of acceptance: time from the input event to the
  // changed result on the page.
  const times = [];
  for (const typed of ANSWERS) times.push(await page.evaluate(timeAnswer, typed));
  times.sort((a, b) => a - b);
  console.log(`answer to updated result: median ${times[2].toFixed(1)} ms of [${times.map((t) => t.toFixed(1)).join(', ')}]`);
  // The budget (a frame, 16 ms) is held by the benchmark (`cargo xtask bench`: measured alone,
  // 9–11 ms here). Beside another test on this 2-core machine the same work takes up to ~20 ms,
  // so this bound is loose — three frames — to catch a regression, not the machine's load.
  expect(times[2]).toBeLessThan(50);
});
