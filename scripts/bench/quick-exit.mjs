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
// The page hands its marks over through an exposed binding as soon as it is hidden (evaluate
// would wait for the pending navigation), and the destination is answered by page.route with a
// tiny local page only once the marks have arrived.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startServer } from './loopback-server.mjs';
import { assetFile, attribute, gzipSize, isRenderBlocking, parseAssets, withStaticImports } from './page-weight.mjs';
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
    if (getComputedStyle(document.body).display !== 'none') return;
    marks.hidden = performance.now();
    window.__quickExitReport(marks);
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
    let reported;
    const marksArrived = new Promise((resolve) => (reported = resolve));
    await page.exposeBinding('__quickExitReport', (_source, marks) => reported(marks));
    let requested;
    const navigationAnswered = new Promise((resolve) => (requested = resolve));
    await page.route(`${new URL(destination).origin}/**`, async (route) => {
      // Anything else the destination might ask for (an icon) is answered, not timed.
      if (!route.request().isNavigationRequest()) return route.fulfill({ status: 404, body: '' });
      await marksArrived;
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' });
      requested(route.request());
    });
    await page.goto(`${origin}${startPath}`);
    await page.locator('html[data-quick-exit-ready]').waitFor({ state: 'attached' });
    await activate(page);
    const [marks, request] = await Promise.all([marksArrived, navigationAnswered]);
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

/** The page's script that sets data-quick-exit-active: its gzipped size (with its static imports) and how it loads. */
function quickExitScript(distDir, htmlFile, html) {
  const tag = parseAssets(html).scripts.find(({ src }) => readFileSync(assetFile(distDir, htmlFile, src), 'utf8').includes('data-quick-exit-active'));
  if (!tag) throw new Error(`no script on ${startPath} sets data-quick-exit-active`);
  const files = [...withStaticImports(distDir, assetFile(distDir, htmlFile, tag.src))];
  return { src: tag.src, bytes: files.reduce((total, file) => total + gzipSize(readFileSync(file)), 0), module: tag.module, blocking: isRenderBlocking(tag) };
}

/** The quick-exit control's href: where the page really sends people. */
function exitDestination(html) {
  const control = [...html.matchAll(/<a\b[^>]*>/gi)].map(([tag]) => tag).find((tag) => attribute(tag, 'data-quick-exit') !== undefined);
  const href = control && attribute(control, 'href');
  if (!href) throw new Error(`no a[data-quick-exit] with an href on ${startPath}`);
  return href;
}

export async function run({ distDir }) {
  const htmlFile = join(distDir, startPath, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const destination = exitDestination(html);
  const script = quickExitScript(distDir, htmlFile, html);
  const server = await startServer(distDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await context.addInitScript(recordMarks);
    const elsewhere = [];
    context.on('request', (request) => {
      const { origin: requestOrigin } = new URL(request.url());
      if (requestOrigin !== server.origin && requestOrigin !== new URL(destination).origin) elsewhere.push(request.url());
    });
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
        `quick-exit script ${script.src}: ${script.blocking ? 'render-blocking' : `not render-blocking (${script.module ? 'type=module, deferred' : 'async or defer'})`}`,
        `destination ${destination} (from a[data-quick-exit]) answered by page.route; other requests: ${elsewhere.length ? elsewhere.join(', ') : 'none'}`,
      ],
      results: { goals, destination, runsPerMethod, timings, script },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
