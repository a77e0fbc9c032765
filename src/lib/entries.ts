/**
 * Looks up content entries that may not exist (a page not yet translated, a service with no text
 * in a language) without Astro's "entry not found" warning for every fallback.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale } from '../i18n/locales';

let pages: Promise<Map<string, CollectionEntry<'pages'>>> | undefined;
let serviceTexts: Promise<Map<string, CollectionEntry<'serviceTexts'>>> | undefined;

const byId = <Entry extends { id: string }>(entries: Entry[]) => new Map(entries.map((entry) => [entry.id, entry]));

/** A page in exactly this locale, if it has one: ("pl", "get-help/police"). The home page's slug is "". */
export async function ownPage(localeCode: string, slug: string): Promise<CollectionEntry<'pages'> | undefined> {
  pages ??= getCollection('pages').then(byId);
  return (await pages).get(slug ? `${localeCode}/${slug}` : localeCode);
}

/** A page in the locale, or its English original. */
export async function pageInLocale(localeCode: string, slug: string): Promise<CollectionEntry<'pages'> | undefined> {
  return (await ownPage(localeCode, slug)) ?? (await ownPage(defaultLocale.code, slug));
}

/** A service's words in a locale, if they have been translated. */
export async function serviceText(localeCode: string, id: string): Promise<CollectionEntry<'serviceTexts'> | undefined> {
  serviceTexts ??= getCollection('serviceTexts').then(byId);
  return (await serviceTexts).get(`${localeCode}/${id}`);
}
