import { chinaDayOf, complaintStatistics, type ComplaintStatistics, type ComplaintStatsRow, type StatsFilter } from '../core/complaints';
import type { Grade } from '../core/grading';
import type { ComplaintFields, IsoDateTime } from '../core/model';
import type { Envelope } from '../core/envelope';
import type { AirgapDb } from './db';
import { satisfactionTables } from './satisfaction/types';

/** The part of a stored complaint the statistics read (the complaints storage owns the rest). */
type StoredComplaint = Pick<ComplaintFields, 'category' | 'severity' | 'department' | 'grade' | 'receivedAt' | 'deadlines' | 'dueDate' | 'answeredAt' | 'closedAt' | 'verification' | 'customerId'> &
  Pick<Envelope, 'deletedAt'>;

export interface SatisfactionFigure {
  count: number;
  /** Mean percent of the scale (1 → 0 %, top → 100 %), so verifications (1–5) and surveys compare; null when none. */
  meanPercent: number | null;
}

export interface ComplaintYearStatistics extends ComplaintStatistics {
  year: number;
  /** 关闭及时率: closed by the close deadline, over those closed or past it at `now` (null: none due). */
  closeOnTime: { due: number; onTime: number; rate: number | null };
  /** The customers' verifications (满意度 1–5) of the year's complaints. */
  verification: SatisfactionFigure & { mean: number | null };
  /** The satisfaction surveys dated in the year (of customers of the chosen grades). */
  surveys: SatisfactionFigure;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const VERIFICATION_MAX = 5;

/**
 * The range of `receivedAt` (UTC instants) that holds every complaint received in `year` in China
 * time, a day wider on each side: core `complaintStatistics` keeps exactly the year's office days.
 */
function receivedRange(year: number): [string, string] {
  return [`${year - 1}-12-31`, `${year + 1}-01-02`];
}

/**
 * 投诉统计 of one year: the year's complaints read by the `receivedAt` index (never the whole
 * table: 50,000 complaints over ten years), live ones of the chosen grades mapped to core rows and
 * aggregated in one pass; the satisfaction of the customers' verifications of those complaints, and
 * of the year's surveys. `now` decides which unanswered complaints are already late (on-time rate).
 */
export async function complaintStatsOfYear(db: AirgapDb, year: number, grades: StatsFilter['grades'] | null, now: IsoDateTime): Promise<ComplaintYearStatistics> {
  const [from, to] = receivedRange(year);
  const [stored, surveys] = await Promise.all([
    db.table('complaints').where('receivedAt').between(from, to).toArray() as Promise<StoredComplaint[]>,
    surveyFigure(db, year, grades),
  ]);
  const gradeSet = grades ? new Set<Grade | 'ungraded'>(grades) : null;
  const rows: ComplaintStatsRow[] = [];
  const closeRows: ComplaintStatsRow[] = [];
  const satisfaction: number[] = [];
  const yearPrefix = String(year);
  for (const c of stored) {
    if (c.deletedAt !== null || (gradeSet && !gradeSet.has(c.grade ?? 'ungraded')) || !chinaDayOf(c.receivedAt).startsWith(yearPrefix)) continue;
    rows.push({
      category: c.category,
      severity: c.severity,
      department: c.department,
      grade: c.grade,
      receivedAt: c.receivedAt,
      answerDeadline: c.deadlines?.answer ?? c.dueDate,
      answeredAt: c.answeredAt,
      closedAt: c.closedAt,
    });
    // The close deadline read as the core's answer rule: closed on or before it, or late once past it.
    closeRows.push({ ...rows[rows.length - 1]!, answerDeadline: c.deadlines?.close ?? c.dueDate, answeredAt: c.closedAt });
    if (c.verification) satisfaction.push(c.verification.satisfaction);
  }
  const mean = satisfaction.length === 0 ? null : satisfaction.reduce((a, b) => a + b, 0) / satisfaction.length;
  const closing = complaintStatistics(closeRows, {}, now);
  return {
    ...complaintStatistics(rows, {}, now),
    year,
    closeOnTime: { due: closing.dueCount, onTime: closing.onTimeCount, rate: closing.onTimeRate },
    verification: { count: satisfaction.length, mean: mean === null ? null : round2(mean), meanPercent: mean === null ? null : round2(((mean - 1) / (VERIFICATION_MAX - 1)) * 100) },
    surveys,
  };
}

/** The year's live surveys, of customers whose grade is among `grades` (their grade now: surveys carry none). */
async function surveyFigure(db: AirgapDb, year: number, grades: StatsFilter['grades'] | null): Promise<SatisfactionFigure> {
  let surveys = (await satisfactionTables(db).surveys.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray()).filter((s) => s.deletedAt === null);
  if (grades) {
    const wanted = new Set<Grade | 'ungraded'>(grades);
    const customers = (await db.table('customers').bulkGet([...new Set(surveys.map((s) => s.customerId))])) as ({ id: string; grade?: Grade | null } | undefined)[];
    const gradeOf = new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c.grade ?? null]));
    surveys = surveys.filter((s) => wanted.has(gradeOf.get(s.customerId) ?? 'ungraded'));
  }
  if (surveys.length === 0) return { count: 0, meanPercent: null };
  return { count: surveys.length, meanPercent: round2(surveys.reduce((a, s) => a + s.percent, 0) / surveys.length) };
}

/** The years that have complaints, newest first (the two ends of the `receivedAt` index), and always the current one. */
export async function complaintYears(db: AirgapDb, currentYear: number): Promise<number[]> {
  const t = db.table('complaints');
  const [first, last] = (await Promise.all([t.orderBy('receivedAt').first(), t.orderBy('receivedAt').last()])) as (StoredComplaint | undefined)[];
  const low = Math.min(currentYear, first ? Number(chinaDayOf(first.receivedAt).slice(0, 4)) : currentYear);
  const high = Math.max(currentYear, last ? Number(chinaDayOf(last.receivedAt).slice(0, 4)) : currentYear);
  const years: number[] = [];
  for (let y = high; y >= low; y -= 1) years.push(y);
  return years;
}
