/** Reads the built HTML of every page: the parts every page must have. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlFiles } from '../helpers/built-site';

const pages = htmlFiles().map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
// Content pages come from MDX; generated listings (services, one area's services) are not among them.
const contentPages = pages.filter(({ path }) => /^\/en\/.+/.test(path) && !/\/(404|search|services|tools)\/|\/find-support\/[^/]+\/$/.test(path));

for (const { path, html } of pages) {
  test(`${path} has one h1, one main, lang, dir, a description and no-referrer`, () => {
    expect(count(html, /<h1[\s>]/g)).toBe(1);
    expect(count(html, /<main[\s>]/g)).toBe(1);
    expect(html).toMatch(/<html lang="[a-z]{2,3}(-[A-Za-z]{2,4})?" dir="(ltr|rtl)"/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(count(html, /data-pagefind-body/g)).toBeLessThanOrEqual(1);
  });
}

test('every content page shows when it was reviewed, a route to help and related pages', () => {
  expect(contentPages.length).toBeGreaterThan(40);
  const missing = contentPages.flatMap(({ path, html }) => [
    ...(html.includes('Page last reviewed:') ? [] : [`${path}: last reviewed`]),
    ...(html.includes('id="get-help-now-heading"') ? [] : [`${path}: get help now`]),
    ...(html.includes('id="related-heading"') ? [] : [`${path}: related pages`]),
  ]);
  expect(missing).toEqual([]);
});

test('a long page opens with contents that jump to its sections; a short one does not', async ({ page }) => {
  await page.goto('/en/professionals/pathways/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const links = contents.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(8);
  const sections = await page.locator('main h2[id]').evaluateAll((headings) => headings.map((heading) => `#${heading.id}`));
  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) expect(sections).toContain(href);
  await page.goto('/en/recognising-abuse/physical-abuse/');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
});
