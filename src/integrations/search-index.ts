import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index once the pages are written: one index per language (from each
 * page's <html lang>), covering only the element marked data-pagefind-body.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await close();
        // Pagefind also writes its ready-made interfaces and a worker; the site loads neither
        // (it has its own results list and runs Pagefind on the main thread), so they are not published.
        const unused = (await readdir(`${site}/pagefind`)).filter((name) => /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(name));
        await Promise.all(unused.map((name) => rm(`${site}/pagefind/${name}`)));
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
