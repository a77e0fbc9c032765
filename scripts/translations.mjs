// `npm run translations`: which pages and service texts each language has, and in what state:
// missing, machine (not checked by a qualified translator), reviewed, or out of date (the
// English changed since it was translated). Professional pages, facts and Easy Read may stay in English.
//
// `npm run translations -- --stamp <locale>` records the English fingerprint on that locale's
// translations that have none yet: run it once, right after a translation is written from the
// current English. `--stamp <locale>/<path>` (e.g. pl/get-help/police) re-stamps one page after
// its translation has been brought up to date, and `--stamp pl/services/childline` one service text.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { pageSourceHash, serviceSourceHash } from '../src/i18n/source-hash.mjs';

const contentDir = process.env.SITE_CONTENT_DIR ?? 'content';
const pagesDir = join(contentDir, 'pages');
const textsDir = join(contentDir, 'service-texts');
/** Sections that may stay in English: for professionals, statistics, and Easy Read (written in English only). */
const englishByDesign = (path) => path.startsWith('professionals/') || path.startsWith('easy-read/') || path === 'easy-read' || path === 'facts';

const walk = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.mdx') || file.endsWith('.yaml')) : []);

function readPage(file) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: (frontmatter): missing frontmatter between --- lines`);
  return { frontmatter: match[1], data: parse(match[1]), body: match[2] };
}

const englishPages = new Map(walk(join(pagesDir, 'en')).map((file) => [file.replace(/\.mdx$/, '').split(sep).join('/'), readPage(join(pagesDir, 'en', file))]));
const englishServices = new Map(walk(join(contentDir, 'services')).map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(join(contentDir, 'services', file), 'utf8'))]));
const locales = readdirSync(pagesDir).filter((name) => name !== 'en').sort();

function state(translation, currentHash) {
  if (!translation?.sourceHash) return 'unstamped';
  if (translation.sourceHash !== currentHash) return 'out of date';
  return translation.status;
}

/** Writes the current English fingerprint into a translation's `translation:` line. */
function stamp(file, hash, text) {
  const stamped = text.replace(/^(translation:\s*\{[^}\n]*?)(,?\s*sourceHash:\s*"?[0-9a-f]*"?)?(,\s*status:)/m, `$1, sourceHash: "${hash}"$3`);
  if (stamped === text && !text.includes(`sourceHash: "${hash}"`)) throw new Error(`${file}: translation: could not record sourceHash (write it as translation: { ..., status: machine } on one line)`);
  writeFileSync(file, stamped);
}

const stampArgument = process.argv[process.argv.indexOf('--stamp') + 1];
if (process.argv.includes('--stamp')) {
  if (!stampArgument) throw new Error('--stamp needs a locale (pl) or a page (pl/get-help/police)');
  const [locale, ...rest] = stampArgument.split('/');
  const only = rest.join('/');
  let count = 0;
  for (const file of walk(join(pagesDir, locale))) {
    const path = file.replace(/\.mdx$/, '').split(sep).join('/');
    const source = englishPages.get(path);
    if (!source || (only && path !== only)) continue;
    const full = join(pagesDir, locale, file);
    const page = readPage(full);
    if (!only && page.data.translation?.sourceHash) continue;
    stamp(full, pageSourceHash(source.data, source.body), readFileSync(full, 'utf8'));
    count += 1;
  }
  for (const file of walk(join(textsDir, locale))) {
    const full = join(textsDir, locale, file);
    const text = readFileSync(full, 'utf8');
    const data = parse(text);
    const id = file.replace(/\.yaml$/, '');
    const service = englishServices.get(id);
    if (!service || (only ? only !== `services/${id}` : data.translation?.sourceHash)) continue;
    writeFileSync(full, `translation: { sourceHash: "${serviceSourceHash(service)}", status: machine }\n${text.replace(/^translation:.*\n/m, '')}`);
    count += 1;
  }
  console.log(`stamped ${count} translation(s) in ${stampArgument}`);
  process.exit(0);
}

const rows = [...englishPages.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, source]) => {
  const hash = pageSourceHash(source.data, source.body);
  const cells = locales.map((locale) => {
    const file = join(pagesDir, locale, `${path}.mdx`);
    if (!existsSync(file)) return englishByDesign(path) ? 'English' : 'missing';
    return state(readPage(file).data.translation, hash);
  });
  return [path, ...cells];
});
const widths = ['page', ...locales].map((heading, column) => Math.max(heading.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
console.log(line(['page', ...locales]));
for (const row of rows) console.log(line(row));

console.log('');
for (const locale of locales) {
  const counts = {};
  for (const [id, service] of englishServices) {
    const file = join(textsDir, locale, `${id}.yaml`);
    const cell = existsSync(file) ? state(parse(readFileSync(file, 'utf8')).translation, serviceSourceHash(service)) : 'missing';
    counts[cell] = (counts[cell] ?? 0) + 1;
  }
  console.log(`service texts, ${locale}: ${Object.entries(counts).map(([cell, count]) => `${count} ${cell}`).join(', ')}`);
}
const survivorMissing = rows.filter((row) => row.slice(1).includes('missing')).length;
console.log(`\n${rows.length} English pages; ${survivorMissing} survivor page(s) missing in at least one language.`);
