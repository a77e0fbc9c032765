import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const validFixture = 'tests/fixtures/content-valid';

export interface FixtureFiles {
  read(path: string): string;
  write(path: string, text: string): void;
}

/** A throwaway copy of the valid fixture, changed by `edit`, for one bad-content case. */
export function fixtureWith(edit: (files: FixtureFiles) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(validFixture, root, { recursive: true });
  edit({
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
  });
  return root;
}

/** The bad-content cases the build must refuse, each with the one line it must print. */
export const badContentCases = [
  {
    name: 'a missing title',
    edit: (files: FixtureFiles) =>
      files.write('pages/en/index.mdx', files.read('pages/en/index.mdx').replace('title: "Home"\n', '')),
    expected: /pages\/en\/index\.mdx: title: /,
  },
  {
    name: 'an unknown locale',
    edit: (files: FixtureFiles) => files.write('pages/xx/index.mdx', files.read('pages/en/index.mdx')),
    expected: /pages\/xx\/index\.mdx: locale: unknown locale "xx"/,
  },
  {
    name: 'a malformed phone number',
    edit: (files: FixtureFiles) =>
      files.write('services/freeva.yaml', files.read('services/freeva.yaml').replace('+448088020028', '0808 802 0028')),
    expected: /services\/freeva\.yaml: contacts\.0\.value: must be \+44/,
  },
  {
    name: 'a phone number shown as a different number',
    edit: (files: FixtureFiles) =>
      files.write('services/freeva.yaml', files.read('services/freeva.yaml').replace('value: "+448088020028"', 'value: "+448088020028"\n    display: "0808 802 0029"')),
    expected: /services\/freeva\.yaml: contacts\.0\.display: must be the same number as value/,
  },
  {
    name: 'an unknown district',
    edit: (files: FixtureFiles) =>
      files.write('services/freeva.yaml', files.read('services/freeva.yaml').replace('areas: [blaby,', 'areas: [narnia,')),
    expected: /services\/freeva\.yaml: areas\.0: /,
  },
  {
    name: 'an unknown audience',
    edit: (files: FixtureFiles) =>
      files.write('pages/en/index.mdx', files.read('pages/en/index.mdx').replace('audiences: [survivor]', 'audiences: [aliens]')),
    expected: /pages\/en\/index\.mdx: audiences\.0: /,
  },
  {
    name: 'a translation of a page that does not exist',
    /** Needs a second locale: the unit test passes one, the build has only English so far. */
    needsSecondLocale: true,
    edit: (files: FixtureFiles) =>
      files.write(
        'pages/cy/get-help/helplines.mdx',
        files.read('pages/en/get-help/index.mdx').replace('section: help', 'section: help\ntranslation: { sourcePage: /get-help/helplines/, status: machine }'),
      ),
    expected: /pages\/cy\/get-help\/helplines\.mdx: translation\.sourcePage: no English page at "\/get-help\/helplines\/"/,
  },
] as const;
