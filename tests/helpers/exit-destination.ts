import type { BrowserContext, Request } from '@playwright/test';
import { exitDestination } from './built-site';

/**
 * Stands in for the neutral exit destination, so tests never leave this machine, and records
 * every request made to it (to check the Referer header).
 */
export async function fakeExitDestination(context: BrowserContext, options: { delayMs?: number } = {}) {
  const requests: Request[] = [];
  const origin = new URL(exitDestination).origin;
  await context.route(`${origin}/**`, async (route) => {
    requests.push(route.request());
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
  });
  return { requests, url: exitDestination };
}
