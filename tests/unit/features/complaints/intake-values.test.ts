import { describe, expect, it } from 'vitest';
import { yearOtherThanNumber } from '../../../../src-renderer/features/complaints/intake-values';

/** Numbers never change (docs/complaints.md): the screens say so when the receipt is in another year. */
describe('yearOtherThanNumber', () => {
  it('gives the receipt’s year when it differs from the number’s, else null', () => {
    expect(yearOtherThanNumber('TS-2027-0001', '2026-12-01')).toBe(2026);
    expect(yearOtherThanNumber('TS-KF3-2027-0001', '2026年12月1日')).toBe(2026);
    expect(yearOtherThanNumber('TS-2026-0001', '2026-12-01')).toBeNull();
    // Half-typed days and foreign-looking numbers say nothing.
    expect(yearOtherThanNumber('TS-2027-0001', '2026-1')).toBeNull();
    expect(yearOtherThanNumber('投诉-1', '2026-12-01')).toBeNull();
  });
});
