// Small, pure readers for the PDFs Chromium prints: how many pages, and each page's size. Used by
// `npm run print:pdf` to report what it made and by the tests to check that a sheet fits its paper.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paper sizes in PDF points (1/72 inch), portrait. */
export const paperPoints = { A4: [595.28, 841.89], A5: [419.53, 595.28] };

/** The MediaBox of every page object, in order: [width, height] in points (a page without one inherits its tree's). */
export function pdfPageSizes(bytes) {
  const objects = Buffer.from(bytes).toString('latin1').split(/\bendobj\b/);
  const mediaBox = (text) => {
    const box = /\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/.exec(text);
    return box ? [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])] : undefined;
  };
  const inherited = mediaBox(objects.find((object) => /\/Type\s*\/Pages\b/.test(object)) ?? '');
  return objects.filter((object) => /\/Type\s*\/Page(?![A-Za-z])/.test(object)).map((object) => mediaBox(object) ?? inherited ?? [0, 0]);
}

/** Pages in a PDF, from its page objects (Chromium writes page objects uncompressed). */
export const pdfPageCount = (bytes) => pdfPageSizes(bytes).length;

/** The paper a size is, within 2 points either way, or undefined. */
export function paperName([width, height]) {
  return Object.entries(paperPoints).find(([, [w, h]]) => Math.abs(w - width) < 2 && Math.abs(h - height) < 2)?.[0];
}

/** Every print page in a built site: { locale, item, path } for dist/<locale>/print/<item>/index.html. */
export function printTargets(distDir) {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(distDir, entry.name, 'print')))
    .flatMap((locale) =>
      readdirSync(join(distDir, locale.name, 'print'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(distDir, locale.name, 'print', entry.name, 'index.html')))
        .map((item) => ({ locale: locale.name, item: item.name, path: `/${locale.name}/print/${item.name}/` })),
    )
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Where a PDF is written: public/print/<locale>/<item>.pdf, which the build copies to dist/print/. */
export const pdfFile = (root, { locale, item }) => join(root, 'print', locale, `${item}.pdf`);

/** Where print:pdf records which version of each print page every PDF was printed from. */
export const printedFromName = 'printed-from.json';

/** A built print page's fingerprint: a PDF printed from it is current while this is unchanged. */
export const pageFingerprint = (html) => createHash('sha256').update(html).digest('hex').slice(0, 16);

/**
 * The PDFs in a built site (root/print/<locale>/<item>.pdf) that do not match the page they were
 * printed from, as one line each naming the file to print again: a PDF with an old number must
 * never be published beside the page that has the new one.
 */
export function stalePdfs(root) {
  const printDir = join(root, 'print');
  if (!existsSync(printDir)) return [];
  const recordFile = join(printDir, printedFromName);
  const printedFrom = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : {};
  return readdirSync(printDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((locale) => readdirSync(join(printDir, locale.name)).filter((file) => file.endsWith('.pdf')).map((file) => ({ locale: locale.name, item: file.replace(/\.pdf$/, '') })))
    .flatMap((target) => {
      const file = `public/print/${target.locale}/${target.item}.pdf`;
      const page = join(root, target.locale, 'print', target.item, 'index.html');
      if (!existsSync(page)) return [`${file}: (pdf): no page /${target.locale}/print/${target.item}/ is built any more; delete the PDF`];
      const recorded = printedFrom[`/${target.locale}/print/${target.item}/`];
      if (recorded !== pageFingerprint(readFileSync(page))) return [`${file}: (pdf): printed from an older /${target.locale}/print/${target.item}/; run npm run print:pdf to print it again`];
      return [];
    });
}
