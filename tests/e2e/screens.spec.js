// Screenshots of every screen at 320 px and 1280 px in both languages, in target/screenshots/,
// for a person to look at (overflow, spacing, wrapping of long words).
import { test, expect, iin, L, open, answer, datesShown } from './app.js';

const DIR = 'target/screenshots';

for (const lang of ['kk', 'ru']) {
  for (const width of [320, 1280]) {
    test(`screens in ${lang} at ${width} px`, async ({ page }) => {
      const t = L[lang];
      const shot = (name) => page.screenshot({ path: `${DIR}/${lang}-${width}-${name}.png`, fullPage: true });
      await page.setViewportSize({ width, height: 900 });
      await open(page, lang);
      await shot('1-questions');
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.locator('#error-summary')).toBeFocused();
      await shot('2-errors');
      await answer(page, lang, {
        iin: iin('2001-05-10', 'male'), status: 'conscript', deferment: false, fitness: 'limited', education: 'higher',
        medical: '2026-09-21',
      });
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.getByRole('button', { name: t.showResult })).toBeVisible();
      await shot('3-answers');
      await page.getByRole('button', { name: t.showResult }).click();
      await page.getByLabel(t.submitted).fill('22.09.2026 19:30');
      await page.getByLabel(t.start).fill('02.11.2026');
      // The dates come with the module fetched on demand.
      await datesShown(page);
      await page.locator('details > summary').first().click();
      await shot('4-result');
      await page.getByLabel(t.start).fill('29.09.2026');
      await expect(page.getByRole('alert')).toBeVisible();
      await page.getByRole('alert').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DIR}/${lang}-${width}-5-unreachable.png` });
      await page.emulateMedia({ media: 'print' });
      await shot('6-print');
    });
  }
}
