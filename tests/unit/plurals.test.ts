/** Every locale has every plural form its language needs (Polish: one, few, many, other). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translator';

const strings = (code: string) => JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')) as Record<string, string>;
const pluralKeys = [...new Set(Object.keys(strings('en')).filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];

describe('plural forms', () => {
  it('finds the plural keys', () => expect(pluralKeys.length).toBeGreaterThan(1));

  it.each(locales.map((locale) => [locale.code, locale.tag] as const))('%s has every category Intl.PluralRules needs for each plural key', (code, tag) => {
    const own = strings(code);
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    const missing = pluralKeys.flatMap((key) => categories.filter((category) => !own[`${key}_${category}`]).map((category) => `${key}_${category}`));
    expect(missing).toEqual([]);
  });

  it('picks the Polish forms for 1, 2, 5 and 22', () => {
    const t = useTranslations('pl');
    // One form for 1, another for 2 and 22, a third for 5: the count itself set aside.
    const forms = [1, 2, 5, 22].map((count) => t('finder.resultsCount', { count }).replace(String(count), '#'));
    expect(new Set(forms).size).toBe(3);
    expect(forms[1]).toBe(forms[3]);
  });
});
