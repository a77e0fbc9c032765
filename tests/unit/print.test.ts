import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { pageFingerprint, paperName, paperPoints, pdfPageCount, pdfPageSizes, printedFromName, printTargets, stalePdfs } from '../../scripts/lib/pdf.mjs';
import { locales } from '../../src/i18n/locales';
import { alarmingWords, alarmingWordsIn, homeUrl, modulesFromPath, printedAddress, qrCode } from '../../src/lib/print';

const ui = Object.fromEntries(locales.map((locale) => [locale.code, JSON.parse(readFileSync(`src/i18n/ui/${locale.code}.json`, 'utf8')) as Record<string, string>]));

describe('QR codes', () => {
  it('encode the locale home page on the production site', () => {
    expect(homeUrl('pl', 'https://example.org')).toBe('https://example.org/pl/');
    expect(qrCode(homeUrl('ur')).text).toBe(homeUrl('ur'));
  });

  it('draw exactly the dark modules the encoder made, inside a quiet zone of 4', () => {
    const text = homeUrl('en', 'https://domestic-abuse-help.leicestershire.example');
    const code = qrCode(text);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${row},${col}`);
    expect(modulesFromPath(code.path)).toEqual(expected);
    expect(code.size).toBe(modules.size + 8);
  });

  it('prints the address without its scheme', () => {
    expect(printedAddress('https://example.org/en/')).toBe('example.org/en');
  });
});

describe('alarming words on pocket cards', () => {
  it('has a list for every locale', () => {
    for (const locale of locales) expect(alarmingWords[locale.code]?.length, locale.code).toBeGreaterThan(5);
  });

  it.each([
    ['en', 'National Domestic Abuse Helpline'],
    ['en', 'Refuge'],
    ['pl', 'Przemoc domowa'],
    ['ur', 'گھریلو بدسلوکی'],
    ['pl', 'domestic-abuse-help.example'],
  ])('finds them in %s: %s', (locale, text) => {
    expect(alarmingWordsIn(text, locale)).not.toEqual([]);
  });

  it('passes the words the cards use', () => {
    for (const locale of locales) {
      const words = ui[locale.code]!;
      for (const key of ['print.cards.front', 'helpStrip.national', 'helpStrip.local']) expect(alarmingWordsIn(words[key]!, locale.code), `${locale.code} ${key}`).toEqual([]);
    }
  });

  it('refuses a locale with no list', () => {
    expect(() => alarmingWordsIn('text', 'xx')).toThrow(/no list of alarming words/);
  });
});

describe('PDF reading', () => {
  const pdf = (pages: string[]) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count ${pages.length} /MediaBox [0 0 595.28 841.89] >>\nendobj\n` +
        pages.map((box, index) => `${index + 3} 0 obj\n<< /Type /Page /Parent 2 0 R /Resources << /Font << >> >> ${box} >>\nendobj\n`).join('') +
        '%%EOF',
      'latin1',
    );

  it('counts pages and reads their sizes, inherited or their own', () => {
    const bytes = pdf(['/MediaBox [0 0 419.53 595.28]', '']);
    expect(pdfPageCount(bytes)).toBe(2);
    expect(pdfPageSizes(bytes).map(paperName)).toEqual(['A5', 'A4']);
  });

  it('names A4 and A5 and nothing else', () => {
    expect(paperName(paperPoints.A4)).toBe('A4');
    expect(paperName([612, 792])).toBeUndefined();
  });

  it('finds every print page in a built site', () => {
    const dist = mkdtempSync(join(tmpdir(), 'print-targets-'));
    for (const path of ['en/print/poster', 'en/print/cards', 'ur/print/poster', 'en/get-help']) {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), '');
    }
    expect(printTargets(dist).map((target) => target.path)).toEqual(['/en/print/cards/', '/en/print/poster/', '/ur/print/poster/']);
    expect(printTargets(join(dist, 'missing'))).toEqual([]);
  });

  it('refuses a PDF printed from an older page, or from a page no longer built, and accepts a current one', () => {
    const dist = mkdtempSync(join(tmpdir(), 'stale-pdfs-'));
    const page = (path: string, html: string) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), html);
    };
    page('en/print/poster', '<p>call 0808 2000 247</p>');
    page('en/print/cards', '<p>new number</p>');
    mkdirSync(join(dist, 'print', 'en'), { recursive: true });
    mkdirSync(join(dist, 'print', 'cy'), { recursive: true });
    for (const pdf of ['en/poster', 'en/cards', 'cy/poster']) writeFileSync(join(dist, 'print', `${pdf}.pdf`), '%PDF');
    writeFileSync(join(dist, 'print', printedFromName), JSON.stringify({ '/en/print/poster/': pageFingerprint('<p>call 0808 2000 247</p>'), '/en/print/cards/': pageFingerprint('<p>old number</p>'), '/cy/print/poster/': 'x' }));
    expect(stalePdfs(dist).sort()).toEqual([
      'public/print/cy/poster.pdf: (pdf): no page /cy/print/poster/ is built any more; delete the PDF',
      'public/print/en/cards.pdf: (pdf): printed from an older /en/print/cards/; run npm run print:pdf to print it again',
    ]);
    expect(stalePdfs(join(dist, 'missing'))).toEqual([]);
  });
});
