// Section "search": how long results take to appear after the last keystroke on /en/search/,
// and how many bytes the first query costs a fresh visitor.
//
// Timed inside the page, so Playwright's round trips are not counted: an init script notes the
// timeStamp of every 'input' event, and a MutationObserver notes performance.now() when
// [data-search-results] has changed after that input and [data-search-status] has text (the
// script fills both in the same task). Each query is typed but for its last character, left to
// settle, then the last character is typed: the figure is that one keystroke's wait.
// Bytes are the encoded body sizes in the Resource Timing entries for /pagefind/ and
// search-vocabulary.json that ended by the moment the first results appeared. Pagefind fetches
// its index from a web worker, whose entries live in the worker's own timeline: both timelines
// are read and put on one clock with each one's performance.timeOrigin.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startServer } from './loopback-server.mjs';
import { gzipSize } from './page-weight.mjs';
import { goalMark, kb, KB, median, ms, quantile } from './stats.mjs';

const locale = 'en';
const relevanceFile = 'tests/fixtures/search-relevance.json';
const goals = { latencyMs: 300, firstQueryBytes: 150 * KB };

function recordMarks() {
  const marks = { input: undefined, shown: undefined };
  window.__searchBench = marks;
  addEventListener(
    'input',
    (event) => {
      marks.input = { time: event.timeStamp, value: event.target.value };
      marks.shown = undefined;
    },
    true,
  );
  new MutationObserver((records) => {
    const results = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]');
    if (!marks.input || marks.shown || !results || !status?.textContent.trim()) return;
    if (!records.some((record) => results.contains(record.target))) return;
    marks.shown = { time: performance.now(), value: marks.input.value };
  }).observe(document, { childList: true, characterData: true, subtree: true });
}

/** Waits until results for what is in the box now have been shown; returns the marks. */
async function resultsShown(page) {
  const handle = await page.waitForFunction(() => {
    const { input, shown } = window.__searchBench;
    return shown?.value === document.querySelector('[data-search-input]').value && { input, shown };
  });
  return handle.jsonValue();
}

const waitMs = ({ input, shown }) => shown.time - input.time;

const searchFile = (url) => /\/pagefind\/|\/search-vocabulary\.json$/.test(new URL(url).pathname);

/** Bytes of the search files that had arrived, in the page or its workers, by an absolute time. */
async function searchBytesUntil(page, until) {
  const timelines = await Promise.all(
    [page, ...page.workers()].map((target) =>
      target.evaluate(() => ({
        timeOrigin: performance.timeOrigin,
        entries: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize, end: entry.responseEnd })),
      })),
    ),
  );
  const arrived = timelines.flatMap(({ timeOrigin, entries }) => entries.filter((entry) => searchFile(entry.url) && timeOrigin + entry.end <= until));
  const byKind = {};
  for (const entry of arrived) {
    const kind = fileKind(new URL(entry.url).pathname);
    byKind[kind] = (byKind[kind] ?? 0) + entry.bytes;
  }
  return { bytes: arrived.reduce((total, entry) => total + entry.bytes, 0), byKind, paths: arrived.map((entry) => new URL(entry.url).pathname) };
}

/** What a search file is for, so the first query's bytes can be explained. */
function fileKind(path) {
  if (path.includes('/pagefind/index/')) return 'index chunks';
  if (path.includes('/pagefind/fragment/')) return 'excerpts';
  if (path.endsWith('search-vocabulary.json')) return 'search data (spelling, synonyms, page titles)';
  return 'search engine (script, wasm, metadata)';
}

/** The same files as a host that gzips would send them (Pagefind's .pf_* files are gzip already). */
const gzippedBytes = (distDir, paths) => paths.reduce((total, path) => total + Math.min(gzipSize(readFileSync(join(distDir, path))), statSync(join(distDir, path)).size), 0);

async function clear(page, input) {
  await input.fill('');
  await page.waitForFunction(() => document.querySelector('[data-search-status]').textContent.trim() === '');
}

export async function run({ distDir }) {
  const queries = JSON.parse(readFileSync(relevanceFile, 'utf8'))[locale].map((entry) => entry.query);
  const server = await startServer(distDir);
  const browser = await launchBrowser();
  try {
    // A fresh context: nothing cached, so the first query pays for the whole index it needs.
    const context = await browser.newContext();
    await context.addInitScript(recordMarks);
    const page = await context.newPage();
    await page.goto(`${server.origin}/${locale}/search/`);
    const input = page.locator('[data-search-input]');
    await input.click();
    await page.keyboard.type(queries[0]);
    const first = await resultsShown(page);
    const coldMs = waitMs(first);
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const firstQuery = await searchBytesUntil(page, pageOrigin + first.shown.time);
    firstQuery.gzipped = gzippedBytes(distDir, firstQuery.paths);
    firstQuery.gzippedByKind = {};
    for (const path of firstQuery.paths) firstQuery.gzippedByKind[fileKind(path)] = (firstQuery.gzippedByKind[fileKind(path)] ?? 0) + gzippedBytes(distDir, [path]);

    const latencies = [];
    for (const query of queries) {
      await clear(page, input);
      await page.keyboard.type(query.slice(0, -1));
      await resultsShown(page);
      await page.keyboard.type(query.slice(-1));
      latencies.push(waitMs(await resultsShown(page)));
    }
    const typical = median(latencies);
    return {
      title: `search on /${locale}/search/, ${queries.length} queries from ${relevanceFile}`,
      columns: ['measure', 'value', 'p90', 'max', 'goal', ''],
      rows: [
        [`results after last keystroke (median of ${latencies.length})`, ms(typical), ms(quantile(latencies, 0.9)), ms(Math.max(...latencies)), `<= ${goals.latencyMs} ms`, goalMark(typical <= goals.latencyMs)],
        ['first query, fresh page (loads the index)', ms(coldMs), '', '', '', ''],
        [`bytes for the first query (${firstQuery.paths.length} requests)`, kb(firstQuery.bytes), '', '', `< ${kb(goals.firstQueryBytes)}`, goalMark(firstQuery.bytes < goals.firstQueryBytes)],
        ['  the same, from a host that gzips', kb(firstQuery.gzipped), '', '', `< ${kb(goals.firstQueryBytes)}`, goalMark(firstQuery.gzipped < goals.firstQueryBytes)],
      ],
      notes: [
        `first query "${queries[0]}" typed key by key; bytes are response bodies as the local server sends them (it does not compress)`,
        `first query's bytes by kind: ${Object.entries(firstQuery.byKind).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}`,
        `the same by kind, gzipped: ${Object.entries(firstQuery.gzippedByKind).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}`,
      ],
      results: { goals, queries: queries.length, latencies, coldMs, firstQuery },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
