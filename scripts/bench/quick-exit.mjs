// Section "exit": how fast the quick-exit control hides the page and asks for the neutral site,
// by click and by Shift pressed three times, in headless Chromium on the built site.
//
// How it is timed, and why it is honest:
// - Start: the input event's own timeStamp (the third Shift keyup, or the click), recorded by a
//   capture listener that an init script adds before any page script. timeStamp is when the
//   browser created the event, so queueing before the page's handler runs is counted too.
// - Hidden: a MutationObserver on data-quick-exit-active notes performance.now() once the
//   attribute is set and body computes to display: none (after the handler's task, so that
//   task is counted in full).
// - Navigation requested: the browser's own start time for the request (Playwright's
//   request.timing().startTime, the wall clock of Chromium's network stack). The page's times
//   are put on the same wall clock with performance.timeOrigin; both come from this machine's
//   clock, so the two agree to well under a millisecond. Timing the route handler in Node
//   instead would add the DevTools round trip to every figure.
// The destination is answered by page.route with a tiny local page; the handler first reads
// the page's marks, which is possible because the old document lives until the response.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startServer } from './loopback-server.mjs';
import { gzipSize, isRenderBlocking, loadedFiles, parseAssets } from './page-weight.mjs';
import { goalMark, kb, KB, median, ms, quantile } from './stats.mjs';

const startPath = '/en/get-help/';
const runsPerMethod = 20;
const goals = { hiddenMs: 16, requestedMs: 50, scriptBytes: 2 * KB };

function recordMarks() {
  const marks = { inputs: [], hidden: undefined, timeOrigin: performance.timeOrigin };
  window.__quickExitBench = marks;
  const record = (event) => {
    if (event.isTrusted) marks.inputs.push(event.timeStamp);
  };
  addEventListener('click', record, true);
  addEventListener('keyup', (event) => event.key === 'Shift' && record(event), true);
  // documentElement does not exist yet when init scripts run: watch the whole document.
  new MutationObserver(() => {
    const root = document.documentElement;
    if (marks.hidden !== undefined || !root.hasAttribute('data-quick-exit-active')) return;
    if (getComputedStyle(document.body).display === 'none') marks.hidden = performance.now();
  }).observe(document, { attributes: true, attributeFilter: ['data-quick-exit-active'], subtree: true });
}

const activations = {
  click: (page) => page.locator('a[data-quick-exit]').click(),
  'Shift x3': async (page) => {
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  },
};

/** One exit from a fresh page: milliseconds from the input to hidden and to the request. */
async function exitOnce(context, origin, destination, activate) {
  const page = await context.newPage();
  try {
    let arrived;
    const navigation = new Promise((resolve) => (arrived = resolve));
    await page.route(`${new URL(destination).origin}/**`, async (route) => {
      // Anything else the destination might ask for (an icon) is answered, not timed.
      if (!route.request().isNavigationRequest()) return route.fulfill({ status: 404, body: '' });
      const marks = await page.evaluate(() => window.__quickExitBench);
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' });
      arrived({ marks, request: route.request() });
    });
    await page.goto(`${origin}${startPath}`);
    await page.locator('html[data-quick-exit-ready]').waitFor({ state: 'attached' });
    await activate(page);
    const { marks, request } = await navigation;
    await request.response();
    const input = marks.inputs.at(-1);
    return {
      hidden: marks.hidden - input,
      requested: request.timing().startTime - (marks.timeOrigin + input),
    };
  } finally {
    await page.close();
  }
}

function quickExitScript(distDir) {
  const htmlFile = join(distDir, startPath, 'index.html');
  const { scripts } = parseAssets(readFileSync(htmlFile, 'utf8'));
  const files = loadedFiles(distDir, htmlFile).js;
  const index = files.findIndex((file) => readFileSync(file, 'utf8').includes('data-quick-exit-active'));
  if (index === -1) throw new Error(`no script on ${startPath} sets data-quick-exit-active`);
  const tag = scripts.find((script) => files[index].endsWith(script.src.split('/').pop()));
  return { file: files[index], bytes: gzipSize(readFileSync(files[index])), blocking: tag ? isRenderBlocking(tag) : false, module: tag?.module };
}

export async function run({ distDir }) {
  const destination = /<a\b[^>]*\bdata-quick-exit\b[^>]*>/.exec(readFileSync(join(distDir, startPath, 'index.html'), 'utf8'))?.[0].match(/href="([^"]+)"/)?.[1];
  if (!destination) throw new Error(`no a[data-quick-exit] with an href on ${startPath}`);
  const script = quickExitScript(distDir);
  const server = await startServer(distDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await context.addInitScript(recordMarks);
    const timings = {};
    for (const [method, activate] of Object.entries(activations)) {
      timings[method] = [];
      for (let runIndex = 0; runIndex < runsPerMethod; runIndex++) timings[method].push(await exitOnce(context, server.origin, destination, activate));
    }
    const rows = Object.entries(timings).flatMap(([method, runs]) =>
      [
        ['hidden', runs.map((run) => run.hidden), goals.hiddenMs],
        ['navigation requested', runs.map((run) => run.requested), goals.requestedMs],
      ].map(([what, values, goal]) => [`${method}: ${what}`, ms(median(values)), ms(quantile(values, 0.9)), ms(Math.max(...values)), `<= ${goal} ms`, goalMark(median(values) <= goal)]),
    );
    rows.push(['quick-exit script, gzip -9', kb(script.bytes), '', '', `<= ${kb(goals.scriptBytes)}`, goalMark(script.bytes <= goals.scriptBytes)]);
    return {
      title: `quick exit on ${startPath}, ${runsPerMethod} runs per method, from the input event`,
      columns: ['measure', 'median', 'p90', 'max', 'goal', ''],
      rows,
      notes: [
        `script ${script.file}: ${script.blocking ? 'render-blocking' : `not render-blocking (${script.module ? 'type=module, deferred' : 'async or defer'})`}; destination ${destination} answered locally`,
      ],
      results: { goals, destination, runsPerMethod, timings, script },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
