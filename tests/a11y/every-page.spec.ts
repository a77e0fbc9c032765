import { expect, test } from '@playwright/test';
import { axeFor } from '../helpers/axe';
import { notFoundPaths, pathGroups, sitemapPaths, sweepPaths } from '../helpers/built-site';
import { visitAndCheck } from '../helpers/page-checks';

/**
 * At phone width, every English content page with one page of each generated listing (service
 * cards, area lists, printed items), and one page per template of every other language, so ten
 * languages fit CI's time. Each visit runs axe and the page checks (exit in view, no sideways
 * scrolling, nothing off-site, no errors, no layout shift). `npm run test:all-pages` visits
 * every page of every language, as a release should.
 */
const width = 320;
const paths = sweepPaths([...sitemapPaths(), ...notFoundPaths()], { full: [], content: ['en'] });

test.describe(`axe and the page checks at ${width}px`, () => {
  test.use({ viewport: { width, height: 720 } });
  for (const group of pathGroups(paths)) {
    test(group.name, async ({ page, baseURL }) => {
      test.setTimeout(group.paths.length * 10_000);
      for (const path of group.paths) {
        await test.step(path, async () => {
          await visitAndCheck(page, path, baseURL!, width);
          const { violations } = await axeFor(page).analyze();
          expect.soft(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `${path}: axe`).toEqual([]);
        });
      }
    });
  }
});
