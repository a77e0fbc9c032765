/** Keyboard-only and screen-reader journeys through the parts people in danger rely on. */
import { expect, test } from '@playwright/test';

test('keyboard: exit first, then skip to content, then the three doors', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Exit this page now');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to main content');
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText("I’m worried about myself");
  // The focus indicator is visible: a solid outline or a box shadow in the focus colour.
  const focusStyle = await page.locator(':focus').evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, outline: style.outlineStyle };
  });
  expect(focusStyle.background).toBe('rgb(255, 221, 0)');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/recognising-abuse/');
});

test('keyboard: the help-finder can be used without a mouse', async ({ page }) => {
  await page.goto('/en/find-support/melton/');
  await page.locator('input[name="who"][value=""]').focus();
  await page.keyboard.press('ArrowDown'); // the first group of people
  await expect(page.locator('[data-help-finder-count]')).toHaveText(/\d+ services match/);
  const narrowed = await page.locator('[data-help-finder-item]:visible').count();
  expect(narrowed).toBeLessThan(await page.locator('[data-help-finder-item]').count());
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="need"][value=""]')).toBeFocused();
});

test('screen reader: landmarks, names and live regions are in the accessibility tree', async ({ page }) => {
  await page.goto('/en/get-help/');
  await expect(page.getByRole('region', { name: 'Leave this site quickly' })).toHaveCount(1);
  const exit = page.getByRole('link', { name: 'Exit this page', exact: true });
  await expect(exit).toHaveAccessibleDescription(/Leave this site quickly.*Shift 3 times/);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'You are here' })).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help');
  await expect(page.getByRole('complementary', { name: 'Get help now' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^Call 0808 802 0028$/ }).first()).toHaveAttribute('href', 'tel:+448088020028');
});

test('screen reader: search results are announced by a status region', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('refuge');
  await expect(page.getByRole('status')).toHaveText(/\d+ pages? found/);
});
