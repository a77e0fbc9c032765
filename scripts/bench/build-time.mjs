// Section "build": a clean `npm run build` of the real content, timed.
import { rmSync } from 'node:fs';
import { mb } from './stats.mjs';
import { timedBuild } from './timed-build.mjs';

export async function run({ distDir }) {
  // Clean: no old output, and --force drops Astro's content-layer cache.
  rmSync(distDir, { recursive: true, force: true });
  const build = timedBuild('npm', ['run', 'build', '--', '--force'], { outDir: distDir });
  return {
    title: 'clean build of the site (npm run build -- --force, after removing dist/)',
    columns: ['build time', 'pages', 'dist size', 'pagefind index'],
    rows: [[`${build.seconds.toFixed(1)} s`, build.pages, mb(build.distBytes), mb(build.pagefindBytes)]],
    results: build,
  };
}
