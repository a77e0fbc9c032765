/** Reads the built HTML: every internal link and anchor resolves, every tel: link is a service's number. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { distDir, htmlFiles } from '../helpers/built-site';

const pages = htmlFiles();
const html = new Map(pages.map(({ path, file }) => [path, readFileSync(file, 'utf8')]));
const idsIn = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
const hrefsIn = (source: string) => [...source.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

function resolves(pathname: string): boolean {
  if (html.has(pathname)) return true;
  return existsSync(join(distDir, pathname)) && !pathname.endsWith('/');
}

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const [path, source] of html) {
    for (const href of hrefsIn(source)) {
      if (/^(https?:|mailto:|tel:|sms:)/.test(href)) continue;
      const url = new URL(href, `http://site${path}`);
      if (!resolves(url.pathname)) broken.push(`${path} -> ${href}`);
      else if (url.hash && html.has(url.pathname) && !idsIn(html.get(url.pathname)!).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${path} -> ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('every tel: link is well formed and is a number from the services collection', () => {
  const serviceNumbers = new Set(
    readdirSync('content/services').flatMap((file) => {
      const service = parse(readFileSync(join('content/services', file), 'utf8')) as { contacts?: { kind: string; value: string }[] };
      return (service.contacts ?? []).filter((contact) => contact.kind === 'phone').map((contact) => contact.value);
    }),
  );
  const telLinks = [...html.values()].flatMap((source) => hrefsIn(source).filter((href) => href.startsWith('tel:')));
  expect(telLinks.length).toBeGreaterThan(0);
  const problems = telLinks.filter((href) => !/^tel:(\+44\d{7,10}|999|101|116123|18000|18001101)$/.test(href) || !serviceNumbers.has(href.slice(4)));
  expect([...new Set(problems)]).toEqual([]);
});
