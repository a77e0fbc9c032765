import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { pluralMessages, useTranslations } from '../../src/i18n/translator';
import { findHiddenCharacter, findTypedPhoneNumber } from '../../src/content/text-checks';

const uiDir = 'src/i18n/ui';
const english = JSON.parse(readFileSync(`${uiDir}/en.json`, 'utf8')) as Record<string, string>;

describe('interface strings', () => {
  it('has a strings file for every locale and no file for an unknown locale', () => {
    const files = readdirSync(uiDir).map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(locales.map((locale) => locale.code).sort());
  });

  it.each(locales.map((locale) => locale.code))('%s has every English key and no extra keys', (code) => {
    const strings = JSON.parse(readFileSync(`${uiDir}/${code}.json`, 'utf8')) as Record<string, string>;
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    expect(new Set(Object.keys(strings).map(base))).toEqual(new Set(Object.keys(english).map(base)));
  });

  it.each(locales.map((locale) => locale.code))('%s has no hidden characters and no typed phone numbers', (code) => {
    const strings = JSON.parse(readFileSync(`${uiDir}/${code}.json`, 'utf8')) as Record<string, string>;
    const problems = Object.entries(strings).flatMap(([key, text]) => {
      const hidden = findHiddenCharacter(text);
      const typed = findTypedPhoneNumber(text);
      return [...(hidden ? [`${key}: hidden character ${hidden.codePoint}`] : []), ...(typed ? [`${key}: phone number "${typed}" typed in`] : [])];
    });
    expect(problems).toEqual([]);
  });

  it.each(locales.map((locale) => locale.code))('%s pages get their own words, not English', (code) => {
    const strings = JSON.parse(readFileSync(`${uiDir}/${code}.json`, 'utf8')) as Record<string, string>;
    for (const key of ['quickExit.label', 'helpStrip.national', 'nav.help'] as const) expect(useTranslations(code)(key)).toBe(strings[key]);
  });

  it('uses flat dotted keys and interpolates', () => {
    const t = useTranslations('en');
    expect(t('quickExit.label')).toBe('Exit this page');
    expect(t('quickExit.shiftRemaining', { count: 2 })).toBe('Press Shift 2 more times to exit this page');
    expect(t('quickExit.shiftRemaining', { count: 1 })).toBe('Press Shift 1 more time to exit this page');
  });

  it('hands plural forms to scripts with the count left to fill in', () => {
    const messages = pluralMessages('en', 'en-GB', 'finder.resultsCount');
    expect(messages['data-message-one']).toContain('{{count}}');
    expect(messages['data-message-other']).toContain('{{count}}');
    expect(messages['data-message-zero']).toBeDefined();
  });
});
