// Builds the site into a staging folder beside dist/ and swaps it in only when everything
// (pages, search index, _headers) was written, so a failed build never leaves half a site to
// publish. `DIST_DIR` moves the output (the preview server reads the same variable).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Files every complete build has; a build without one of them is not published. */
export const requiredOutputs = ['index.html', '404.html', '_headers', 'robots.txt', 'sitemap-index.xml', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];

/**
 * Runs `build(stagingDir)`, checks its output, then replaces `outDir` with it. On any failure
 * the staging folder is removed and `outDir` is left exactly as it was.
 * @param {{ outDir: string, build: (stagingDir: string) => Promise<void> }} options
 */
export async function buildAtomically({ outDir, build }) {
  const target = resolve(outDir);
  // Same parent folder, so the swap is a rename on one file system.
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}-staging-`));
  try {
    await build(staging);
    const missing = requiredOutputs.filter((file) => !existsSync(join(staging, file)));
    if (missing.length) throw new Error(`the build did not write ${missing.join(', ')}`);
    const old = `${staging}-old`;
    if (existsSync(target)) await rename(target, old);
    await rename(staging, target);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** `astro build` into the given folder, with its own output on this terminal. */
export function astroBuild(outDir) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('astro', ['build', '--outDir', outDir], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`astro build failed (${signal ?? `exit code ${code}`})`))));
  });
}

export const distDir = () => process.env.DIST_DIR ?? 'dist';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildAtomically({ outDir: distDir(), build: astroBuild });
  } catch (error) {
    console.error(`Build failed: ${error.message}. ${distDir()}/ was left as it was.`);
    process.exit(1);
  }
}
