/**
 * Each locale's search words: stop words, endings, slang and synonyms, as data: one JSON file
 * per locale, found by name, so adding a language's words needs no change here.
 */
import type { SearchLanguage } from '../../lib/search-query';

const files = import.meta.glob<SearchLanguage>('./*.json', { eager: true, import: 'default' });
const byLocale: Record<string, SearchLanguage> = Object.fromEntries(Object.entries(files).map(([path, data]) => [path.replace(/^\.\/|\.json$/g, ''), data]));

/** A locale's search words; a locale without its own file searches with none of English's. */
export function searchLanguage(code: string): SearchLanguage {
  return byLocale[code] ?? { stopWords: [], suffixes: [], forms: {}, synonyms: [], topics: byLocale.en!.topics };
}

export const searchLocales = Object.keys(byLocale);
