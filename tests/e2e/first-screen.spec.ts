/** At 320 px, help is on the first screen, above the heading, and the menu folds away without script. */
import { expect, test, type Page } from '@playwright/test';

const firstScreen = { width: 320, height: 568 };
const helpPages = ['/en/', '/en/get-help/', '/en/get-help/emergency/', '/en/get-help/cant-talk/', '/en/get-help/helplines/', '/en/get-help/safe-accommodation/'];
const routes = { emergency: 'tel:999', national: 'tel:+448082000247', local: 'tel:+448088020028' };

async function onFirstScreen(page: Page, selector: string) {
  const link = page.locator(selector).first();
  await expect(link).toBeVisible();
  const box = (await link.boundingBox())!;
  return box.y >= 0 && box.y + box.height <= firstScreen.height;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`first screen at 320 px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: firstScreen, javaScriptEnabled });
    for (const path of helpPages) {
      test(`${path}: 999, the 24-hour helpline, the local line and the heading`, async ({ page }) => {
        await page.goto(path);
        for (const href of Object.values(routes)) expect(await onFirstScreen(page, `header a[href="${href}"]`), href).toBe(true);
        const heading = (await page.locator('h1').boundingBox())!;
        expect(heading.y).toBeLessThan(firstScreen.height - heading.height / 2);
      });
    }

    test('the menu is folded on a phone and opens with a tap', async ({ page }) => {
      await page.goto('/en/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Is it abuse?' })).toBeHidden();
      await page.locator('summary', { hasText: 'Menu' }).click();
      await expect(nav.getByRole('link', { name: 'Is it abuse?' })).toBeVisible();
      await nav.getByRole('link', { name: 'Professionals' }).click();
      await expect(page).toHaveURL(/\/en\/professionals\/$/);
    });
  });
}

test('on a wide screen the menu is open and its toggle is hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/');
  await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find support' })).toBeVisible();
});
