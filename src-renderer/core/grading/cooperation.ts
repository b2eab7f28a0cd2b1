import { addMonths, dayOf } from '../days';
import type { IsoDate } from '../iso-dates';

/**
 * Years of cooperation from `startDate` to `evaluationDate`, both 'YYYY-MM-DD':
 * - whole years are anniversaries passed: exactly 2 on the second anniversary, 1.99… the day before;
 * - between two anniversaries the fraction is days since the last one ÷ days from it to the next
 *   (365 or 366), so the count never jumps backwards and a year is a year whether or not it holds a
 *   29 February;
 * - a start on 29 February has its anniversary on 28 February in common years (the last day of the
 *   same month, never 1 March): 2024-02-29 → exactly 1 on 2025-02-28;
 * - no start date, a start on the evaluation date, or a start after it (a planned cooperation): 0.
 */
export function cooperationYears(startDate: IsoDate | null, evaluationDate: IsoDate): number {
  if (startDate === null || startDate >= evaluationDate) return 0;
  let whole = Number(evaluationDate.slice(0, 4)) - Number(startDate.slice(0, 4));
  let last = anniversary(startDate, whole);
  if (last > evaluationDate) {
    whole--;
    last = anniversary(startDate, whole);
  }
  if (last === evaluationDate) return whole;
  const from = dayOf(last);
  const to = dayOf(anniversary(startDate, whole + 1));
  return whole + (dayOf(evaluationDate) - from) / (to - from);
}

function anniversary(startDate: IsoDate, years: number): IsoDate {
  return addMonths(startDate, 12 * years);
}
