import { expect, test } from '@playwright/test';
import { budgets, pageWeight } from '../../scripts/bench/page-weight.mjs';
import { kb } from '../../scripts/bench/stats.mjs';
import { distDir, htmlFiles } from '../helpers/built-site';

// Size budgets read from dist/ (gzip -9, each file as served): what a visitor on a weak signal
// downloads before the first paint. Timings live in `npm run bench`, not here.
const pages = htmlFiles().map(({ path, file }) => ({ path, ...pageWeight(distDir, file) }));

test('every page is weighed with its stylesheet and scripts', () => {
  expect(pages.length).toBeGreaterThan(0);
  // Every page carries the quick exit's script and the site's CSS: a zero means the weighing missed them.
  expect(pages.filter((page) => page.css === 0 || page.js === 0).map((page) => page.path)).toEqual([]);
});

for (const [part, limit] of Object.entries(budgets) as [keyof typeof budgets, number][]) {
  test(`${part} on every page is within ${kb(limit)} gzipped`, () => {
    const over = pages.filter((page) => page[part] > limit).map((page) => `${page.path} ${kb(page[part])}`);
    expect(over, `pages over the ${part} budget`).toEqual([]);
  });
}
