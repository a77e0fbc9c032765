import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { siteConfig } from './site-config';
import { pageSchema, serviceSchema } from './content/schemas';

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

export const collections = { pages, services };
