import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlProblems } from '../lib/html-safety';

/** Checks every built page (see src/lib/html-safety.ts); any problem fails the build, so nothing is published. */
export function outputGuard(): AstroIntegration {
  return {
    name: 'output-guard',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const lines: string[] = [];
        for (const file of files) {
          for (const problem of htmlProblems(await readFile(join(root, file), 'utf8'))) lines.push(`${relative(process.cwd(), join(root, file))}: ${problem}`);
        }
        if (lines.length === 0) {
          logger.info(`checked ${files.length} pages: no unsafe markup`);
          return;
        }
        for (const line of lines) console.error(`output error: ${line}`);
        throw new Error(`Built pages have ${lines.length} problem(s); first: ${lines[0]}`);
      },
    },
  };
}
