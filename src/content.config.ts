import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { siteConfig } from './site-config';
import { pageSchema, serviceSchema, serviceTextSchema } from './content/schemas';

/** "en/get-help/index.mdx" -> "en/get-help"; "en/index.mdx" -> "en". */
const pageId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '').replace(/\/index$/, '');

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: join(siteConfig.contentDir, 'pages'), generateId: pageId }),
  schema: pageSchema,
});

const services = defineCollection({
  loader: glob({ pattern: '*.yaml', base: join(siteConfig.contentDir, 'services') }),
  schema: serviceSchema,
});

/** A service's own words in another language, with the id "<locale>/<service id>". */
const serviceTexts = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: join(siteConfig.contentDir, 'service-texts') }),
  schema: serviceTextSchema,
});

export const collections = { pages, services, serviceTexts };
