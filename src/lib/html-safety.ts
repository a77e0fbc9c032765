/**
 * The last line of defence: what the built HTML may contain, whatever a component or a
 * translation wrote. The content guard stops bad sources earlier with better messages; this
 * stops anything that slipped through, so no host has to rely on its Content Security Policy.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { findHiddenCharacter } from '../content/text-checks';
import { isValidDialString } from './phone';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that load or run another document, or change where links go. */
const forbiddenElements = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
/** Attributes that hold an address. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data', 'cite', 'ping', 'xlink:href']);
/** Link types that fetch something from their href. */
const loadingLinks = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest', 'apple-touch-icon', 'mask-icon']);
/** Link types that fetch pages the visitor has not opened, or warm up connections to other hosts. */
const speculativeLinks = new Set(['prefetch', 'prerender', 'preconnect', 'dns-prefetch', 'next']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');

function urlProblem(element: Element, name: string, url: string): string | undefined {
  const value = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  const loads = name !== 'href' || (element.tagName === 'link' && (attribute(element, 'rel') ?? '').split(/\s+/).some((rel) => loadingLinks.has(rel)));
  if (loads && !isSitePath(value)) return `loads "${value}" from outside the site`;
  if (scheme === undefined || scheme === 'https' || scheme === 'mailto') return undefined;
  if (scheme === 'tel') return isValidDialString(value.slice(4)) ? undefined : `"${value}" is not a valid UK number`;
  return `"${value}": ${scheme}: addresses are not allowed`;
}

function elementProblems(element: Element): string[] {
  const name = element.tagName;
  if (forbiddenElements.has(name)) return [`<${name}> is not allowed`];
  const problems: string[] = [];
  if (name === 'script') {
    const src = attribute(element, 'src');
    const inline = element.childNodes.some((child) => 'value' in child && child.value.trim());
    if (!src || inline) problems.push('<script> without src: inline scripts are not allowed');
  }
  if (name === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') problems.push('<meta http-equiv="refresh"> is not allowed');
  if (name === 'link' && (attribute(element, 'rel') ?? '').split(/\s+/).some((rel) => speculativeLinks.has(rel))) problems.push(`<link rel="${attribute(element, 'rel')}"> fetches what the visitor has not opened`);
  for (const attr of element.attrs) {
    const hidden = findHiddenCharacter(attr.value);
    if (hidden) problems.push(`<${name} ${attr.name}>: hidden character ${hidden.codePoint}`);
    if (/^on/i.test(attr.name)) problems.push(`<${name} ${attr.name}>: event handler attributes are not allowed`);
    else if (urlAttributes.has(attr.name)) {
      const problem = urlProblem(element, attr.name, attr.value);
      if (problem) problems.push(`<${name} ${attr.name}>: ${problem}`);
      if (attr.name === 'href' && attr.value.startsWith('tel:') && attribute(element, 'dir') !== 'ltr') problems.push('<a href="tel:...">: needs dir="ltr", so surrounding text cannot reorder the digits');
    } else if (name === 'a' && attr.name === 'target') problems.push('<a target>: links open in this tab, so the quick exit can close everything');
  }
  return problems;
}

function walk(node: Node, visit: (node: Node) => void) {
  visit(node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit);
  if ('content' in node && node.content) walk(node.content, visit);
}

/** Every problem in one built page, each a short phrase. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  walk(parse(html), (node) => {
    if (isElement(node)) problems.push(...elementProblems(node));
    else if (node.nodeName === '#text' && 'value' in node) {
      const hidden = findHiddenCharacter(node.value);
      if (hidden) problems.push(`text: hidden character ${hidden.codePoint}`);
    }
  });
  return problems;
}
