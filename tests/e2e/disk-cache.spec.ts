import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../scripts/lib/system-tools.mjs';
import { fakeExitDestination } from '../helpers/exit-destination';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A real browser profile on disk, as on a shared phone: after a visit, a search and an exit,
 * the browser's cache must hold no page of the site, no search index file and no vocabulary.
 * Only the hashed styles and scripts under /_astro/ may stay (they say nothing about what was read).
 */
test('after a visit and an exit, the disk cache holds no page and no search file', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: chromiumArgs, baseURL });
  try {
    const destination = await fakeExitDestination(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/en/');
    await page.goto('/en/recognising-abuse/coercive-control/');
    await page.goto('/en/search/');
    await page.locator('[data-search-input]').fill('refuge');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL(destination.url);
  } finally {
    await context.close();
  }
  const origin = new URL(baseURL!).host;
  const urlsIn = (folder: string) =>
    filesUnder(profile)
      .filter((file) => file.includes(`${folder}`))
      .flatMap((file) => readFileSync(file).toString('latin1').match(new RegExp(`https?://${origin.replace('.', '\\.')}/[^\\s\\x00"]*`, 'g')) ?? []);
  const httpCache = urlsIn(join('Cache', 'Cache_Data'));
  // V8 keeps compiled scripts by URL (not their responses): scripts only, never a page or search data.
  const codeCache = urlsIn('Code Cache');
  rmSync(profile, { recursive: true, force: true });
  // The check itself must see the cache: the long-lived assets are there.
  expect(httpCache.some((url) => url.includes('/_astro/'))).toBe(true);
  expect([...new Set(httpCache.filter((url) => !url.includes('/_astro/')))]).toEqual([]);
  expect(codeCache.filter((url) => !url.endsWith('.js'))).toEqual([]);
});
