/**
 * The one list of languages. Adding a language is adding a line here, a ui/<code>.json file
 * and (optionally) translated pages under content/pages/<code>/.
 */
export interface Locale {
  /** URL prefix and content folder name. */
  code: string;
  /** BCP 47 tag for the lang attribute and hreflang. */
  tag: string;
  /** The language's name in its own language. */
  endonym: string;
  dir: 'ltr' | 'rtl';
}

/** English first, then the main languages of Leicestershire after English (2021 Census), most spoken first. */
export const locales: readonly Locale[] = [
  { code: 'en', tag: 'en-GB', endonym: 'English', dir: 'ltr' },
  { code: 'pl', tag: 'pl', endonym: 'Polski', dir: 'ltr' },
  { code: 'gu', tag: 'gu', endonym: 'ગુજરાતી', dir: 'ltr' },
  { code: 'pa', tag: 'pa-Guru', endonym: 'ਪੰਜਾਬੀ', dir: 'ltr' },
  { code: 'ro', tag: 'ro', endonym: 'Română', dir: 'ltr' },
  { code: 'zh-hans', tag: 'zh-Hans', endonym: '简体中文', dir: 'ltr' },
  { code: 'bn', tag: 'bn', endonym: 'বাংলা', dir: 'ltr' },
  { code: 'pt', tag: 'pt', endonym: 'Português', dir: 'ltr' },
  { code: 'ar', tag: 'ar', endonym: 'العربية', dir: 'rtl' },
  { code: 'ur', tag: 'ur', endonym: 'اردو', dir: 'rtl' },
];

export const defaultLocale = locales[0]!;

export const localeCodes = locales.map((locale) => locale.code);

export function getLocale(code: string): Locale {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}`);
  return locale;
}
