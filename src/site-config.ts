/**
 * Settings a council would change when deploying. Read by astro.config.mjs and the layouts.
 */
export const siteConfig = {
  /** Public origin used for canonical links and the sitemap. */
  siteUrl: process.env.SITE_URL ?? 'https://domestic-abuse-help.leicestershire.example',
  /**
   * Where the quick-exit control sends people: a neutral page that reveals nothing.
   * Change it here only; every page and script reads it from this setting.
   */
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  /** Content root (tests point this at fixtures to prove bad content stops the build). */
  contentDir: process.env.SITE_CONTENT_DIR ?? 'content',
  /** Files copied as they are, PDFs from `npm run print:pdf` among them; a fixture has its own (none), so no PDF of the real site meets its pages. */
  publicDir: process.env.SITE_CONTENT_DIR ? `${process.env.SITE_CONTENT_DIR}/public` : 'public',
} as const;
