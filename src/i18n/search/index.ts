/** Each locale's search words: stop words, endings, slang and synonyms, as data (one JSON file per locale). */
import type { SearchLanguage } from '../../lib/search-query';
import en from './en.json';
import pl from './pl.json';
import ur from './ur.json';

const byLocale: Record<string, SearchLanguage> = { en, pl, ur };

/** A locale's search words; a locale without its own file searches with none of English's. */
export function searchLanguage(code: string): SearchLanguage {
  return byLocale[code] ?? { stopWords: [], suffixes: [], forms: {}, synonyms: [], topics: byLocale.en!.topics };
}

export const searchLocales = Object.keys(byLocale);
