/**
 * Calendar-day arithmetic on 'YYYY-MM-DD' strings, by whole days since 1970-01-01 (UTC): no Date
 * object, so neither the machine's time zone nor daylight saving can shift a difference by a day.
 * The conversion is Howard Hinnant's days-from-civil algorithm (exact for the proleptic Gregorian
 * calendar), pure integer arithmetic, so grading 10,000 customers' receivables costs microseconds.
 * Inputs are assumed valid days (see customers/dates.ts `isValidIsoDate`); a malformed string
 * gives NaN, never a plausible wrong day.
 */

const CIVIL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Strictly a 'YYYY-MM-DD' day that exists in the calendar: 2024-02-29 yes, 2026-02-29, 2026-13-45
 * and 2026-1-5 no. Never rolls an impossible day over into a real one (as `new Date(2026, 12, 45)`
 * or a lenient date library would: 2026-13-45 is not 2027-02-14). The one validity test of a day:
 * the archive schemas (with their year range), the date input and the day formatter use it.
 */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = CIVIL_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whole days from 1970-01-01 to `isoDate` (negative before 1970). */
export function dayOf(isoDate: string): number {
  if (isoDate.length !== 10 || isoDate[4] !== '-' || isoDate[7] !== '-') return Number.NaN;
  const y0 = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The 'YYYY-MM-DD' day `day` days after 1970-01-01 (inverse of dayOf). */
export function isoOf(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `to` − `from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

export function addDays(isoDate: string, days: number): string {
  return isoOf(dayOf(isoDate) + days);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * The same day `months` months later (earlier when negative), clamped to the end of a shorter
 * month: 2024-02-29 + 12 months = 2025-02-28, 2026-03-31 − 1 month = 2026-02-28. Clamping (rather
 * than rolling over into March) keeps the result in the month asked for, which is what an office
 * means by "the same day a year later".
 */
export function addMonths(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
