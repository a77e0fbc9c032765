import { describe, expect, it } from 'vitest';
import { isDialable, matchesFilter, shownContacts } from '../../src/lib/services';
import { summariseAreas } from '../../src/lib/areas';
import { districts } from '../../src/content/vocabulary';

const local = { areas: [...districts, 'rutland', 'leicester'] as const, whoFor: ['everyone'] as const, needs: ['talk', 'safe-place'] as const };
const national = { areas: ['national'] as const, whoFor: ['men'] as const, needs: ['talk'] as const };
const melton = { areas: ['melton'] as const, whoFor: ['everyone'] as const, needs: ['housing'] as const };

describe('help-finder filtering', () => {
  it('keeps national services for every area and local ones only for their areas', () => {
    expect(matchesFilter(national as never, { area: 'blaby' })).toBe(true);
    expect(matchesFilter(melton as never, { area: 'blaby' })).toBe(false);
    expect(matchesFilter(melton as never, { area: 'melton' })).toBe(true);
  });

  it('treats services for everyone as matching any audience', () => {
    expect(matchesFilter(local as never, { who: 'lgbt' })).toBe(true);
    expect(matchesFilter(national as never, { who: 'women' })).toBe(false);
  });

  it('combines area, audience and need', () => {
    expect(matchesFilter(local as never, { area: 'rutland', who: 'older-people', need: 'safe-place' })).toBe(true);
    expect(matchesFilter(local as never, { area: 'rutland', need: 'behaviour' })).toBe(false);
    expect(matchesFilter(melton as never, {})).toBe(true);
  });

  it('summarises areas for display', () => {
    expect(summariseAreas(local.areas as never)).toEqual(['county', 'rutland', 'leicester']);
    expect(summariseAreas(['national'])).toEqual(['national']);
    expect(summariseAreas(['melton', 'rutland'])).toEqual(['melton', 'rutland']);
  });
});

describe('publishing numbers', () => {
  it('never makes a low-confidence number tap-to-call', () => {
    const phone = { kind: 'phone', value: '+448088020028', label: 'x' } as const;
    expect(isDialable(phone, { confidence: 'high' })).toBe(true);
    expect(isDialable(phone, { confidence: 'medium' })).toBe(true);
    expect(isDialable(phone, { confidence: 'low' })).toBe(false);
    expect(isDialable({ ...phone, confidence: 'low' }, { confidence: 'high' })).toBe(false);
    expect(isDialable({ ...phone, confidence: 'high' }, { confidence: 'low' })).toBe(true);
  });

  it('leaves an unconfirmed text number off the card, but not an unconfirmed phone number', () => {
    const phone = { kind: 'phone', value: '+441572722577', label: 'Call', confidence: 'low' } as const;
    const text = { kind: 'text', value: '+447715994962', label: 'Text', confidence: 'low' } as const;
    const confirmedText = { ...text, confidence: 'high' } as const;
    expect(shownContacts({ contacts: [phone, text, confirmedText], confidence: 'high' })).toEqual([phone, confirmedText]);
  });
});
