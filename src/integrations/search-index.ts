import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';

/**
 * Pages that are never search results: the search page itself (its A to Z would match every
 * topic's name), the "page not found" pages and the language chooser.
 */
export const notSearchable = (path: string) => path === 'index.html' || /(^|\/)(search|404)(\/index)?\.html$/.test(path);

/**
 * Pagefind files no page loads: the ready-made interfaces (the site has its own) and the worker
 * (search.ts runs Pagefind with noWorker). Removed so they are never served or cached.
 */
export const unusedPagefindFile = (name: string) => /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\b/.test(name);

/**
 * Index chunk size (bytes before compression). Pagefind's default (~50 KB, 26 KB gzipped) makes a
 * search for three ordinary words download three large chunks; small chunks mean a visitor's first
 * query fetches only the few words it needs. The variable is Pagefind's own, marked unstable: if a
 * later version drops it, the chunks grow back and `npm run bench:search` shows the first query's
 * bytes rising.
 */
const chunkSize = '2500';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL of each Pagefind result id (its fragment file's name), per locale (the URL's first segment). */
function fragmentUrls(pagefindDir: string): Map<string, Record<string, string>> {
  const byLocale = new Map<string, Record<string, string>>();
  const dir = join(pagefindDir, 'fragment');
  for (const name of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    // Pagefind prefixes its decompressed files with a signature before the JSON.
    const { url } = JSON.parse(bytes.subarray(bytes.indexOf('{')).toString('utf8')) as { url: string };
    const locale = url.split('/')[1]!;
    const ids = byLocale.get(locale) ?? {};
    ids[name.replace(/\.pf_fragment$/, '')] = url;
    byLocale.set(locale, ids);
  }
  return byLocale;
}

/**
 * Builds the Pagefind index once the pages are written: one index per language (from each
 * page's <html lang>), covering only the element marked data-pagefind-body. Then tells each
 * locale's search data (search-vocabulary.json) which page each result id is, so results show
 * the page's own title and summary without downloading Pagefind's excerpt fragments.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= chunkSize;
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of htmlFiles(site)) {
          const path = relative(site, file).split(sep).join('/');
          if (notSearchable(path)) continue;
          const added = await index.addHTMLFile({ sourcePath: path, content: readFileSync(file, 'utf8') });
          if (added.errors.length) throw new Error(`pagefind: ${path}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const outputPath = join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await close();
        for (const name of readdirSync(outputPath)) if (unusedPagefindFile(name)) rmSync(join(outputPath, name));
        for (const [locale, ids] of fragmentUrls(outputPath)) {
          const dataFile = join(site, locale, 'search-vocabulary.json');
          if (!existsSync(dataFile)) throw new Error(`search: ${locale} has pages in the index but no ${dataFile}`);
          const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { pages: { url: string }[]; ids?: Record<string, number> };
          const position = new Map(data.pages.map((page, i) => [page.url, i]));
          data.ids = {};
          for (const [id, url] of Object.entries(ids)) {
            const at = position.get(url);
            if (at === undefined) throw new Error(`search: ${url} is in the index but not in ${locale}'s search data`);
            data.ids[id] = at;
          }
          writeFileSync(dataFile, JSON.stringify(data));
        }
        logger.info(`indexed ${pages} pages`);
      },
    },
  };
}
