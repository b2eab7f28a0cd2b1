import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cooperationYears } from '../../../../src-renderer/core/grading';
import { addDays, isoOf } from '../../../../src-renderer/core/days';

describe('cooperationYears', () => {
  it.each([
    ['2024-06-30', '2026-06-30', 2],
    ['2025-06-30', '2026-06-30', 1],
    ['2016-01-15', '2026-01-15', 10],
    ['2023-01-31', '2024-01-31', 1],
    ['2024-02-29', '2025-02-28', 1], // the anniversary of 29 February is the 28th in a common year
    ['2024-02-29', '2028-02-29', 4],
    ['2026-06-30', '2026-06-30', 0], // same day
    ['2026-07-01', '2026-06-30', 0], // starts after the evaluation date
  ])('%s → %s is exactly %d', (start, evaluation, years) => expect(cooperationYears(start, evaluation)).toBe(years));

  it('is 0 without a start date', () => expect(cooperationYears(null, '2026-06-30')).toBe(0));

  it('the day before an anniversary is just under it', () => {
    const y = cooperationYears('2024-06-30', '2026-06-29');
    expect(y).toBeLessThan(2);
    expect(y).toBeGreaterThan(1.99);
    expect(cooperationYears('2025-06-30', '2026-06-29')).toBeLessThan(1);
  });

  it('between anniversaries: days since the last ÷ days to the next', () => {
    expect(cooperationYears('2025-01-01', '2025-07-02')).toBeCloseTo(182 / 365, 12);
    expect(cooperationYears('2023-06-01', '2024-06-01') - cooperationYears('2023-06-01', '2024-05-31')).toBeCloseTo(1 / 366, 12);
    // Started on 29 February: 2027-02-28 → 2028-02-29 is a 366-day year.
    expect(cooperationYears('2024-02-29', '2028-02-28')).toBeCloseTo(3 + 365 / 366, 12);
    expect(cooperationYears('2024-02-29', '2025-02-27')).toBeLessThan(1);
  });

  it('never decreases as the evaluation date moves on, and hits k exactly on the k-th anniversary', () => {
    const day = fc.integer({ min: 7_000, max: 22_000 }); // 1989–2030
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4_000 }), fc.integer({ min: 0, max: 400 }), (start, offset, step) => {
        const s = isoOf(start);
        const a = addDays(s, offset);
        const b = addDays(a, step);
        expect(cooperationYears(s, b)).toBeGreaterThanOrEqual(cooperationYears(s, a));
        const k = Math.floor(offset / 400) + 1;
        const anniversary = `${String(Number(s.slice(0, 4)) + k)}${s.slice(4) === '-02-29' ? '-02-28' : s.slice(4)}`;
        expect(cooperationYears(s, anniversary)).toBe(k);
      }),
      { seed: 7, numRuns: 2_000 },
    );
  });
});
