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

/** A locale-less site path such as /get-help/helplines/. */
const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'must be a site path like /get-help/helplines/');

const chartSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.string().min(1),
  source: z.string().min(1),
  data: z.array(z.object({ label: z.string().min(1), value: z.number().nonnegative() })).min(1),
});

export const pageSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1).max(200),
  summary: z.string().min(1),
  audiences: z.array(z.enum(audiences)).min(1),
  section: z.enum(sections),
  order: z.number().int().default(100),
  lastReviewed: z.coerce.date(),
  searchPhrases: z.array(z.string().min(1)).default([]),
  related: z.array(sitePath).default([]),
  services: z.array(z.string()).default([]),
  charts: z.array(chartSchema).default([]),
  /** Only on translated pages: which English page this translates, and how far it has been checked. */
  translation: z
    .object({
      sourcePage: sitePath,
      status: z.enum(translationStatuses),
    })
    .optional(),
});

const dialString = z.string().refine(isValidDialString, {
  message: 'must be +44 followed by 7 to 10 digits, or a known UK short code',
});

const contactSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.enum(['phone', 'text']), value: dialString, display: z.string().optional(), label: z.string().min(1), hours: z.string().optional(), confidence: z.enum(confidenceLevels).optional() })
    .refine((contact) => contact.display === undefined || isSameNumber(contact.display, contact.value), {
      path: ['display'],
      message: 'must be the same number as value, written with digits and spaces only',
    }),
  z.object({ kind: z.enum(['webchat', 'video', 'app']), value: z.url({ protocol: /^https$/ }), label: z.string().min(1), hours: z.string().optional(), confidence: z.enum(confidenceLevels).optional() }),
  z.object({ kind: z.literal('email'), value: z.email(), label: z.string().min(1), hours: z.string().optional(), confidence: z.enum(confidenceLevels).optional() }),
]);

export const serviceSchema = z.object({
  name: z.string().min(1),
  provider: z.string().optional(),
  formerNames: z.array(z.string()).default([]),
  category: z.enum(serviceCategories),
  offers: z.string().min(1),
  /** One short line for compact lists on content pages. */
  summary: z.string().min(1).max(110).optional(),
  whoFor: z.array(z.enum(serviceAudiences)).min(1),
  areas: z.array(z.enum(areas)).min(1),
  needs: z.array(z.enum(needs)).min(1),
  contacts: z.array(contactSchema).default([]),
  openingHours: z.string().optional(),
  website: z.url({ protocol: /^https$/ }).optional(),
  lastChecked: z.coerce.date(),
  confidence: z.enum(confidenceLevels),
    /** `kind` says who published a source when its address does not show it (see src/lib/sources.ts). */
  sources: z.array(z.object({ url: z.url({ protocol: /^https$/ }), date: z.string(), supports: z.string(), kind: z.enum(['provider', 'public', 'other']).optional() })).min(1),
  notice: z.string().optional(),
});

export type PageData = z.infer<typeof pageSchema>;
export type ServiceData = z.infer<typeof serviceSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type ChartData = z.infer<typeof chartSchema>;

