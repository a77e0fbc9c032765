// What a build produced: its HTML pages, locales and sizes on disk.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Every HTML page of the site; Pagefind's own UI files are not pages. */
export function htmlPages(distDir) {
  return walk(distDir).filter((file) => file.endsWith('.html') && !relative(distDir, file).startsWith(`pagefind${sep}`));
}

/** The URL path a built HTML file is served at. */
export function urlPath(distDir, file) {
  return `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

export const directorySize = (dir) => walk(dir).reduce((total, file) => total + statSync(file).size, 0);

/** A locale is a top-level folder with its own home page and 404 page. */
export function builtLocales(distDir) {
  return readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(distDir, entry.name, 'index.html')) && existsSync(join(distDir, entry.name, '404')))
    .map((entry) => entry.name);
}
