// The gzipped weight of a built page: its HTML, and the HTML with the stylesheets and scripts it
// loads up front. Pure (reads files only) so the benchmark and a test can both use it.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB } from './stats.mjs';

/** Gzipped bytes; the HTML budget is about one TCP initial window (~14 KB). */
export const budgets = { html: 14 * KB, total: 30 * KB, js: 8 * KB };

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

const tagPattern = (name) => new RegExp(`<${name}\\b[^>]*>`, 'gi');

/** An attribute's value ('' when present without one), or undefined when absent. */
export function attribute(tag, name) {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>])`, 'i').exec(tag);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** The stylesheets and scripts an HTML document asks for, in document order. */
export function parseAssets(html) {
  const stylesheets = [...html.matchAll(tagPattern('link'))]
    .map(([tag]) => tag)
    .filter((tag) => (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((tag) => attribute(tag, 'href'))
    .filter(Boolean);
  const scripts = [...html.matchAll(tagPattern('script'))]
    .map(([tag]) => ({
      src: attribute(tag, 'src'),
      module: attribute(tag, 'type') === 'module',
      async: attribute(tag, 'async') !== undefined,
      defer: attribute(tag, 'defer') !== undefined,
    }))
    .filter((script) => script.src);
  return { stylesheets, scripts };
}

/** A classic script without async or defer stops the parser, and so the first paint. */
export const isRenderBlocking = (script) => !script.module && !script.async && !script.defer;

/**
 * Maps a URL found in a page or script to its file in distDir. Other origins are not part of the
 * build and cannot be weighed: they give undefined.
 */
export function assetFile(distDir, fromFile, url) {
  const base = new URL(`/${relative(distDir, fromFile).split(sep).join('/')}`, 'http://site.invalid');
  const resolved = new URL(url, base);
  return resolved.origin === base.origin ? join(distDir, decodeURIComponent(resolved.pathname)) : undefined;
}

/** A module script's static imports are fetched before it runs, so they count with it. */
const staticImport = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** A script file and every file it imports statically, each once (added to `seen`). */
export function withStaticImports(distDir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(staticImport)) {
    const imported = assetFile(distDir, file, specifier);
    if (imported) withStaticImports(distDir, imported, seen);
  }
  return seen;
}

/** The files behind a page's stylesheets and scripts (with their static imports), each once. */
export function loadedFiles(distDir, htmlFile) {
  const { stylesheets, scripts } = parseAssets(readFileSync(htmlFile, 'utf8'));
  const css = new Set(stylesheets.map((href) => assetFile(distDir, htmlFile, href)).filter(Boolean));
  const js = new Set();
  for (const { src } of scripts) {
    const file = assetFile(distDir, htmlFile, src);
    if (file) withStaticImports(distDir, file, js);
  }
  return { css: [...css], js: [...js] };
}

/** Gzipped bytes of the page's HTML, CSS and JS (each file compressed on its own, as served). */
export function pageWeight(distDir, htmlFile) {
  const { css, js } = loadedFiles(distDir, htmlFile);
  const sum = (files) => files.reduce((total, file) => total + gzipSize(readFileSync(file)), 0);
  const weight = { html: gzipSize(readFileSync(htmlFile)), css: sum(css), js: sum(js) };
  return { ...weight, total: weight.html + weight.css + weight.js };
}
