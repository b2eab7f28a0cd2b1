import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_LEVELS, compareLevels, markFor, type ClassificationMark } from '../../../../src-renderer/core/classification';
import { checkReportMark, initialReportMark, isBelowMark, recordsMark } from '../../../../src-renderer/core/reports';

const level = fc.constantFrom(...CLASSIFICATION_LEVELS);
const mark: fc.Arbitrary<ClassificationMark> = level.chain((l): fc.Arbitrary<ClassificationMark> =>
  l === 'secret' || l === 'confidential'
    ? fc.integer({ min: 1, max: 30 }).map((periodYears) => ({ level: l, periodYears }))
    : fc.constant({ level: l, periodYears: null }),
);

describe('report classification marks', () => {
  it("a report's floor is the highest level among its records, 公开 for none", () => {
    expect(recordsMark([])).toEqual(markFor('public'));
    expect(recordsMark(['internal', 'secret', 'public'])).toEqual({ level: 'secret', periodYears: 10 });
    expect(recordsMark(['internal', 'confidential'])).toEqual({ level: 'confidential', periodYears: 20 });
  });

  it('refuses a lower level or a shorter period at the same level, names the floor as printed', () => {
    const floor = markFor('secret');
    expect(checkReportMark(markFor('internal'), floor)).toEqual({ ok: false, code: 'reports.error.markTooLow', floor: '秘密★10年' });
    expect(checkReportMark({ level: 'secret', periodYears: 5 }, floor).ok).toBe(false);
    expect(checkReportMark({ level: 'secret', periodYears: 10 }, floor).ok).toBe(true);
    expect(checkReportMark({ level: 'secret', periodYears: 15 }, floor).ok).toBe(true);
    expect(checkReportMark(markFor('confidential'), floor).ok).toBe(true);
  });

  it('never lets a mark below any included record through (property)', () => {
    fc.assert(
      fc.property(fc.array(level, { maxLength: 20 }), mark, (levels, chosen) => {
        const allowed = checkReportMark(chosen, recordsMark(levels)).ok;
        if (allowed) for (const l of levels) expect(compareLevels(chosen.level, l)).toBeGreaterThanOrEqual(0);
        // Raising to the floor or above is always allowed.
        expect(checkReportMark(recordsMark(levels), recordsMark(levels)).ok).toBe(true);
      }),
    );
  });

  it('starts the preview at the department default, raised to the records when they are higher', () => {
    expect(initialReportMark(markFor('internal'), markFor('public'))).toEqual(markFor('internal'));
    expect(initialReportMark(markFor('internal'), markFor('secret'))).toEqual(markFor('secret'));
    fc.assert(
      fc.property(mark, mark, (def, floor) => {
        expect(isBelowMark(initialReportMark(def, floor), floor)).toBe(false);
      }),
    );
  });
});
