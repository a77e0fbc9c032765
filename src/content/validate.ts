/**
 * Checks every content file before Astro builds anything, so that bad content stops the build
 * with one line naming the file, the field and the problem (Astro's own errors are long and
 * do not check links between files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { localeCodes } from '../i18n/locales';
import { pageSchema, serviceSchema, type PageData } from './schemas';

export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
}

export function formatProblem({ file, field, problem }: ContentProblem): string {
  return `${file}: ${field}: ${problem}`;
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/** "en/get-help/index.mdx" -> { locale: "en", path: "/get-help/" } */
export function pagePathFromFile(relativeFile: string): { locale: string; path: string } {
  const [locale, ...rest] = relativeFile.split(sep).join('/').replace(/\.mdx$/, '').split('/');
  const segments = rest.filter((segment, index) => !(segment === 'index' && index === rest.length - 1));
  return { locale: locale!, path: segments.length ? `/${segments.join('/')}/` : '/' };
}

function zodProblems(file: string, error: { issues: { path: PropertyKey[]; message: string }[] }): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.') || '(file)',
    problem: issue.message,
  }));
}

/** Paths that the site builds itself rather than from a content file. */
export const generatedPaths = ['/search/'];

const componentReference = /<(ServiceCard|Phone|Chart)\s+id="([^"]*)"/g;
/** A UK number typed into prose: numbers belong in the services collection only. */
const typedPhoneNumber = /(?<![\d/])(?:\+44\s?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)/;

export function validateContent(root: string, knownLocales: readonly string[] = localeCodes): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pagesDir = join(root, 'pages');
  const servicesDir = join(root, 'services');
  const display = (path: string) => relative(process.cwd(), path);

  const serviceIds = new Set<string>();
  for (const file of listFiles(servicesDir)) {
    const name = display(file);
    if (!/\.ya?ml$/.test(file)) {
      problems.push({ file: name, field: '(file)', problem: 'services must be .yaml files' });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file: name, field: '(file)', problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = serviceSchema.safeParse(data);
    if (!result.success) problems.push(...zodProblems(name, result.error));
    serviceIds.add(file.split(sep).pop()!.replace(/\.ya?ml$/, ''));
  }

  const pages: { name: string; locale: string; path: string; data: PageData; body: string }[] = [];
  for (const file of listFiles(pagesDir)) {
    const name = display(file);
    if (!file.endsWith('.mdx')) {
      problems.push({ file: name, field: '(file)', problem: 'pages must be .mdx files' });
      continue;
    }
    const { locale, path } = pagePathFromFile(relative(pagesDir, file));
    if (!knownLocales.includes(locale)) {
      problems.push({ file: name, field: 'locale', problem: `unknown locale "${locale}" (known: ${knownLocales.join(', ')})` });
      continue;
    }
    const split = splitFrontmatter(readFileSync(file, 'utf8'));
    if (!split) {
      problems.push({ file: name, field: '(frontmatter)', problem: 'missing frontmatter between --- lines' });
      continue;
    }
    let frontmatter: unknown;
    try {
      frontmatter = parseYaml(split.frontmatter);
    } catch (error) {
      problems.push({ file: name, field: '(frontmatter)', problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = pageSchema.safeParse(frontmatter);
    if (!result.success) {
      problems.push(...zodProblems(name, result.error));
      continue;
    }
    pages.push({ name, locale, path, data: result.data, body: split.body });
  }

  const englishPaths = new Set([...pages.filter((page) => page.locale === 'en').map((page) => page.path), ...generatedPaths]);
  for (const page of pages) {
    const chartIds = new Set(page.data.charts.map((chart) => chart.id));
    page.data.related.forEach((path, index) => {
      if (!englishPaths.has(path)) problems.push({ file: page.name, field: `related.${index}`, problem: `no page at "${path}"` });
    });
    page.data.services.forEach((id, index) => {
      if (!serviceIds.has(id)) problems.push({ file: page.name, field: `services.${index}`, problem: `no service with id "${id}"` });
    });
    for (const [, component, id] of page.body.matchAll(componentReference)) {
      const known = component === 'Chart' ? chartIds.has(id!) : serviceIds.has(id!);
      if (!known) problems.push({ file: page.name, field: `<${component} id>`, problem: `no ${component === 'Chart' ? 'chart' : 'service'} with id "${id}"` });
    }
    const typed = typedPhoneNumber.exec(page.body);
    if (typed) problems.push({ file: page.name, field: '(body)', problem: `phone number "${typed[0]}" typed into the page; add it to a service and use <Phone id="...">` });
    const translation = page.data.translation;
    if (page.locale !== 'en') {
      if (!translation) problems.push({ file: page.name, field: 'translation', problem: 'required on translated pages (sourcePage and status)' });
      else if (!englishPaths.has(translation.sourcePage))
        problems.push({ file: page.name, field: 'translation.sourcePage', problem: `no English page at "${translation.sourcePage}"` });
      else if (translation.sourcePage !== page.path)
        problems.push({ file: page.name, field: 'translation.sourcePage', problem: `must match the page's own path "${page.path}" (slugs are identical across locales)` });
    }
  }
  return problems;
}
