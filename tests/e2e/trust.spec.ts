/**
 * What a new reader sees must read as a finished public service: no research notes about sources,
 * every source list folded, the pages every public-sector site owes its users, linked from every
 * footer, and the emergency page naming every round-the-clock route.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { htmlFiles } from '../helpers/built-site';

const pages = htmlFiles().map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ');

/** Phrases that describe our research instead of telling a caller what they can rely on. */
const researchLanguage = [
  /sources (agree|disagree|give|differ|say)/i,
  /could not (confirm|check|find (a|their|the) (phone|number|opening|web))/i,
  /we have not (added|found|checked|yet)/i,
  /trusted sources/i,
  /(older|old) listing/i,
  /on another website, not/i,
  /comes? from an? (old|20\d\d)/i,
  /listed in different ways/i,
  /\bstaging\b/i,
];

test('no public page describes our research instead of the service', () => {
  const found = pages.flatMap(({ path, html }) => researchLanguage.filter((pattern) => pattern.test(text(html))).map((pattern) => `${path}: ${pattern}`));
  expect(found).toEqual([]);
});

test('every service page folds its sources into a closed details, provider or public body first', () => {
  const servicePages = pages.filter(({ path }) => /^\/en\/services\/[^/]+\/$/.test(path));
  expect(servicePages.length).toBeGreaterThan(50);
  for (const { path, html } of servicePages) {
    const details = html.match(/<details class="source-list"[^>]*>[\s\S]*?<\/details>/);
    expect(details, path).not.toBeNull();
    expect(details![0], path).not.toMatch(/<details[^>]*\sopen/);
    expect(details![0], path).toContain('<ul class="sources">');
    // Nothing about sources outside the fold, and no date left in research form (2020-05).
    expect(html.replace(details![0], ''), path).not.toContain('class="sources"');
    expect(text(details![0]), path).not.toMatch(/\b\d{4}-\d{2}\b|undated/);
    const kinds = [...details![0].matchAll(/data-source-kind="(\w+)"/g)].map((match) => match[1]);
    const rank = { provider: 0, public: 1, other: 2 } as Record<string, number>;
    expect(kinds, path).toEqual([...kinds].sort((a, b) => rank[a!]! - rank[b!]!));
  }
});

test('a third-party source is described as one', () => {
  const signhealth = pages.find(({ path }) => path === '/en/services/signhealth/')!;
  expect(text(signhealth.html)).toMatch(/scope\.org\.uk : another website \(not the service or a public body\)/);
  expect(text(signhealth.html)).toMatch(/signhealth\.org\.uk : the service's own website/);
});

const ownedPages = ['/about/', '/accessibility/', '/privacy/', '/report-a-problem/'];

test('the about, accessibility, privacy and report-a-problem pages exist and every footer links them in its language', () => {
  const paths = pages.map(({ path }) => path);
  for (const page of ownedPages) expect(paths).toContain(`/en${page}`);
  const missing = pages.flatMap(({ path, html }) => {
    const locale = path.split('/')[1] || 'en';
    const footer = html.match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '';
    return ownedPages.filter((page) => !footer.includes(`href="/${/^[a-z]{2}/.test(locale) ? locale : 'en'}${page}"`)).map((page) => `${path}: ${page}`);
  });
  expect(missing).toEqual([]);
});

test('report a problem asks for no details, has no form and warns about shared devices', () => {
  const { html } = pages.find(({ path }) => path === '/en/report-a-problem/')!;
  const main = html.match(/<main[\s\S]*?<\/main>/)![0];
  expect(main).not.toMatch(/<(form|input|textarea)\b/);
  expect(main).not.toContain('mailto:');
  expect(text(main)).toMatch(/Do not tell us your name/);
  expect(text(main)).toMatch(/sent email stays in your sent folder/i);
});

test('the accessibility statement follows the GOV.UK model and says how it was tested', () => {
  const main = text(pages.find(({ path }) => path === '/en/accessibility/')!.html);
  for (const heading of ['How accessible this site is', 'Reporting accessibility problems', 'Enforcement procedure', 'Compliance status', 'Content that does not meet the standard', 'How we tested this site', 'Preparation of this statement']) expect(main).toContain(heading);
});

test('the emergency page names every round-the-clock route', () => {
  const dir = 'content/services';
  const roundTheClock = readdirSync(dir).filter((file) => {
    const service = parse(readFileSync(`${dir}/${file}`, 'utf8'));
    const hours = [service.openingHours ?? '', ...(service.contacts ?? []).map((contact: { hours?: string }) => contact.hours ?? '')];
    return hours.some((line: string) => /^(phone: )?24 hours/i.test(line));
  }).map((file) => file.replace(/\.yaml$/, ''));
  expect(roundTheClock).toEqual(expect.arrayContaining(['emergency-999', 'national-domestic-abuse-helpline', 'leicester-city-childrens-duty']));
  const { html } = pages.find(({ path }) => path === '/en/get-help/emergency/')!;
  expect(roundTheClock.filter((id) => !html.includes(`data-service="${id}"`))).toEqual([]);
});

test('a content page lists each service once, compactly, linking to its full card', () => {
  const { html } = pages.find(({ path }) => path === '/en/recognising-abuse/coercive-control/')!;
  expect(html).not.toContain('class="service-card"');
  const ids = [...html.matchAll(/class="service-summary" data-service="([^"]+)"/g)].map((match) => match[1]);
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(html).toContain(`href="/en/services/${id}/"`);
});
