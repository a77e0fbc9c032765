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
  "form-action 'self'",
  "frame-ancestors 'none'",
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

/** Hashed build assets never change; pages and the search index are checked on every visit. */
export const cacheRules = [
  { pattern: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable' },
  { pattern: '/*', cacheControl: 'no-cache' },
];

export function cacheControlFor(pathname) {
  return pathname.startsWith('/_astro/') ? cacheRules[0].cacheControl : cacheRules[1].cacheControl;
}

/** dist/_headers for Netlify and Cloudflare Pages. */
export function headersFile() {
  const lines = ['/*', ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`), ''];
  for (const rule of cacheRules) lines.push(rule.pattern, `  Cache-Control: ${rule.cacheControl}`, '');
  return lines.join('\n');
}
