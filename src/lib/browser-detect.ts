/**
 * Which browser's history steps to offer first on "Staying safe online". Read from the user-agent
 * string in the page only: nothing is stored or sent. Order matters, because most browsers also
 * name Chrome and Safari in their user-agent string.
 */
export const browserKeys = ['samsung', 'edge', 'firefox', 'chrome', 'safari-ios', 'safari-mac'] as const;
export type BrowserKey = (typeof browserKeys)[number];

export function detectBrowser(userAgent: string, maxTouchPoints = 0): BrowserKey | undefined {
  if (/SamsungBrowser\//.test(userAgent)) return 'samsung';
  if (/\bEdg(?:e|A|iOS)?\//.test(userAgent)) return 'edge';
  // Other browsers built on Chrome's engine have their own menus: better no steps than wrong ones.
  if (/\b(?:OPR|Opera|YaBrowser|UCBrowser|MiuiBrowser|HuaweiBrowser|Vivaldi|DuckDuckGo)\b/.test(userAgent)) return undefined;
  if (/\b(?:Firefox|FxiOS)\//.test(userAgent)) return 'firefox';
  if (/\b(?:Chrome|CriOS)\//.test(userAgent)) return 'chrome';
  // iPadOS asks for desktop pages and says "Macintosh"; only touch tells it apart from a Mac.
  const isIos = /\b(?:iPhone|iPad|iPod)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1);
  if (/\bSafari\//.test(userAgent)) return isIos ? 'safari-ios' : /\bMacintosh\b/.test(userAgent) ? 'safari-mac' : undefined;
  return undefined;
}
