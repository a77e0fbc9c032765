import { describe, expect, it } from 'vitest';
import { formatProblem, pagePathFromFile, validateContent } from '../../src/content/validate';
import { badContentCases, fixtureWith, validFixture } from '../helpers/content-fixture';

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    expect(validateContent(validFixture).map(formatProblem)).toEqual([]);
  });

  it('accepts the real site content', () => {
    expect(validateContent('content').map(formatProblem)).toEqual([]);
  });

  it.each(badContentCases)('refuses $name with one line naming file, field and problem', ({ edit, expected }) => {
    const root = fixtureWith(edit);
    const lines = validateContent(root, ['en', 'cy']).map(formatProblem);
    expect(lines.some((line) => expected.test(line))).toBe(true);
    for (const line of lines) expect(line).not.toContain('\n');
  });

  it('maps files to locale-less paths', () => {
    expect(pagePathFromFile('en/index.mdx')).toEqual({ locale: 'en', path: '/' });
    expect(pagePathFromFile('en/get-help/index.mdx')).toEqual({ locale: 'en', path: '/get-help/' });
    expect(pagePathFromFile('pl/get-help/helplines.mdx')).toEqual({ locale: 'pl', path: '/get-help/helplines/' });
  });
});
