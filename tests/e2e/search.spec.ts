import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const relevance = JSON.parse(readFileSync('tests/fixtures/search-relevance.json', 'utf8')) as Record<string, { query: string; expect: string }[]>;
const requiredHitRate = 0.9;

async function search(page: Page, query: string) {
  const input = page.locator('[data-search-input]');
  const status = page.locator('[data-search-status]');
  // Clear first, so the next status text belongs to this query.
  await input.fill('');
  await expect(status).toHaveText('');
  await input.fill(query);
  await expect(status).not.toHaveText('');
  return page.locator('[data-search-results] li h2 a');
}

for (const [locale, queries] of Object.entries(relevance)) {
  test(`${locale}: everyday words find the right page in the top three for ${requiredHitRate * 100}% of queries`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    test.setTimeout(120_000);
    const misses: string[] = [];
    const empty: string[] = [];
    for (const { query, expect: wanted } of queries) {
      const links = await search(page, query);
      const found = (await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) as string[];
      if (!found.length) empty.push(query);
      const top = found.slice(0, 3);
      if (!top.includes(wanted)) misses.push(`${query} -> ${top.join(', ')} (wanted ${wanted})`);
    }
    const hitRate = (queries.length - misses.length) / queries.length;
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(empty, 'queries with no results').toEqual([]);
    expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(requiredHitRate);
  });
}

test('results show title, marked excerpt and section, and the count is announced', async ({ page }) => {
  await page.goto('/en/search/');
  await expect(page.locator('label[for="search-input"]')).toBeVisible();
  const links = await search(page, 'coercive control');
  await expect(links.first()).toHaveText('Coercive control');
  const first = page.locator('[data-search-results] li').first();
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first).toContainText('Section: Is it abuse?');
  await expect(page.locator('[data-search-status]')).toHaveAttribute('role', 'status');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ pages? found$/);
});

test('one word no page contains does not empty the list, and the closest pages are said to be closest', async ({ page }) => {
  await page.goto('/en/search/');
  const links = await search(page, 'he took my passport and zxqvy');
  await expect(links.first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText('closest pages');
});

test('when nothing matches, the routes to help and the most-needed topics are shown', async ({ page }) => {
  await page.goto('/en/search/');
  await search(page, 'zxqvy wqxz');
  const nothing = page.locator('[data-search-results] .search-nothing');
  await expect(nothing).toBeVisible();
  await expect(nothing.locator('a[href="tel:999"]')).toBeVisible();
  await expect(nothing.locator('a[href^="tel:+44808"]')).toHaveCount(2);
  await expect(nothing.locator('a[href="/en/get-help/emergency/"]')).toBeVisible();
});

test('search phrases never show in results, pronouns do not rank pages, and the search page is not a result', async ({ page }) => {
  await page.goto('/en/search/');
  const links = await search(page, 'he my me');
  await expect(page.locator('[data-search-results] .search-nothing')).toBeVisible();
  expect(await links.count()).toBe(0);
  await search(page, 'search this site a to z topics');
  const hrefs = await page.locator('[data-search-results] li h2 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(hrefs.filter((href) => /\/(search|404)\/$/.test(href ?? ''))).toEqual([]);
  await search(page, 'my brother');
  await expect(page.locator('[data-search-results]')).not.toContainText("my brother's wife hurts him");
});

test('injunction finds Legal protection first', async ({ page }) => {
  await page.goto('/en/search/');
  const links = await search(page, 'injunction');
  await expect(links.first()).toHaveAttribute('href', '/en/get-help/legal-protection/');
});

test('the query goes nowhere: not the URL, history, storage or any request', async ({ page }) => {
  const query = 'my husband takes my money';
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto('/en/search/');
  const historyBefore = await page.evaluate(() => history.length);
  await page.locator('[data-search-input]').fill(query);
  await page.locator('[data-search-input]').press('Enter');
  await expect(page.locator('[data-search-status]')).toHaveText(/found/);
  expect(page.url()).not.toContain('money');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(requests.filter((line) => /husband|money/.test(line))).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('the search box is not shown on other pages until asked for, and the index loads only on the search page', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/en/recognising-abuse/');
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page offers an A to Z of topics instead of a dead box', async ({ page }) => {
    await page.goto('/en/search/');
    await expect(page.locator('[data-search-form]')).toBeHidden();
    const topics = page.locator('.a-z a');
    expect(await topics.count()).toBeGreaterThan(30);
    await expect(page.locator('.a-z a', { hasText: 'Coercive control' })).toHaveAttribute('href', '/en/recognising-abuse/coercive-control/');
  });
});

test('dist/ holds only the Pagefind files a page loads: no ready-made interfaces, no worker', () => {
  const files = readdirSync('dist/pagefind');
  expect(files.filter((name) => /^pagefind-(ui|component-ui|modular-ui|highlight|worker)/.test(name))).toEqual([]);
  expect(files).toContain('pagefind.js');
  // Small index chunks: a first query downloads only the few words it needs.
  expect(readdirSync('dist/pagefind/index').length).toBeGreaterThan(10);
});
