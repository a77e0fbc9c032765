/**
 * Checks on any text a page or service publishes: hidden characters that change what is shown,
 * and phone numbers typed by hand (numbers live in the services collection only).
 */

/**
 * Zero-width joiners are letters' glue in Arabic, Indic and other scripts (Urdu, Bengali,
 * Gujarati): allowed between two letters of a script that is not Latin, nowhere else.
 */
const joiners = new Set([0x200c, 0x200d]);
const nonLatinLetter = /[\p{L}\p{M}]/u;
const latinLetter = /\p{Script=Latin}/u;

/**
 * Format, control, private-use and unassigned characters draw nothing, or reorder what is
 * drawn: U+202E before a number shows it backwards while its tel: link stays right.
 */
const hiddenCharacter = /[\p{Cf}\p{Co}\p{Cn}\u2028\u2029]|[^\P{Cc}\t\n\r]/gu;

const isNonLatinLetter = (char: string | undefined) => char !== undefined && nonLatinLetter.test(char) && !latinLetter.test(char);

export interface HiddenCharacter {
  /** U+202E */
  codePoint: string;
  /** 1-based line of the text it was found on. */
  line: number;
}

export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  for (const match of text.matchAll(hiddenCharacter)) {
    const code = match[0].codePointAt(0)!;
    const index = match.index;
    if (joiners.has(code) && isNonLatinLetter(text[index - 1]) && isNonLatinLetter(text[index + 1])) continue;
    return {
      codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
      line: text.slice(0, index).split('\n').length,
    };
  }
  return undefined;
}

/** Where each script's digits start (Arabic, Urdu, Devanagari, Bengali, Gurmukhi, Gujarati, full-width). */
const digitZeros = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xff10];

/** Digits of the scripts this site may publish in, as ASCII: a number typed in Bengali digits is still a number. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = digitZeros.find((start) => code >= start && code < start + 10);
    return zero === undefined ? digit : String(code - zero);
  });
}

/** Short codes everyone knows, which pages may name in words: 999, 112, 111, 101, and 55 (Silent Solution). */
const sayableShortCodes = new Set(['999', '112', '111', '101', '55']);

/**
 * A run that starts like a UK number (+44, (0) or 0, or 116/18001) and carries on through
 * spaces, dots, hyphens and brackets. Counting its digits finds "0808 80 200 28",
 * "+44 (0)808 802 0028" and "0800 1111" alike.
 */
// \s covers no-break, figure and thin spaces too.
const numberLike = /(?<![\d.,])(?:\+\s*44|\(?0|116|18001)[\d().\s-]*\d/gu;

/** Every phone number typed into the text: as typed, and its digits (+44 read as 0). */
export function typedPhoneNumbers(text: string): { typed: string; digits: string }[] {
  const found: { typed: string; digits: string }[] = [];
  const ascii = asciiDigits(text);
  for (const match of ascii.matchAll(numberLike)) {
    const digits = match[0].replace(/\D/g, '');
    if (sayableShortCodes.has(digits)) continue;
    const isShortCode = /^(116\d{3}|18001\d*)$/.test(digits);
    // Eight or more digits from a 0 or +44: a UK number of any range; fewer is a year or a count.
    const isNumber = digits.length >= 8 && (digits.startsWith('0') || digits.startsWith('44'));
    if (isShortCode || isNumber) found.push({ typed: text.slice(match.index, match.index + match[0].length).trim(), digits: digits.replace(/^440?/, '0') });
  }
  return found;
}

/** The first phone number typed into the text, as typed, or undefined. */
export function findTypedPhoneNumber(text: string): string | undefined {
  return typedPhoneNumbers(text)[0]?.typed;
}
