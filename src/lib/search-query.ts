/**
 * Everything search does with words, pure so it is tested without a browser: mending
 * misspellings, dropping words that carry no meaning, everyday synonyms, and ranking pages from
 * what the Pagefind index and each page's search phrases say about each meaningful word.
 * The words themselves (stop words, synonyms, word endings) are data, one file per locale in
 * src/i18n/search/<locale>.json.
 */

/** A locale's search words (src/i18n/search/<locale>.json). */
export interface SearchLanguage {
  stopWords: string[];
  /** Word endings removed before comparing words ("checks" and "check" are one word). */
  suffixes: string[];
  /** After an ending is removed, a doubled last letter is one letter ("hitting" -> "hit"). */
  undouble?: boolean;
  /** Slang, irregular forms and typing shortcuts: the word search should use instead. */
  forms: Record<string, string>;
  /** Words people use for the same thing; each word also finds the others. */
  synonyms: string[][];
  /** Locale-less paths of the most-needed topics, offered when nothing matches. */
  topics: string[];
  /**
   * Letters another keyboard types for this language's own, as the pages spell them: an Arabic
   * keyboard's ي for Urdu's ی, a cedilla ş for Romanian's ș. Only for letters the pages never use.
   */
  letters?: Record<string, string>;
}

/** One page a search can find, with the distinctive words of its title and search phrases. */
export interface SearchPage {
  url: string;
  title: string;
  summary: string;
  section?: string;
  /** Stems of the title's and search phrases' meaningful words. */
  terms: string[];
  /** Less than 1 for pages that back up the topic pages (a service's own page). */
  weight?: number;
}

/** What the search page fetches when a visitor starts to search. */
export interface SearchData {
  /** Words misspellings may be corrected towards. */
  words: string[];
  pages: SearchPage[];
  language: Omit<SearchLanguage, 'topics'>;
  /** Pagefind result id -> position in pages (added after the index is built). */
  ids: Record<string, number>;
}

/** Optimal string alignment distance (edits, with swapped neighbours counting as one). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits a word of this length may be away from a known word. */
function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Only words in Latin letters are mended (typing slips in English, Polish, Romanian, Portuguese
 * and romanised Panjabi or Gujarati). In Arabic, Gurmukhi, Gujarati and Bengali script one changed
 * dot, letter or vowel sign is usually another real word ("مارتا"/"مارتی", "ਪਾਵਾਂ"/"ਥਾਵਾਂ").
 */
const latinWord = /^[\p{Script=Latin}\p{M}]+$/u;

/** The closest known word, or the word itself when it is known or nothing is close enough. */
export function correctWord(word: string, vocabulary: ReadonlySet<string>): string {
  const lower = word.toLowerCase();
  if (vocabulary.has(lower) || !latinWord.test(lower)) return word;
  const limit = allowedEdits(lower.length);
  if (limit === 0) return word;
  let best = word;
  let bestDistance = limit + 1;
  for (const known of vocabulary) {
    if (Math.abs(known.length - lower.length) > limit) continue;
    const distance = editDistance(lower, known);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

/** The query with each misspelt word replaced by the closest known word. */
export function correctQuery(query: string, vocabulary: ReadonlySet<string>): string {
  return query.replace(/[\p{L}\p{M}]+/gu, (word) => correctWord(word, vocabulary));
}

/**
 * Word boundaries from the browser's own dictionary (Intl.Segmenter), so a script written without
 * spaces (Chinese) splits into words and a vowel sign (Gujarati, Bengali) never splits one.
 */
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : undefined;
const wordRun = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Lower-case words, apostrophes dropped ("he's" and "hes" are one word), without the optional
 * short-vowel marks and joining stroke of Arabic script, which some people type and most do not;
 * with `letters`, a word typed on another keyboard is spelt as the pages spell it.
 */
export function words(text: string, letters: Readonly<Record<string, string>> = {}): string[] {
  const plain = [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’‘`ʼ]/gu, '')
      .replace(/[\u064B-\u0652\u0640]/gu, ''),
  ]
    .map((letter) => letters[letter] ?? letter)
    .join('');
  if (!segmenter) return plain.match(wordRun) ?? [];
  // Each word-like segment, still split at punctuation inside it ("ex-partner" is two words).
  return [...segmenter.segment(plain)].filter((segment) => segment.isWordLike).flatMap((segment) => segment.segment.match(wordRun) ?? []);
}

/** Words worth correcting towards: every word of five letters or more in the texts. */
export function buildVocabulary(texts: readonly string[], letters: Readonly<Record<string, string>> = {}): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const word of words(text, letters)) if (word.length >= 5 && !/\p{N}/u.test(word)) found.add(word);
  return [...found].sort();
}

/** A word without its ending, for comparing ("checks" -> "check", "controlling" -> "control"). */
export function stem(word: string, language: Pick<SearchLanguage, 'suffixes' | 'undouble'>): string {
  for (const suffix of [...language.suffixes].sort((a, b) => b.length - a.length)) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      let rest = word.slice(0, -suffix.length);
      if (language.undouble && rest.length >= 4 && rest.at(-1) === rest.at(-2)) rest = rest.slice(0, -1);
      return rest;
    }
  }
  return word;
}

/** Two stems name the same word: equal, or one starts the other and only an ending is left. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && (short.length >= 5 || long.length - short.length <= 2);
}

/** The meaningful words of a query, each with the words that also find it. */
export interface QueryTerm {
  word: string;
  /** The word first, then its synonyms. */
  variants: string[];
}

const maxVariants = 4;

/** Mends, drops stop words, maps slang, and adds synonyms. An empty list means nothing meaningful was typed. */
export function planQuery(query: string, vocabulary: ReadonlySet<string>, language: Omit<SearchLanguage, 'topics'>): QueryTerm[] {
  const stops = new Set(language.stopWords);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const typed of words(query, language.letters)) {
    const form = language.forms[typed] ?? typed;
    if (stops.has(form)) continue;
    const word = language.forms[correctWord(form, vocabulary)] ?? correctWord(form, vocabulary);
    if (stops.has(word) || seen.has(word)) continue;
    seen.add(word);
    const own = stem(word, language);
    const variants = [word];
    for (const group of language.synonyms) {
      if (!group.some((member) => sameStem(stem(member, language), own))) continue;
      for (const member of group) if (!variants.includes(member) && !sameStem(stem(member, language), own)) variants.push(member);
    }
    terms.push({ word, variants: variants.slice(0, maxVariants) });
  }
  return terms;
}

/** One Pagefind result: which page (an index into SearchData.pages) and its score. */
export interface EngineHit {
  page: number;
  score: number;
}

export interface RankedPage {
  page: number;
  score: number;
  /** How many of the query's meaningful words this page matched. */
  matched: number;
}

/** A synonym counts for less than the word typed. */
const synonymWeight = 0.6;
/** A page's own search phrases are written by editors for the words people use: worth more than a word in the text. */
const phraseWeight = 1.6;

const idf = (total: number, found: number) => Math.log(1 + total / Math.max(found, 1));

/**
 * Ranks pages for a query. Each meaningful word scores a page by the best of its variants, from the
 * index (how well the text matches, weighed by how rare the word is) and from the page's search
 * phrases; a page's score is the sum over words, so pages matching more of the words come first,
 * and a page matching only some words is still found.
 */
export function rankPages(terms: readonly QueryTerm[], engine: ReadonlyMap<string, readonly EngineHit[]>, pages: readonly SearchPage[], language: Pick<SearchLanguage, 'suffixes' | 'undouble'>): RankedPage[] {
  const total = pages.length;
  const scores = new Map<number, RankedPage>();
  for (const term of terms) {
    const best = new Map<number, number>();
    term.variants.forEach((variant, position) => {
      const weight = position === 0 ? 1 : synonymWeight;
      const hits = engine.get(variant) ?? [];
      const top = Math.max(...hits.map((hit) => hit.score), 0);
      const textIdf = idf(total, hits.length);
      const own = stem(variant, language);
      const phrasePages = pages.flatMap((page, index) => (page.terms.some((known) => sameStem(known, own)) ? [index] : []));
      const phraseIdf = idf(total, phrasePages.length);
      const perPage = new Map<number, number>();
      for (const hit of hits) perPage.set(hit.page, Math.max(perPage.get(hit.page) ?? 0, weight * textIdf * (0.5 + (0.5 * hit.score) / (top || 1))));
      for (const page of phrasePages) perPage.set(page, (perPage.get(page) ?? 0) + weight * phraseWeight * phraseIdf);
      for (const [page, score] of perPage) best.set(page, Math.max(best.get(page) ?? 0, score));
    });
    for (const [page, score] of best) {
      const ranked = scores.get(page) ?? { page, score: 0, matched: 0 };
      ranked.score += score;
      ranked.matched += 1;
      scores.set(page, ranked);
    }
  }
  const count = Math.max(terms.length, 1);
  for (const ranked of scores.values()) ranked.score *= (0.5 + (0.5 * ranked.matched) / count) * (pages[ranked.page]!.weight ?? 1);
  return [...scores.values()].sort((a, b) => b.score - a.score);
}

/** The text split into plain and marked parts, marking the words that match the query. */
export function markWords(text: string, terms: readonly QueryTerm[], language: Pick<SearchLanguage, 'suffixes' | 'undouble' | 'letters'>): { text: string; marked: boolean }[] {
  const stems = terms.flatMap((term) => term.variants.map((variant) => stem(variant, language)));
  return text
    .split(/([\p{L}\p{M}\p{N}'’]+)/u)
    .filter(Boolean)
    .map((part) => {
      const [word] = words(part, language.letters);
      return { text: part, marked: word !== undefined && /\p{L}/u.test(part) && stems.some((known) => sameStem(stem(word, language), known)) };
    });
}
