import { compareLevels, formatMark, higherMark, markFor, type ClassificationLevel, type ClassificationMark } from '../classification';

/**
 * The classification rule of printed reports (PRODUCT.md §5, issue 6): a report is marked with at
 * least the highest level among the records it includes; the person printing may raise the mark,
 * never lower it. The screen and the function that prints both ask `checkReportMark`.
 */

/** The lowest mark a report may carry: the highest of its records' levels (公开 when it includes none). */
export function recordsMark(levels: Iterable<ClassificationLevel>): ClassificationMark {
  let highest: ClassificationLevel = 'public';
  for (const level of levels) if (compareLevels(level, highest) > 0) highest = level;
  return markFor(highest);
}

/**
 * Whether `mark` is below `floor`: a lower level, or the same classified level with a shorter
 * secrecy period (秘密★5年 under a 秘密★10年 record shortens how long the page stays secret).
 */
export function isBelowMark(mark: ClassificationMark, floor: ClassificationMark): boolean {
  const byLevel = compareLevels(mark.level, floor.level);
  if (byLevel !== 0) return byLevel < 0;
  return (mark.periodYears ?? 0) < (floor.periodYears ?? 0);
}

export type MarkCheck = { ok: true } | { ok: false; code: 'reports.error.markTooLow'; floor: string };

/** The chosen mark is allowed when it is not below the records' mark; else the i18n code and the floor as printed. */
export function checkReportMark(chosen: ClassificationMark, floor: ClassificationMark): MarkCheck {
  return isBelowMark(chosen, floor) ? { ok: false, code: 'reports.error.markTooLow', floor: formatMark(floor) } : { ok: true };
}

/** The mark a preview starts with: the department's default mark, raised to the records' mark when they are higher. */
export function initialReportMark(defaultMark: ClassificationMark, floor: ClassificationMark): ClassificationMark {
  return higherMark(defaultMark, floor);
}

/** Thrown by the print function when asked to print under a mark lower than the records'. */
export class MarkTooLowError extends Error {
  readonly code = 'reports.error.markTooLow';
  constructor(readonly floor: string) {
    super(`reports.error.markTooLow: at least ${floor}`);
    this.name = 'MarkTooLowError';
  }
}
