// How long the PDF of app. 6 takes in Chromium, from posting the request to the worker to
// receiving the bytes: cold (a fresh page: the worker's first request, its fonts read then) and
// warm (later requests to the same worker), median of 5 each; plus, cold, from the click (the
// worker's download and start included). Printed for the report; bounded loosely.
import { test, expect } from './app.js';
import { timeWorker } from './pdf-timing.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms of [${xs.map((x) => x.toFixed(1)).join(', ')}]`;

async function fill(page) {
  await page.getByLabel('Тегі', { exact: true }).fill('Қуаңышбаев');
  await page.getByLabel('Аты', { exact: true }).fill('Әбілғазы');
  await page.getByLabel('Тұрғылықты мекенжайы', { exact: true }).fill('Алматы облысы, Үшқоңыр ауылы, Шаһар көшесі, 7');
  await page.getByLabel('Оқудың басталу күні', { exact: true }).fill('04.05.2026');
  await page.getByLabel('Оқудың аяқталу күні', { exact: true }).fill('16.06.2026');
}

async function pdf(page) {
  const clicked = await page.evaluate(() => performance.now());
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF жүктеп алу' }).click(),
  ]);
  return clicked;
}

test('the PDF of app. 6: cold and warm times', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(timeWorker);
  const cold = [];
  const coldFromClick = [];
  const warm = [];
  for (let i = 0; i < 5; i++) {
    // A fresh page each time (the same address again would only move to its fragment).
    await page.goto('about:blank');
    await page.goto('/#/documents');
    await fill(page);
    const clicked = await pdf(page);
    const t = await page.evaluate(() => window.__pdfTimes);
    cold.push(t.received[0] - t.posted[0]);
    coldFromClick.push(t.received[0] - clicked);
  }
  for (let i = 0; i < 5; i++) {
    await pdf(page);
  }
  const t = await page.evaluate(() => window.__pdfTimes);
  for (let i = 1; i < t.received.length; i++) warm.push(t.received[i] - t.posted[i]);
  console.log(`app. 6 PDF, post to bytes, cold: ${fmt(cold)}`);
  console.log(`app. 6 PDF, post to bytes, warm: ${fmt(warm)}`);
  console.log(`app. 6 PDF, click to bytes, cold (worker fetched and started): ${fmt(coldFromClick)}`);
  expect(warm).toHaveLength(5);
  expect(median(warm)).toBeLessThan(1000);
  expect(median(coldFromClick)).toBeLessThan(5000);
});
