// Section "relevance": each locale's relevance set (tests/fixtures/search-relevance.json) typed
// into the built search page; prints the share found in the top three, the empty results and the
// misses. The same check, as a pass/fail test, is tests/e2e/search.spec.ts.
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { startServer } from './loopback-server.mjs';

const relevanceFile = 'tests/fixtures/search-relevance.json';

export async function run({ distDir }) {
  const relevance = JSON.parse(readFileSync(relevanceFile, 'utf8'));
  const server = await startServer(distDir);
  const browser = await launchBrowser();
  const rows = [];
  const notes = [];
  const results = {};
  try {
    for (const [locale, queries] of Object.entries(relevance)) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${locale}/search/`);
      const input = page.locator('[data-search-input]');
      let hits = 0;
      let empty = 0;
      for (const { query, expect } of queries) {
        await input.fill('');
        await page.waitForFunction(() => document.querySelector('[data-search-status]').textContent.trim() === '');
        await input.fill(query);
        await page.waitForFunction(() => document.querySelector('[data-search-status]').textContent.trim() !== '');
        const top = await page.locator('[data-search-results] li h2 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        if (!top.length) empty += 1;
        if (top.slice(0, 3).includes(expect)) hits += 1;
        else notes.push(`${locale} miss: "${query}" -> ${top.slice(0, 3).join(' ') || '(nothing)'} (wanted ${expect})`);
      }
      await page.close();
      rows.push([locale, String(queries.length), `${((100 * hits) / queries.length).toFixed(1)} %`, String(empty), '>= 90 %, 0 empty', hits / queries.length >= 0.9 && empty === 0 ? 'met' : 'MISSED']);
      results[locale] = { queries: queries.length, hits, empty };
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { title: `search relevance, ${relevanceFile}`, columns: ['locale', 'queries', 'top 3', 'empty', 'goal', ''], rows, notes, results };
}
