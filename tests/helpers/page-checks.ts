import { expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';

/**
 * The checks every visited page must pass, shared by the phone-width sweep (with axe) and the
 * desktop crawl: the exit control is there and in view, nothing is requested from another
 * origin, nothing fails (CSP violations show up as console errors), nothing scrolls sideways,
 * and nothing moves once shown (scripts that enhance a page must not push its content about).
 */
export async function visitAndCheck(page: Page, path: string, baseURL: string, width: number) {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: Request) => {
    if (new URL(request.url()).origin !== new URL(baseURL).origin) problems.push(`off-site request: ${request.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  try {
    await page.goto(path, { waitUntil: 'load' });
    const exit = page.locator('a[data-quick-exit]');
    await expect.soft(exit, `${path}: one exit control`).toHaveCount(1);
    await expect.soft(exit, `${path}: exit in view`).toBeInViewport();
    // Wider than the page would mean sideways scrolling on a phone (WCAG 1.4.10).
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: no sideways scrolling`).toBeLessThanOrEqual(width);
    // Module scripts have run by 'load'; every layout shift so far is in the buffer.
    const layoutShift = await page.evaluate(
      () =>
        new Promise<{ total: number; moved: string[] }>((resolve) => {
          new PerformanceObserver((list) => {
            type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
            const shifts = (list.getEntries() as unknown as Shift[]).filter((shift) => !shift.hadRecentInput);
            // What moved, so a failure says where to look.
            const moved = shifts.flatMap((shift) =>
              shift.sources.map(({ node, previousRect: from, currentRect: to }) => {
                const element = node instanceof Element ? node : node?.parentElement;
                return `${element ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}` : '?'} ${Math.round(from.y)}->${Math.round(to.y)}`;
              }),
            );
            resolve({ total: shifts.reduce((total, shift) => total + shift.value, 0), moved });
          }).observe({ type: 'layout-shift', buffered: true });
          // The observer only calls back when there are entries: no call means no shift.
          setTimeout(() => resolve({ total: 0, moved: [] }), 200);
        }),
    );
    expect.soft(layoutShift.total, `${path}: cumulative layout shift (moved: ${layoutShift.moved.join(', ')})`).toBeLessThan(0.01);
    expect.soft(problems, `${path}: errors and off-site requests`).toEqual([]);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  }
}
