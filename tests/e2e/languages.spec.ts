import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { fakeExitDestination } from '../helpers/exit-destination';

test('the language chooser names every language in its own words, script and lang', async ({ page }) => {
  await page.goto('/');
  for (const locale of locales) {
    const link = page.locator(`.language-chooser a[href="/${locale.code}/"]`);
    await expect(link).toHaveAttribute('lang', locale.tag);
    await expect(link).toHaveAttribute('dir', locale.dir);
    await expect(link).toContainText(locale.endonym);
  }
});

test("the header's language links lead to the same page in each language", async ({ page }) => {
  await page.goto('/pl/get-help/police/');
  for (const locale of locales) await expect(page.locator(`.language-links a[href="/${locale.code}/get-help/police/"]`)).toHaveAttribute('lang', locale.tag);
});

test('an Urdu page is right-to-left and in Urdu; its English fallback content is marked English', async ({ page }) => {
  await page.goto('/ur/get-help/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await page.goto('/ur/professionals/');
  // The notice is in Urdu; the professional page's English text carries lang="en" and dir="ltr".
  await expect(page.locator('main .page-content')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('main .page-content')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
});

for (const path of ['/ur/get-help/', '/ur/services/freeva/', '/ur/find-support/melton/']) {
  test(`every phone number on ${path} is shown whole and left to right`, async ({ page }) => {
    await page.goto(path);
    const numbers = await page.locator('a[href^="tel:"]').evaluateAll((links) =>
      links
        .filter((link) => link.checkVisibility())
        .map((link) => {
          const text = link.textContent ?? '';
          // The screen position of each digit, in the order the digits are written.
          const positions: number[] = [];
          const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let index = 0; index < (node.textContent ?? '').length; index += 1) {
              if (!/\d/.test(node.textContent![index]!)) continue;
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const box = range.getBoundingClientRect();
              positions.push(box.left + box.top * 10_000);
            }
          }
          return { href: link.getAttribute('href')!, digits: text.replace(/\D/g, ''), positions };
        }),
    );
    expect(numbers.length).toBeGreaterThan(0);
    for (const { href, digits, positions } of numbers) {
      const dialled = href.slice(4).replace(/^\+44/, '0');
      // The number shown is the number dialled (a link may add words such as "Call", never digits).
      expect(digits.endsWith(dialled) || digits === dialled, `${href} shows ${digits}`).toBe(true);
      // Each digit sits to the right of the one before it (or on a later line): read left to right.
      expect(positions, `${href} digits out of order`).toEqual([...positions].sort((a, b) => a - b));
    }
  });
}

test('the quick exit works the same on an Urdu page', async ({ page, context }) => {
  const destination = await fakeExitDestination(context);
  await page.goto('/ur/get-help/');
  await expect(page.locator('a[data-quick-exit]')).toHaveText('یہ صفحہ چھوڑیں');
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await page.waitForURL(destination.url);
});

for (const locale of locales.filter((candidate) => candidate.code !== 'en')) {
  test(`${locale.code} pages are in ${locale.endonym}, and say the translation is not yet checked, with the way to the English`, async ({ page }) => {
    const words = JSON.parse(readFileSync(`src/i18n/ui/${locale.code}.json`, 'utf8')) as Record<string, string>;
    await page.goto(`/${locale.code}/get-help/emergency/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
    await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
    await expect(page.locator('[data-quick-exit]').first()).toContainText(words['quickExit.label']!);
    await expect(page.locator('main .notice').first()).toHaveText(`${words['translation.machineNotice']} ${words['translation.englishLink']}`);
  });
}
