/** The weighing behind the size-budget test and the bench: what a page loads up front, and how. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, isRenderBlocking, loadedFiles, pageWeight, parseAssets } from '../../scripts/bench/page-weight.mjs';

function builtSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = `<!doctype html><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/icon.svg">
<script type="module" src="/_astro/exit.js"></script><script src="https://cdn.example/x.js" async></script><p>Hello</p>`;

describe('page weight', () => {
  it('finds stylesheets and scripts, not other links', () => {
    expect(parseAssets(page)).toEqual({
      stylesheets: ['/_astro/site.css'],
      scripts: [
        { src: '/_astro/exit.js', module: true, async: false, defer: false },
        { src: 'https://cdn.example/x.js', module: false, async: true, defer: false },
      ],
    });
  });

  it('only a classic script without async or defer blocks the first paint', () => {
    expect(isRenderBlocking({ src: 'a.js', module: false, async: false, defer: false })).toBe(true);
    expect(isRenderBlocking({ src: 'a.js', module: true, async: false, defer: false })).toBe(false);
    expect(isRenderBlocking({ src: 'a.js', module: false, async: false, defer: true })).toBe(false);
  });

  it("counts a module's static imports once, and leaves other origins out", () => {
    const root = builtSite({
      'en/index.html': page,
      '_astro/site.css': 'body{margin:0}',
      '_astro/exit.js': 'import "./shared.js";import{a}from"./shared.js";a();',
      '_astro/shared.js': 'export const a=()=>1;',
    });
    expect(loadedFiles(root, join(root, 'en/index.html'))).toEqual({
      css: [join(root, '_astro/site.css')],
      js: [join(root, '_astro/exit.js'), join(root, '_astro/shared.js')],
    });
    const weight = pageWeight(root, join(root, 'en/index.html'));
    expect(weight.js).toBe(gzipSize('import "./shared.js";import{a}from"./shared.js";a();') + gzipSize('export const a=()=>1;'));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
  });
});
