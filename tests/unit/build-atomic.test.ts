/** A build replaces dist/ only when it finished; a failed one leaves the published site alone. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically, requiredOutputs } from '../../scripts/build.mjs';

function writeFiles(root: string, files: string[], text: string) {
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

function publishedSite() {
  const parent = mkdtempSync(join(tmpdir(), 'atomic-'));
  const outDir = join(parent, 'dist');
  writeFiles(outDir, requiredOutputs, 'old');
  return { parent, outDir };
}

describe('atomic build', () => {
  it('swaps in a complete build and leaves no staging folder', async () => {
    const { parent, outDir } = publishedSite();
    await buildAtomically({ outDir, build: async (staging: string) => writeFiles(staging, requiredOutputs, 'new') });
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps the old site when the build fails half-way', async () => {
    const { parent, outDir } = publishedSite();
    const failing = async (staging: string) => {
      writeFiles(staging, ['index.html', 'en/index.html'], 'half');
      throw new Error('<ServiceCard id="nope">: no service with that id');
    };
    await expect(buildAtomically({ outDir, build: failing })).rejects.toThrow(/no service/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(join(outDir, 'en/index.html'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps the old site when the build finished without its search index or headers', async () => {
    const { outDir } = publishedSite();
    const incomplete = async (staging: string) => writeFiles(staging, ['index.html', '404.html'], 'new');
    await expect(buildAtomically({ outDir, build: incomplete })).rejects.toThrow(/did not write _headers/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });
});
