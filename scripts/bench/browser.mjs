// Headless Chromium for the benchmarks, held to loopback: every host name or address other than
// 127.0.0.1 resolves to nothing, so a mistake fails in the browser instead of reaching the network.
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/system-tools.mjs';

/** Applies to IP literals too (127.0.0.2 fails), so only the local server can be reached. */
export const loopbackOnlyArgs = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export const isLoopback = (url) => new URL(url).hostname === '127.0.0.1';

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: install Debian\'s chromium or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: [...chromiumArgs, ...loopbackOnlyArgs] });
}
