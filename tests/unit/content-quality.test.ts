/** The real content: plain English on survivor pages, and everyday search words on every page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/validate';
import { fleschKincaid, proseFromMdx } from '../../src/lib/readability';
import type { PageData } from '../../src/content/schemas';

const maxGrade = 9;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

const pages = mdxFiles('content/pages').map((file) => {
  const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'))!;
  return { file, data: parse(frontmatter) as PageData, body };
});
// Flesch-Kincaid is a formula for English; translations are checked against the English by read-back.
const survivorPages = pages.filter((page) => page.file.startsWith(join('content/pages', 'en')) && page.data.audiences.some((audience) => audience !== 'professional'));

describe('plain English', () => {
  it('finds the survivor pages', () => {
    expect(survivorPages.length).toBeGreaterThan(30);
  });

  it.each(survivorPages.map((page) => [page.file, page] as const))(`%s reads at grade ${maxGrade} or below`, (_, page) => {
    const report = fleschKincaid(`${page.data.summary} ${proseFromMdx(page.body)}`);
    expect(report.grade, `grade ${report.grade} over ${report.words} words`).toBeLessThanOrEqual(maxGrade);
  });
});

describe('everyday words for search', () => {
  it.each(pages.filter((page) => page.data.section !== 'home').map((page) => [page.file, page] as const))('%s lists the phrases people use', (_, page) => {
    expect(page.data.searchPhrases.length).toBeGreaterThanOrEqual(4);
  });
});
