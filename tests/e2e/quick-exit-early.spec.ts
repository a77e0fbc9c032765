import { expect, test, type Page } from '@playwright/test';
import { fakeExitDestination } from '../helpers/exit-destination';

/**
 * The exit must work from the first paint: before the page's other scripts have run, and on a
 * slow connection. Every script but the head one is held back for 3 seconds, and the control is
 * used as soon as it is on screen.
 */
const start = '/en/find-support/';
const heldMs = 3000;

async function holdModuleScripts(page: Page) {
  await page.route('**/_astro/*.js', async (route) => {
    if (/\/early\.[0-9a-f]+\.js$/.test(route.request().url())) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, heldMs));
    await route.continue().catch(() => undefined);
  });
}

async function slowNetwork(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  // Chrome's "Slow 3G" preset.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
}

async function openBeforeScriptsRun(page: Page) {
  await holdModuleScripts(page);
  await slowNetwork(page);
  await page.goto('about:blank');
  await page.goto(start, { waitUntil: 'commit' });
  await expect(page.locator('a[data-quick-exit]')).toBeVisible();
  // The page has not finished loading (its module scripts are held back): the exit must not depend on them.
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
}

test.describe('quick exit from the first paint', () => {
  test('a click exits with location.replace while the other scripts are held back', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await openBeforeScriptsRun(page);
    await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
    await page.waitForURL(destination.url);
    await page.goBack().catch(() => undefined);
    expect(page.url()).toBe('about:blank');
  });

  test('Shift three times exits while the other scripts are held back', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await openBeforeScriptsRun(page);
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.waitForURL(destination.url);
    await page.goBack().catch(() => undefined);
    expect(page.url()).toBe('about:blank');
  });
});
