// The fingerprint of the English words a translation was made from. A translation records it;
// when the English changes, the fingerprints differ and the translation shows as out of date.
// Plain JavaScript, so the build and `npm run translations` share it.
import { createHash } from 'node:crypto';

/** @param {unknown[]} parts the English texts, in a fixed order */
export function sourceHash(parts) {
  const text = JSON.stringify(parts.map((part) => (typeof part === 'string' ? part.replace(/\r\n/g, '\n').trim() : (part ?? null))));
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** What a page translation translates: its title, description, summary and body. */
export const pageSourceHash = (/** @type {{ title: string, description: string, summary: string }} */ data, /** @type {string} */ body) =>
  sourceHash([data.title, data.description, data.summary, body]);

/** What a service text translates: the service's own words. */
export const serviceSourceHash = (/** @type {{ offers: string, summary?: string, notice?: string, openingHours?: string, contacts?: { label: string, hours?: string }[] }} */ service) =>
  sourceHash([service.offers, service.summary, service.notice, service.openingHours, ...(service.contacts ?? []).flatMap((contact) => [contact.label, contact.hours])]);
