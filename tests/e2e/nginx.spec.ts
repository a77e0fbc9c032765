/** The nginx configuration, tested on a real nginx serving dist/. */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { cachingFor, securityHeaders } from '../../deploy/security-headers.mjs';
import { locales } from '../../src/i18n/locales';
import { htmlFiles, sweepPaths } from '../helpers/built-site';
import { startNginx } from '../helpers/nginx';

const port = Number(process.env.TEST_PORT ?? 4399) - 1;
const origin = `http://127.0.0.1:${port}`;
let nginx: Awaited<ReturnType<typeof startNginx>>;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  nginx = await startNginx(port);
});
test.afterAll(async () => {
  await nginx?.stop();
});

test('sends every security header on pages, assets and errors', async () => {
  const asset = readdirSync('dist/_astro')[0];
  for (const path of ['/en/', `/_astro/${asset}`, '/en/no-such-page/']) {
    const response = await fetch(`${origin}${path}`);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    expect(response.headers.get('server')).toBe('nginx');
  }
});

test('caches hashed assets for a year and lets nothing else stay in the browser', async () => {
  const asset = readdirSync('dist/_astro')[0];
  const pagefindFile = readdirSync('dist/pagefind').find((name) => name.endsWith('.js'));
  for (const path of [`/_astro/${asset}`, '/en/', '/en/search/', '/en/search-vocabulary.json', `/pagefind/${pagefindFile}`, '/en/no-such-page/']) {
    const headers = (await fetch(`${origin}${path}`)).headers;
    const caching = cachingFor(path);
    expect(headers.get('cache-control'), path).toBe(caching['Cache-Control']);
    expect(headers.get('cdn-cache-control'), path).toBe(caching['CDN-Cache-Control'] ?? null);
  }
  expect(cachingFor('/en/')['Cache-Control']).toBe('no-store');
});

test('serves directory indexes and redirects a missing slash on the same host', async () => {
  const page = await fetch(`${origin}/en/get-help/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  const redirect = await fetch(`${origin}/en/get-help`, { redirect: 'manual' });
  expect(redirect.status).toBe(301);
  expect(redirect.headers.get('location')).toBe('/en/get-help/');
});

for (const locale of locales) {
  test(`answers a missing page under /${locale.code}/ with 404 and the ${locale.endonym} not-found page`, async () => {
    const response = await fetch(`${origin}/${locale.code}/no-such-page/`);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain(`lang="${locale.tag}"`);
    expect(body).toContain('data-quick-exit');
  });
}

test('answers a missing page outside any language with 404 and the default not-found page', async () => {
  const response = await fetch(`${origin}/no-such-page`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('data-quick-exit');
});

test('no page breaks the Content Security Policy, and search works under it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  // Every English page and one page per template of each other language: the policy is one header, so a page breaks it only through its markup.
  for (const path of sweepPaths(htmlFiles().map((file) => file.path), { full: ['en'] })) {
    await page.goto(`${origin}${path}`);
    const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
    problems.push(...violations.map((violation) => `${path}: ${violation}`));
  }
  await page.goto(`${origin}/en/search/`);
  await page.locator('[data-search-input]').fill('refuge');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(problems).toEqual([]);
});
