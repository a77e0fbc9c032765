import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { headersFile } from '../../deploy/security-headers.mjs';

/** Writes dist/_headers (Netlify, Cloudflare Pages) from the one list of security headers. */
export function headersFileIntegration(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const entries = await readdir(dir, { withFileTypes: true });
        const topLevel = entries.map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
        await writeFile(new URL('_headers', dir), headersFile(topLevel));
      },
    },
  };
}
