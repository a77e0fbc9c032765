/**
 * Checks every content file before Astro builds anything, so that bad content stops the build
 * with one line naming the file, the field and the problem (Astro's own errors are long and
 * do not check links between files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { localeCodes } from '../i18n/locales';
import { checkMdxBody } from './mdx-rules';
import { pageSchema, serviceSchema, serviceTextSchema, type PageData, type ServiceData } from './schemas';
import { findHiddenCharacter, findTypedPhoneNumber, typedPhoneNumbers } from './text-checks';
import { checkVersionPath, checkVersions } from '../tools/relationship-check';

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

interface ZodIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/** What this file needs of a zod schema. */
interface EntrySchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: ZodIssue[] } };
}

function zodProblems(file: string, error: { issues: ZodIssue[] }): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // A misspelt field is named itself, so the line points at the typo.
    if (issue.code === 'unrecognized_keys' && issue.keys)
      return issue.keys.map((key) => ({ file, field: [...path, key].join('.'), problem: 'unknown field (misspelt, or not in the schema in src/content/schemas.ts)' }));
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return [{ file, field: path.join('.') || '(file)', problem: missing ? 'is required' : issue.message }];
  });
}

/** Hidden characters in any key or string of parsed YAML, named by the field they are in. */
function hiddenCharacterProblems(file: string, value: unknown, path: string[] = []): ContentProblem[] {
  const field = path.join('.') || '(file)';
  if (typeof value === 'string') {
    const hidden = findHiddenCharacter(value);
    return hidden ? [{ file, field, problem: `hidden character ${hidden.codePoint} (it can change how text or numbers are shown); delete it` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => hiddenCharacterProblems(file, item, [...path, String(index)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [...hiddenCharacterProblems(file, key, path), ...hiddenCharacterProblems(file, item, [...path, key])]);
  return [];
}

/** Parsed YAML, or the one-line problem saying why the text is not YAML. */
function parseYamlFile(text: string, file: string, field: string): { data: unknown } | { problem: ContentProblem } {
  try {
    return { data: parseYaml(text) };
  } catch (error) {
    return { problem: { file, field, problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}` } };
  }
}

/**
 * A YAML file read and checked: hidden characters anywhere, any extra check on the raw data, then
 * the schema. `value` is the entry when it is valid; `parsed` says whether the YAML could be read.
 */
function checkedYamlFile<T>(file: string, name: string, schema: EntrySchema<T>, extraChecks: (data: unknown) => ContentProblem[] = () => []): { problems: ContentProblem[]; value?: T; parsed: boolean } {
  const read = parseYamlFile(readFileSync(file, 'utf8'), name, '(file)');
  if ('problem' in read) return { problems: [read.problem], parsed: false };
  const result = schema.safeParse(read.data);
  const problems = [...hiddenCharacterProblems(name, read.data), ...extraChecks(read.data), ...(result.success ? [] : zodProblems(name, result.error))];
  return { problems, value: result.success ? result.data : undefined, parsed: true };
}

/** Paths that the site builds itself rather than from a content file. */
export const generatedPaths = ['/search/', ...checkVersions.map(checkVersionPath), '/tools/safety-plan/', '/print/', '/print/poster/', '/print/leaflet/', '/print/cards/', '/print/signposting/'];


/** The digits of a service's own numbers, as people dial them. */
const ownNumbers = (service: ServiceData) => new Set(service.contacts.filter((contact) => contact.kind === 'phone' || contact.kind === 'text').map((contact) => contact.value.replace(/^\+44/, '0')));

/** Typed phone numbers in a service's words that are not the service's own numbers, named by their field. */
function typedNumberProblems(file: string, value: unknown, allowed: ReadonlySet<string>, path: string[] = []): ContentProblem[] {
  if (typeof value === 'string') {
    const stray = typedPhoneNumbers(value).find(({ digits }) => !allowed.has(digits));
    return stray ? [{ file, field: path.join('.'), problem: `phone number "${stray.typed}" is not one of this service's contacts; add it as a contact first` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => typedNumberProblems(file, item, allowed, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => typedNumberProblems(file, item, allowed, [...path, key]));
  return [];
}

/** content/service-texts/<locale>/<id>.yaml: a known locale, a service that exists, and only the words that service has. */
function serviceTextProblems(dir: string, services: ReadonlyMap<string, ServiceData>, knownLocales: readonly string[], display: (path: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of listFiles(dir)) {
    const name = display(file);
    const [locale, fileName, ...deeper] = relative(dir, file).split(sep);
    if (!locale || !fileName || deeper.length || !fileName.endsWith('.yaml')) {
      problems.push({ file: name, field: '(file)', problem: 'service texts must be content/service-texts/<locale>/<service id>.yaml' });
      continue;
    }
    if (locale === 'en' || !knownLocales.includes(locale)) {
      problems.push({ file: name, field: 'locale', problem: `not a translation locale (known: ${knownLocales.filter((code) => code !== 'en').join(', ')})` });
      continue;
    }
    const id = fileName.replace(/\.yaml$/, '');
    const service = services.get(id);
    if (!service) {
      problems.push({ file: name, field: '(file)', problem: `no service with id "${id}" in content/services/` });
      continue;
    }
    const { problems: found, value: text } = checkedYamlFile(file, name, serviceTextSchema, (data) => typedNumberProblems(name, data, ownNumbers(service)));
    problems.push(...found);
    if (!text) continue;
    if (text.contacts.length !== service.contacts.length)
      problems.push({ file: name, field: 'contacts', problem: `has ${text.contacts.length} entries; the service has ${service.contacts.length} contacts, in that order` });
    for (const field of ['summary', 'notice', 'openingHours'] as const) {
      if (text[field] !== undefined && service[field] === undefined) problems.push({ file: name, field, problem: 'the English service has no such text to translate' });
      if (text[field] === undefined && service[field] !== undefined) problems.push({ file: name, field, problem: 'missing: the English service has this text' });
    }
  }
  return problems;
}

export function validateContent(root: string, knownLocales: readonly string[] = localeCodes): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pagesDir = join(root, 'pages');
  const servicesDir = join(root, 'services');
  const display = (path: string) => relative(process.cwd(), path);

  const serviceIds = new Set<string>();
  const servicesById = new Map<string, ServiceData>();
  for (const file of listFiles(servicesDir)) {
    const name = display(file);
    // Only .yaml is loaded: a .yml file would be left out of the site without a word.
    if (!file.endsWith('.yaml')) {
      problems.push({ file: name, field: '(file)', problem: 'services must be .yaml files (rename it to end in .yaml)' });
      continue;
    }
    const { problems: found, value: service, parsed } = checkedYamlFile(file, name, serviceSchema);
    problems.push(...found);
    if (!parsed) continue;
    const id = file.split(sep).pop()!.replace(/\.yaml$/, '');
    serviceIds.add(id);
    if (service) {
      servicesById.set(id, service);
      const { sources: _sources, ...words } = service;
      problems.push(...typedNumberProblems(name, words, ownNumbers(service)));
    }
  }

  problems.push(...serviceTextProblems(join(root, 'service-texts'), servicesById, knownLocales, display));

  const pages: { name: string; locale: string; path: string; data: PageData; body: string; bodyFirstLine: number }[] = [];
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
    const parsed = parseYamlFile(split.frontmatter, name, '(frontmatter)');
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const frontmatter = parsed.data;
    problems.push(...hiddenCharacterProblems(name, frontmatter));
    const result = pageSchema.safeParse(frontmatter);
    if (!result.success) {
      problems.push(...zodProblems(name, result.error));
      continue;
    }
    // The body's line numbers in the file: after the frontmatter and its two --- lines.
    const bodyFirstLine = split.frontmatter.split('\n').length + 3;
    pages.push({ name, locale, path, data: result.data, body: split.body, bodyFirstLine });
  }

  const englishPaths = new Set([...pages.filter((page) => page.locale === 'en').map((page) => page.path), ...generatedPaths]);
  const sitePaths = new Set([...englishPaths, ...[...serviceIds].map((id) => `/services/${id}/`)]);
  for (const page of pages) {
    const chartIds = new Set(page.data.charts.map((chart) => chart.id));
    const bodyField = (line: number) => `(body) line ${line}`;
    page.data.related.forEach((path, index) => {
      if (!englishPaths.has(path)) problems.push({ file: page.name, field: `related.${index}`, problem: `no page at "${path}"` });
    });
    page.data.services.forEach((id, index) => {
      if (!serviceIds.has(id)) problems.push({ file: page.name, field: `services.${index}`, problem: `no service with id "${id}"` });
    });
    for (const { line, problem } of checkMdxBody(page.body, { serviceIds, chartIds, sitePaths }, page.bodyFirstLine))
      problems.push({ file: page.name, field: bodyField(line), problem });
    page.body.split('\n').forEach((text, index) => {
      const line = page.bodyFirstLine + index;
      const hidden = findHiddenCharacter(text);
      if (hidden) problems.push({ file: page.name, field: bodyField(line), problem: `hidden character ${hidden.codePoint} (it can change how text or numbers are shown); delete it` });
      const typed = findTypedPhoneNumber(text);
      if (typed) problems.push({ file: page.name, field: bodyField(line), problem: `phone number "${typed}" typed into the page; add it to a service and use <Phone id="...">` });
    });
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
