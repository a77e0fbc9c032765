/** Easy Read in the browser: large text, a picture beside every point, reachable from every page, and the exit works the same. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlFiles } from '../helpers/built-site';
import { fakeExitDestination } from '../helpers/exit-destination';

const paths = readdirSync('content/pages/en/easy-read')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => (name === 'index.mdx' ? '/en/easy-read/' : `/en/easy-read/${name.replace(/\.mdx$/, '')}/`));

test.use({ viewport: { width: 320, height: 700 } });

for (const path of paths) {
  test(`${path}: text 1.25 times the body size or more, and a picture with words beside every point at 320 px`, async ({ page }) => {
    await page.goto(path);
    const report = await page.evaluate(() => {
      const size = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
      const body = size(document.body);
      const points = [...document.querySelectorAll('main .easy-point')].map((point) => {
        const pictures = point.querySelectorAll(':scope > svg[role="img"]');
        const picture = pictures[0]?.getBoundingClientRect();
        const text = point.querySelector(':scope > .easy-point__text');
        const box = text?.getBoundingClientRect();
        return {
          pictures: pictures.length,
          label: pictures[0]?.getAttribute('aria-label') ?? '',
          textSize: text ? Math.min(...[text, ...text.querySelectorAll('*')].map(size)) : 0,
          beside: Boolean(picture && box && picture.right <= box.left && Math.abs(picture.top - box.top) < 16 && picture.width >= 48),
        };
      });
      return { body, points, lead: size(document.querySelector('main .lead')!), scrollWidth: document.documentElement.scrollWidth };
    });
    expect(report.points.length).toBeGreaterThanOrEqual(5);
    for (const point of report.points) {
      expect(point.pictures).toBe(1);
      expect(point.label.length).toBeGreaterThan(3);
      expect(point.beside).toBe(true);
      expect(point.textSize).toBeGreaterThanOrEqual(1.25 * report.body);
    }
    expect(report.lead).toBeGreaterThanOrEqual(1.25 * report.body);
    expect(report.scrollWidth, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);
  });
}

test('every page links to Easy Read in its footer; other languages open its fallback, which says it is in English', async ({ page }) => {
  await page.goto('/en/get-help/police/');
  await expect(page.locator('footer a[href="/en/easy-read/"]')).toHaveText('Easy Read');
  await page.goto('/pl/get-help/');
  const polish = page.locator('footer a[href="/pl/easy-read/"]');
  await expect(polish).toHaveText('Tekst łatwy do czytania (po angielsku)');
  await polish.click();
  await expect(page.locator('main .page-content')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('main .easy-point').first()).toBeVisible();
  await expect(page.locator('a[data-quick-exit]')).toBeVisible();
  await page.goto('/ur/');
  await expect(page.locator('footer a[href="/ur/easy-read/"]')).toBeVisible();
});

test("every built page's footer links to Easy Read in the page's language", () => {
  const missing = htmlFiles().flatMap(({ path, file }) => {
    const locale = path === '/' || path === '/404.html' ? 'en' : path.split('/')[1];
    const footer = readFileSync(file, 'utf8').match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '';
    return footer.includes(`href="/${locale}/easy-read/"`) ? [] : [path];
  });
  expect(missing).toEqual([]);
});

test('the language chooser offers Easy Read', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('main a[href="/en/easy-read/"]');
  await expect(link).toHaveAttribute('hreflang', 'en-GB');
  await link.click();
  await expect(page.locator('h1')).toHaveText('Easy Read');
});

test('the Easy Read contents page leads to every Easy Read page, and the help lines are tap-to-call', async ({ page }) => {
  await page.goto('/en/easy-read/');
  for (const path of paths.filter((path) => path !== '/en/easy-read/')) await expect(page.locator(`main .easy-point a[href="${path}"]`)).toHaveCount(1);
  await page.goto('/en/easy-read/get-help-now/');
  for (const number of ['999', '0808 2000 247', '0808 802 0028']) await expect(page.locator('main .easy-point a[href^="tel:"]', { hasText: number }).first()).toBeVisible();
});

test('the quick exit works the same on Easy Read pages, with a click and with Shift three times', async ({ page, context }) => {
  const destination = await fakeExitDestination(context);
  await page.goto('/en/easy-read/leave-this-website-quickly/');
  await page.locator('a[data-quick-exit]').click();
  await page.waitForURL(destination.url);
  await page.goto('/en/easy-read/get-help-now/');
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await page.waitForURL(destination.url);
});
