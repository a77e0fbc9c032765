// Section "scale" (only on request): builds a synthetic site of about 2,000 pages into a
// temporary directory, to see how build time and the search index grow with content.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateScaleContent } from './scale-content.mjs';
import { mb } from './stats.mjs';
import { timedBuild } from './timed-build.mjs';

export async function run() {
  const content = generateScaleContent();
  try {
    const outDir = join(content.root, 'dist');
    // --force: Astro's content-layer cache holds the real content; never mix the two.
    const build = timedBuild('npx', ['astro', 'build', '--force', '--outDir', outDir], { outDir, env: { SITE_CONTENT_DIR: content.root } });
    return {
      title: `build of ${content.pages} synthetic content pages (seeded; real services)`,
      columns: ['build time', 'pages built', 'dist size', 'pagefind index'],
      rows: [[`${build.seconds.toFixed(1)} s`, build.pages, mb(build.distBytes), mb(build.pagefindBytes)]],
      results: { contentPages: content.pages, ...build },
    };
  } finally {
    rmSync(content.root, { recursive: true, force: true });
  }
}
