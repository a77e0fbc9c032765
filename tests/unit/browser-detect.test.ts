import { describe, expect, it } from 'vitest';
import { detectBrowser } from '../../src/lib/browser-detect';

// Real user-agent strings, as each browser sends them.
const userAgents = {
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  chromeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  samsung: 'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  edgeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  edgeAndroid: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  firefoxIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  safariIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  operaWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0',
  unknown: 'Lynx/2.9.0 libwww-FM/2.14',
};

describe('detectBrowser', () => {
  it.each([
    ['chromeAndroid', 'chrome'],
    ['chromeWindows', 'chrome'],
    ['chromeIphone', 'chrome'],
    ['samsung', 'samsung'],
    ['edgeWindows', 'edge'],
    ['edgeAndroid', 'edge'],
    ['firefoxWindows', 'firefox'],
    ['firefoxIphone', 'firefox'],
    ['safariIphone', 'safari-ios'],
    ['safariMac', 'safari-mac'],
  ] as const)('%s is %s', (name, expected) => {
    expect(detectBrowser(userAgents[name])).toBe(expected);
  });

  it('an iPad asking for desktop pages is Safari on iPad, not on a Mac', () => {
    expect(detectBrowser(userAgents.safariMac, 5)).toBe('safari-ios');
  });

  it('offers nothing for a browser it has no steps for, even one that names Chrome', () => {
    expect(detectBrowser(userAgents.unknown)).toBeUndefined();
    expect(detectBrowser(userAgents.operaWindows)).toBeUndefined();
  });
});
