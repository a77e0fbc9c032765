/**
 * The pictures for Easy Read points, drawn for this site: simple line drawings on a 48 x 48 grid,
 * stroked in the text colour by CSS (so they follow forced colours and print). Each has the
 * words a screen reader says for it. `<EasyPoint picture="...">` must name one of these; the
 * build stops on any other name (src/content/mdx-rules.ts).
 */
const face = '<circle cx="24" cy="24" r="19"/>';
const phoneBody = '<rect x="13" y="4" width="22" height="40" rx="4"/><path d="M21 39h6"/>';
/** A wider phone, with room for the number to press written large on its screen. */
const widePhone = '<rect x="8" y="4" width="32" height="40" rx="4"/><path d="M21 39h6"/>';
const figure = (cx: number, cy: number, r: number, width: number, base: number) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}"/><path d="M${cx - width} ${base}a${width} ${width} 0 0 1 ${2 * width} 0"/>`;
const label = (text: string, size = 12, y = 28) => `<text x="24" y="${y}" text-anchor="middle" font-size="${size}">${text}</text>`;

export const easyPictures = {
  'phone-999': { label: 'A phone calling 999', shapes: widePhone + label('999', 14) },
  'keypad-55': { label: 'A phone with 5 and 5 pressed', shapes: widePhone + label('55', 18, 29) },
  phone: { label: 'A mobile phone', shapes: phoneBody + '<path d="M18 11h12"/>' },
  helper: {
    label: 'A person with a headset, ready to listen',
    shapes: '<circle cx="24" cy="18" r="8"/><path d="M13 20v-3a11 11 0 0 1 22 0v3M35 21v2a6 6 0 0 1-6 6h-3M10 45a14 14 0 0 1 28 0"/>',
  },
  talk: { label: 'A speech bubble: talking', shapes: '<path d="M8 8h32a4 4 0 0 1 4 4v16a4 4 0 0 1-4 4H22l-10 8v-8H8a4 4 0 0 1-4-4V12a4 4 0 0 1 4-4zM14 17h20M14 23h13"/>' },
  person: { label: 'A person', shapes: figure(24, 14, 8, 14, 45) },
  people: { label: 'Two people', shapes: figure(15, 16, 6, 11, 43) + figure(33, 16, 6, 11, 43) },
  child: { label: 'An adult and a child', shapes: '<circle cx="16" cy="12" r="6"/><path d="M6 45V32a10 10 0 0 1 20 0v13"/><circle cx="36" cy="25" r="4.5"/><path d="M29 45v-6a7 7 0 0 1 14 0v6"/>' },
  police: { label: 'A police badge', shapes: '<path d="M24 4l5 10 11 2-8 8 2 11-10-5-10 5 2-11-8-8 11-2zM17 44h14"/>' },
  sad: { label: 'A sad face', shapes: face + '<path d="M17 19v2M31 19v2M16 34a10 10 0 0 1 16 0"/>' },
  scared: { label: 'A scared face', shapes: face + '<circle cx="17" cy="19" r="2.5"/><circle cx="31" cy="19" r="2.5"/><ellipse cx="24" cy="32" rx="5" ry="4"/>' },
  angry: { label: 'An angry face', shapes: face + '<path d="M13 14l7 4M35 14l-7 4M17 22v2M31 22v2M16 35a10 10 0 0 1 16 0"/>' },
  happy: { label: 'A happy face', shapes: face + '<path d="M17 19v2M31 19v2M15 28a10 10 0 0 0 18 0"/>' },
  hurt: { label: 'A plaster over a hurt', shapes: '<rect x="5" y="17" width="38" height="14" rx="7" transform="rotate(-40 24 24)"/><rect x="19" y="19" width="10" height="10" rx="1" transform="rotate(-40 24 24)"/>' },
  medicine: { label: 'A medicine tablet', shapes: '<rect x="5" y="16" width="38" height="16" rx="8" transform="rotate(-40 24 24)"/><path d="M19 18l10 12"/>' },
  house: { label: 'A house', shapes: '<path d="M5 23 24 7l19 16M10 19v24h28V19M20 43V31h8v12"/>' },
  bed: { label: 'A bed: a safe place to sleep', shapes: '<path d="M4 40V10M4 32h40v8M44 32v-6a6 6 0 0 0-6-6H20v12"/><circle cx="12" cy="25" r="4"/>' },
  lock: { label: 'A padlock: kept safe and private', shapes: '<rect x="10" y="21" width="28" height="22" rx="3"/><path d="M16 21v-6a8 8 0 0 1 16 0v6M24 30v5"/>' },
  money: { label: 'Money: a pound coin', shapes: face + '<path d="M29 16a5 5 0 0 0-9 3v13h-3M16 25h9M20 32h12"/>' },
  heart: { label: 'A heart: you matter', shapes: '<path d="M24 41S6 30 6 17a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 13-18 24-18 24z"/>' },
  safe: { label: 'A shield with a tick: safe', shapes: '<path d="M24 4 8 10v12c0 11 7 18 16 22 9-4 16-11 16-22V10zM17 24l5 5 9-10"/>' },
  eye: { label: 'An eye: someone watching', shapes: '<path d="M3 24s8-13 21-13 21 13 21 13-8 13-21 13S3 24 3 24z"/><circle cx="24" cy="24" r="6"/>' },
  exit: { label: 'A door with an arrow going out', shapes: '<path d="M26 6H9v36h17M20 24h22M35 17l7 7-7 7"/>' },
  computer: { label: 'A computer screen', shapes: '<rect x="4" y="7" width="40" height="27" rx="3"/><path d="M17 42h14M24 34v8"/>' },
  keyboard: { label: 'A computer keyboard', shapes: '<rect x="3" y="13" width="42" height="23" rx="3"/><path d="M9 20h2M16 20h2M23 20h2M30 20h2M37 20h2M9 26h2M37 26h2M16 26h16M15 31h18"/>' },
  clock: { label: 'A clock: day and night', shapes: face + '<path d="M24 12v12l8 5"/>' },
  bag: { label: 'A packed bag', shapes: '<rect x="7" y="16" width="34" height="26" rx="4"/><path d="M17 16v-5a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v5M7 27h34M22 27v4h4v-4"/>' },
  place: { label: 'A pin on a map: a place', shapes: '<path d="M24 44s14-13 14-24a14 14 0 0 0-28 0c0 11 14 24 14 24z"/><circle cx="24" cy="20" r="5"/>' },
  question: { label: 'A question mark', shapes: face + '<path d="M18 18a6 6 0 1 1 8 6c-1.5.8-2 2-2 3.5V29M24 35v.5"/>' },
  yes: { label: 'A tick: yes', shapes: face + '<path d="m15 25 6 6 12-13"/>' },
  no: { label: 'A cross: no', shapes: face + '<path d="m17 17 14 14M31 17 17 31"/>' },
  stop: { label: 'A hand held up: stop', shapes: '<path d="M16 26V11a3 3 0 0 1 6 0v12-15a3 3 0 0 1 6 0v15-12a3 3 0 0 1 6 0v15l2-5a3 3 0 0 1 5 2l-4 11a12 12 0 0 1-11 8h-2a10 10 0 0 1-10-10v-6a3 3 0 0 1 6 0"/>' },
  list: { label: 'A list with ticks', shapes: '<rect x="9" y="5" width="30" height="38" rx="3"/><path d="m14 15 3 3 5-6M26 15h8M14 27l3 3 5-6M26 27h8M14 37h20"/>' },
} as const satisfies Record<string, { label: string; shapes: string }>;

export type EasyPictureName = keyof typeof easyPictures;
export const easyPictureNames = Object.keys(easyPictures) as EasyPictureName[];
export const isEasyPicture = (name: string): name is EasyPictureName => Object.hasOwn(easyPictures, name);
