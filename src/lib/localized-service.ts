/**
 * A service's words in the visitor's language. Names, numbers and addresses are the service's
 * own and never change. Where a locale has no translation of the service's words, or the English
 * has changed since it was translated (a changed opening time must never be shown out of date),
 * the English words are shown, marked lang="en" so screen readers read them in an English voice.
 */
import { getEntry } from 'astro:content';
import { serviceText } from './entries';
import type { ServiceData, ServiceTextData } from '../content/schemas';
import { defaultLocale } from '../i18n/locales';
import { serviceSourceHash } from '../i18n/source-hash.mjs';

export interface LocalizedService extends ServiceData {
  /** The BCP 47 tag of the service's own words when they are not in the page's language. */
  wordsLang?: string;
}

export function localizeService(service: ServiceData, text: ServiceTextData | undefined, localeCode: string): LocalizedService {
  if (localeCode === defaultLocale.code) return service;
  if (!text || text.translation.sourceHash !== serviceSourceHash(service)) return { ...service, wordsLang: defaultLocale.tag };
  return {
    ...service,
    offers: text.offers,
    summary: text.summary ?? service.summary,
    notice: text.notice ?? service.notice,
    openingHours: text.openingHours ?? service.openingHours,
    contacts: service.contacts.map((contact, index) => {
      const words = text.contacts[index];
      return words ? { ...contact, label: words.label, hours: words.hours ?? contact.hours } : contact;
    }),
  };
}

export async function getLocalizedService(id: string, localeCode: string): Promise<LocalizedService> {
  const entry = await getEntry('services', id);
  if (!entry) throw new Error(`no service with id "${id}"`);
  const text = localeCode === defaultLocale.code ? undefined : await serviceText(localeCode, id);
  return localizeService(entry.data, text?.data, localeCode);
}
