/**
 * The route's language, worked out once per page (as Starlight does) instead of in every
 * component: the locale from the URL (the only place it lives), its t(), and the page's path
 * without the locale, for links to the same page in other languages.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeFromPath, pathWithoutLocale } from './i18n/current-locale';
import { useTranslations } from './i18n/translator';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeFromPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale.code);
  context.locals.path = pathWithoutLocale(context.url.pathname);
  return next();
});
