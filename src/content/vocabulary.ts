/** Closed vocabularies shared by the content schemas, the help-finder and the interface strings. */

export const audiences = ['survivor', 'friends-family', 'professional', 'young-person'] as const;

export const sections = ['home', 'recognise', 'help', 'someone-else', 'professionals', 'facts', 'safety', 'find-support', 'easy-read'] as const;

/** The seven Leicestershire districts, then the neighbours, then services for wider areas. */
export const districts = [
  'blaby',
  'charnwood',
  'harborough',
  'hinckley-and-bosworth',
  'melton',
  'north-west-leicestershire',
  'oadby-and-wigston',
] as const;
/** The places someone can choose in the help-finder: each has its own page at /<locale>/find-support/<area>/. */
export const localAreas = [...districts, 'rutland', 'leicester'] as const;
/** Areas wider than one place: a service for one of these serves every local area (all are in England). */
export const wideAreas = ['england-and-wales', 'national'] as const;
export const areas = [...localAreas, ...wideAreas] as const;

export const needs = ['emergency', 'talk', 'safe-place', 'legal', 'children', 'housing', 'behaviour'] as const;

export const serviceAudiences = [
  'everyone',
  'women',
  'men',
  'lgbt',
  'deaf',
  'disabled',
  'older-people',
  'young-people',
  'children',
  'parents',
  'minoritised',
  'professionals',
  'people-who-harm',
] as const;

export const serviceCategories = ['emergency', 'national', 'local', 'housing'] as const;
export const confidenceLevels = ['high', 'medium', 'low'] as const;
/** machine: not yet checked by a qualified translator; reviewed: checked by one. */
export const translationStatuses = ['machine', 'reviewed'] as const;

export type Area = (typeof areas)[number];
export type LocalArea = (typeof localAreas)[number];
export type Need = (typeof needs)[number];
export type ServiceAudience = (typeof serviceAudiences)[number];
export type Confidence = (typeof confidenceLevels)[number];
