// Section "lighthouse": Lighthouse's four category scores for a sample of pages in every built
// locale, mobile form factor with Lighthouse's default (simulated) throttling.
//
// Nothing leaves the machine: the pages come from a loopback server, Chromium resolves no host
// but 127.0.0.1 (see browser.mjs), and Lighthouse is run as a library, which makes no CrUX or
// PageSpeed Insights calls. The requests each run recorded are checked to prove it.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../lib/system-tools.mjs';
import { isLoopback, loopbackOnlyArgs } from './browser.mjs';
import { builtLocales } from './dist-files.mjs';
import { startServer } from './loopback-server.mjs';

const samplePaths = ['/', '/recognising-abuse/coercive-control/', '/find-support/', '/search/', '/get-help/cant-talk/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const score = (lhr, category) => {
  const value = lhr.categories[category]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : 'n/a';
};

/** URLs of requests a run made to anything but the local server (data: and blob: stay in the page). */
const offMachineRequests = (lhr) =>
  (lhr.audits['network-requests']?.details?.items ?? []).map((item) => item.url).filter((url) => /^https?:/.test(url) && !isLoopback(url));

export async function run({ distDir }) {
  const chromePath = findChromium();
  if (!chromePath) return cannotRun('no Chromium found');
  const server = await startServer(distDir);
  let chrome;
  try {
    chrome = await launch({ chromePath, chromeFlags: [...chromiumArgs, ...loopbackOnlyArgs, '--headless=new'], logLevel: 'silent' });
    const pages = [];
    for (const locale of builtLocales(distDir)) {
      for (const path of samplePaths) {
        const url = `${server.origin}/${locale}${path}`;
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
        pages.push({
          path: `/${locale}${path}`,
          scores: Object.fromEntries(categories.map((category) => [category, score(lhr, category)])),
          runtimeError: lhr.runtimeError?.message,
          offMachine: offMachineRequests(lhr),
        });
      }
    }
    const offMachine = pages.flatMap((page) => page.offMachine);
    const errors = pages.filter((page) => page.runtimeError).map((page) => `${page.path}: ${page.runtimeError}`);
    return {
      title: 'Lighthouse scores (0-100), mobile, default throttling',
      columns: ['page', ...categories],
      rows: pages.map((page) => [page.path, ...categories.map((category) => page.scores[category])]),
      notes: [`requests to anything but the local server: ${offMachine.length ? offMachine.join(', ') : 'none'}`, ...errors],
      results: { pages },
    };
  } catch (error) {
    return cannotRun(error.message.split('\n')[0]);
  } finally {
    chrome?.kill();
    await server.stop();
  }
}

function cannotRun(reason) {
  return { title: `could not run here: ${reason}`, columns: [], rows: [], results: { skipped: reason } };
}
