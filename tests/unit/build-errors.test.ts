/**
 * Bad content must stop the real build with its one-line message. Each case runs `astro build`
 * against a broken copy of the fixture; the guard fails before any page is rendered.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { badContentCases, fixtureWith } from '../helpers/content-fixture';

const buildableCases = badContentCases.filter((testCase) => testCase.build);

describe('astro build with bad content', () => {
  it.each(buildableCases)('stops on $name', ({ edit, expected }) => {
    const root = fixtureWith(edit);
    const result = spawnSync('npx', ['astro', 'build', '--outDir', `${root}/dist`], {
      env: { ...process.env, SITE_CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    const errorLines = result.stderr.split('\n').filter((line) => line.startsWith('content error: '));
    expect(errorLines.some((line) => expected.test(line))).toBe(true);
  });
});

describe('astro build with good content', () => {
  it('succeeds and prints no warning a site author could do nothing about', () => {
    const root = fixtureWith(() => undefined);
    const result = spawnSync('npx', ['astro', 'build', '--outDir', `${root}/dist`], {
      env: { ...process.env, SITE_CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-2000)).toBe(0);
    expect(output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line))).toEqual([]);
  });
});
