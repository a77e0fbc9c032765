/**
 * The words search may correct a misspelling towards, per locale: every word of five letters
 * or more in page titles, summaries, descriptions and search phrases. Fetched only when the
 * visitor starts to search, so it adds nothing to any page's weight.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { locales } from '../../i18n/locales';
import { buildPageRoutes } from '../../i18n/routes';
import { buildVocabulary } from '../../lib/search-query';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale: locale.code } }));
}

export const GET: APIRoute = async ({ params }) => {
  const entries = await getCollection('pages');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const texts = buildPageRoutes(locales, [...byId.keys()])
    .filter((route) => route.locale === params.locale)
    .flatMap((route) => {
      const { data } = byId.get(route.entryId)!;
      return [data.title, data.summary, data.description, ...data.searchPhrases];
    });
  return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
