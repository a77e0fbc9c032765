import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid, proseFromMdx } from '../../src/lib/readability';

describe('readability', () => {
  it('counts syllables', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('table')).toBe(2);
    expect(countSyllables('happy')).toBe(2);
    expect(countSyllables('relationship')).toBe(4);
  });

  it('grades simple text low and dense text high', () => {
    expect(fleschKincaid('You are not alone. Help is here. You can call us.').grade).toBeLessThan(3);
    const dense =
      'Multi-agency safeguarding arrangements necessitate comprehensive information-sharing protocols between organisations responsible for commissioning specialist accommodation-based interventions.';
    expect(fleschKincaid(dense).grade).toBeGreaterThan(15);
  });

  it('reads only the prose of an MDX body', () => {
    const body = '## Getting help\n\nCall [the line](/get-help/) now.\n\n<ServiceCard id="freeva" />\n\n- Item one\n- Item two';
    expect(proseFromMdx(body)).toBe('Getting help. Call the line now. Item one. Item two.');
  });
});
