// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site-config';
import { contentGuard } from './src/integrations/content-guard';
import { searchIndex } from './src/integrations/search-index';
import { headersFileIntegration } from './src/integrations/headers-file';
import { earlyScriptFile } from './src/integrations/early-script-file';
import { outputGuard } from './src/integrations/output-guard';
import { printPdfGuard } from './src/integrations/print-pdf-guard';

export default defineConfig({
  site: siteConfig.siteUrl,
  // Another content folder (a test fixture) keeps its own content cache: entries cached from the
  // real content would otherwise meet the fixture's entries of the same id.
  ...(process.env.SITE_CONTENT_DIR ? { cacheDir: `${process.env.SITE_CONTENT_DIR}/.astro-cache` } : {}),
  publicDir: siteConfig.publicDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never fetch pages the visitor has not opened.
  prefetch: false,
  devToolbar: { enabled: false },
  // Scripts stay external files: the Content Security Policy allows no inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX compiler writes "use astro:head-inject" in every page module; the
          // warning is about Astro's code, and a site author can do nothing about it.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [contentGuard(siteConfig.contentDir), mdx(), sitemap({ filter: (page) => !/\/404\/$/.test(page) }), searchIndex(), headersFileIntegration(), earlyScriptFile(), outputGuard(), printPdfGuard()],
});
