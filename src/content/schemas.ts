import { z } from 'astro/zod';
import { isSameNumber, isValidDialString } from '../lib/phone';
import {
  areas,
  audiences,
  confidenceLevels,
  needs,
  sections,
  serviceAudiences,
  serviceCategories,
  translationStatuses,
} from './vocabulary';

/** Only https: a plain-http link would show anyone on the network which page was opened. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

/** The build's own date: nothing can have been checked or reviewed after it. */
const notInFuture = z.coerce.date().refine((date) => date.getTime() <= Date.now(), { message: 'is in the future' });

/** A source's date as the source gives it: "2020-05", "c. 2021", "undated". Any year in it must have happened. */
const sourceDate = z
  .string()
  .trim()
  .min(1)
  .refine((text) => [...text.matchAll(/\b(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b/g)].every(([, y, m, d]) => Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)) <= Date.now()), {
    message: 'is in the future',
  });

/** Visible text: not blank once spaces are taken off, and short enough for a heading or a card. */
const text = (max: number) => z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

const sourceHashField = z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character fingerprint that npm run translations -- --stamp writes');

/** A locale-less site path such as /get-help/helplines/. */
const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'must be a site path like /get-help/helplines/');

const chartSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text(120),
  description: text(1000),
  unit: text(40),
  source: text(300),
  data: z.array(z.strictObject({ label: text(80), value: z.number().nonnegative() })).min(1),
});

// Strict objects: a misspelt field ("titel") is an error, not silently dropped.
export const pageSchema = z.strictObject({
  title: text(90),
  description: text(200),
  summary: text(400),
  audiences: z.array(z.enum(audiences)).min(1),
  section: z.enum(sections),
  order: z.number().int().default(100),
  lastReviewed: notInFuture,
  searchPhrases: z.array(z.string().min(1)).default([]),
  related: z.array(sitePath).default([]),
  services: z.array(z.string()).default([]),
  charts: z.array(chartSchema).default([]),
  /** Only on translated pages: which English page this translates, and how far it has been checked. */
  translation: z
    .strictObject({
      sourcePage: sitePath,
      /** The fingerprint of the English it was made from (src/i18n/source-hash.mjs): a different one means out of date. */
      sourceHash: sourceHashField,
      status: z.enum(translationStatuses),
    })
    .optional(),
});

const dialString = z.string().refine(isValidDialString, {
  message: 'must be a UK number in international form (+44 and the number without its first 0) in a range and of a length Ofcom allows, or a known short code',
});

const contactSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.enum(['phone', 'text']), value: dialString, display: z.string().optional(), label: text(80), hours: text(200).optional(), confidence: z.enum(confidenceLevels).optional() })
    .refine((contact) => contact.display === undefined || isSameNumber(contact.display, contact.value), {
      path: ['display'],
      message: 'must be the same number as value, written with digits and spaces only',
    }),
  z.strictObject({ kind: z.enum(['webchat', 'video', 'app']), value: httpsUrl, label: text(80), hours: text(200).optional(), confidence: z.enum(confidenceLevels).optional() }),
  z.strictObject({ kind: z.literal('email'), value: z.email(), label: text(80), hours: text(200).optional(), confidence: z.enum(confidenceLevels).optional() }),
]);

export const serviceSchema = z.strictObject({
  name: text(90),
  provider: text(120).optional(),
  formerNames: z.array(text(120)).default([]),
  category: z.enum(serviceCategories),
  offers: text(600),
  /** One short line for compact lists on content pages. */
  summary: text(110).optional(),
  whoFor: z.array(z.enum(serviceAudiences)).min(1),
  areas: z.array(z.enum(areas)).min(1),
  needs: z.array(z.enum(needs)).min(1),
  contacts: z.array(contactSchema).default([]),
  openingHours: text(200).optional(),
  website: httpsUrl.optional(),
  lastChecked: notInFuture,
  confidence: z.enum(confidenceLevels),
  /** `kind` says who published a source when its address does not show it (see src/lib/sources.ts). */
  sources: z.array(z.strictObject({ url: httpsUrl, date: sourceDate, supports: text(600), kind: z.enum(['provider', 'public', 'other']).optional() })).min(1),
  notice: text(600).optional(),
});

/**
 * A service's own words in another language: content/service-texts/<locale>/<id>.yaml. Names,
 * numbers and addresses are never translated, so they are not here.
 */
export const serviceTextSchema = z.strictObject({
  translation: z.strictObject({ sourceHash: sourceHashField, status: z.enum(translationStatuses) }),
  offers: text(900),
  summary: text(160).optional(),
  notice: text(900).optional(),
  openingHours: text(300).optional(),
  contacts: z.array(z.strictObject({ label: text(120), hours: text(300).optional() })).default([]),
});

export type PageData = z.infer<typeof pageSchema>;
export type ServiceData = z.infer<typeof serviceSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type ServiceTextData = z.infer<typeof serviceTextSchema>;
export type ChartData = z.infer<typeof chartSchema>;

