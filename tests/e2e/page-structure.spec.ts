/** Reads the built HTML of every page: the parts every page must have. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlFiles } from '../helpers/built-site';

const pages = htmlFiles().map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
// Content pages come from MDX; generated listings (services, one area's services), tools and printed items are not among them.
const contentPages = pages.filter(({ path }) => /^\/en\/.+/.test(path) && !/\/(404|search|services|tools|print)\/|\/find-support\/[^/]+\/$/.test(path));

/** What is wrong with one page's outline and head, as short phrases. */
function structureProblems(html: string): string[] {
  return [
    ...(count(html, /<h1[\s>]/g) === 1 ? [] : ['not exactly one h1']),
    ...(count(html, /<main[\s>]/g) === 1 ? [] : ['not exactly one main']),
    ...(/<html lang="[a-z]{2,3}(-[A-Za-z]{2,4})?" dir="(ltr|rtl)"/.test(html) ? [] : ['no lang and dir']),
    // A real sentence, not a stub: 20 characters, or 10 in Chinese, whose characters are words.
    ...(new RegExp(`<meta name="description" content="[^"]{${/<html lang="zh/.test(html) ? 10 : 20},}"`).test(html) ? [] : ['no description']),
    ...(html.includes('<meta name="referrer" content="no-referrer">') ? [] : ['no no-referrer']),
    ...(count(html, /data-pagefind-body/g) <= 1 ? [] : ['more than one search body']),
  ];
}

// One test per language, reading every page's HTML (no browser needed).
const pageLocales = [...new Set(pages.map(({ path }) => path.split('/')[1] || '(root)'))];
for (const locale of pageLocales) {
  test(`${locale}: every page has one h1, one main, lang, dir, a description and no-referrer`, () => {
    const inLocale = pages.filter(({ path }) => (path.split('/')[1] || '(root)') === locale);
    expect(inLocale.length).toBeGreaterThan(0);
    expect(inLocale.flatMap(({ path, html }) => structureProblems(html).map((problem) => `${path}: ${problem}`))).toEqual([]);
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
