/**
 * Mends common misspellings before a search, for words Pagefind's prefix matching cannot
 * rescue ("harrasment", "controling", "refuje"). Pure, so it is tested without a browser.
 */

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

/** The closest known word, or the word itself when it is known or nothing is close enough. */
export function correctWord(word: string, vocabulary: ReadonlySet<string>): string {
  const lower = word.toLowerCase();
  if (vocabulary.has(lower)) return word;
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
  return query.replace(/\p{L}+/gu, (word) => correctWord(word, vocabulary));
}

/** Words worth correcting towards: the words of titles and search phrases, five letters or more. */
export function buildVocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(word);
  return [...words].sort();
}

/** Drops words that carry no meaning for search ("how", "do", "the"), unless nothing would be left. */
export function removeStopWords(query: string, stopWords: ReadonlySet<string>): string {
  const kept = query.split(/\s+/).filter((word) => word && !stopWords.has(word.toLowerCase()));
  return kept.length ? kept.join(' ') : query.trim();
}

/** What is sent to the index: misspellings mended, empty words dropped. */
export function prepareQuery(query: string, vocabulary: ReadonlySet<string>, stopWords: ReadonlySet<string>): string {
  return removeStopWords(correctQuery(query, vocabulary), stopWords);
}
