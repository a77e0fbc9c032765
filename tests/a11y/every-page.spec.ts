import { expect, test } from '@playwright/test';
import { axeFor } from '../helpers/axe';
import { notFoundPaths, sitemapPaths, sweepPaths } from '../helpers/built-site';

/**
 * Axe on every page of English, Polish and Urdu (the first right-to-left language) and on one
 * page per template of every other locale, at phone width, where nothing may scroll sideways
 * (WCAG 1.4.10). `npm run test:all-pages` covers every page of every locale.
 */
const paths = sweepPaths([...sitemapPaths(), ...notFoundPaths()], ['en', 'pl', 'ur']);

test.describe('axe finds no violations, and nothing scrolls sideways at 320px', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  for (const path of paths) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const { violations } = await axeFor(page).analyze();
      const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
