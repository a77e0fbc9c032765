// Benchmarks: `npm run bench [-- section ...]`. Prints a table per section and writes
// bench-results/bench.json. Figures only: a missed goal is marked, never a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { formatTable } from './bench/table.mjs';

const distDir = 'dist';
const resultsFile = 'bench-results/bench.json';

/** Loaded only when asked for, so `bench exit` does not import Lighthouse. */
const sections = {
  weights: () => import('./bench/weights.mjs'),
  exit: () => import('./bench/quick-exit.mjs'),
  search: () => import('./bench/search-latency.mjs'),
  relevance: () => import('./bench/search-relevance.mjs'),
  lighthouse: () => import('./bench/lighthouse-scores.mjs'),
  build: () => import('./bench/build-time.mjs'),
  scale: () => import('./bench/scale-build.mjs'),
};
/** The synthetic 2,000-page build takes minutes: only on request. */
const defaultSections = Object.keys(sections).filter((name) => name !== 'scale');

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in sections));
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; choose from ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}
const names = requested.length ? requested : defaultSections;

if (!existsSync(`${distDir}/index.html`)) {
  console.log('dist/ is missing: running npm run build first');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

// Ctrl+C or kill: leave through process 'exit', where the servers this run started are stopped.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));

const report = { date: new Date().toISOString(), node: process.version, sections: {} };
let crashed = false;
for (const name of names) {
  const started = performance.now();
  try {
    const { run } = await sections[name]();
    const { title, columns, rows, notes = [], results } = await run({ distDir });
    console.log(`\n## ${name}: ${title}`);
    if (rows.length) console.log(formatTable({ columns, rows }));
    for (const note of notes) console.log(note);
    report.sections[name] = results;
  } catch (error) {
    crashed = true;
    console.log(`\n## ${name}: could not run: ${error.message.split('\n')[0]}`);
    report.sections[name] = { error: error.message };
  }
  report.sections[name].seconds = Number(((performance.now() - started) / 1000).toFixed(1));
}

mkdirSync('bench-results', { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten ${resultsFile}`);
// A section that crashed is a broken benchmark, not a missed goal: say so in the exit code.
process.exitCode = crashed ? 1 : 0;
