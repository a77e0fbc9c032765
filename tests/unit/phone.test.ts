import { describe, expect, it } from 'vitest';
import { formatUkNumber, isSameNumber, isValidDialString, shownNumber, telHref } from '../../src/lib/phone';

describe('UK phone numbers', () => {
  it.each([
    ['+448082000247', '0808 200 0247'],
    ['+441163050005', '0116 305 0005'],
    ['+441509550317', '01509 550317'],
    ['+442070080151', '020 7008 0151'],
    ['+447715994962', '07715 994962'],
    ['+448001111', '0800 1111'],
    ['999', '999'],
    ['116123', '116 123'],
    ['18001101', '18001 101'],
  ])('shows %s as %s', (stored, shown) => {
    expect(formatUkNumber(stored)).toBe(shown);
  });

  it('links in international form', () => {
    expect(telHref('+448082000247')).toBe('tel:+448082000247');
    expect(telHref('999')).toBe('tel:999');
  });

  it.each(['0808 2000 247', '08082000247', '+44 808 2000 247', '+1555123456', '55', '+44808'])('refuses %s', (value) => {
    expect(isValidDialString(value)).toBe(false);
    expect(() => formatUkNumber(value)).toThrow(/Not a valid UK number/);
  });

  it("shows a service's own grouping only when it is the same number", () => {
    expect(isSameNumber('0808 2000 247', '+448082000247')).toBe(true);
    expect(isSameNumber('0808 2000 248', '+448082000247')).toBe(false);
    expect(isSameNumber('0808-2000-247', '+448082000247')).toBe(false);
    expect(shownNumber({ value: '+448082000247', display: '0808 2000 247' })).toBe('0808 2000 247');
    expect(shownNumber({ value: '+448082000247' })).toBe('0808 200 0247');
  });
});
