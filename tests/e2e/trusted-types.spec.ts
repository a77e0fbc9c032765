import { expect, test } from '@playwright/test';

test('no script can turn a string into markup: Trusted Types refuse innerHTML', async ({ page }) => {
  await page.goto('/en/search/');
  const outcome = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src=x>');
      return 'written';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe('TypeError');
});
