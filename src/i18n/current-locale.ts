import { defaultLocale, locales, type Locale } from './locales';

/** The locale a page belongs to, from the first segment of its URL (the only place it lives). */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/').filter(Boolean)[0];
  return locales.find((locale) => locale.code === first) ?? defaultLocale;
}

/** The page's path without its locale prefix: "/en/get-help/" -> "/get-help/". */
export function pathWithoutLocale(pathname: string): string {
  const locale = localeFromPath(pathname);
  return pathname.startsWith(`/${locale.code}/`) ? pathname.slice(locale.code.length + 1) : pathname;
}

export function formatDate(date: Date, localeTag: string): string {
  return new Intl.DateTimeFormat(localeTag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
