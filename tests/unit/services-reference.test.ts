/**
 * The services match the re-checked reference (tests/fixtures/reference, a copy of the research
 * re-checked on 24 November 2026): every number we publish is in it, numbers it withdrew are gone,
 * and the entries it added are here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dialledDigits } from '../../src/lib/phone';
import { sourceDateWords, sourceKind } from '../../src/lib/sources';
import type { ServiceData } from '../../src/content/schemas';

interface ReferenceEntry {
  id: number | string;
  name: string;
  phone: string;
  text_sms: string;
  notes: string;
}
const reference = JSON.parse(readFileSync('tests/fixtures/reference/services-2026-11-24.json', 'utf8')) as ReferenceEntry[];
const dir = 'content/services';
const services = Object.fromEntries(readdirSync(dir).map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(`${dir}/${file}`, 'utf8')) as ServiceData]));
const numbers = (id: string) => services[id]!.contacts.filter((contact) => contact.kind === 'phone' || contact.kind === 'text');

/** Every run of digits (spaces allowed) long enough to be a phone number or short code. */
const digitRuns = (text: string) => [...text.matchAll(/\d[\d ]{1,14}\d/g)].map((match) => match[0].replace(/ /g, ''));
const referenceNumbers = new Set(reference.flatMap((entry) => [...digitRuns(entry.phone), ...digitRuns(entry.text_sms)]));

/** Numbers the re-check says must never be published (CHANGES.md, 24 November 2026). */
const neverPublish = ['07715994962', '07860052906', '08088029999', '03003031844', '01162832225', '01162551606', '07624818901'];

describe('services against the re-checked reference', () => {
  it('publishes only numbers the reference gives', () => {
    const unknown = Object.keys(services).flatMap((id) => numbers(id).map((contact) => dialledDigits(contact.value)).filter((digits) => !referenceNumbers.has(digits)).map((digits) => `${id}: ${digits}`));
    expect(unknown).toEqual([]);
  });

  it('never publishes a withdrawn or stale number, anywhere in the content', () => {
    const files = [...readdirSync(dir).map((file) => `${dir}/${file}`)];
    const found = files.flatMap((file) => {
      const digits = readFileSync(file, 'utf8').replace(/[ -]/g, '').replace(/\+44/g, '0');
      return neverPublish.filter((number) => digits.includes(number)).map((number) => `${file}: ${number}`);
    });
    expect(found).toEqual([]);
  });

  it('carries the changes of the re-check', () => {
    expect(numbers('freeva').map((contact) => contact.kind)).toEqual(['phone']);
    expect(numbers('hourglass').map((contact) => contact.kind)).toEqual(['phone']);
    expect(numbers('hourglass')[0]!.confidence).toBe('medium');
    expect(services['relay-uk']!.confidence).toBe('high');
    expect(numbers('housing-rutland')[0]!.label).toMatch(/main number.*Housing Options/);
    expect(services['clares-law']!.category).not.toBe('emergency');
    expect(services['rape-crisis']!.offers).toMatch(/England or Wales/);
    expect(services['womens-aid-leicestershire']!.contacts).toEqual([]);
  });

  it('has every entry the re-check added, with the numbers it gives', () => {
    const added: Record<string, string> = {
      'leicester-city-housing-options': 'leicester-city-housing-options',
      'leicester-city-childrens-duty-and-advice': 'leicester-city-childrens-duty',
      'leicester-city-adult-social-care': 'leicester-city-adult-social-care',
      'rutland-adult-social-care': 'rutland-adult-social-care',
      'ask-for-ani': 'ask-for-ani',
      'operation-encompass': 'operation-encompass',
      'llr-marac-professionals': 'marac',
    };
    const newEntries = reference.filter((entry) => typeof entry.id === 'string');
    expect(newEntries.map((entry) => entry.id).sort()).toEqual(Object.keys(added).sort());
    for (const entry of newEntries) {
      const ours = services[added[entry.id as string]!];
      expect(ours, String(entry.id)).toBeDefined();
      expect(numbers(added[entry.id as string]!).map((contact) => dialledDigits(contact.value)).sort()).toEqual([...new Set(digitRuns(entry.phone).filter((run) => run.length > 6))].sort());
    }
    // Low-confidence guidance only: no contact details were found for MARAC, so none are invented.
    expect(services['marac']!.confidence).toBe('low');
    expect(services['marac']!.contacts).toEqual([]);
  });

  it('gives every source an https address and a date that reads as words', () => {
    for (const [id, service] of Object.entries(services)) {
      for (const source of service.sources) {
        expect(source.url, id).toMatch(/^https:\/\//);
        const words = sourceDateWords(source.date, 'en-GB');
        if (words.date) expect(words.date, `${id}: ${source.date}`).toMatch(/^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}$/);
      }
    }
  });
});

describe('describing sources', () => {
  it('tells the provider, a public body and a third party apart', () => {
    expect(sourceKind('https://www.galop.org.uk/lgbtq-survivors-user-agreement/', 'https://www.galop.org.uk')).toBe('provider');
    expect(sourceKind('https://learning.nspcc.org.uk/services/childline', 'https://www.nspcc.org.uk/x')).toBe('provider');
    expect(sourceKind('https://nwleics.gov.uk/pages/domestic_abuse', undefined)).toBe('public');
    expect(sourceKind('https://leics.police.uk/contact', undefined)).toBe('public');
    expect(sourceKind('https://www.the-sun.com/lifestyle/x', undefined)).toBe('other');
    expect(sourceKind('https://refuge.org.uk/news', 'https://www.nationaldahelpline.org.uk', 'provider')).toBe('provider');
  });

  it('writes research dates as words', () => {
    expect(sourceDateWords('2019-04-08', 'en-GB')).toEqual({ key: 'source.dated', date: '8 April 2019' });
    expect(sourceDateWords('2020-05', 'en-GB')).toEqual({ key: 'source.dated', date: 'May 2020' });
    expect(sourceDateWords('c. 2023', 'en-GB')).toEqual({ key: 'source.datedAbout', date: '2023' });
    expect(sourceDateWords('Nov 2020', 'en-GB')).toEqual({ key: 'source.dated', date: 'November 2020' });
    expect(sourceDateWords('undated (cites DA Act 2021)', 'en-GB')).toEqual({ key: 'source.undated' });
  });
});
