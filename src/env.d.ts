declare namespace App {
  interface Locals {
    /** The page's locale, from the first segment of its URL. */
    locale: import('./i18n/locales').Locale;
    /** t() bound to the page's locale. */
    t: import('./i18n/translator').Translate;
    /** The page's path without its locale: "/pl/get-help/" -> "/get-help/". */
    path: string;
  }
}
