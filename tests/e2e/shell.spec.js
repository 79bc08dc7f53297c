// The shell: Kazakh by default whatever the browser's language, `<html lang>` follows the switch,
// the icon and the title are there, and the Back button goes back a step.
import { test, expect, iin, L, open, answer } from './app.js';

test.describe('in a browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the page opens in Kazakh, the default', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByLabel(L.kk.iin)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page).toHaveTitle('Даярлыққа бара аласыз ба? — Даярлық');
  });
});

test('the address can ask for Russian, and the switch keeps <html lang> in step', async ({ page }) => {
  await open(page, 'ru');
  await expect(page).toHaveTitle('Можно ли вам пройти подготовку? — Даярлық');
  const button = page.getByRole('button', { name: 'Қазақша' });
  await expect(button).toHaveAttribute('lang', 'kk');
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('lang', 'ru');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /icon\.svg$/);
});

test('the Back button goes back a step with the answers kept', async ({ page }) => {
  await open(page, 'kk');
  await answer(page, 'kk', { iin: iin('1990-01-15', 'male'), status: 'reservist', fitness: 'fit', education: 'higher' });
  await page.getByRole('button', { name: L.kk.continue }).click();
  await expect(page).toHaveURL(/#\/answers$/);
  await page.goBack();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(iin('1990-01-15', 'male'));
  await page.goForward();
  await expect(page.getByRole('button', { name: L.kk.showResult })).toBeVisible();
});

test('no horizontal scroll at 320 px, nor at 200 % zoom (640 px at 1280)', async ({ page }) => {
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, 'kk');
    await answer(page, 'kk', { iin: iin('1992-10-29', 'male'), status: 'conscript', deferment: false, fitness: 'limited', education: 'higher', medical: '2026-09-21' });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), `questions at ${width}`).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: L.kk.continue }).click();
    await page.getByRole('button', { name: L.kk.showResult }).click();
    await page.getByLabel(L.kk.submitted).fill('22.09.2026 19:30');
    await page.getByLabel(L.kk.start).fill('29.09.2026');
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    expect(await overflow(), `result at ${width}`).toBeLessThanOrEqual(0);
  }
});
