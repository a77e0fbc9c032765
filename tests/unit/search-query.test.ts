import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctQuery, editDistance, prepareQuery, removeStopWords } from '../../src/lib/search-query';

const vocabulary = new Set(buildVocabulary(['Domestic abuse', 'Coercive and controlling behaviour', 'Harassment and stalking', 'Refuge and safe accommodation']));

describe('spelling correction', () => {
  it('measures edits, with a swap of neighbours as one', () => {
    expect(editDistance('abuse', 'abuse')).toBe(0);
    expect(editDistance('abuce', 'abuse')).toBe(1);
    expect(editDistance('absue', 'abuse')).toBe(1);
    expect(editDistance('harrasment', 'harassment')).toBe(2);
  });

  it.each([
    ['harrasment at home', 'harassment at home'],
    ['controling partner', 'controlling partner'],
    ['refuje near me', 'refuge near me'],
    ['domestic abuce', 'domestic abuse'],
  ])('mends "%s"', (typed, mended) => {
    expect(correctQuery(typed, vocabulary)).toBe(mended);
  });

  it('leaves short and known words alone', () => {
    expect(correctQuery('he hits me', vocabulary)).toBe('he hits me');
    expect(correctQuery('stalking', vocabulary)).toBe('stalking');
  });
});

describe('stop words', () => {
  const stopWords = new Set(['how', 'do', 'the', 'to']);

  it('drops words with no meaning for search but keeps the rest in order', () => {
    expect(removeStopWords('how do I report him to the police', stopWords)).toBe('I report him police');
  });

  it('keeps the query when every word is a stop word', () => {
    expect(removeStopWords('how do', stopWords)).toBe('how do');
  });

  it('mends spelling before dropping stop words', () => {
    expect(prepareQuery('how to find a refuje', vocabulary, stopWords)).toBe('find a refuge');
  });
});
