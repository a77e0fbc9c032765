import { describe, expect, it } from 'vitest';
import { buildPageRoutes, localizedPath, splitEntryId } from '../../src/i18n/routes';
import { localeFromPath, pathWithoutLocale } from '../../src/i18n/current-locale';
import type { Locale } from '../../src/i18n/locales';

const twoLocales: Locale[] = [
  { code: 'en', tag: 'en-GB', endonym: 'English', dir: 'ltr' },
  { code: 'ur', tag: 'ur', endonym: 'اردو', dir: 'rtl' },
];

describe('routes', () => {
  it('gives every locale every English page, flagging the untranslated ones as fallbacks', () => {
    const routes = buildPageRoutes(twoLocales, ['en', 'en/get-help', 'en/get-help/helplines', 'ur/get-help']);
    expect(routes).toHaveLength(6);
    expect(routes).toContainEqual({ locale: 'ur', slug: 'get-help', entryId: 'ur/get-help', sourceId: 'en/get-help', isFallback: false });
    expect(routes).toContainEqual({ locale: 'ur', slug: 'get-help/helplines', entryId: 'en/get-help/helplines', sourceId: 'en/get-help/helplines', isFallback: true });
    expect(routes).toContainEqual({ locale: 'ur', slug: '', entryId: 'en', sourceId: 'en', isFallback: true });
    expect(routes.filter((route) => route.locale === 'en').every((route) => !route.isFallback)).toBe(true);
  });

  it('ignores a translation that has no English source', () => {
    const routes = buildPageRoutes(twoLocales, ['en', 'ur/orphan']);
    expect(routes.map((route) => route.slug)).not.toContain('orphan');
  });

  it('builds and reads locale prefixes', () => {
    expect(localizedPath('en', '/get-help/')).toBe('/en/get-help/');
    expect(localizedPath('en', '/')).toBe('/en/');
    expect(splitEntryId('en/get-help/helplines')).toEqual({ locale: 'en', slug: 'get-help/helplines' });
    expect(localeFromPath('/en/get-help/').code).toBe('en');
    expect(localeFromPath('/').code).toBe('en');
    expect(pathWithoutLocale('/en/get-help/')).toBe('/get-help/');
  });
});
