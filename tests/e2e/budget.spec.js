// The byte budgets of the release build (issue 6), as a visitor's browser fetches it: the first
// load (every request of the page to our origin until the app has started and its IIN field is
// there — not only the first screen's copy drawn into the page at build time)
// at most 150 KB brotli, without any file of the documents section or the PDF worker; then the
// documents section's module (reported), and the PDF worker with its fonts, fetched on the first
// PDF, at most 400 KB more. Sizes: each body compressed with brotli at quality 11 (bytes.js).
import { test, expect } from './app.js';
import {
  DOCS_MODULE, FIRST_LOAD_BUDGET, NOMINAL_MODULE, PDF_BUDGET, PDF_WORKER, listing, recordRequests,
  watchUsable,
} from './bytes.js';

test('the first load, the documents module and the PDF worker keep their byte budgets', async ({ page, baseURL }) => {
  const requests = recordRequests(page, new URL(baseURL).origin);
  await page.addInitScript(watchUsable);

  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__dayarlyqLive);
  const first = await requests.sizes(requests.take());
  console.log(`first load, until the app's form is live:\n${listing(first)}`);
  expect(first.files.map((f) => f.path), 'the first load fetches the page').toContain('/');
  expect(first.total, `first load over ${FIRST_LOAD_BUDGET} B brotli:\n${listing(first)}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  const early = first.files.filter((f) => DOCS_MODULE.test(f.path) || PDF_WORKER.test(f.path)).map((f) => f.path);
  expect(early, 'files of the documents module or the PDF worker in the first load').toEqual([]);

  await page.getByRole('link', { name: 'Құжаттар', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Құжаттар' })).toBeVisible();
  await expect(page.getByLabel('Тегі', { exact: true })).toBeEditable();
  const docs = await requests.sizes(requests.take());
  console.log(`documents section, first visit:\n${listing(docs)}`);
  expect(docs.files.some((f) => DOCS_MODULE.test(f.path)), `the documents module is fetched now:\n${listing(docs)}`).toBe(true);
  expect(docs.files.filter((f) => PDF_WORKER.test(f.path)).map((f) => f.path), 'PDF worker files before the first PDF').toEqual([]);
  // What only officials use (the nominal list, its CSV and XLSX readers) is not the applicant's to fetch.
  expect(docs.files.filter((f) => NOMINAL_MODULE.test(f.path)).map((f) => f.path), 'nominal list files with the documents').toEqual([]);

  await page.getByLabel('Тегі', { exact: true }).fill('Қуаңышбаев');
  await page.getByLabel('Аты', { exact: true }).fill('Әбілғазы');
  await page.getByLabel('Оқудың басталу күні', { exact: true }).fill('04.05.2026');
  await page.getByLabel('Оқудың аяқталу күні', { exact: true }).fill('16.06.2026');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF жүктеп алу' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await requests.sizes(requests.take());
  console.log(`the first PDF:\n${listing(pdf)}`);
  expect(pdf.files.some((f) => PDF_WORKER.test(f.path)), `the PDF worker is fetched now:\n${listing(pdf)}`).toBe(true);
  expect(pdf.total, `the PDF part over ${PDF_BUDGET} B brotli:\n${listing(pdf)}`).toBeLessThanOrEqual(PDF_BUDGET);

  // The nominal list's page brings its own module, reported.
  await page.goto('/#/documents/nominal');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.nominal')).toBeVisible({ timeout: 20_000 });
  const nominal = await requests.sizes(requests.take());
  console.log(`the nominal list's page, first visit:\n${listing(nominal)}`);
  expect(nominal.files.some((f) => NOMINAL_MODULE.test(f.path)), `the nominal list's module is fetched now:\n${listing(nominal)}`).toBe(true);

  expect(requests.foreign, 'requests to other hosts').toEqual([]);
  test.info().annotations.push(
    { type: 'first load, brotli bytes', description: String(first.total) },
    { type: 'documents module, brotli bytes', description: String(docs.total) },
    { type: 'PDF worker, brotli bytes', description: String(pdf.total) },
    { type: 'nominal list module, brotli bytes', description: String(nominal.total) },
  );
});
