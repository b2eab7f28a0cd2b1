import { formatDate, formatDateTime, formatIsoDay } from '../../core/format';
import type { Locale } from '../../core/locale';
import { scoreText, yearsText } from '../../core/grading';
import { formatPercent } from '../../ui/format';

/**
 * Figures as the printed reports write them, with the formatters built once per locale: a roster
 * formats tens of thousands of cells, and building an Intl.NumberFormat costs far more than using one.
 */
export interface ReportFormat {
  /** 万元 with two to four decimals (1,234.50); a dash for none. */
  wan: (value: number | null | undefined) => string;
  day: (day: string | null | undefined) => string;
  instant: (at: string | null | undefined) => string;
  /** The local calendar day of an instant (a complaint's receipt), without the time. */
  dateOf: (at: string | null | undefined) => string;
  percent: (share: number | null | undefined) => string;
  /**
   * A count or a mean as core computed it (days to answer: 2 decimals), written as the screens write it —
   * never rounded again here. Not for grading figures: see `years`, `score`.
   */
  number: (value: number | null | undefined) => string;
  /** 合作年限 exactly as the grading screens write it (core `yearsText`: cut to one decimal, never rounded up). */
  years: (value: number | null | undefined) => string;
  /** 主观评分 as the grading screens write it (core `scoreText`: two decimals). */
  score: (value: number | null | undefined) => string;
}

const cache = new Map<Locale, ReportFormat>();
const DASH = '—';

export function reportFormat(locale: Locale): ReportFormat {
  let format = cache.get(locale);
  if (!format) {
    const wan = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4, useGrouping: true });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
    format = {
      wan: (v) => (v === null || v === undefined ? DASH : wan.format(v)),
      day: (d) => (d ? formatIsoDay(d, locale) || d : DASH),
      instant: (at) => (at ? formatDateTime(at, locale) : DASH),
      dateOf: (at) => (at ? formatDate(at, locale) : DASH),
      percent: (s) => (s === null || s === undefined ? DASH : formatPercent(s, locale)),
      number: (v) => (v === null || v === undefined ? DASH : number.format(v)),
      years: (v) => (v === null || v === undefined ? DASH : yearsText(v)),
      score: (v) => (v === null || v === undefined ? DASH : scoreText(v)),
    };
    cache.set(locale, format);
  }
  return format;
}
