// The HTTP headers every host must send. One source: the build writes dist/_headers from it,
// the local server sends it, and the nginx test checks nginx against it.

export const contentSecurityPolicy = [
  "default-src 'self'",
  // Pagefind's search runs WebAssembly; no inline or eval'd JavaScript is allowed.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  // No form on the site submits anywhere (search and the help-finder work in the page).
  "form-action 'none'",
  "frame-ancestors 'none'",
  // Trusted Types with no policy: no script can write HTML from a string (innerHTML and the
  // like), so even a bug in a script cannot turn text into markup. Scripts build nodes instead.
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};

/**
 * Caching. Hashed build assets under /_astro/ never change, so they are kept for a year. Nothing
 * else may stay on the device: pages, the search index and its vocabulary would show anyone who
 * looks in the browser's cache what was read, so they are sent `no-store` (`no-cache` still
 * stores them). A CDN may still keep them for five minutes (CDN-Cache-Control is read by CDNs,
 * never by browsers), so a changed phone number reaches people within minutes.
 */
export const longCache = 'public, max-age=31536000, immutable';
export const noStore = 'no-store';
export const cdnCache = 'public, max-age=300';

export function cachingFor(pathname) {
  return pathname.startsWith('/_astro/') ? { 'Cache-Control': longCache } : { 'Cache-Control': noStore, 'CDN-Cache-Control': cdnCache };
}

/**
 * dist/_headers for Netlify and Cloudflare Pages. Both apply every rule whose pattern matches,
 * and Cloudflare joins a header set by two rules with a comma, so no two caching rules may
 * match one URL: instead of a catch-all, each top-level entry of dist/ gets its own rule.
 * @param {string[]} topLevel names in dist/ (folders end with "/")
 */
export function headersFile(topLevel) {
  const lines = ['/*', ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`), ''];
  const patterns = ['/', ...topLevel.filter((name) => !name.startsWith('_')).sort().map((name) => (name.endsWith('/') ? `/${name}*` : `/${name}`)), '/_astro/*'];
  for (const pattern of patterns) {
    lines.push(pattern, ...Object.entries(cachingFor(pattern)).map(([name, value]) => `  ${name}: ${value}`), '');
  }
  return lines.join('\n');
}

/** The policy as a <meta> tag can carry it: frame-ancestors works only as a header. */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
