/**
 * Printed outreach (posters, leaflets, pocket cards, a signposting sheet), built from the same
 * services and interface strings as the site. Pure parts only, so unit tests and the PDF script
 * can use them without Astro.
 */
import QRCode from 'qrcode';
import { siteConfig } from '../site-config';

/** Every printed item: its path under /<locale>/print/, its paper and how many sides it has. */
export const printItems = [
  { id: 'poster', paper: 'A4', sides: 1 },
  { id: 'leaflet', paper: 'A5', sides: 2 },
  { id: 'cards', paper: 'A4', sides: 1 },
  { id: 'signposting', paper: 'A4', sides: 1 },
] as const;
export type PrintItem = (typeof printItems)[number];
export type PrintItemId = PrintItem['id'];

/** The PDF of an item, as published: /print/<locale>/<item>.pdf (written by `npm run print:pdf`). */
/** A printed item by its id. */
export const printItem = (id: PrintItemId) => printItems.find((item) => item.id === id)!;

export const pdfPath = (localeCode: string, id: PrintItemId) => `/print/${localeCode}/${id}.pdf`;

/** A locale's home page on the production site: what printed QR codes lead to. */
export const homeUrl = (localeCode: string, siteUrl: string = siteConfig.siteUrl) => new URL(`/${localeCode}/`, siteUrl).href;

/** The site's address as people type it: no scheme, no trailing slash. */
export const printedAddress = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * Words that must never be on the front of a pocket card, per locale: a card may be found in a
 * purse or a pocket by the person causing harm. Matched as lower-case parts of words, so
 * "abuse" also catches "abuser". A locale without a list cannot build its cards (a test checks).
 */
export const alarmingWords: Record<string, readonly string[]> = {
  en: ['abuse', 'abusive', 'domestic', 'violen', 'refuge', 'rape', 'assault', 'victim', 'survivor', 'controlling', 'escape', 'harm', 'danger', 'police'],
  pl: ['przemoc', 'domow', 'nadużyc', 'znęca', 'schroni', 'gwałt', 'napaś', 'ofiar', 'krzywd', 'ucieczk', 'niebezpiecz', 'policj', 'kontrol'],
  ur: ['بدسلوکی', 'گھریلو', 'تشدد', 'زیادتی', 'پناہ', 'ظلم', 'خطر', 'پولیس', 'ریپ', 'حملہ', 'متاثر'],
  'zh-hans': ['暴', '虐', '庇护', '强奸', '性侵', '侵犯', '受害', '幸存', '伤害', '危险', '警', '逃', '控制'],
  ro: ['abuz', 'violen', 'viol', 'domestic', 'agres', 'adăpost', 'victim', 'supravie', 'poliți', 'politi', 'pericol', 'amenin', 'control', 'hărțu', 'sexual'],
  pt: ['violên', 'violen', 'doméstic', 'domestic', 'abus', 'maus-trat', 'abrigo', 'violaç', 'estupr', 'agress', 'vítim', 'vitim', 'políci', 'perigo', 'control'],
  ar: ['عنف', 'إساء', 'اساء', 'أسري', 'اسري', 'ملجأ', 'مأوى', 'اغتصاب', 'اعتداء', 'ضحي', 'إيذاء', 'خطر', 'شرطة', 'هروب', 'سيطر'],
  bn: ['নির্যাতন', 'পারিবারিক', 'সহিংস', 'আশ্রয়', 'ধর্ষণ', 'যৌন', 'হামলা', 'শিকার', 'ক্ষতি', 'বিপদ', 'পুলিশ', 'পালা', 'পালি', 'নিয়ন্ত্রণ', 'মারধর'],
  gu: ['હિંસ', 'દુર્વ્યવહાર', 'ઘરેલુ', 'ત્રાસ', 'શોષણ', 'બળાત્કાર', 'આશ્રય', 'ભોગ', 'નુકસાન', 'જોખમ', 'પોલીસ', 'ભાગી', 'કાબૂ', 'હુમલ', 'મારપીટ'],
  pa: ['ਬਦਸਲੂਕ', 'ਘਰੇਲੂ', 'ਹਿੰਸ', 'ਰਫਿਊਜ', 'ਬਲਾਤਕਾਰ', 'ਹਮਲ', 'ਪੀੜਤ', 'ਨੁਕਸਾਨ', 'ਖ਼ਤਰ', 'ਖਤਰ', 'ਪੁਲਿਸ', 'ਕਾਬੂ', 'ਜ਼ੁਲਮ', 'ਕੁੱਟ'],
};

/** The alarming words found in a text (empty when it is safe to print on a card's front). */
export function alarmingWordsIn(text: string, localeCode: string): string[] {
  const list = alarmingWords[localeCode];
  if (!list) throw new Error(`no list of alarming words for locale "${localeCode}": add one to src/lib/print.ts`);
  const lower = text.toLocaleLowerCase(localeCode);
  // English words can appear in any locale's text (service names, the site's address).
  return [...new Set([...list, ...(localeCode === 'en' ? [] : alarmingWords.en!)])].filter((word) => lower.includes(word));
}

export interface QrCode {
  /** The text the code encodes. */
  text: string;
  /** Modules along one side, the quiet zone included. */
  size: number;
  /** One SVG path drawing every dark module, one unit per module. */
  path: string;
}

/** A QR code as an SVG path, made at build time (no network). Error correction M survives a crease. */
export function qrCode(text: string, margin = 4): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      path += `M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`;
    }
  }
  return { text, size: n + margin * 2, path };
}

/** Reads the dark modules back from a path made by qrCode(): what a test compares with the encoder. */
export function modulesFromPath(path: string, margin = 4): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark.add(`${Number(y) - margin},${Number(x) - margin + i}`);
  }
  return dark;
}
