import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFiles } from '../helpers/built-site';

/**
 * Nothing is published that no page loads: every file in dist/ other than the pages themselves
 * is named by some page, stylesheet or script, or is one of the files hosts and Pagefind read on their own.
 */
/** Read by hosts and crawlers, not by pages. */
const hostFiles = new Set(['_headers', 'robots.txt', 'sitemap-index.xml', '404.html']);
/** Pagefind's index, which pagefind.js fetches as a query needs it. */
const searchIndexData = /^pagefind\/(pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/.+)$/;

test('every published file is loaded by a page or read by the host', () => {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(distDir.length + 1));
  const named = new Set<string>();
  const texts = [...htmlFiles().map(({ file }) => readFileSync(file, 'utf8')), ...files.filter((file) => /\.(css|xml)$/.test(file)).map((file) => readFileSync(join(distDir, file), 'utf8'))];
  for (const text of texts) {
    // Any site path in an attribute, a CSS url() or a sitemap entry.
    for (const [, path] of text.matchAll(/(?:="|url\(|<loc>https?:\/\/[^/<]+)(\/[^"')<\s]*)/g)) named.add(path!.slice(1));
  }
  // Chunks that module scripts import from beside themselves.
  for (const script of files.filter((file) => /^_astro\/.+\.js$/.test(file))) {
    for (const [, chunk] of readFileSync(join(distDir, script), 'utf8').matchAll(/["']\.\/([\w.-]+\.js)["']/g)) named.add(`_astro/${chunk}`);
  }
  const unused = files.filter((file) => !file.endsWith('.html') && !hostFiles.has(file) && !searchIndexData.test(file) && !named.has(file));
  expect(unused).toEqual([]);
});
