import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOf, daysBetween, daysInMonth, isCalendarDay, isoOf } from '../../../src-renderer/core/days';
import { formatIsoDay } from '../../../src-renderer/core/format';

describe('calendar days', () => {
  it('agrees with Date.UTC on every day from 1900 to 2100, both ways', () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const day = t / 86_400_000;
      if (dayOf(iso) !== day || isoOf(day) !== iso) throw new Error(`mismatch at ${iso}`);
    }
  });

  it('counts differences in whole days, leap days included', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2026-06-30', '2024-06-30')).toBe(-730);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('adds months clamped to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-06-30', -24)).toBe('2024-06-30');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('gives NaN, not a plausible day, for text that is not a day', () => {
    expect(dayOf('2026/06/30')).toBeNaN();
    expect(dayOf('')).toBeNaN();
  });
});

describe('a typed day is strictly a day that exists (issue 12.9: never rolled over)', () => {
  it('isCalendarDay refuses impossible months and days instead of rolling them over', () => {
    for (const bad of ['2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '2026-1-5', '20260105', '', null, 20260105]) {
      expect(isCalendarDay(bad), String(bad)).toBe(false);
    }
    for (const good of ['2024-02-29', '2026-12-31', '2000-02-29', '1900-02-28']) expect(isCalendarDay(good), good).toBe(true);
    expect(isCalendarDay('1900-02-29')).toBe(false);
  });

  it('formatIsoDay shows no date for an impossible one (2026-13-45 is not 2027年2月14日) and never reads 0026 as 1926', () => {
    expect(formatIsoDay('2026-13-45', 'zh-CN')).toBe('');
    expect(formatIsoDay('2026-02-30', 'zh-CN')).toBe('');
    expect(formatIsoDay('2026-13-45', 'en-US')).toBe('');
    expect(formatIsoDay('2026-11-26', 'zh-CN')).toBe('2026年11月26日');
    expect(formatIsoDay('0026-01-05', 'zh-CN')).not.toContain('1926');
  });
});
