import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printedFromName, stalePdfs } from '../../scripts/lib/pdf.mjs';

/** Refuses a PDF printed from an older version of its page (see stalePdfs), then drops the record, which is for the build only. */
export function printPdfGuard(): AstroIntegration {
  return {
    name: 'print-pdf-guard',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const lines = stalePdfs(root);
        for (const line of lines) console.error(`print error: ${line}`);
        if (lines.length) throw new Error(`${lines.length} PDF(s) out of date; first: ${lines[0]}`);
        await rm(join(root, 'print', printedFromName), { force: true });
      },
    },
  };
}
