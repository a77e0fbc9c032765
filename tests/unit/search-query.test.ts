import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { buildVocabulary, correctQuery, correctWord, editDistance, markWords, planQuery, rankPages, sameStem, stem, words, type SearchLanguage, type SearchPage } from '../../src/lib/search-query';
import { locales } from '../../src/i18n/locales';
import { searchLanguage } from '../../src/i18n/search';

const vocabulary = new Set(buildVocabulary(['Domestic abuse', 'Coercive and controlling behaviour', 'Harassment and stalking', 'Refuge and safe accommodation']));
const en = JSON.parse(readFileSync('src/i18n/search/en.json', 'utf8')) as SearchLanguage;

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

describe('words of a query', () => {
  it('drops apostrophes, so "he\'s" and "hes" are one word', () => {
    expect(words("He's threatening, can’t")).toEqual(['hes', 'threatening', 'cant']);
  });

  it('keeps Urdu and Polish words whole, with their marks and letters', () => {
    expect(words('میرا شوہر مجھے مارتا ہے۔')).toEqual(['میرا', 'شوہر', 'مجھے', 'مارتا', 'ہے']);
    expect(words('گھریلو بدسلوکی')).toEqual(['گھریلو', 'بدسلوکی']);
    // Decomposed Polish letters (a + combining ogonek) are the same word as the composed ones.
    expect(words('Mąż zabiera pieniądze, ŻONA')).toEqual(words('Ma\u0328z\u0307 zabiera pieniądze, ŻONA'));
    expect(words('Mąż zabiera pieniądze, ŻONA')).toEqual(['mąż', 'zabiera', 'pieniądze', 'żona']);
  });

  it("reads a word typed on another keyboard as the pages spell it, with that language's letters only", () => {
    // Arabic yeh, kaf and heh for Urdu's ی, ک and ہ; Arabic itself keeps them.
    const urdu = searchLanguage('ur').letters;
    expect(words('شوهر كي ماري', urdu)).toEqual(['شوہر', 'کی', 'ماری']);
    expect(words('زوجي يضربني', searchLanguage('ar').letters)).toEqual(['زوجي', 'يضربني']);
    // A cedilla typed on an old Romanian keyboard is the comma below the pages use.
    expect(words('soţul mă bate, Ştiu', searchLanguage('ro').letters)).toEqual(['soțul', 'mă', 'bate', 'știu']);
    // Short-vowel marks are optional everywhere.
    expect(words('رویّے')).toEqual(['رویے']);
  });

  it('never mends a word in Arabic or an Indic script into another word', () => {
    const urdu = new Set(buildVocabulary(['مارتی ہے', 'بدسلوکی کی علامات']));
    expect(correctWord('مارتا', urdu)).toBe('مارتا');
    expect(correctQuery('بدسلوکي', urdu)).toBe('بدسلوکي');
    expect(correctWord('ਪਾਵਾਂ', new Set(['ਥਾਵਾਂ']))).toBe('ਪਾਵਾਂ');
    expect(correctWord('ঘরেলু', new Set(['ঘরোয়া']))).toBe('ঘরেলু');
    // Polish typed without diacritics is still mended.
    expect(correctWord('pieniadze', new Set(['pieniądze']))).toBe('pieniądze');
  });

  it('compares words without their endings', () => {
    expect(stem('checks', en)).toBe('check');
    expect(stem('controlling', en)).toBe('control');
    expect(stem('hitting', en)).toBe('hit');
    expect(sameStem(stem('abuses', en), stem('abuse', en))).toBe(true);
    expect(sameStem(stem('parts', en), stem('partner', en))).toBe(false);
  });

  it('drops stop words and pronouns, maps slang, and adds synonyms', () => {
    const terms = planQuery('hes threatening to take the kids', vocabulary, en);
    expect(terms.map((term) => term.word)).toEqual(['threatening', 'take', 'children']);
    expect(terms[2]!.variants).toContain('kids');
    expect(planQuery('my bf hurts me', vocabulary, en).map((term) => term.word)).toEqual(['boyfriend', 'hurts']);
    expect(planQuery('he took my passport', vocabulary, en)[0]!.word).toBe('take');
    expect(planQuery('how do i', vocabulary, en)).toEqual([]);
  });
});

describe('ranking', () => {
  const pages: SearchPage[] = [
    { url: '/en/a/', title: 'Coercive control', summary: 'Control of your life.', terms: ['check', 'phone', 'coercive', 'control'] },
    { url: '/en/b/', title: 'Myths', summary: 'Things people say.', terms: ['myth', 'drunk'] },
    { url: '/en/c/', title: 'Legal protection', summary: 'Orders from a court.', terms: ['legal', 'protection', 'order'] },
  ];
  const plan = (query: string) => planQuery(query, vocabulary, en);

  it('ranks by the meaningful words, never by pronouns', () => {
    const ranked = rankPages(plan('he checks my phone'), new Map([['he', [{ page: 1, score: 9 }]], ['phone', [{ page: 0, score: 1 }]]]), pages, en);
    expect(ranked[0]!.page).toBe(0);
  });

  it('still finds pages when one word matches nothing, and says how many words matched', () => {
    const ranked = rankPages(plan('passport injunction'), new Map([['injunction', [{ page: 2, score: 2 }]]]), pages, en);
    expect(ranked.map((page) => page.page)).toEqual([2]);
    expect(ranked[0]!.matched).toBe(1);
  });

  it('finds a page through a synonym in its search phrases', () => {
    const ranked = rankPages(plan('solicitor'), new Map(), pages, en);
    expect(ranked[0]!.page).toBe(2);
  });

  it('marks the matched words of a summary', () => {
    expect(markWords('Orders from a court.', plan('court order'), en).filter((part) => part.marked).map((part) => part.text)).toEqual(['Orders', 'court']);
  });
});

describe('search words per locale', () => {
  it('every locale has its own search words file with the same fields', () => {
    const files = readdirSync('src/i18n/search').filter((name) => name.endsWith('.json'));
    for (const locale of locales) expect(files).toContain(`${locale.code}.json`);
    for (const file of files) {
      const data = JSON.parse(readFileSync(`src/i18n/search/${file}`, 'utf8')) as SearchLanguage;
      // Every field but the optional letters.
      expect(Object.keys(data).filter((key) => key !== 'letters').sort()).toEqual(Object.keys(en).sort());
      expect(data.topics.length).toBeGreaterThan(0);
    }
  });
});

describe('words beyond Latin script', () => {
  it('splits Chinese, written without spaces, into words', () => {
    expect(words('我的丈夫打我').length).toBeGreaterThan(1);
  });
  it('keeps a Gujarati word whole across its vowel signs', () => {
    expect(words('મદદ જોઈએ છે')).toEqual(['મદદ', 'જોઈએ', 'છે']);
  });
});
