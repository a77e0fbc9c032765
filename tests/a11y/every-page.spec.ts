import { expect, test } from '@playwright/test';
import { axeFor } from '../helpers/axe';
import { notFoundPaths, sitemapPaths, sweepPaths } from '../helpers/built-site';
import { visitAndCheck } from '../helpers/page-checks';

/**
 * At phone width, every English page; every content page of Polish and Urdu (the first
 * right-to-left language) with one page of each generated listing (service cards, area lists,
 * printed items); one page per template of any other language. Each visit runs axe and the
 * page checks (exit in view, no sideways scrolling, nothing off-site, no errors, no layout shift).
 * `npm run test:all-pages` visits every page of every language.
 */
const width = 320;
const paths = sweepPaths([...sitemapPaths(), ...notFoundPaths()], { full: ['en'], content: ['pl', 'ur'] });

test.describe(`axe and the page checks at ${width}px`, () => {
  test.use({ viewport: { width, height: 720 } });
  for (const path of paths) {
    test(path, async ({ page, baseURL }) => {
      await visitAndCheck(page, path, baseURL!, width);
      const { violations } = await axeFor(page).analyze();
      const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
});
