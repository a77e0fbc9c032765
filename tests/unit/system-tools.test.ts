/** The browser the tests drive is found in the order the README promises. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, mayInstallSystemPackages } from '../../scripts/lib/system-tools.mjs';

const savedPath = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (savedPath === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = savedPath;
});

describe('findChromium', () => {
  it('takes $CHROMIUM_PATH first when it names a file', () => {
    const browser = join(mkdtempSync(join(tmpdir(), 'chromium-')), 'chrome');
    writeFileSync(browser, '');
    process.env.CHROMIUM_PATH = browser;
    expect(findChromium()).toBe(browser);
  });

  it('ignores a $CHROMIUM_PATH that does not exist and looks further', () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    expect(findChromium()).not.toBe('/nowhere/chromium');
  });
});

describe('installing system packages', () => {
  it('happens only in CI or when asked', () => {
    expect(mayInstallSystemPackages({})).toBe(false);
    expect(mayInstallSystemPackages({ CI: 'false' })).toBe(false);
    expect(mayInstallSystemPackages({ CI: 'true' })).toBe(true);
    expect(mayInstallSystemPackages({ INSTALL_SYSTEM_PACKAGES: '1' })).toBe(true);
  });
});
