// Builds src/scripts/early.ts into one small classic script for the document head. A module
// script would wait for the whole page to be read; this one runs before the body is painted.
// The file name carries a hash of its content, so it can be cached for a year under /_astro/.
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

// From the project root: this module is also bundled into Astro's build, where import.meta.url moves.
const entry = resolve('src/scripts/early.ts');
let built;

/** @returns {{ code: string, path: string }} */
export function earlyScript() {
  if (built) return built;
  const result = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, target: 'es2017', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0].text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  built = { code, path: `/_astro/early.${hash}.js` };
  return built;
}
