import { dayOf, isoOf } from '../days';
import type { Grade } from '../grading';
import type { IsoDate, IsoDateTime } from '../iso-dates';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, type ComplaintCategory, type ComplaintSeverity } from './enums';
import { chinaDayNumber } from './deadlines';
import type { ComplaintHistoryEntry } from './workflow';

/** When a complaint reached its milestones, read from its history (see `milestonesOf`). */
export interface ComplaintMilestones {
  acknowledgedAt: IsoDateTime | null;
  answeredAt: IsoDateTime | null;
  closedAt: IsoDateTime | null;
  reopenedAt: IsoDateTime | null;
}

/**
 * Milestones from a history in time order. A rejection both answers and ends a complaint (the
 * customer is told why it is unfounded); after a reopen the complaint is answered and closed anew,
 * so the latest answer and close count, and a reopen clears the ones before it — the deadlines run
 * again from the reopening (deadlinesFor's `reopenedAt`).
 */
export function milestonesOf(history: readonly ComplaintHistoryEntry[]): ComplaintMilestones {
  const m: ComplaintMilestones = { acknowledgedAt: null, answeredAt: null, closedAt: null, reopenedAt: null };
  for (const e of history) {
    if (e.action === 'accept') m.acknowledgedAt = e.at;
    else if (e.action === 'answer') m.answeredAt = e.at;
    else if (e.action === 'close') m.closedAt = e.at;
    else if (e.action === 'reject') {
      m.acknowledgedAt ??= e.at;
      m.answeredAt = e.at;
      m.closedAt = e.at;
    }
    if (e.to === 'reopened') {
      m.reopenedAt = e.at;
      m.answeredAt = null;
      m.closedAt = null;
    }
  }
  return m;
}

/** What the statistics read of a complaint (the storage layer keeps these on the row). */
export interface ComplaintStatsRow {
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  /** Responsible internal department (责任部门). */
  department: string;
  /** The customer's grade when the complaint was received (null: not graded). */
  grade: Grade | null;
  receivedAt: IsoDateTime;
  answerDeadline: IsoDate;
  answeredAt: IsoDateTime | null;
  closedAt: IsoDateTime | null;
}

export interface StatsFilter {
  /** Year of receipt (China time). */
  year?: number;
  /** Only these grades; 'ungraded' for customers without one. */
  grades?: readonly (Grade | 'ungraded')[];
}

export interface ComplaintStatistics {
  total: number;
  byCategory: Record<ComplaintCategory, number>;
  bySeverity: Record<ComplaintSeverity, number>;
  byDepartment: Record<string, number>;
  /** 'YYYY-MM' → count, months in order; a month without complaints is absent. */
  byMonth: Record<string, number>;
  /** Complaints that count for the on-time rate: answered, or past the answer deadline at `now`. */
  dueCount: number;
  onTimeCount: number;
  /** onTimeCount / dueCount, 0–1; null when nothing is due yet. */
  onTimeRate: number | null;
  /** Mean whole days from receipt to answer / to close over the answered / closed ones; null when none. */
  meanDaysToAnswer: number | null;
  meanDaysToClose: number | null;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Statistics over complaint rows, one pass (linear; 50,000 rows aggregate in a few ms). On time
 * means answered on or before the answer deadline day; a complaint still unanswered after its
 * deadline at `now` counts as late, one not yet due does not count at all — otherwise ignoring
 * complaints would raise the rate. Without `now`, only answered complaints count.
 */
export function complaintStatistics(rows: Iterable<ComplaintStatsRow>, filter: StatsFilter = {}, now?: IsoDateTime): ComplaintStatistics {
  const grades = filter.grades ? new Set(filter.grades) : null;
  const today = now === undefined ? null : chinaDayNumber(now);
  const byCategory = zeroes(COMPLAINT_CATEGORIES);
  const bySeverity = zeroes(COMPLAINT_SEVERITIES);
  const byDepartment: Record<string, number> = {};
  const months = new Map<string, number>();
  let total = 0;
  let due = 0;
  let onTime = 0;
  let answerDays = 0;
  let answered = 0;
  let closeDays = 0;
  let closed = 0;
  for (const row of rows) {
    if (grades && !grades.has(row.grade ?? 'ungraded')) continue;
    const receivedDay = chinaDayNumber(row.receivedAt);
    const received = isoOf(receivedDay);
    if (filter.year !== undefined && Number(received.slice(0, 4)) !== filter.year) continue;
    total += 1;
    byCategory[row.category] += 1;
    bySeverity[row.severity] += 1;
    byDepartment[row.department] = (byDepartment[row.department] ?? 0) + 1;
    const month = received.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
    const deadline = dayOf(row.answerDeadline);
    if (row.answeredAt !== null) {
      const day = chinaDayNumber(row.answeredAt);
      due += 1;
      if (day <= deadline) onTime += 1;
      answerDays += day - receivedDay;
      answered += 1;
    } else if (today !== null && today > deadline) {
      due += 1;
    }
    if (row.closedAt !== null) {
      closeDays += chinaDayNumber(row.closedAt) - receivedDay;
      closed += 1;
    }
  }
  const byMonth: Record<string, number> = {};
  for (const key of [...months.keys()].sort()) byMonth[key] = months.get(key)!;
  return {
    total,
    byCategory,
    bySeverity,
    byDepartment,
    byMonth,
    dueCount: due,
    onTimeCount: onTime,
    onTimeRate: due === 0 ? null : onTime / due,
    meanDaysToAnswer: answered === 0 ? null : round2(answerDays / answered),
    meanDaysToClose: closed === 0 ? null : round2(closeDays / closed),
  };
}
