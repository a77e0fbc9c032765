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

const getHelp = 'pages/en/get-help/index.mdx';
const home = 'pages/en/index.mdx';
const freeva = 'services/freeva.yaml';

/** Adds a line to the end of a page's body. */
const appendToPage = (path: string, line: string) => (files: FixtureFiles) => files.write(path, `${files.read(path)}\n${line}\n`);
/** Replaces text in a fixture file. */
const replaceIn = (path: string, from: string, to: string) => (files: FixtureFiles) => {
  const text = files.read(path);
  if (!text.includes(from)) throw new Error(`fixture ${path} has no "${from}"`);
  files.write(path, text.replace(from, to));
};

/** The fixture's service text, as a second locale's (the unit test knows "cy"), changed by `change`. */
const copyServiceText = (id: string, change: (text: string) => string) => (files: FixtureFiles) =>
  files.write(`service-texts/cy/${id}.yaml`, change(files.read('service-texts/pl/freeva.yaml')));

/**
 * The bad content the build must refuse, each with the one line it must print. Those marked
 * `build` also run through a real `astro build` (tests/unit/build-errors.test.ts); the rest are
 * checked by the same guard without a build, to keep the test run short.
 */
export const badContentCases: { name: string; edit: (files: FixtureFiles) => void; expected: RegExp; build?: true; needsSecondLocale?: true }[] = [
  { name: 'a missing title', build: true, edit: replaceIn(home, 'title: "Home"\n', ''), expected: /pages\/en\/index\.mdx: title: / },
  { name: 'a title of spaces', edit: replaceIn(home, 'title: "Home"', 'title: "   "'), expected: /pages\/en\/index\.mdx: title: must not be blank/ },
  { name: 'a title far too long', edit: replaceIn(home, 'title: "Home"', `title: "${'Help '.repeat(40)}"`), expected: /pages\/en\/index\.mdx: title: must be at most 90 characters/ },
  { name: 'a misspelt page field', build: true, edit: replaceIn(home, 'summary:', 'sumary:'), expected: /pages\/en\/index\.mdx: sumary: unknown field/ },
  { name: 'a misspelt service field', edit: replaceIn(freeva, 'offers:', 'offer:'), expected: /services\/freeva\.yaml: offer: unknown field/ },
  { name: 'a review date in the future', edit: replaceIn(home, 'lastReviewed: 2026-11-23', 'lastReviewed: 2099-01-01'), expected: /pages\/en\/index\.mdx: lastReviewed: is in the future/ },
  { name: 'a check date in the future', build: true, edit: replaceIn(freeva, 'lastChecked: 2026-11-20', 'lastChecked: 2099-01-01'), expected: /services\/freeva\.yaml: lastChecked: is in the future/ },
  { name: 'a source dated in the future', edit: replaceIn(freeva, 'date: undated', 'date: "2099-05"'), expected: /services\/freeva\.yaml: sources\.0\.date: is in the future/ },
  { name: 'an unknown locale', edit: (files) => files.write('pages/xx/index.mdx', files.read(home)), expected: /pages\/xx\/index\.mdx: locale: unknown locale "xx"/ },
  { name: 'a page with the wrong extension', edit: (files) => files.write('pages/en/about.md', files.read(home)), expected: /pages\/en\/about\.md: \(file\): pages must be \.mdx files/ },
  { name: 'a service with the wrong extension', build: true, edit: (files) => files.write('services/samaritans.yml', files.read(freeva)), expected: /services\/samaritans\.yml: \(file\): services must be \.yaml files/ },
  { name: 'a malformed phone number', edit: replaceIn(freeva, '+448088020028', '0808 802 0028'), expected: /services\/freeva\.yaml: contacts\.0\.value: must be a UK number/ },
  { name: 'a phone number with a digit dropped', build: true, edit: replaceIn(freeva, '+448088020028', '+44808802002'), expected: /services\/freeva\.yaml: contacts\.0\.value: must be a UK number/ },
  { name: 'a phone number with a digit added', edit: replaceIn(freeva, '+448088020028', '+4480880200281'), expected: /services\/freeva\.yaml: contacts\.0\.value: must be a UK number/ },
  { name: 'a premium-rate number', edit: replaceIn(freeva, '+448088020028', '+449098020028'), expected: /services\/freeva\.yaml: contacts\.0\.value: must be a UK number/ },
  { name: 'a phone number shown as a different number', edit: replaceIn(freeva, 'value: "+448088020028"', 'value: "+448088020028"\n    display: "0808 802 0029"'), expected: /services\/freeva\.yaml: contacts\.0\.display: must be the same number as value/ },
  { name: 'an http website', edit: replaceIn(freeva, 'lastChecked:', 'website: http://example.org/\nlastChecked:'), expected: /services\/freeva\.yaml: website: must be an https:\/\/ address/ },
  { name: 'a javascript: source', edit: replaceIn(freeva, 'https://example.org/local', 'javascript:alert(1)'), expected: /services\/freeva\.yaml: sources\.0\.url: must be an https:\/\/ address/ },
  { name: 'a data: source', edit: replaceIn(freeva, 'https://example.org/local', 'data:text/html,hello'), expected: /services\/freeva\.yaml: sources\.0\.url: must be an https:\/\/ address/ },
  { name: 'an unknown district', edit: replaceIn(freeva, 'areas: [blaby,', 'areas: [narnia,'), expected: /services\/freeva\.yaml: areas\.0: / },
  { name: 'an unknown audience', edit: replaceIn(home, 'audiences: [survivor]', 'audiences: [aliens]'), expected: /pages\/en\/index\.mdx: audiences\.0: / },
  { name: 'a right-to-left override in a service', edit: replaceIn(freeva, 'label: Support line', 'label: "Support \u202eline"'), expected: /services\/freeva\.yaml: contacts\.0\.label: hidden character U\+202E/ },
  { name: 'a right-to-left override before a number', build: true, edit: replaceIn(getHelp, '<Phone id="freeva" />', '\u202e<Phone id="freeva" />'), expected: /get-help\/index\.mdx: \(body\) line 10: hidden character U\+202E/ },
  { name: 'a zero-width space in a title', edit: replaceIn(home, 'title: "Home"', 'title: "Ho\u200bme"'), expected: /pages\/en\/index\.mdx: title: hidden character U\+200B/ },
  { name: 'a phone number typed into a page', edit: appendToPage(getHelp, 'Call 0808 802 0028.'), expected: /get-help\/index\.mdx: \(body\) line 12: phone number "0808 802 0028" typed into the page/ },
  { name: 'a phone number typed with odd spacing', edit: appendToPage(getHelp, 'Call 0808 80 200 28.'), expected: /phone number "0808 80 200 28" typed/ },
  { name: 'a short phone number typed into a page', edit: appendToPage(getHelp, 'Childline: 0800 1111.'), expected: /phone number "0800 1111" typed/ },
  { name: 'a phone number typed with +44 (0)', edit: appendToPage(getHelp, 'Call +44 (0)808 802 0028.'), expected: /phone number "\+44 \(0\)808 802 0028" typed/ },
  { name: 'a phone number typed with no-break spaces', edit: appendToPage(getHelp, 'Call 0808\u00a0802\u00a00028.'), expected: /phone number "0808\u00a0802\u00a00028" typed/ },
  { name: 'a raw script element', build: true, edit: appendToPage(getHelp, '<script>alert(1)</script>'), expected: /get-help\/index\.mdx: \(body\) line 12: <script> is not allowed/ },
  { name: 'an iframe', edit: appendToPage(getHelp, '<iframe src="https://example.org/"></iframe>'), expected: /<iframe> is not allowed/ },
  { name: 'an image from another site', edit: appendToPage(getHelp, '<img src="https://example.org/a.png" />'), expected: /<img> is not allowed/ },
  { name: 'an img with onerror', edit: appendToPage(getHelp, '<img src="x" onerror="alert(1)" />'), expected: /<img> is not allowed/ },
  { name: 'a Markdown image', edit: appendToPage(getHelp, '![tracker](https://example.org/a.png)'), expected: /images are not allowed/ },
  { name: 'an onclick attribute', edit: appendToPage(getHelp, '<div onclick="alert(1)">Hello</div>'), expected: /<div onclick>: event handler attributes are not allowed/ },
  { name: 'a javascript: link', edit: appendToPage(getHelp, '[Help](javascript:alert(1))'), expected: /link to "javascript:alert\(1\)": only https:, mailto: and site pages are allowed/ },
  { name: 'an http link', edit: appendToPage(getHelp, '[Help](http://example.org/)'), expected: /link to "http:\/\/example\.org\/": only https:/ },
  { name: 'a bare http address', edit: appendToPage(getHelp, 'See http://example.org for more.'), expected: /bare web address/ },
  { name: 'a link to a missing page', build: true, edit: appendToPage(getHelp, '[Helplines](/get-help/nowhere/)'), expected: /link to "\/get-help\/nowhere\/": no page at "\/get-help\/nowhere\/"/ },
  { name: 'a tel: link typed into a page', edit: appendToPage(getHelp, '[Call](tel:+448088020028)'), expected: /numbers belong in a service/ },
  { name: 'an import statement', build: true, edit: (files) => files.write(getHelp, files.read(getHelp).replace('---\n\n', "---\n\nimport fs from 'node:fs';\n\n")), expected: /\(body\) line 10: import and export statements are not allowed/ },
  { name: 'an export statement', edit: appendToPage(getHelp, 'export const x = 1;'), expected: /import and export statements are not allowed/ },
  { name: 'an expression', edit: appendToPage(getHelp, '{process.exit(1)}'), expected: /\{\.\.\.\} expressions are not allowed/ },
  { name: 'an expression as a component id', build: true, edit: appendToPage(getHelp, '<ServiceCard id={"nope"} />'), expected: /<ServiceCard id>: must be a plain string/ },
  { name: 'a link to a service that does not exist', edit: appendToPage(getHelp, '<ServiceCard id="nobody" />'), expected: /<ServiceCard id>: no service with id "nobody"/ },
  { name: 'an unknown component', edit: appendToPage(getHelp, '<Widget />'), expected: /<Widget> is not allowed/ },
  { name: 'a service text for a service that does not exist', edit: copyServiceText('nobody', (text) => text), expected: /service-texts\/cy\/nobody\.yaml: \(file\): no service with id "nobody"/ },
  { name: 'a service text with a contact too many', edit: copyServiceText('freeva', (text) => text.replace('  - label: Linia wsparcia', '  - label: Linia wsparcia\n  - label: Tekst')), expected: /service-texts\/cy\/freeva\.yaml: contacts: has 2 entries; the service has 1 contacts/ },
  { name: 'a service text with a number typed in', edit: copyServiceText('freeva', (text) => text.replace('Rutland.', 'Rutland. Zadzwoń 0808 802 0029.')), expected: /service-texts\/cy\/freeva\.yaml: offers: phone number "0808 802 0029" is not one of this service's contacts/ },
  { name: 'a service text in English', edit: (files) => files.write('service-texts/en/freeva.yaml', files.read('service-texts/pl/freeva.yaml')), expected: /service-texts\/en\/freeva\.yaml: locale: not a translation locale/ },
  { name: 'an Easy Read point with a picture the site does not draw', edit: appendToPage(getHelp, '<EasyPoint picture="unicorn">Call us.</EasyPoint>'), expected: /<EasyPoint picture>: no picture "unicorn"/ },
  { name: 'an Easy Read point without a picture', edit: appendToPage(getHelp, '<EasyPoint>Call us.</EasyPoint>'), expected: /<EasyPoint>: picture="\.\.\." is required/ },
  {
    name: 'a translation of a page that does not exist',
    /** Needs a second locale: the unit test passes one. */
    needsSecondLocale: true,
    edit: (files) =>
      files.write(
        'pages/cy/get-help/nowhere.mdx',
        files.read(getHelp).replace('section: help', 'section: help\ntranslation: { sourcePage: /get-help/nowhere/, sourceHash: "0123456789ab", status: machine }'),
      ),
    expected: /pages\/cy\/get-help\/nowhere\.mdx: translation\.sourcePage: no English page at "\/get-help\/nowhere\/"/,
  },
];
