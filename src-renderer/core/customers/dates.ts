import { z } from 'zod';
import { isCalendarDay } from '../days';

/**
 * Calendar days are 'YYYY-MM-DD' strings (string order = date order, so they index and compare
 * without parsing). The check is strict: the day must exist (2026-02-29 and 2026-02-30 do not,
 * 2024-02-29 does), and the year is kept to 1900–2100 so a typo like 0202 or 20260 is caught.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isValidIsoDate(value: unknown): value is string {
  if (!isCalendarDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A required calendar day; surrounding spaces are dropped. */
export const isoDateSchema = z
  .string({ error: (issue) => (blank(issue.input) ? 'validation.required' : 'validation.date') })
  .trim()
  .min(1, 'validation.required')
  .refine((s) => s === '' || isValidIsoDate(s), 'validation.date');

/** An optional calendar day: null, undefined and '' (an empty form field) all mean "none". */
export const nullableIsoDateSchema = z.preprocess((v) => (blank(v) ? null : v), isoDateSchema.nullable());

/** An instant, ISO 8601 in UTC ('…Z'), the form the envelope uses, so string order is time order. */
export const nullableInstantSchema = z.preprocess((v) => (blank(v) ? null : v), z.iso.datetime({ error: 'validation.instant' }).nullable());

/** Both are valid days and `later` is before `earlier`: the cross-field checks only fire on real dates. */
export function isBefore(later: unknown, earlier: unknown): boolean {
  return isValidIsoDate(later) && isValidIsoDate(earlier) && later < earlier;
}
