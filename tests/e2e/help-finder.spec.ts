import { expect, test } from '@playwright/test';

const items = '[data-help-finder-item]';

test('without JavaScript it is the whole list, grouped by need, with no dead filters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/find-support/');
  await expect(page.locator('[data-help-finder-form]')).toBeHidden();
  const total = await page.locator(items).count();
  expect(total).toBeGreaterThan(40);
  await expect(page.locator(`${items}:visible`)).toHaveCount(total);
  await expect(page.locator('[data-help-finder-group] h2').first()).toHaveText('Help in an emergency');
  await context.close();
});

test('filters narrow the list in place and the count is announced', async ({ page }) => {
  const requests: string[] = [];
  // Start listening once the page (and its favicon) has fully loaded.
  await page.goto('/en/find-support/', { waitUntil: 'networkidle' });
  page.on('request', (request) => requests.push(request.url()));
  const status = page.locator('[data-help-finder-count]');
  await expect(status).toHaveAttribute('role', 'status');
  const total = await page.locator(items).count();
  await expect(status).toHaveText(`${total} services match`);

  await page.locator('#finder-area').selectOption('melton');
  const melton = await page.locator(`${items}:visible`).count();
  expect(melton).toBeLessThan(total);
  await expect(status).toHaveText(`${melton} services match`);
  await expect(page.locator('[data-service="housing-melton"]')).toBeVisible();
  await expect(page.locator('[data-service="housing-blaby"]')).toBeHidden();
  await expect(page.locator('[data-service="national-domestic-abuse-helpline"]')).toBeVisible();

  await page.locator('#finder-need').selectOption('behaviour');
  await expect(page.locator('[data-service="respect-phoneline"]')).toBeVisible();
  await expect(page.locator('[data-service="housing-melton"]')).toBeHidden();
  // Empty groups disappear rather than leaving bare headings.
  for (const group of await page.locator('[data-help-finder-group]:visible').all()) await expect(group.locator(`${items}:visible`).first()).toBeVisible();

  await page.getByRole('button', { name: 'Clear choices' }).click();
  await expect(status).toHaveText(`${total} services match`);
  expect(page.url()).toMatch(/\/en\/find-support\/$/);
  expect(requests).toEqual([]);
});

test('never asks for location, and every service shows what, who for, how and when checked', async ({ page, context }) => {
  let askedForLocation = false;
  await context.exposeFunction('reportGeolocation', () => (askedForLocation = true));
  await page.addInitScript(() => {
    navigator.geolocation.getCurrentPosition = () => (window as unknown as { reportGeolocation(): void }).reportGeolocation();
  });
  await page.goto('/en/find-support/');
  expect(askedForLocation).toBe(false);
  await expect(page.locator('input[name*="postcode" i], input[autocomplete="postal-code"]')).toHaveCount(0);
  for (const card of await page.locator('[data-service]').all()) {
    await expect(card.locator('p').first()).not.toBeEmpty();
    await expect(card).toContainText('Areas');
    await expect(card).toContainText('Last checked:');
  }
});

test('a low-confidence number is shown as text, never as a tap-to-call link', async ({ page }) => {
  await page.goto('/en/services/housing-rutland/');
  await expect(page.locator('main')).toContainText('01572 722577');
  await expect(page.locator('main a[href="tel:+441572722577"]')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Check their website before you call');
});

test('each service has its own page with its sources', async ({ page }) => {
  await page.goto('/en/services/freeva/');
  await expect(page.locator('h1')).toHaveText('Freeva support line');
  await expect(page.locator('main [data-service="freeva"] a[href="tel:+448088020028"]')).toBeVisible();
  await expect(page.locator('main')).toContainText('Last checked:');
  // Sources are folded away until asked for.
  await expect(page.locator('main ul.sources li').first()).toBeHidden();
  await page.locator('main details.source-list summary').click();
  await expect(page.locator('main ul.sources li').first()).toBeVisible();
});

test('a service for anyone that gives some people extra help says so plainly', async ({ page }) => {
  await page.goto('/en/services/victim-first/');
  await expect(page.locator('main [data-service="victim-first"] dd').filter({ hasText: 'Anyone' })).toHaveText('Anyone. Extra help for: Young people');
});
