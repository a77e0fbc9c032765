import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

/** Every HTML file in dist/ as a URL path. */
export function htmlFiles(): { path: string; file: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.html') ? [full] : [];
    });
  return walk(distDir).map((file) => {
    const path = `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    return { path, file };
  });
}

export const exitDestination = siteConfig.quickExitUrl;
