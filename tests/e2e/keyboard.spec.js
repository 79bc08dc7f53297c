// The whole flow by keyboard alone: Tab to move, typing, Space and arrows for radios, Enter to go.
import { test, expect, AS_OF, dmy, iin, open } from './app.js';

/** Presses Tab until the element `id` has the focus (at most `max` times). */
async function tabTo(page, id, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Presses Tab until the focused element's text is `text`. */
async function tabToText(page, text, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((t) => document.activeElement?.textContent?.trim() === t, text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${text}"`);
}

test('a whole flow by keyboard alone', async ({ page }) => {
  await open(page, 'kk');
  // The skip link comes first and moves to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Негізгі мазмұнға өту' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await tabTo(page, 'applicant-iin');
  await page.keyboard.type(iin('1992-10-29', 'male'));
  // Radio groups: Tab enters a group, arrows choose (the first arrow press selects the next option).
  await tabTo(page, 'applicant-status');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown'); // reservist
  await expect(page.getByRole('radio', { name: 'Әскери міндетті', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator('#applicant-fitness')).toBeFocused();
  await page.keyboard.press('Space'); // А — fit
  await page.keyboard.press('Tab');
  await expect(page.locator('#applicant-education')).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // higher
  await expect(page.getByRole('radio', { name: 'Жоғары', exact: true })).toBeChecked();
  // The "as of" date, typed as people write it: it replaces today's date shown there.
  await tabTo(page, 'as-of');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(dmy(AS_OF));
  await expect(page.locator('#as-of')).toHaveValue(dmy(AS_OF));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/answers$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabToText(page, 'Нәтижені көру');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Өтеулі негізде (ақылы)' }).getByText(/^Иә, /)).toBeVisible();

  // A citation opens with Enter.
  await tabToText(page, 'Қағидалардың 7-қосымшасы, 10-тармақ');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/24 жастан асқан/).first()).toBeVisible();

  // Back to the questions by keyboard: the change link focuses its question.
  await tabToText(page, 'Жауаптарды өзгерту');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/answers$/);
  await tabToText(page, 'Өзгерту Білімі');
  await page.keyboard.press('Enter');
  await expect(page.locator('#applicant-education')).toBeFocused();
});
