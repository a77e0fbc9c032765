import { expect, test } from '@playwright/test';

const path = '/en/staying-safe-online/';
const hint = '[data-module="your-browser"]';

const visitors = [
  {
    name: 'Samsung Internet',
    userAgent: 'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
    heading: 'Samsung Internet',
  },
  {
    name: 'Safari on iPhone',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
    heading: 'Safari on iPhone and iPad',
  },
  {
    name: 'Firefox',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    heading: 'Firefox',
  },
];

for (const visitor of visitors) {
  test.describe(`a visitor using ${visitor.name}`, () => {
    test.use({ userAgent: visitor.userAgent });

    test('is pointed to the steps for their browser, on the same page', async ({ page }) => {
      await page.goto(path);
      const link = page.locator(`${hint} a`);
      await expect(page.locator(hint)).toBeVisible();
      await expect(page.locator(hint)).toContainText(`It looks like you are using ${visitor.heading}.`);
      await expect(link).toHaveText(`Go to the steps for ${visitor.heading}`);
      await link.click();
      await expect(page.locator(':target')).toHaveText(visitor.heading);
    });
  });
}

test.describe('a browser with no steps on the page', () => {
  test.use({ userAgent: 'Lynx/2.9.0 libwww-FM/2.14' });

  test('sees no hint, only the steps for every browser', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(`${hint}[data-module-ready]`)).toBeAttached();
    await expect(page.locator(hint)).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the hint stays hidden', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(hint)).toBeHidden();
  });
});
