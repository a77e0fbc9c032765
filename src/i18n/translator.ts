import i18next from 'i18next';
import { defaultLocale, locales } from './locales';
import type english from './ui/en.json';

/** Every interface string's key, plural forms folded into their base ("search.resultsCount"). */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type BaseKey<Key> = Key extends `${infer Base}${PluralSuffix}` ? Base : Key;
export type UiKey = BaseKey<keyof typeof english>;

/** t() with the keys checked when the site is type-checked: a misspelt key is an error, not an empty label. */
export type Translate = (key: UiKey, options?: Record<string, unknown>) => string;

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
  // Codes are lower case ("zh-hans"); without this i18next looks up "zh-Hans" and finds English.
  lowerCaseLng: true,
  // Flat keys such as "quickExit.label": dots are part of the key, not nesting.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes output itself; escaping here would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** A t() bound to one locale. */
export function useTranslations(localeCode: string): Translate {
  const t = instance.getFixedT(localeCode);
  return (key, options) => t(key, options ?? {});
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
