import { describe, expect, it } from 'vitest';
import { formatComplaintNumber, nextComplaintNumber, parseComplaintNumber } from '../../../../src-renderer/core/complaints';

describe('complaint numbers', () => {
  it('the first of a year is 0001; then the highest + 1, gaps never filled', () => {
    expect(nextComplaintNumber(2026, [])).toBe('TS-2026-0001');
    expect(nextComplaintNumber(2026, ['TS-2026-0001', 'TS-2026-0007', 'TS-2025-0099', 'TS-KF3-2026-0050', 'garbage'])).toBe('TS-2026-0008');
    expect(nextComplaintNumber(2026, 41)).toBe('TS-2026-0042');
    expect(nextComplaintNumber(2026, 9999)).toBe('TS-2026-10000');
  });

  it('with a department code, each installation counts its own', () => {
    expect(nextComplaintNumber(2026, ['TS-2026-0009', 'TS-KF3-2026-0002', 'TS-QA-2026-0005'], 'KF3')).toBe('TS-KF3-2026-0003');
  });

  it('parses what it formats, and refuses what it cannot', () => {
    for (const n of [
      { code: null, year: 2026, sequence: 1 },
      { code: 'KF3', year: 2027, sequence: 12_345 },
    ]) {
      expect(parseComplaintNumber(formatComplaintNumber(n))).toEqual(n);
    }
    expect(parseComplaintNumber(' TS-2026-0042 ')).toEqual({ code: null, year: 2026, sequence: 42 });
    for (const bad of ['TS-2026-0000', 'TS-2026-001', 'TS-2026-00001', 'ts-2026-0001', 'TS-3K-2026-0001', 'TS-2026', 'XX-2026-0001']) {
      expect(parseComplaintNumber(bad), bad).toBeNull();
    }
  });

  it('a bad code or year is a programming error', () => {
    expect(() => formatComplaintNumber({ code: 'k', year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatComplaintNumber({ code: null, year: 26, sequence: 1 })).toThrow(RangeError);
  });
});
