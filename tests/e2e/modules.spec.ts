import { expect, test } from '@playwright/test';

/**
 * Script-only controls must never be left dead on screen: if a component's module is blocked or
 * fails, its controls hide and the plain-HTML way stays. Checked on the search page, whose box
 * works only with a script, and on the practice area, which starts hidden.
 */
test('a blocked module hides its script-only controls once the page has loaded', async ({ page }) => {
  await page.route('**/_astro/*.js', (route) => (/\/early\.[0-9a-f]+\.js$/.test(route.request().url()) ? route.continue() : route.abort()));
  await page.goto('/en/search/');
  await expect(page.locator('[data-module="search"]')).toHaveAttribute('data-module-failed', '');
  await expect(page.locator('[data-search-input]')).toBeHidden();
  // The A to Z list, the way in without scripts, is still there.
  await expect(page.locator('.a-z a').first()).toBeVisible();
});

test('a module that cannot start says why and is marked failed', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // Remove a part the practice area needs before its module runs.
  await page.route('**/en/staying-safe-online/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(' data-practice-button', '') });
  });
  await page.goto('/en/staying-safe-online/');
  await expect(page.locator('[data-module="practice-exit"]')).toHaveAttribute('data-module-failed', '');
  await expect(page.locator('[data-module="practice-exit"]')).toBeHidden();
  expect(errors.join('\n')).toContain('practice-exit: could not start');
});

test('a component starts once and is marked ready', async ({ page }) => {
  await page.goto('/en/staying-safe-online/');
  await expect(page.locator('[data-module="practice-exit"]')).toHaveAttribute('data-module-ready', '');
  await expect(page.locator('[data-module="practice-exit"]')).toBeVisible();
});
