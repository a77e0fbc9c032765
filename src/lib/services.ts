/** Pure helpers over service data, shared by the cards, the help-finder and the tests. */
import type { Contact, ServiceData } from '../content/schemas';
import { districts, wideAreas, type Area, type Confidence, type Need, type ServiceAudience } from '../content/vocabulary';

export function contactConfidence(contact: Contact, service: Pick<ServiceData, 'confidence'>): Confidence {
  return contact.confidence ?? service.confidence;
}

/** The warning beside an unconfirmed number: pointing to a website only when the service has one. */
export const unconfirmedNumberKey = (service: Pick<ServiceData, 'website'>) => (service.website ? 'service.lowConfidence' : 'service.lowConfidenceNoWebsite');

/** A number is published as a tap-to-call (or tap-to-text) link only when it is not low confidence. */
export function isDialable(contact: Contact, service: Pick<ServiceData, 'confidence'>): boolean {
  return (contact.kind === 'phone' || contact.kind === 'text') && contactConfidence(contact, service) !== 'low';
}

/**
 * The contacts a card shows. An unconfirmed text number is left out: unlike a call, a text sits on
 * a stranger's phone if the number has changed hands, and it may say what is happening.
 */
export function shownContacts(service: Pick<ServiceData, 'contacts' | 'confidence'>): Contact[] {
  return service.contacts.filter((contact) => !(contact.kind === 'text' && contactConfidence(contact, service) === 'low'));
}

export function mainPhone(service: Pick<ServiceData, 'contacts'>): Contact | undefined {
  return service.contacts.find((contact) => contact.kind === 'phone');
}

export interface ServiceFilter {
  area?: Area | '';
  who?: ServiceAudience | '';
  need?: Need | '';
}

/** Does a service serve someone living in this area? National and England-and-Wales services serve every local area. */
export function servesArea(service: Pick<ServiceData, 'areas'>, area: Area): boolean {
  return service.areas.includes(area) || wideAreas.some((wide) => service.areas.includes(wide));
}

/** Services that serve only a few places are more local than those that serve many. */
const categoryOrder = ['emergency', 'local', 'housing', 'national'] as const;

/**
 * The order within a need: the most direct help first. Emergency services, then local
 * specialist services, then the council's housing team, then national lines; within each, help
 * for anyone before help for particular people, then by name.
 */
export function compareByDirectness(a: Pick<ServiceData, 'category' | 'whoFor' | 'name'>, b: Pick<ServiceData, 'category' | 'whoFor' | 'name'>, localeTag: string): number {
  return (
    categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
    Number(!a.whoFor.includes('everyone')) - Number(!b.whoFor.includes('everyone')) ||
    a.name.localeCompare(b.name, localeTag)
  );
}

export function matchesFilter(service: Pick<ServiceData, 'areas' | 'whoFor' | 'needs'>, filter: ServiceFilter): boolean {
  if (filter.area && !servesArea(service, filter.area)) return false;
  if (filter.who && !service.whoFor.includes(filter.who) && !service.whoFor.includes('everyone')) return false;
  if (filter.need && !service.needs.includes(filter.need)) return false;
  return true;
}

/** True when a service covers all seven Leicestershire districts. */
export function coversWholeCounty(service: Pick<ServiceData, 'areas'>): boolean {
  return districts.every((district) => service.areas.includes(district));
}

/** The first sentence of a service's description: the one line a compact list shows. */
export function firstSentence(text: string): string {
  const match = text.trim().match(/^.+?[.!?](?=\s|$)/s);
  return (match ? match[0] : text).replace(/\s+/g, ' ').trim();
}

/** How to reach a service when it has no number we can publish as a link: its website, or its full card. */
export function reachBy(service: Pick<ServiceData, 'website'>): { kind: 'website'; url: string } | { kind: 'details' } {
  return service.website ? { kind: 'website', url: service.website } : { kind: 'details' };
}

/**
 * Opening hours are said once on a card: beside each contact when a contact has its own hours,
 * otherwise once for the whole service.
 */
export function showServiceHours(service: Pick<ServiceData, 'contacts' | 'confidence' | 'openingHours'>): boolean {
  return Boolean(service.openingHours) && !shownContacts(service).some((contact) => contact.hours);
}
