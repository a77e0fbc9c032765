// Runs a build command and measures it, with what it produced: pages, total size, search index.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { directorySize, htmlPages } from './dist-files.mjs';

/** Throws with the build's last output line if it fails, so the section reports why. */
export function timedBuild(command, args, { outDir, env = {} }) {
  const started = performance.now();
  const result = spawnSync(command, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    const lastLine = `${result.stdout}\n${result.stderr}`.trim().split('\n').at(-1);
    throw new Error(`${command} ${args.join(' ')} failed: ${lastLine}`);
  }
  return { seconds, pages: htmlPages(outDir).length, distBytes: directorySize(outDir), pagefindBytes: directorySize(join(outDir, 'pagefind')) };
}
