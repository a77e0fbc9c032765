import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, urlPath } from '../../scripts/bench/dist-files.mjs';
import { siteConfig } from '../../src/site-config';

export const distDir = 'dist';

/** Every page URL path in the sitemap(s) of the built site. */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((file) => [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
  if (paths.length === 0) throw new Error('No pages found in dist/sitemap-*.xml: run the build first');
  return paths.sort();
}

/** The 404 pages, which are not in the sitemap. */
export function notFoundPaths(): string[] {
  return ['/404.html', ...readdirSync(distDir).filter((name) => statSync(join(distDir, name, '404', 'index.html'), { throwIfNoEntry: false })).map((name) => `/${name}/404/`)];
}

/** Every HTML page in dist/ (Pagefind's own files excluded) with the URL path it is served at. */
export function htmlFiles(): { path: string; file: string }[] {
  return htmlPages(distDir).map((file) => ({ path: urlPath(distDir, file), file }));
}

export const exitDestination = siteConfig.quickExitUrl;

/** The template a path is built from: its locale and shape, e.g. "pl /services/*\/". */
const templateOf = (path: string) => {
  const [, locale, ...rest] = path.split('/').filter((part, index) => index === 0 || part);
  return `${locale} ${rest.length > 1 ? `${rest.slice(0, -1).join('/')}/*` : rest.join('/')}`;
};

/** Pages generated one per service, area or printed item: the same template many times over. */
const generatedListing = /^\/[^/]+\/(services|find-support|print)\/[^/]+\/$/;

/**
 * The paths a browser sweep visits, so ten languages stay inside CI's time: every page of the
 * `full` locales; every content page of the `content` locales, with one page of each generated
 * listing; one page per template of every other locale. `npm run test:all-pages` (ALL_PAGES=1)
 * visits every page of every locale, as a release should.
 */
export function sweepPaths(paths: string[], { full, content = [] }: { full: readonly string[]; content?: readonly string[] }, everyLocale = process.env.ALL_PAGES === '1'): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const locale = path.split('/')[1] ?? '';
    if (everyLocale || full.includes(locale) || !/^[a-z]{2,3}(-[A-Za-z]{4})?$/.test(locale)) return true;
    if (content.includes(locale) && !generatedListing.test(path)) return true;
    const template = templateOf(path);
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}

/**
 * Paths in groups for one browser page each: a page reused from one path to the next loads and
 * runs axe about three times faster than a fresh one per path, which keeps ten languages inside
 * CI's time. Groups stay within one language, so a test's name says where to look.
 */
export function pathGroups(paths: readonly string[], size = 12): { name: string; paths: string[] }[] {
  const byLocale = new Map<string, string[]>();
  for (const path of paths) {
    const locale = /^\/([a-z]{2,3}(?:-[a-z]{4})?)\//.exec(path)?.[1] ?? 'site';
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), path]);
  }
  return [...byLocale].flatMap(([locale, group]) => {
    const count = Math.ceil(group.length / size);
    const even = Math.ceil(group.length / count);
    return Array.from({ length: count }, (_, index) => {
      const part = group.slice(index * even, (index + 1) * even);
      return { name: `${locale}${count > 1 ? ` ${index + 1} of ${count}` : ''}: ${part[0]}${part.length > 1 ? ` to ${part.at(-1)}` : ''}`, paths: part };
    });
  });
}
