/**
 * Phone numbers are stored once, in international (E.164) form or as a UK short code,
 * and shown in the UK national form people read and dial.
 */

/** UK short codes this site may publish. Each one is dialled as written. */
export const shortCodes = ['999', '101', '116123', '18000', '18001101'] as const;

/**
 * The UK ranges a published number may be in, by Ofcom's National Telephone Numbering Plan,
 * written as the national number (leading 0) with its allowed lengths. A dropped or extra
 * digit falls outside its range's length, so it cannot publish. Premium (09), personal (070)
 * and pager (076) numbers are left out on purpose: no support service uses them.
 */
const numberRanges: { prefix: RegExp; lengths: readonly number[] }[] = [
  { prefix: /^01/, lengths: [10, 11] }, // geographic; a few areas (016977) have 10 digits
  { prefix: /^02/, lengths: [11] }, // geographic
  { prefix: /^03/, lengths: [11] }, // charged as a geographic call
  { prefix: /^07[1-57-9]/, lengths: [11] }, // mobiles
  { prefix: /^0800/, lengths: [10, 11] }, // freephone
  { prefix: /^0808/, lengths: [11] }, // freephone
  { prefix: /^08[47]/, lengths: [11] }, // service-charge numbers
];

/** Numbers outside the usual lengths that Ofcom has kept for a service: Childline's 0800 1111. */
const knownExceptions = ['08001111'];

/** Is a national number (leading 0, digits only) in a UK range and of that range's length? */
export function isValidUkNational(national: string): boolean {
  if (!/^0\d+$/.test(national)) return false;
  if (knownExceptions.includes(national)) return true;
  return numberRanges.some(({ prefix, lengths }) => prefix.test(national) && lengths.includes(national.length));
}

export function isValidDialString(value: string): boolean {
  if ((shortCodes as readonly string[]).includes(value)) return true;
  return /^\+44[1-9]\d+$/.test(value) && isValidUkNational(`0${value.slice(3)}`);
}

/** The value for a tel: link. Short codes are dialled as they are. */
export function telHref(value: string): string {
  if (!isValidDialString(value)) throw new Error(`Not a valid UK number: "${value}"`);
  return `tel:${value}`;
}

/** Groups a UK national number (leading 0) by the Ofcom conventions for its range. */
function groupNational(national: string): string {
  const groups = (...sizes: number[]) => {
    const parts: string[] = [];
    let start = 0;
    for (const size of sizes) {
      parts.push(national.slice(start, start + size));
      start += size;
    }
    if (start < national.length) parts.push(national.slice(start));
    return parts.filter(Boolean).join(' ');
  };
  if (national.length === 8) return groups(4, 4); // e.g. 0800 1111
  if (/^02/.test(national)) return groups(3, 4, 4); // 020 7008 0151
  if (/^01\d1/.test(national) || /^011/.test(national)) return groups(4, 3, 4); // 0116 305 0005
  if (/^01/.test(national)) return groups(5, 6); // 01509 550317
  if (/^07/.test(national)) return groups(5, 6); // 07700 900123
  return groups(4, 3, 4); // 0808 200 0247, 0345 600 0459
}

const shortCodeDisplay: Record<string, string> = { '116123': '116 123', '18001101': '18001 101' };

/**
 * Is `display` the same number as `value`, only spaced differently? Some services advertise their
 * own grouping (0808 2000 247), and people recognise a number by the way it looks on a poster.
 */
export function isSameNumber(display: string, value: string): boolean {
  return isValidDialString(value) && /^[\d ]+$/.test(display) && display.replace(/ /g, '') === dialledDigits(value);
}

/** The digits as dialled in the UK: +44 becomes 0; short codes stay as they are. */
export const dialledDigits = (value: string): string => (value.startsWith('+') ? `0${value.slice(3)}` : value);

/** How a number is shown on the page. */
export function formatUkNumber(value: string): string {
  if (!isValidDialString(value)) throw new Error(`Not a valid UK number: "${value}"`);
  if (!value.startsWith('+')) return shortCodeDisplay[value] ?? value;
  return groupNational(dialledDigits(value));
}

/** A contact's number as shown: the service's own grouping where it has one, else the usual one. */
export const shownNumber = (contact: { value: string; display?: string }): string => contact.display ?? formatUkNumber(contact.value);
