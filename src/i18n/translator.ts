import i18next, { type TFunction } from 'i18next';
import { defaultLocale, locales } from './locales';

/** Every ui/<code>.json, loaded at build time. */
const uiFiles = import.meta.glob<Record<string, string>>('./ui/*.json', { eager: true, import: 'default' });

function resourcesFromFiles() {
  const resources: Record<string, { translation: Record<string, string> }> = {};
  for (const locale of locales) {
    const strings = uiFiles[`./ui/${locale.code}.json`];
    if (!strings) throw new Error(`src/i18n/ui/${locale.code}.json: file: missing interface strings for locale "${locale.code}"`);
    resources[locale.code] = { translation: strings };
  }
  return resources;
}

/**
 * One i18next instance for the whole build. No language detector is used, so nothing is
 * cached in cookies or storage: the language comes from the URL only.
 */
const instance = i18next.createInstance();
instance.init({
  resources: resourcesFromFiles(),
  lng: defaultLocale.code,
  fallbackLng: defaultLocale.code,
  supportedLngs: locales.map((locale) => locale.code),
  // Flat keys such as "quickExit.label": dots are part of the key, not nesting.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes output itself; escaping here would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** A t() bound to one locale. */
export function useTranslations(localeCode: string): TFunction {
  return instance.getFixedT(localeCode);
}

/**
 * The raw plural forms of a key for a browser script, as data attributes: the script picks the
 * form with Intl.PluralRules and fills in {{count}}. Keeps i18next itself out of the browser.
 */
export function pluralMessages(localeCode: string, localeTag: string, baseKey: string): Record<string, string> {
  const categories = ['zero', ...new Intl.PluralRules(localeTag).resolvedOptions().pluralCategories];
  const messages: Record<string, string> = {};
  for (const category of categories) {
    const message = (instance.getResource(localeCode, 'translation', `${baseKey}_${category}`) ??
      instance.getResource(defaultLocale.code, 'translation', `${baseKey}_${category}`)) as string | undefined;
    if (message) messages[`data-message-${category}`] = message;
  }
  return messages;
}
