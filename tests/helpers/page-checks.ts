import { expect, type Page } from '@playwright/test';

/**
 * The checks every visited page must pass, shared by the phone-width sweep (with axe) and the
 * desktop crawl: the exit control is there and in view, nothing is requested from another
 * origin, nothing fails (CSP violations show up as console errors), nothing scrolls sideways,
 * and nothing moves once shown (scripts that enhance a page must not push its content about).
 */
export async function visitAndCheck(page: Page, path: string, baseURL: string, width: number) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL).origin) problems.push(`off-site request: ${request.url()}`);
  });
  await page.goto(path, { waitUntil: 'load' });
  const exit = page.locator('a[data-quick-exit]');
  await expect(exit).toHaveCount(1);
  await expect(exit).toBeInViewport();
  // Wider than the page would mean sideways scrolling on a phone (WCAG 1.4.10).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  expect(problems).toEqual([]);
  // Module scripts have run by 'load'; every layout shift so far is in the buffer.
  const layoutShift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const shifts = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
          resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((total, shift) => total + shift.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // The observer only calls back when there are entries: no call means no shift.
        setTimeout(() => resolve(0), 200);
      }),
  );
  expect(layoutShift, 'cumulative layout shift').toBeLessThan(0.01);
}
