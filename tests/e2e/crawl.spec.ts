/**
 * At desktop width, one page of each template in English and in each right-to-left language,
 * whose layout mirrors; the phone-width sweep (tests/a11y/every-page.spec.ts) runs the same
 * checks and axe on every template of every language. `npm run test:all-pages` visits every
 * page of every language here too.
 */
import { test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { htmlFiles, pathGroups, sweepPaths } from '../helpers/built-site';
import { visitAndCheck } from '../helpers/page-checks';

const width = 1280;
const desktopLocales = new Set(locales.filter((locale) => locale.code === 'en' || locale.dir === 'rtl').map((locale) => locale.code));
const everyLocale = process.env.ALL_PAGES === '1';
const paths = sweepPaths(
  htmlFiles()
    .map(({ path }) => path)
    .filter((path) => everyLocale || !locales.some((locale) => path.startsWith(`/${locale.code}/`)) || desktopLocales.has(path.split('/')[1]!)),
  { full: [] },
);

test.describe(`one page per template at ${width}px`, () => {
  test.use({ viewport: { width, height: 720 } });
  for (const group of pathGroups(paths)) {
    test(group.name, async ({ page, baseURL }) => {
      test.setTimeout(group.paths.length * 10_000);
      for (const path of group.paths) await test.step(path, () => visitAndCheck(page, path, baseURL!, width));
    });
  }
});
