import { expect, test, type Locator, type Page } from '@playwright/test';
import { fakeExitDestination } from '../helpers/exit-destination';

const start = '/en/get-help/';
const control = (page: Page) => page.locator('a[data-quick-exit]');
const status = (page: Page) => page.locator('[data-quick-exit-status]');

async function pressShift(page: Page, times = 1) {
  for (let index = 0; index < times; index++) await page.keyboard.press('Shift');
}

test.describe('quick exit', () => {
  test('a click hides the page, replaces the history entry and sends no referrer', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await page.goto(start);
    await control(page).click();
    await page.waitForURL(destination.url);
    expect(destination.requests).toHaveLength(1);
    expect(destination.requests[0]!.headers()['referer']).toBeUndefined();
    // location.replace: Back does not return to the page that was exited.
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain(start);
  });

  test('the page is hidden in the same task as the click, and only the exit alert is left', async ({ page, context }) => {
    await fakeExitDestination(context, { delayMs: 1500 });
    await page.goto(start);
    const state = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
      return {
        active: document.documentElement.hasAttribute('data-quick-exit-active'),
        mainVisible: document.querySelector('main')!.checkVisibility(),
        exitBarVisible: document.querySelector('[data-quick-exit-bar]')!.checkVisibility(),
        title: document.title,
        // The alert is the one thing left on screen, so a screen reader announces it.
        alerts: [...document.querySelectorAll('[role="alert"]')].filter((alert) => alert.checkVisibility()).map((alert) => alert.textContent),
      };
    });
    expect(state).toEqual({ active: true, mainVisible: false, exitBarVisible: false, title: '\u00a0', alerts: ['Exiting this page'] });
  });

  const otherClicks: [string, Parameters<Locator['click']>[0]][] = [
    ['a middle click', { button: 'middle' }],
    ['Ctrl-click', { modifiers: ['Control'] }],
    ['Shift-click', { modifiers: ['Shift'] }],
    ['a right click or long press', { button: 'right' }],
  ];
  for (const [name, click] of otherClicks) {
    test(`${name} on Exit leaves this tab instead of opening another`, async ({ page, context }) => {
      const destination = await fakeExitDestination(context);
      await page.goto('about:blank');
      await page.goto(start);
      await control(page).click(click);
      await page.waitForURL(destination.url);
      expect(context.pages()).toHaveLength(1);
      await page.goBack().catch(() => undefined);
      expect(page.url()).toBe('about:blank');
    });
  }

  for (const width of [320, 1280]) {
    test(`is at the top, big enough and stays in view at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(start);
      const box = (await control(page).boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.y).toBeLessThan(80);
      await page.mouse.wheel(0, 3000);
      await page.waitForFunction(() => window.scrollY > 0);
      await expect(control(page)).toBeInViewport();
    });
  }

  test('is left off a printed page', async ({ page }) => {
    await page.goto(start);
    await expect(control(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(control(page)).toBeHidden();
  });

  test('Enter on the focused control exits', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await page.goto(start);
    await control(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(destination.url);
  });

  test('the first Tab reaches an exit link, and it works', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await page.goto(start);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit-skip', '');
    await expect(page.locator(':focus')).toBeInViewport();
    await page.keyboard.press('Enter');
    await page.waitForURL(destination.url);
  });

  test('Shift three times exits and announces progress in the page language', async ({ page, context }) => {
    const destination = await fakeExitDestination(context, { delayMs: 500 });
    await page.goto(start);
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await pressShift(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to exit this page');
    await pressShift(page);
    await expect(status(page)).toHaveText('Press Shift 1 more time to exit this page');
    await pressShift(page);
    await page.waitForURL(destination.url);
  });

  test('Shift used with a letter, or another key, starts the count again', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await page.goto(start);
    await pressShift(page, 2);
    await page.keyboard.press('Shift+A');
    await pressShift(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to exit this page');
    await page.keyboard.press('ArrowDown');
    await pressShift(page, 2);
    await expect(status(page)).toHaveText('Press Shift 1 more time to exit this page');
    expect(destination.requests).toHaveLength(0);
    await pressShift(page);
    await page.waitForURL(destination.url);
  });

  test('both Shift keys pressed together count once', async ({ page }) => {
    await page.goto(start);
    await page.keyboard.down('ShiftLeft');
    await page.keyboard.down('ShiftRight');
    await page.keyboard.up('ShiftRight');
    await page.keyboard.up('ShiftLeft');
    await expect(status(page)).toHaveText('Press Shift 2 more times to exit this page');
  });

  for (const path of ['/en/', '/en/search/', '/en/find-support/', '/en/404/', '/404.html', '/']) {
    test(`Shift three times exits from ${path}`, async ({ page, context }) => {
      const destination = await fakeExitDestination(context);
      await page.goto(path);
      await pressShift(page, 3);
      await page.waitForURL(destination.url);
    });
  }

  test('the count does not carry from one page to the next (nothing is stored)', async ({ page }) => {
    await page.goto(start);
    await pressShift(page, 2);
    await page.goto('/en/find-support/');
    await pressShift(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to exit this page');
  });

  test('a page restored from the back/forward cache is visible and quiet', async ({ page }) => {
    await page.goto(start);
    await pressShift(page);
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-quick-exit-active', '');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await expect(page.locator('body')).toBeVisible();
    await expect(status(page)).toHaveText('');
    await pressShift(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to exit this page');
  });

  test('after a three-page visit and an exit, Back cannot reach the pages of the visit', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await page.goto('about:blank');
    await page.goto('/en/');
    await page.locator('nav a[href="/en/recognising-abuse/"]').first().click();
    await page.waitForURL('**/en/recognising-abuse/');
    await page.locator('main a[href="/en/recognising-abuse/coercive-control/"]').first().click();
    await page.waitForURL('**/en/recognising-abuse/coercive-control/');
    await control(page).click();
    await page.waitForURL(destination.url);
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  test('a jump within the page (the skip link) adds no history entry that Back could return to', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await page.goto('about:blank');
    await page.goto(start);
    // The skip link shows only when focused: reach it as a keyboard user does.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('a[href="#main-content"]').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${start}#main-content`);
    await control(page).click();
    await page.waitForURL(destination.url);
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a plain link that leaves without a referrer', async ({ page, context }) => {
    const destination = await fakeExitDestination(context);
    await page.goto(start);
    await control(page).click();
    await page.waitForURL(destination.url);
    expect(destination.requests[0]!.headers()['referer']).toBeUndefined();
  });
});
