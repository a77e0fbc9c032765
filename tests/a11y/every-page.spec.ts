import { expect, test } from '@playwright/test';
import { axeFor } from '../helpers/axe';
import { notFoundPaths, sitemapPaths, sweepPaths } from '../helpers/built-site';

const paths = sweepPaths([...sitemapPaths(), ...notFoundPaths()]);

test.describe('axe finds no violations', () => {
  for (const path of paths) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const { violations } = await axeFor(page).analyze();
      const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
});
