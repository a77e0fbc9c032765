/**
 * The site's own words for printed items: a page's title and summary in the page's language,
 * and services' words (src/lib/localized-service.ts). A page with no translation, or whose
 * translation is older than its English, gives its English words, marked lang="en", exactly as
 * the site does, so paper never says something the site no longer says.
 */
import { defaultLocale } from '../i18n/locales';
import { localizedPath } from '../i18n/routes';
import { pageSourceHash } from '../i18n/source-hash.mjs';
import { ownPage } from './entries';
import { getLocalizedService, type LocalizedService } from './localized-service';

export interface PageWords {
  title: string;
  summary: string;
  href: string;
  /** Set when the words are not in the requested language. */
  lang?: string;
}

export async function pageWords(localeCode: string, path: string): Promise<PageWords> {
  const slug = path.replace(/^\/|\/$/g, '');
  const source = await ownPage(defaultLocale.code, slug);
  if (!source) throw new Error(`print: no page at ${path}`);
  const own = localeCode === defaultLocale.code ? undefined : await ownPage(localeCode, slug);
  const current = own?.data.translation && own.data.translation.sourceHash === pageSourceHash(source.data, source.body ?? '');
  const entry = own && current ? own : source;
  return {
    title: entry.data.title,
    summary: entry.data.summary,
    href: localizedPath(localeCode, path),
    lang: localeCode !== defaultLocale.code && entry === source ? defaultLocale.tag : undefined,
  };
}

export const services = (ids: readonly string[], localeCode: string): Promise<LocalizedService[]> => Promise.all(ids.map((id) => getLocalizedService(id, localeCode)));
