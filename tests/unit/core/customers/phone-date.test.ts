import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate, normalisePhone } from '../../../../src-renderer/core/customers/schemas';

describe('normalisePhone', () => {
  it.each([
    // mobiles: digits only
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086-13812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    [' 199 0000 1111 ', '19900001111'],
    // landlines: area code, hyphen, local number
    ['010-88886666', '010-88886666'],
    ['01088886666', '010-88886666'],
    ['(010) 8888 6666', '010-88886666'],
    ['（０１０）８８８８－６６６６', '010-88886666'],
    ['010-8888-6666', '010-88886666'],
    ['02922345678', '029-22345678'],
    ['0755-2345678', '0755-2345678'],
    ['075523456789', '0755-23456789'],
    ['0371 6543 2100', '0371-65432100'],
    ['+86 10 88886666', '010-88886666'],
    ['+86-755-23456789', '0755-23456789'],
    // extensions end up as 转…
    ['010-88886666转123', '010-88886666转123'],
    ['010-88886666-123', '010-88886666转123'],
    ['010-88886666 ext. 45', '010-88886666转45'],
    ['0108888666６ x 9', '010-88886666转9'],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it.each([
    '',
    '110',
    '12812345678',
    '1381234567',
    '138123456789',
    '88886666',
    '010-0888666',
    '010-1888666',
    '010-888866',
    '0755-123456789',
    'abc',
    '138-1234-567a',
    '13812345678转1',
    '010-88886666转1234567',
  ])('refuses %j', (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });

  it('is idempotent: a normalised number normalises to itself', () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([b, rest]) => `1${b}${rest}`);
    const area = fc.oneof(fc.constant('010'), fc.stringMatching(/^02\d$/), fc.stringMatching(/^0[3-9]\d\d$/));
    const local = fc.stringMatching(/^[2-9]\d{6,7}$/);
    const ext = fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined });
    const landline = fc.tuple(area, local, ext).map(([a, l, e]) => `${a}${l}${e ? `转${e}` : ''}`);
    fc.assert(
      fc.property(fc.oneof(mobile, landline), (raw) => {
        const once = normalisePhone(raw);
        expect(once).not.toBeNull();
        expect(normalisePhone(once!)).toBe(once);
      }),
    );
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-28', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00:00Z', false],
    ['20260105', false],
    ['1899-12-31', false],
    ['2101-01-01', false],
    [' 2026-01-05', false],
  ])('%s → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });

  it('agrees with the calendar for every day of 1900–2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (d) => {
        expect(isValidIsoDate(d.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });
});
