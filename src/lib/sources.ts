/**
 * What the public may read about where a service's details come from: who published each source
 * (the service itself, a public body, or someone else) and its date in words. Research notes
 * stay in the YAML; the site says only what a reader needs to judge the source.
 */

export type SourceKind = 'provider' | 'public' | 'other';

/** Public bodies publish on these domains (councils, police, NHS, Parliament, government). */
const publicSuffixes = ['gov.uk', 'police.uk', 'nhs.uk', 'parliament.uk'];

/** The part of a host name an organisation owns: example.org.uk, example.org. */
export function registrableDomain(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/^www\./, '').split('.');
  const secondLevel = labels.length >= 3 && ['org', 'co', 'gov', 'ac', 'nhs', 'police', 'me', 'ltd', 'plc'].includes(labels.at(-2)!);
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

export function sourceKind(url: string, website?: string, declared?: SourceKind): SourceKind {
  if (declared) return declared;
  const host = new URL(url).hostname.toLowerCase();
  if (website && registrableDomain(host) === registrableDomain(new URL(website).hostname)) return 'provider';
  if (publicSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return 'public';
  return 'other';
}

const order: Record<SourceKind, number> = { provider: 0, public: 1, other: 2 };

/** The provider's own pages first, then public bodies, then everyone else; otherwise as listed. */
export function sortSources<T extends { kind: SourceKind }>(sources: T[]): T[] {
  return sources.map((source, index) => ({ source, index })).sort((a, b) => order[a.source.kind] - order[b.source.kind] || a.index - b.index).map(({ source }) => source);
}

/** The strongest kind of source behind a service: what its one-line label may honestly claim. */
export function bestKind(kinds: SourceKind[]): SourceKind {
  return kinds.includes('provider') ? 'provider' : kinds.includes('public') ? 'public' : 'other';
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type SourceDate = { kind: 'day'; date: Date } | { kind: 'month'; date: Date } | { kind: 'year'; year: number; approximate: boolean } | { kind: 'none' };

/** Reads the free-text dates in the research ("2020-05", "c. 2023", "undated (old)", "Jan 2021"). */
export function parseSourceDate(text: string): SourceDate {
  const day = text.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (day) return { kind: 'day', date: new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)) };
  const month = text.match(/\b(\d{4})-(\d{2})\b/);
  if (month) return { kind: 'month', date: new Date(Date.UTC(+month[1]!, +month[2]! - 1, 1)) };
  const named = text.match(/\b([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/);
  if (named && months.includes(named[1]!.toLowerCase())) return { kind: 'month', date: new Date(Date.UTC(+named[2]!, months.indexOf(named[1]!.toLowerCase()), 1)) };
  const year = text.match(/\b((?:19|20)\d{2})\b/);
  if (year && !/^undated/i.test(text.trim())) return { kind: 'year', year: +year[1]!, approximate: /\b(c\.|about|late|early|mid)/i.test(text) };
  return { kind: 'none' };
}

/** A date in words for the page: "8 April 2019", "May 2020", "about 2023", or undefined when none. */
export function sourceDateWords(text: string, localeTag: string): { key: 'source.dated' | 'source.datedAbout' | 'source.undated'; date?: string } {
  const parsed = parseSourceDate(text);
  const format = (date: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(localeTag, { ...options, timeZone: 'UTC' }).format(date);
  if (parsed.kind === 'day') return { key: 'source.dated', date: format(parsed.date, { dateStyle: 'long' }) };
  if (parsed.kind === 'month') return { key: 'source.dated', date: format(parsed.date, { month: 'long', year: 'numeric' }) };
  if (parsed.kind === 'year') return { key: parsed.approximate ? 'source.datedAbout' : 'source.dated', date: String(parsed.year) };
  return { key: 'source.undated' };
}
