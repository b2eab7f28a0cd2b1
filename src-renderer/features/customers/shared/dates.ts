import { formatDate, type LocaleTag } from '../../../core/format';

/**
 * A calendar day 'YYYY-MM-DD' as an office writes it (2026年11月26日). Built as a LOCAL date: `new
 * Date('2026-11-26')` would be UTC midnight and show the day before west of Greenwich.
 */
export function formatDay(day: string | null | undefined, locale: LocaleTag): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return '';
  return formatDate(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), locale);
}

/** Today as 'YYYY-MM-DD' in local time: what "not in the future" means to the user. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
