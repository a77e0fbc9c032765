/**
 * Flesch-Kincaid grade of a page's prose, used to keep survivor pages at a reading age of
 * about 11 (grade 9 or below). Markdown and MDX syntax are removed first.
 */

/** Plain prose from an MDX body: no components, code, link targets or markdown marks. */
export function proseFromMdx(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][^>]*\/>/g, '') // self-closing components such as <ServiceCard id="x" />
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+(.*)$/gm, '$1.') // a heading reads as a sentence of its own
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*?)([.!?:])?\s*$/gm, (_, text: string, end?: string) => `${text}${end && end !== ':' ? end : '.'}`)
    .replace(/[*_`>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Syllables in an English word, by vowel groups with the usual silent-e corrections. */
export function countSyllables(word: string): number {
  const clean = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!clean) return 0;
  if (clean.length <= 3) return 1;
  const trimmed = clean.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface ReadabilityReport {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function fleschKincaid(text: string): ReadabilityReport {
  const sentences = Math.max(1, (text.match(/[^.!?]+[.!?]+/g) ?? [text]).filter((sentence) => /\p{L}/u.test(sentence)).length);
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const wordCount = Math.max(1, words.length);
  const grade = 0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
