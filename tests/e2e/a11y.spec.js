// axe-core (WCAG 2.2 AA) finds no violation on any screen, in either language.
import { test, expect, iin, L, open, answer, axeViolations, datesShown } from './app.js';

for (const lang of ['kk', 'ru']) {
  test(`every screen passes axe in ${lang}`, async ({ page }) => {
    const t = L[lang];
    await open(page, lang);
    expect(await axeViolations(page), 'questions').toEqual([]);

    // The questions with errors shown.
    await page.getByRole('button', { name: t.continue }).click();
    await expect(page.locator('#error-summary')).toBeFocused();
    expect(await axeViolations(page), 'questions with errors').toEqual([]);

    await answer(page, lang, {
      iin: iin('1992-10-29', 'male'), status: 'conscript', deferment: false, fitness: 'limited', education: 'higher',
      medical: '2026-09-21',
    });
    await page.getByRole('button', { name: t.continue }).click();
    await expect(page.getByRole('button', { name: t.showResult })).toBeVisible();
    expect(await axeViolations(page), 'check your answers').toEqual([]);

    await page.getByRole('button', { name: t.showResult }).click();
    await page.getByLabel(t.submitted).fill('22.09.2026 19:30');
    await page.getByLabel(t.start).fill('29.09.2026');
    await datesShown(page);
    await expect(page.getByRole('alert')).toBeVisible();
    // Open every citation, so the quotes are checked too.
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    expect(await axeViolations(page), 'result with the timeline').toEqual([]);

    await page.getByRole('link', { name: lang === 'kk' ? 'Құжаттар' : 'Документы' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page), 'documents').toEqual([]);
  });
}
