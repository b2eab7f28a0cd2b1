/**
 * Dates and times as a Chinese office writes them (2026年11月26日, 2026年11月26日 14:05), and their
 * en-US equivalents. Pure: the locale is a parameter.
 */
import { isCalendarDay } from './days';
import type { Locale } from './locale';

type FormatKind = 'day' | 'time' | 'weekday';
const FORMAT_OPTIONS: Record<FormatKind, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hour12: false },
  weekday: { weekday: 'long' },
};
/** Building an Intl.DateTimeFormat costs far more than formatting with one: a list renders hundreds of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(locale: Locale, kind: FormatKind): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, FORMAT_OPTIONS[kind]);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatterOf(locale, 'day').format(date);
}

export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${formatDate(date, locale)} ${formatterOf(locale, 'time').format(date)}`;
}

export function formatWeekday(value: Date, locale: Locale): string {
  return formatterOf(locale, 'weekday').format(value);
}

/**
 * A typed calendar day in the form the repository checks: '2026/3/5', '2026.03.05' and
 * '2026年3月5日' (full-width digits too) become '2026-03-05'; anything else is returned trimmed,
 * for the repository to refuse with its message.
 */
export function normaliseDayText(text: string): string {
  const s = text.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s;
}

/**
 * A typed time of day, 24-hour as the office writes it: '9:05', '09:05' and full-width '０９：３０' become
 * 'HH:MM'; null for what is not a time of day ('24:00', '9.30', '5:52 PM'), which the form refuses at its
 * field — never rolled into the next day.
 */
export function normaliseTimeText(text: string): string | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.normalize('NFKC').trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

/** The local calendar day of `now` as 'YYYY-MM-DD': what "today" and "not in the future" mean to the user. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A calendar day 'YYYY-MM-DD' as an office writes it (2026年11月26日), built as a LOCAL date:
 * `new Date('2026-11-26')` would be UTC midnight and show the day before west of Greenwich.
 * Returns '' for anything that is not such a day (core/days.ts `isCalendarDay`): 2026-13-45 is never
 * rolled over into 2027年2月14日, as `new Date(2026, 12, 45)` would, nor 0026 read as 1926.
 */
export function formatIsoDay(day: string | null | undefined, locale: Locale): string {
  if (!isCalendarDay(day)) return '';
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return formatDate(date, locale);
}
