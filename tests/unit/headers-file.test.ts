import { describe, expect, it } from 'vitest';
import { cachingFor, headersFile, longCache, noStore, securityHeaders } from '../../deploy/security-headers.mjs';

/** Reads a _headers file as Netlify and Cloudflare Pages do: every matching rule applies. */
function rules(file: string) {
  return file
    .trim()
    .split(/\n\n+/)
    .map((block) => {
      const [pattern, ...lines] = block.split('\n');
      return { pattern: pattern!, headers: lines.map((line) => line.trim().split(/: (.*)/s).slice(0, 2) as [string, string]) };
    });
}

const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/** Every value of a header for a path, as Cloudflare would join them. */
function valuesFor(file: string, path: string, name: string): string[] {
  return rules(file)
    .filter((rule) => matches(rule.pattern, path))
    .flatMap((rule) => rule.headers.filter(([header]) => header === name).map(([, value]) => value));
}

const topLevel = ['_astro/', 'en/', 'pagefind/', '404.html', 'favicon.svg', 'index.html', 'robots.txt', 'sitemap-0.xml', '_headers'];
const file = headersFile(topLevel);

describe('dist/_headers', () => {
  it.each([
    ['/_astro/BaseLayout.abc.css', longCache],
    ['/', noStore],
    ['/en/get-help/', noStore],
    ['/en/search-vocabulary.json', noStore],
    ['/pagefind/pagefind.en_1234.pf_meta', noStore],
    ['/pagefind/fragment/en_ab12.pf_fragment', noStore],
    ['/404.html', noStore],
  ])('gives %s exactly one Cache-Control: %s', (path, expected) => {
    expect(valuesFor(file, path, 'Cache-Control')).toEqual([expected]);
  });

  it('sends every security header once on every path', () => {
    for (const path of ['/', '/_astro/x.js', '/en/', '/pagefind/pagefind.js']) {
      for (const [name, value] of Object.entries(securityHeaders)) expect(valuesFor(file, path, name), `${name} on ${path}`).toEqual([value]);
    }
  });

  it('never stores pages in the browser, but lets a CDN keep them briefly', () => {
    expect(cachingFor('/en/')).toEqual({ 'Cache-Control': 'no-store', 'CDN-Cache-Control': 'public, max-age=300' });
    expect(cachingFor('/_astro/a.js')).toEqual({ 'Cache-Control': longCache });
  });
});
