import type { AstroIntegration } from 'astro';
import { formatProblem, validateContent } from '../content/validate';

/** Stops the build before anything is written when any content file is wrong. */
export function contentGuard(contentDir: string): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problems = validateContent(contentDir);
        if (problems.length === 0) return;
        const lines = problems.map(formatProblem);
        // One line per problem on stderr, then a short error for Astro to report.
        for (const line of lines) console.error(`content error: ${line}`);
        throw new Error(`Content has ${problems.length} problem(s); first: ${lines[0]}`);
      },
    },
  };
}
