/**
 * Easy Read style, checked mechanically over content/pages/en/easy-read/*.mdx: every point is an
 * <EasyPoint> with exactly one picture the site draws, every sentence is under 15 words, and each
 * page reads at Flesch-Kincaid grade 5 or below and is short enough to read in a few minutes.
 * (The text size is checked in the browser: tests/e2e/easy-read.spec.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/validate';
import { fleschKincaid, proseFromMdx } from '../../src/lib/readability';
import { isEasyPicture } from '../../src/lib/easy-read-pictures';
import type { PageData } from '../../src/content/schemas';

const dir = 'content/pages/en/easy-read';
export const easyRead = { maxWordsPerSentence: 14, maxGrade: 5, maxWordsPerPage: 350, maxSentencesPerPoint: 3 };

/** What a reader sees of a node: its words, with a phone number read as one word. */
function visibleText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Phone') return '999';
  if ('children' in node) return node.children.map((child) => visibleText(child as Nodes)).join(node.type === 'mdxJsxFlowElement' ? ' ' : '');
  return '';
}

export const sentencesOf = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => /[\p{L}\d]/u.test(sentence));
export const wordsOf = (text: string) => text.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];

interface Point {
  line: number;
  pictures: string[];
  text: string;
}

const pages = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const file = join(dir, name);
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'))!;
    const data = parse(frontmatter) as PageData;
    const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    const points: Point[] = [];
    const headings: string[] = [];
    const loose: string[] = [];
    for (const node of tree.children as RootContent[]) {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'heading') headings.push(visibleText(node));
      else if (node.type === 'mdxJsxFlowElement' && node.name === 'EasyPoint') {
        const pictures = node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' && attribute.name === 'picture' ? [String(attribute.value)] : []));
        points.push({ line, pictures, text: visibleText(node) });
      } else loose.push(`line ${line}: ${node.type}${'name' in node && node.name ? ` <${node.name}>` : ''}`);
    }
    return { name, file, data, body, points, headings, loose };
  });

describe('Easy Read', () => {
  it('has a page for each core topic', () => {
    expect(pages.map((page) => page.name).sort()).toEqual(
      expect.arrayContaining([
        'index.mdx',
        'what-is-domestic-abuse.mdx',
        'is-it-happening-to-me.mdx',
        'get-help-now.mdx',
        'staying-safe.mdx',
        'somewhere-safe-to-live.mdx',
        'help-for-someone-else.mdx',
        'leave-this-website-quickly.mdx',
      ]),
    );
  });

  describe.each(pages.map((page) => [page.name, page] as const))('%s', (_, page) => {
    it('is in the Easy Read section', () => {
      expect(page.data.section).toBe('easy-read');
    });

    it('has nothing but headings and points, so every point has its picture', () => {
      expect(page.loose, 'text outside an <EasyPoint>').toEqual([]);
      expect(page.points.length).toBeGreaterThanOrEqual(5);
    });

    it('gives every point exactly one picture the site draws', () => {
      const wrong = page.points.filter((point) => point.pictures.length !== 1 || !isEasyPicture(point.pictures[0]!));
      expect(wrong.map((point) => `line ${point.line}: ${point.pictures.join(', ') || 'no picture'}`)).toEqual([]);
    });

    it('keeps each point to one idea in at most three short sentences', () => {
      const long = page.points.filter((point) => sentencesOf(point.text).length > easyRead.maxSentencesPerPoint || !point.text.trim());
      expect(long.map((point) => `line ${point.line}: ${point.text}`)).toEqual([]);
    });

    it(`has no sentence of 15 words or more`, () => {
      const texts = [page.data.title, page.data.summary, ...page.headings, ...page.points.map((point) => point.text)];
      const long = texts.flatMap(sentencesOf).filter((sentence) => wordsOf(sentence).length > easyRead.maxWordsPerSentence);
      expect(long).toEqual([]);
    });

    it(`reads at Flesch-Kincaid grade ${easyRead.maxGrade} or below`, () => {
      const report = fleschKincaid(`${page.data.summary} ${proseFromMdx(page.body)}`);
      expect(report.grade, `grade ${report.grade} over ${report.words} words`).toBeLessThanOrEqual(easyRead.maxGrade);
    });

    it('is short enough to read in a few minutes', () => {
      const words = wordsOf([page.data.summary, ...page.headings, ...page.points.map((point) => point.text)].join(' ')).length;
      expect(words).toBeLessThanOrEqual(easyRead.maxWordsPerPage);
    });
  });
});

describe('the style checks themselves', () => {
  it('split sentences and count words as a reader would', () => {
    expect(sentencesOf('Call 999 now. Are you safe? Yes')).toEqual(['Call 999 now.', 'Are you safe?', 'Yes']);
    expect(wordsOf("Men's Advice Line on 999.")).toEqual(["Men's", 'Advice', 'Line', 'on', '999']);
  });
});
