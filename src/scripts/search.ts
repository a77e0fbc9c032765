/**
 * Search as you type over the Pagefind index, loaded only when the visitor starts typing.
 * The query lives in the input only: never in the URL, history, storage or a request.
 */
import { prepareQuery } from '../lib/search-query';
import { pluralMessage } from './plural-message';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; section?: string } }>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

const maxResults = 10;

/** Pagefind marks matches with <mark>; rebuild the excerpt from text and marks only. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function initSearch(root: HTMLElement) {
  if (root.hasAttribute('data-search-ready')) return;
  root.setAttribute('data-search-ready', '');

  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !status || !results) return;
  const stopWords = new Set((root.dataset.stopWords ?? '').split(' ').filter(Boolean));
  const sectionLabel = results.dataset.sectionLabel ?? '{{section}}';

  let pagefind: Promise<Pagefind> | undefined;
  let vocabulary: Promise<Set<string>> | undefined;
  // Loaded on first use only, so the search page itself stays small.
  const load = () => {
    pagefind ??= (import(/* @vite-ignore */ root.dataset.pagefindSrc!) as Promise<Pagefind>).then(async (engine) => {
      // The index is small enough for the main thread; a worker would add its own script to the first query's download.
      await engine.options({ noWorker: true });
      return engine;
    });
    vocabulary ??= fetch(root.dataset.vocabularySrc!)
      .then((response) => response.json() as Promise<string[]>)
      .then((words) => new Set(words))
      .catch(() => new Set<string>());
    return Promise.all([pagefind, vocabulary]);
  };
  let latest = 0;

  const render = async (query: string) => {
    const ticket = ++latest;
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const [engine, words] = await load();
    const found = await engine.search(prepareQuery(query, words, stopWords));
    // A newer query has started: do not fetch excerpts nobody will see.
    if (ticket !== latest) return;
    const pages = await Promise.all(found.results.slice(0, maxResults).map((result) => result.data()));
    if (ticket !== latest) return;
    const list = document.createElement('ol');
    list.className = 'search-results';
    for (const page of pages) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title ?? page.url;
      const heading = document.createElement('h2');
      heading.append(link);
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(page.excerpt));
      item.append(heading, excerpt);
      if (page.meta.section) {
        const section = document.createElement('p');
        section.className = 'search-results__section';
        section.textContent = sectionLabel.replace('{{section}}', page.meta.section);
        item.append(section);
      }
      list.append(item);
    }
    results.replaceChildren(list);
    status.textContent = pluralMessage(status, found.results.length);
  };

  input.addEventListener('input', () => void render(input.value));
  input.addEventListener('focus', () => void load(), { once: true });
  // Back/forward cache: do not show an earlier query when the page is restored.
  window.addEventListener('pageshow', () => {
    input.value = '';
    void render('');
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) initSearch(root);
