import { expect, test } from '@playwright/test';

const items = '[data-help-finder-item]';

test('without JavaScript the finder page is area links, and each area page lists only what serves it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/find-support/');
  await expect(page.locator('[data-help-finder-form]')).toBeHidden();
  await expect(page.locator(`${items}:visible`)).toHaveCount(0);
  await page.locator('.help-finder__areas a', { hasText: 'Melton' }).click();
  await expect(page).toHaveURL(/\/en\/find-support\/melton\/$/);
  await expect(page.locator('[data-service-entry="housing-blaby"]')).toHaveCount(0);
  // Somewhere safe to stay: local specialist help, then Melton's own housing team, then national lines.
  const safe = await page.locator('#need-safe-place + ul [data-service-entry]').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-service-entry')));
  expect(safe[0]).toBe('freeva');
  expect(safe).toContain('housing-melton');
  expect(safe.indexOf('housing-melton')).toBeLessThan(safe.indexOf('national-domestic-abuse-helpline'));
  await page.locator('.help-finder__jump a', { hasText: 'Somewhere safe to stay' }).click();
  await expect(page.locator('#need-safe-place')).toBeInViewport();
  await context.close();
});

test('a service is under every need it meets, most direct help first', async ({ page }) => {
  await page.goto('/en/find-support/melton/');
  await expect(page.locator('#need-talk + ul [data-service-entry="freeva"]')).toHaveCount(1);
  await expect(page.locator('#need-safe-place + ul [data-service-entry="freeva"]')).toHaveCount(1);
  const emergency = await page.locator('#need-emergency + ul [data-service-entry]').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-service-entry')));
  expect(emergency[0]).toBe('emergency-999');
  // Honour-based abuse and forced marriage services are for anyone at risk.
  await page.locator('input[name="who"][value="women"]').check();
  await expect(page.locator('[data-service-entry="karma-nirvana"]:visible').first()).toBeVisible();
});

test('filters narrow the list in place and the count is announced', async ({ page }) => {
  const requests: string[] = [];
  // Start listening once the page (and its favicon) has fully loaded.
  await page.goto('/en/find-support/melton/', { waitUntil: 'networkidle' });
  page.on('request', (request) => requests.push(request.url()));
  const status = page.locator('[data-help-finder-count]');
  await expect(status).toHaveAttribute('role', 'status');
  const total = Number((await status.textContent())!.match(/\d+/)![0]);
  await expect(status).toHaveText(`${total} services match`);

  await page.locator('input[name="need"][value="safe-place"]').check();
  const safe = page.locator(`${items}:visible`);
  await expect(page.locator('[data-service-entry="housing-melton"]:visible')).toHaveCount(1);
  await expect(page.locator('[data-service-entry="freeva"]:visible')).toHaveCount(1);
  await expect(status).toHaveText(`${await safe.count()} services match`);
  expect(await safe.first().getAttribute('data-service-entry')).toBe('freeva');

  await page.locator('input[name="need"][value="behaviour"]').check();
  await expect(page.locator('[data-service-entry="respect-phoneline"]')).toBeVisible();
  await expect(page.locator('[data-service-entry="housing-melton"]:visible')).toHaveCount(0);
  // Empty groups disappear rather than leaving bare headings.
  for (const group of await page.locator('[data-help-finder-group]:visible').all()) await expect(group.locator(`${items}:visible`).first()).toBeVisible();

  await page.getByRole('button', { name: 'Clear choices' }).click();
  await expect(status).toHaveText(`${total} services match`);
  expect(page.url()).toMatch(/\/en\/find-support\/melton\/$/);
  expect(requests).toEqual([]);
});

test('at 320 px no filter label or choice is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/en/find-support/', '/en/find-support/melton/']) {
    await page.goto(path);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('[data-help-finder-form] label, [data-help-finder-form] legend, [data-help-finder-form] select')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((element) => element.textContent),
    );
    expect(clipped, path).toEqual([]);
    expect(await page.locator('[data-help-finder-form] select').count()).toBe(0);
  }
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
  // Every entry leads to the service's own page, whose card has the full details.
  const ids = [...new Set(await page.locator('[data-service-entry]').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-service-entry')!)))];
  expect(ids.length).toBeGreaterThan(40);
  for (const id of ids.slice(0, 8)) {
    await page.goto(`/en/services/${id}/`);
    const card = page.locator(`main [data-service="${id}"]`);
    await expect(card.locator('p').first()).not.toBeEmpty();
    await expect(card).toContainText('Areas');
    await expect(card).toContainText('Last checked:');
  }
});

test('Rape Crisis is shown as covering England and Wales', async ({ page }) => {
  await page.goto('/en/services/rape-crisis/');
  await expect(page.locator('main [data-service="rape-crisis"]')).toContainText('Anywhere in England and Wales');
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
