/** Every interface string is used somewhere: an unused one would be translated ten times for nothing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceText = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(astro|ts|mjs)$/.test(entry.name))
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
  .join('\n');
/** Prefixes of keys built in code, such as t(`area.${area}`). */
const builtPrefixes = [...sourceText.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((match) => match[1]!);
const english = JSON.parse(readFileSync('src/i18n/ui/en.json', 'utf8')) as Record<string, string>;
const baseKeys = [...new Set(Object.keys(english).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];

describe('interface strings', () => {
  it('has no key that no page or script uses', () => {
    const used = (key: string) => new RegExp(`['"\`]${key.replace(/\./g, '\\.')}['"\`]`).test(sourceText) || builtPrefixes.some((prefix) => key.startsWith(prefix));
    expect(baseKeys.filter((key) => !used(key))).toEqual([]);
  });
});
