// A synthetic content set of about 2,000 English pages for the scale build: the real services,
// and generated MDX pages whose frontmatter follows pageSchema in src/content/schemas.ts and
// whose bodies are plain prose (no components) made from the real pages' words. Seeded, so
// every run builds the same site.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
// Node 24 strips the types, so the closed vocabularies come from their one source.
import { audiences, sections } from '../../src/content/vocabulary.ts';

const folders = 20;
const pagesPerFolder = 99; // plus each folder's index page: 20 x 100 pages, and the home page

/** mulberry32: a small seeded generator, enough to vary text reproducibly. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Letters only: digits could look like a typed phone number, which the content guard refuses. */
function realWords(pagesDir) {
  const files = readdirSync(pagesDir, { recursive: true }).filter((name) => name.endsWith('.mdx'));
  const text = files.map((name) => readFileSync(join(pagesDir, name), 'utf8').replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>/g, ' ')).join(' ');
  return [...new Set(text.toLowerCase().match(/\b[a-z]{2,}\b/g))];
}

function writer(next, words) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const phrase = (count) => Array.from({ length: count }, () => pick(words)).join(' ');
  const sentence = () => {
    const text = phrase(6 + Math.floor(next() * 12));
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');
  return { pick, phrase, sentence, paragraph };
}

function page(write, { title, section, related, services, order }) {
  const frontmatter = {
    title,
    description: write.sentence().slice(0, 200),
    summary: write.sentence(),
    audiences: [write.pick(audiences)],
    section,
    order,
    lastReviewed: '2026-11-23',
    searchPhrases: [write.phrase(3), write.phrase(4)],
    related,
    services,
  };
  const heading = () => {
    const text = write.phrase(4);
    return `## ${text[0].toUpperCase()}${text.slice(1)}`;
  };
  const body = [1, 2].flatMap(() => [heading(), write.paragraph(), write.paragraph(), write.paragraph()]);
  return `---\n${stringify(frontmatter)}---\n\n${body.join('\n\n')}\n`;
}

/** Writes the content set to a new temporary directory and returns its path and page count. */
export function generateScaleContent(sourceDir = 'content') {
  const root = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  cpSync(join(sourceDir, 'services'), join(root, 'services'), { recursive: true });
  const serviceIds = readdirSync(join(root, 'services')).map((name) => name.replace(/\.yaml$/, ''));
  const write = writer(random(2026), realWords(join(sourceDir, 'pages')));
  const pagesDir = join(root, 'pages', 'en');
  const folderSlug = (folder) => `topic-${String(folder + 1).padStart(2, '0')}`;
  const pageSlug = (index) => `page-${String(index + 1).padStart(3, '0')}`;
  let count = 0;
  const add = (file, fields) => {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, page(write, { order: 100, services: [write.pick(serviceIds)], ...fields }));
    count++;
  };

  add(join(pagesDir, 'index.mdx'), { title: 'Home', section: 'home', related: [`/${folderSlug(0)}/`] });
  for (let folder = 0; folder < folders; folder++) {
    const dir = join(pagesDir, folderSlug(folder));
    const section = sections[folder % sections.length];
    add(join(dir, 'index.mdx'), { title: `Topic ${folder + 1}`, section, related: [`/${folderSlug(folder)}/${pageSlug(0)}/`] });
    for (let index = 0; index < pagesPerFolder; index++) {
      const neighbour = (index + 1) % pagesPerFolder;
      add(join(dir, `${pageSlug(index)}.mdx`), {
        title: `Topic ${folder + 1}, page ${index + 1}`,
        section,
        order: index,
        related: [`/${folderSlug(folder)}/`, `/${folderSlug(folder)}/${pageSlug(neighbour)}/`],
      });
    }
  }
  return { root, pages: count };
}
