import { locales, type Locale } from './locales';

export interface PageRoute {
  locale: string;
  /** Locale-less path such as "get-help/helplines" ("" for the home page). */
  slug: string;
  /** Collection id of the entry to render. */
  entryId: string;
  /** Collection id of the English entry it comes from. */
  sourceId: string;
  /** True when the locale has no translation and the English entry is shown with a notice. */
  isFallback: boolean;
}

/** "en/get-help/helplines" -> { locale: "en", slug: "get-help/helplines" } */
export function splitEntryId(id: string): { locale: string; slug: string } {
  const [locale, ...rest] = id.split('/');
  return { locale: locale!, slug: rest.join('/') };
}

/**
 * Every page in every locale. English is the source: each locale gets every English page,
 * its own translation where one exists, otherwise the English entry flagged as a fallback.
 */
export function buildPageRoutes(locales: readonly Locale[], entryIds: readonly string[], sourceLocale = 'en'): PageRoute[] {
  const available = new Set(entryIds);
  const sourceSlugs = entryIds.map(splitEntryId).filter((entry) => entry.locale === sourceLocale).map((entry) => entry.slug);
  return locales.flatMap((locale) =>
    sourceSlugs.map((slug) => {
      const ownId = slug ? `${locale.code}/${slug}` : locale.code;
      const translated = available.has(ownId);
      const sourceId = slug ? `${sourceLocale}/${slug}` : sourceLocale;
      return {
        locale: locale.code,
        slug,
        entryId: translated ? ownId : sourceId,
        sourceId,
        isFallback: !translated,
      };
    }),
  );
}

/** The URL of a locale-less site path in a locale: ("en", "/get-help/") -> "/en/get-help/". */
export function localizedPath(localeCode: string, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return `/${localeCode}/${clean}`;
}

/** getStaticPaths for a page built once per locale: `export const getStaticPaths = localeStaticPaths;` */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale: locale.code } }));
}
