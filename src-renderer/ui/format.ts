import { formatIsoDay, normaliseDayText, todayIso } from '../core/format';
import type { Locale } from '../core/locale';
import type { IsoDate } from '../core/model';

/**
 * Money and calendar days as the institute writes them. Pure (no React), so unit tests and every
 * screen of the archive (customer page, recycle bin, requirements) print them the same way.
 */

/**
 * 万元 with thousands separators and two decimals ("1,234.50"). Stored amounts may carry up to four
 * decimals (1 yuan); those are shown rather than rounded away, since a settlement off by a few
 * yuan must stay visible to the person reconciling it.
 */
export function formatWanAmount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4, useGrouping: true }).format(value);
}

/** A 'YYYY-MM-DD' day as 2026年11月26日; a dash for none (a table cell is never blank). */
export function formatDay(day: IsoDate | null | undefined, locale: Locale): string {
  return day ? formatIsoDay(day, locale) || day : '—';
}

/** Today's local calendar day (what the date inputs and the overdue rules use). */
export { todayIso };

interface SettlementLike {
  receivableWan: number;
  dueDate: IsoDate;
  amountPaidWan: number | null;
}

/** What is still owed on a receivable (a partial payment leaves the rest open). */
export function outstandingWan(s: SettlementLike): number {
  return Math.max(0, Math.round((s.receivableWan - (s.amountPaidWan ?? 0)) * 10_000) / 10_000);
}

/** Past its due date with money still owed. Due "on" a day means paid by the end of it. */
export function isSettlementOverdue(s: SettlementLike, today: IsoDate): boolean {
  return outstandingWan(s) > 0 && s.dueDate < today;
}

/**
 * A day as typed in an office: '2026-3-5', '2026/03/05', '2026.3.5', '2026年3月5日', full-width
 * digits → '2026-03-05'. Anything else is returned trimmed and unchanged for the repository to
 * refuse with its message (a typo is never "corrected" into another day).
 */
export const normaliseDay: (text: string) => string = normaliseDayText;

/** The form's values with each named day field normalised (see normaliseDay). */
export function withDays<V extends Record<string, unknown>>(values: V, keys: readonly (keyof V)[]): V {
  const out = { ...values };
  for (const key of keys) if (typeof out[key] === 'string') out[key] = normaliseDay(out[key] as string) as V[keyof V];
  return out;
}

/**
 * Typography that differs by locale the way number formats do (not wording, so not in the
 * catalogs, whose zh-CN entries must contain Chinese): the enumeration comma 、 and full-width
 * brackets in Chinese, ", " and "( )" in English.
 */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}

export function inBrackets(text: string, locale: Locale): string {
  return locale === 'zh-CN' ? `（${text}）` : `(${text})`;
}

const percentFormats = new Map<Locale, Intl.NumberFormat>();

/** A share 0–1 as a percentage with one decimal, as the office reads it: 0.8 → 80.0%. */
export function formatPercent(share: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    percentFormats.set(locale, format);
  }
  return format.format(share);
}
