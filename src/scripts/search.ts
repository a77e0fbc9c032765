/**
 * Search as you type over the Pagefind index, loaded only when the visitor starts typing.
 * The query lives in the input only: never in the URL, history, storage or a request.
 *
 * Each meaningful word (and its everyday synonyms) is looked up on its own, and pages are ranked
 * by how many of the words they match and how well (search-query.ts), so a sentence with one
 * word no page contains still finds the pages for the other words, and says so. When no word
 * matches at all, the routes to help written into the page are shown instead of an empty list.
 */
import { markWords, planQuery, rankPages, type EngineHit, type SearchData } from '../lib/search-query';
import { pluralMessage } from './plural-message';
import { initModules, part } from './modules';

interface PagefindResult {
  id: string;
  score: number;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

const maxResults = 10;
/** Waits for a pause in typing, so a fast typist's first query does not fetch the index for every letter. */
const typingPauseMs = 120;

function initSearch(root: HTMLElement) {

  const input = part<HTMLInputElement>(root, 'data-search-input');
  const status = part(root, 'data-search-status');
  const results = part(root, 'data-search-results');
  const nothing = part<HTMLTemplateElement>(root, 'data-search-nothing');
  const sectionLabel = results.dataset.sectionLabel ?? '{{section}}';

  let pagefind: Promise<Pagefind> | undefined;
  let data: Promise<SearchData> | undefined;
  // Loaded on first use only, so the search page itself stays small.
  const load = () => {
    pagefind ??= (import(/* @vite-ignore */ root.dataset.pagefindSrc!) as Promise<Pagefind>).then(async (engine) => {
      // The index is small enough for the main thread; a worker would add its own script to the first query's download.
      await engine.options({ noWorker: true });
      return engine;
    });
    data ??= fetch(root.dataset.vocabularySrc!).then((response) => response.json() as Promise<SearchData>);
    return Promise.all([pagefind, data]);
  };
  let known: Set<string> | undefined;
  const vocabulary = (search: SearchData) => (known ??= new Set(search.words));
  /** One engine search per word, kept for the visit (in memory only). */
  const engineHits = new Map<string, Promise<EngineHit[]>>();
  const lookUp = (engine: Pagefind, search: SearchData, word: string) => {
    let hits = engineHits.get(word);
    if (!hits) {
      hits = engine.search(word).then((found) => found.results.flatMap((result) => (result.id in search.ids ? [{ page: search.ids[result.id]!, score: result.score }] : [])));
      engineHits.set(word, hits);
    }
    return hits;
  };

  let latest = 0;
  let timer: number | undefined;

  const show = (list: Node | null, message: string) => {
    if (list) results.replaceChildren(list);
    else results.replaceChildren();
    status.textContent = message;
  };

  const render = async (query: string) => {
    const ticket = ++latest;
    if (!query.trim()) {
      show(null, '');
      return;
    }
    const [engine, search] = await load();
    const terms = planQuery(query, vocabulary(search), search.language);
    const variants = [...new Set(terms.flatMap((term) => term.variants))];
    const found = await Promise.all(variants.map(async (variant) => [variant, await lookUp(engine, search, variant)] as const));
    // A newer query has started: its results will replace these.
    if (ticket !== latest) return;
    const ranked = rankPages(terms, new Map(found), search.pages, search.language);
    if (!ranked.length) {
      show(nothing.content.cloneNode(true), pluralMessage(status, 0));
      return;
    }
    const list = document.createElement('ol');
    list.className = 'search-results';
    for (const { page: index } of ranked.slice(0, maxResults)) {
      const page = search.pages[index]!;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      const heading = document.createElement('h2');
      heading.append(link);
      const summary = document.createElement('p');
      for (const part of markWords(page.summary, terms, search.language)) {
        if (!part.marked) summary.append(part.text);
        else summary.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
      }
      item.append(heading, summary);
      if (page.section) {
        const section = document.createElement('p');
        section.className = 'search-results__section';
        section.textContent = sectionLabel.replace('{{section}}', page.section);
        item.append(section);
      }
      list.append(item);
    }
    const allWords = ranked[0]!.matched === terms.length;
    const count = pluralMessage(status, ranked.length);
    show(list, allWords ? count : `${status.dataset.closest ?? ''} ${count}`.trim());
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    latest += 1;
    const query = input.value;
    // An emptied box clears at once; words wait for a pause in typing.
    if (!query.trim()) void render('');
    else timer = window.setTimeout(() => void render(query), typingPauseMs);
  });
  input.addEventListener('focus', () => void load(), { once: true });
  // Back/forward cache: do not show an earlier query when the page is restored.
  window.addEventListener('pageshow', () => {
    input.value = '';
    void render('');
  });
}

initModules('search', initSearch);
