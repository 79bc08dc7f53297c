// Screenshots of the offline app's, the data page's and the embed mode's screens at 320 px and
// 1280 px in both languages, in target/screenshots/, for a person to look at.
import { readFileSync } from 'node:fs';
import { test, expect, iin, L, answer } from './app.js';
import { D } from './data-words.js';

const DIR = 'target/screenshots';
const EXAMPLE = readFileSync(new URL('../../crates/rules/tests/data/example-case.json', import.meta.url), 'utf8');

for (const lang of ['kk', 'ru']) {
  for (const width of [320, 1280]) {
    test(`data, release and embed screens in ${lang} at ${width} px`, async ({ page, context, baseURL }) => {
      const shot = (name) => page.screenshot({ path: `${DIR}/${lang}-${width}-${name}.png`, fullPage: true });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(lang === 'kk' ? '/#/data' : '/?lang=ru#/data');
      await expect(page.getByRole('checkbox', { name: D[lang].keep })).toBeVisible();
      await page.getByRole('checkbox', { name: D[lang].keep }).check();
      await shot('7-data');
      const choose = (name, text) => page.getByLabel(D[lang].file).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await choose('dayarlyq-2026-09-22.json', EXAMPLE.replace('"applicant": {', '"version": 2, "applicant": {'));
      await expect(page.getByRole('button', { name: D[lang].replace })).toBeVisible();
      await shot('8-data-offer');
      await choose('flag.json', '{"applicant": {"deferment": "yes"}}');
      await expect(page.getByRole('alert')).toBeVisible();
      await page.getByRole('button', { name: D[lang].delete, exact: true }).click();
      await shot('9-data-error-delete');

      // A new release waiting.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await page.evaluate(() => navigator.serviceWorker.ready);
      await context.addCookies([{ name: 'dayarlyq-release', value: `${width}`, url: baseURL }]);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await expect(page.locator('.release button')).toBeVisible();
      await page.screenshot({ path: `${DIR}/${lang}-${width}-10-release.png` });

      // The embed mode as the frame shows it (its host's page is in embed.spec.js).
      await page.goto(`/?embed=1&lang=${lang}&track=paid`);
      await answer(page, lang, { iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' });
      await shot('11-embed-questions');
      await page.getByRole('button', { name: L[lang].continue }).click();
      await page.getByRole('button', { name: L[lang].showResult }).click();
      await expect(page.getByRole('heading', { level: 2, name: L[lang].paid })).toBeVisible();
      await shot('12-embed-result');
    });
  }
}
