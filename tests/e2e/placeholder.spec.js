// The placeholder page proves the release build mounts in Chromium with no console error.
import { test, expect } from '@playwright/test';

test('the app mounts with no console error and no request to another host', async ({ page }) => {
  const errors = [];
  const foreign = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:')) foreign.push(r.url()); });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Даярлық');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
