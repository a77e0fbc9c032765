/**
 * What a page's MDX body may contain. MDX can run code and write any HTML, so a page may use only
 * Markdown, the site's own components with plain string attributes, and a few harmless HTML
 * elements. Everything else stops the build, so nothing depends on a host sending the CSP.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { shortCodes } from '../lib/phone';
import { easyPictureNames, isEasyPicture } from '../lib/easy-read-pictures';

/** What each attribute of a component names: a service, a chart on the page, an Easy Read picture, or plain text. */
type AttributeKind = 'service' | 'chart' | 'picture' | 'text';

/** The components a page may use (registered in src/pages/[locale]/[...slug].astro), with their attributes. */
export const pageComponents: Record<string, { attributes: Record<string, AttributeKind>; required: readonly string[] }> = {
  ServiceCard: { attributes: { id: 'service' }, required: ['id'] },
  Phone: { attributes: { id: 'service' }, required: ['id'] },
  Chart: { attributes: { id: 'chart' }, required: ['id'] },
  HelpFinder: { attributes: {}, required: [] },
  PracticeExit: { attributes: {}, required: [] },
  YourBrowser: { attributes: { steps: 'text' }, required: ['steps'] },
  EasyPoint: { attributes: { picture: 'picture' }, required: ['picture'] },
};

/** HTML elements a page may write for layout or language, and the attributes they may carry. */
const htmlElements = new Set(['div', 'span', 'abbr', 'details', 'summary']);
const htmlAttributes = new Set(['class', 'id', 'title', 'lang', 'dir']);

export interface PageReferences {
  serviceIds: ReadonlySet<string>;
  chartIds: ReadonlySet<string>;
  /** Locale-less paths of every page the site builds. */
  sitePaths: ReadonlySet<string>;
}

export interface BodyProblem {
  line: number;
  problem: string;
}

/** Problems with a link's address: only https, mailto, short-code tel and pages that exist. */
export function linkProblem(url: string, sitePaths: ReadonlySet<string>): string | undefined {
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('/')) {
    const path = url.replace(/[?#].*$/, '');
    return sitePaths.has(path) ? undefined : `link to "${url}": no page at "${path}" (write site links without the language, ending in /)`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https') return URL.canParse(url) ? undefined : `link to "${url}": not a valid address`;
  if (scheme === 'mailto') return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(url) ? undefined : `link to "${url}": not a valid email address`;
  if (scheme === 'tel') {
    return (shortCodes as readonly string[]).includes(url.slice(4)) ? undefined : `link to "${url}": numbers belong in a service; use <Phone id="...">`;
  }
  return `link to "${url}": only https:, mailto: and site pages are allowed`;
}

function elementProblems(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, references: PageReferences): string[] {
  const name = node.name;
  if (!name) return ['fragments <>...</> are not allowed'];
  const component = pageComponents[name];
  if (!component && !htmlElements.has(name)) {
    const known = [...Object.keys(pageComponents), ...htmlElements].join(', ');
    return [`<${name}> is not allowed (allowed: ${known})`];
  }
  const problems: string[] = [];
  const given = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name}>: spread attributes {...} are not allowed`);
      continue;
    }
    const attributeName = attribute.name;
    given.add(attributeName);
    if (/^on/i.test(attributeName)) {
      problems.push(`<${name} ${attributeName}>: event handler attributes are not allowed`);
      continue;
    }
    const kind = component ? component.attributes[attributeName] : htmlAttributes.has(attributeName) ? 'text' : undefined;
    if (!kind) {
      problems.push(`<${name} ${attributeName}>: unknown attribute`);
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push(`<${name} ${attributeName}>: must be a plain string like ${attributeName}="..." (expressions run code)`);
      continue;
    }
    if (kind === 'service' && !references.serviceIds.has(attribute.value)) problems.push(`<${name} ${attributeName}>: no service with id "${attribute.value}"`);
    if (kind === 'chart' && !references.chartIds.has(attribute.value)) problems.push(`<${name} ${attributeName}>: no chart with id "${attribute.value}" in this page's charts`);
    if (kind === 'picture' && !isEasyPicture(attribute.value)) problems.push(`<${name} ${attributeName}>: no picture "${attribute.value}" (known: ${easyPictureNames.join(', ')})`);
  }
  for (const required of component?.required ?? []) if (!given.has(required)) problems.push(`<${name}>: ${required}="..." is required`);
  return problems;
}

function nodeProblems(node: Nodes, references: PageReferences): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return ['import and export statements are not allowed (they run code when the site is built)'];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ['{...} expressions are not allowed (they run code when the site is built)'];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, references);
    case 'link':
    case 'definition': {
      const problem = linkProblem(node.url, references.sitePaths);
      return problem ? [problem] : [];
    }
    case 'image':
    case 'imageReference':
      return ['images are not allowed in pages'];
    case 'text':
      // Astro's Markdown turns bare web addresses into links: they must be https too.
      return /\bhttp:\/\/|(?<![/\w.])www\./i.test(node.value) ? ['bare web address: write it as a link starting https://'] : [];
    default:
      return [];
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/** Every problem in an MDX body, each with the line it starts on. */
export function checkMdxBody(body: string, references: PageReferences, firstLine = 1): BodyProblem[] {
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    return [{ line: (line ?? 1) + firstLine - 1, problem: `not valid MDX: ${(reason ?? message).split('\n')[0]}` }];
  }
  const problems: BodyProblem[] = [];
  walk(tree, (node) => {
    for (const problem of nodeProblems(node, references)) problems.push({ line: (node.position?.start.line ?? 1) + firstLine - 1, problem });
  });
  return problems;
}
