/**
 * At desktop width, one page of each template in every language (the phone-width sweep in
 * tests/a11y/every-page.spec.ts visits every page with the same checks and axe).
 */
import { test } from '@playwright/test';
import { htmlFiles, sweepPaths } from '../helpers/built-site';
import { visitAndCheck } from '../helpers/page-checks';

const width = 1280;
const paths = sweepPaths(htmlFiles().map(({ path }) => path), { full: [] });

test.describe(`one page per template at ${width}px`, () => {
  test.use({ viewport: { width, height: 720 } });
  for (const path of paths) test(path, async ({ page, baseURL }) => visitAndCheck(page, path, baseURL!, width));
});
