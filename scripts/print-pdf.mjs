// npm run print:pdf: builds the site, then prints every print page (dist/<locale>/print/<item>/)
// through Chromium's own print, at the paper size the page's CSS asks for (@page size), into
// public/print/<locale>/<item>.pdf; then builds the site again, which copies them to
// dist/print/<locale>/ and links them from each print index. It records which version of each
// page it printed (public/print/printed-from.json), and the build refuses a PDF whose page has
// changed since, so an old number on paper is never published. Not part of npm test (a minute or
// more); its pure parts (scripts/lib/pdf.mjs) are tested. --no-build prints the dist/ there is;
// --no-rebuild stops after printing.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, findChromium } from './lib/system-tools.mjs';
import { pageFingerprint, paperName, pdfFile, pdfPageSizes, printedFromName, printTargets } from './lib/pdf.mjs';

const distDir = process.env.DIST_DIR ?? 'dist';
const rebuild = !process.argv.includes('--no-rebuild');
const build = () => spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status ?? 1;
// Print from the current content: the old PDFs go first (the build refuses PDFs of older pages),
// then a fresh build to print from.
rmSync(join('public', 'print'), { recursive: true, force: true });
if (!process.argv.includes('--no-build') && build() !== 0) process.exit(1);
const targets = printTargets(distDir);
if (targets.length === 0) {
  console.error(`print:pdf: no print pages in ${distDir}/: run npm run build first`);
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('print:pdf: no Chromium found: install Debian\'s chromium package or set CHROMIUM_PATH');
  process.exit(1);
}

const port = Number(process.env.PRINT_PORT ?? 4398);
const server = startServer({ root: distDir, port });
await new Promise((resolve) => server.once('listening', resolve));
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const problems = [];
/** Which version of each page every PDF was printed from: the build refuses a PDF whose page has changed since. */
const printedFrom = {};
try {
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const target of targets) {
    await page.goto(`http://localhost:${port}${target.path}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = pdfFile('public', target);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    printedFrom[target.path] = pageFingerprint(readFileSync(join(distDir, target.path, 'index.html')));
    const sizes = pdfPageSizes(bytes);
    const papers = [...new Set(sizes.map((size) => paperName(size) ?? `${size.map(Math.round).join('x')}pt`))].join(', ');
    console.log(`${file}: ${sizes.length} page(s), ${papers}, ${Math.round(bytes.length / 1024)} KB`);
    if (sizes.length !== (target.item === 'leaflet' ? 2 : 1)) problems.push(`${target.path} printed on ${sizes.length} pages`);
  }
  writeFileSync(join('public', 'print', printedFromName), `${JSON.stringify(printedFrom, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
if (problems.length) {
  console.error(`print:pdf: ${problems.join('; ')}`);
  process.exit(1);
}
if (rebuild) process.exit(build());
