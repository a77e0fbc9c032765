import { expect, test } from '@playwright/test';
import { fakeExitDestination } from '../helpers/exit-destination';

test('the practice area lets people try the button and the Shift shortcut without leaving', async ({ page, context }) => {
  const destination = await fakeExitDestination(context);
  await page.goto('/en/staying-safe-online/');
  const area = page.locator('[data-module="practice-exit"]');
  await expect(area).toBeVisible();
  const button = area.locator('[data-practice-button]');
  await button.click();
  await expect(area.locator('[data-practice-result]')).toHaveText(/That worked/);
  await expect(area.locator('[data-practice-screen]')).toHaveAttribute('data-blanked', '');

  await page.reload();
  await button.focus();
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await expect(area.locator('[data-practice-result]')).toHaveText(/That worked/);
  expect(page.url()).toContain('/en/staying-safe-online/');
  expect(destination.requests).toHaveLength(0);

  // Outside the practice area the shortcut is real.
  await page.locator('h1').click();
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await page.waitForURL(destination.url);
});

test('without JavaScript there is no practice area to mislead anyone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/staying-safe-online/');
  await expect(page.locator('[data-module="practice-exit"]')).toBeHidden();
  await context.close();
});
