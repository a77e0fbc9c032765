import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { earlyScript } from '../lib/early-script.mjs';

/** Writes the head script (see src/lib/early-script.mjs) into the build, and serves it in dev. */
export function earlyScriptFile(): AstroIntegration {
  return {
    name: 'early-script-file',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const { code, path } = earlyScript();
          if (request.url !== path) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const { code, path } = earlyScript();
        await writeFile(new URL(`.${path}`, dir), code);
      },
    },
  };
}
