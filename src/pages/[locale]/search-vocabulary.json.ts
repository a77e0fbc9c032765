/**
 * What search needs, per locale, fetched only when the visitor starts to search (so it adds
 * nothing to any page's weight): the words misspellings may be corrected towards, the locale's
 * search words (src/i18n/search/<locale>.json), and every page a search can find with its title,
 * summary, section and the distinctive words of its title and search phrases. The search phrases
 * are never in the page or the index, so they neither show in results nor make common words rank
 * pages. src/integrations/search-index.ts adds which Pagefind result is which page.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { locales } from '../../i18n/locales';
import { buildPageRoutes, localeStaticPaths, localizedPath } from '../../i18n/routes';
import { useTranslations } from '../../i18n/translator';
import { buildVocabulary, stem, words, type SearchData, type SearchPage } from '../../lib/search-query';
import { searchLanguage } from '../../i18n/search';
import { localAreas } from '../../content/vocabulary';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const code = params.locale!;
  const t = useTranslations(code);
  const { topics: _topics, ...language } = searchLanguage(code);
  const stops = new Set(language.stopWords);
  const distinctive = (texts: readonly string[]) => [...new Set(texts.flatMap((text) => words(text, language.letters)).filter((word) => !stops.has(word)).map((word) => stem(word, language)))];
  const entries = await getCollection('pages');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const pages: SearchPage[] = buildPageRoutes(locales, [...byId.keys()])
    .filter((route) => route.locale === code)
    .map((route) => {
      const { data } = byId.get(route.entryId)!;
      return {
        url: localizedPath(code, route.slug ? `/${route.slug}/` : '/'),
        title: data.title,
        summary: data.summary,
        section: t(`section.${data.section}`),
        terms: distinctive([data.title, ...data.searchPhrases]),
      };
    });
  for (const area of localAreas) {
    const name = t(`area.${area}`);
    pages.push({
      url: localizedPath(code, `/find-support/${area}/`),
      title: t('finder.areaTitle', { area: name }),
      summary: t('finder.areaSummary', { area: name }),
      section: t('section.find-support'),
      terms: distinctive([t('finder.areaTitle', { area: name })]),
    });
  }
  for (const service of await getCollection('services')) {
    const { data } = service;
    pages.push({
      url: localizedPath(code, `/services/${service.id}/`),
      title: data.name,
      summary: data.offers,
      section: t('section.services'),
      terms: distinctive([data.name, ...data.formerNames]),
      // A topic page explains and lists the services; a service's page is the next step.
      weight: 0.7,
    });
  }
  const texts = pages.flatMap((page) => [page.title, page.summary]).concat(entries.filter((entry) => entry.id.split('/')[0] === code).flatMap((entry) => [entry.data.description, ...entry.data.searchPhrases]));
  const data: Omit<SearchData, 'ids'> = { words: buildVocabulary([...texts, ...language.synonyms.flat(), ...Object.values(language.forms)], language.letters), pages, language };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
