import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctQuery, editDistance } from '../../src/lib/spelling';

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
