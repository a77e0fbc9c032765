// Section "weights": gzipped HTML, and HTML + CSS + JS loaded up front, for every built page.
import { budgets, pageWeight } from './page-weight.mjs';
import { htmlPages, urlPath } from './dist-files.mjs';
import { kb } from './stats.mjs';

const shownRows = 10;

function overBudget(weight) {
  const over = [];
  if (weight.html > budgets.html) over.push('html');
  if (weight.js > budgets.js) over.push('js');
  if (weight.total > budgets.total) over.push('total');
  return over.length ? `MISSED: ${over.join(', ')}` : 'met';
}

export async function run({ distDir }) {
  const pages = htmlPages(distDir)
    .map((file) => ({ path: urlPath(distDir, file), ...pageWeight(distDir, file) }))
    .sort((a, b) => b.total - a.total);
  const max = (key) => Math.max(...pages.map((page) => page[key]));
  const sum = (key) => pages.reduce((total, page) => total + page[key], 0);
  const maxima = { html: max('html'), css: max('css'), js: max('js'), total: max('total') };
  const missed = pages.filter((page) => overBudget(page) !== 'met');
  const row = (label, weight, goal) => [label, kb(weight.html), kb(weight.css), kb(weight.js), kb(weight.total), goal];
  return {
    title: `Page weight, gzip -9 (heaviest ${Math.min(shownRows, pages.length)} of ${pages.length} pages; budgets html ${kb(budgets.html)}, js ${kb(budgets.js)}, total ${kb(budgets.total)})`,
    columns: ['page', 'html', 'css', 'js', 'total', 'goal'],
    rows: [
      ...pages.slice(0, shownRows).map((page) => row(page.path, page, overBudget(page))),
      row('max of any page', maxima, overBudget(maxima)),
      row(`sum of ${pages.length} pages`, { html: sum('html'), css: sum('css'), js: sum('js'), total: sum('total') }, ''),
    ],
    notes: [`${pages.length - missed.length} of ${pages.length} pages within every budget${missed.length ? `; over: ${missed.map((page) => page.path).join(', ')}` : ''}`],
    results: { budgets, pages, max: maxima, pagesOverBudget: missed.map((page) => page.path) },
  };
}
