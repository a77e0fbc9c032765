import { expect, test } from '@playwright/test';
import { fakeExitDestination } from '../helpers/exit-destination';

test('a journey through the site leaves nothing on the device and asks no other origin', async ({ page, context, baseURL }) => {
  const destination = await fakeExitDestination(context);
  const offSite: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL!).origin && request.url() !== destination.url && !request.url().startsWith('data:')) offSite.push(request.url());
  });

  await page.goto('/en/');
  await page.goto('/en/recognising-abuse/coercive-control/');
  await page.goto('/en/find-support/melton/');
  await page.locator('input[data-filter="need"][value="safe-place"]').check();
  await page.goto('/en/search/');
  await page.locator('[data-search-input]').fill('he takes my money');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(page.url()).not.toContain('money');

  const traces = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
    cookie: document.cookie,
    windowName: window.name,
  }));
  expect(traces).toEqual({ local: 0, session: 0, databases: 0, workers: 0, caches: 0, cookie: '', windowName: '' });
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('link[rel~="prefetch"], link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prerender"], script[type="speculationrules"]').length)).toBe(0);

  await page.locator('a[data-quick-exit]').click();
  await page.waitForURL(destination.url);
  expect(offSite).toEqual([]);
  expect(destination.requests[0]!.headers()['referer']).toBeUndefined();
});

test('every page sets no-referrer', async ({ page }) => {
  await page.goto('/en/get-help/');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('rel', /noreferrer/);
});
