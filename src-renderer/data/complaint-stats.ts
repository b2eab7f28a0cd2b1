import { chinaDayOf, complaintStatistics, type ComplaintStatistics, type ComplaintStatsRow, type StatsFilter } from '../core/complaints';
import type { ClassificationLevel } from '../core/classification';
import type { Grade } from '../core/grading';
import type { IsoDateTime } from '../core/model';
import type { AirgapDb } from './db';
import type { ComplaintRecord } from './rows/complaints';
import { customerIdsInScope, type ReadScope } from './scope';

/** The part of a stored complaint the statistics read (the complaints storage owns the rest). */
type StatsComplaint = Pick<
  ComplaintRecord,
  | 'category'
  | 'severity'
  | 'department'
  | 'grade'
  | 'receivedAt'
  | 'deadlines'
  | 'dueDate'
  | 'answeredAt'
  | 'closedAt'
  | 'verification'
  | 'customerId'
  | 'deletedAt'
>;

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

/** What the statistics keep of one live complaint of the year (a few fields of a row of kilobytes). */
interface YearRow {
  /** Whose complaint: the data scope keeps only its customers' (issue 15.3). */
  customerId: string;
  row: ComplaintStatsRow;
  closeDeadline: string;
  satisfaction: number | null;
}

/** Years kept in memory: a user compares a few years, not all ten. */
const CACHED_YEARS = 4;
const cache = new WeakMap<AirgapDb, Map<number, { seq: number; rows: YearRow[] }>>();

/**
 * The live complaints received in `year` (China time), read by the `receivedAt` index (never the
 * whole table: 50,000 complaints over ten years) and kept as compact rows until the next write:
 * reading a year's 5,000 full records is the cost of the view (their histories and zeroing travel
 * along), so switching back to a year, or changing the grade filter, reuses them. Every write and
 * every import appends to the change log, so its last `seq` says whether anything changed since.
 */
/** The last change-log entry's number: every write and import appends one, so it changes with any data. */
export async function lastChangeSeq(db: AirgapDb): Promise<number> {
  return ((await db.changes.toCollection().lastKey()) as number | undefined) ?? 0;
}

async function yearRows(db: AirgapDb, year: number): Promise<YearRow[]> {
  const seq = await lastChangeSeq(db);
  const years = cache.get(db) ?? new Map<number, { seq: number; rows: YearRow[] }>();
  cache.set(db, years);
  const held = years.get(year);
  if (held && held.seq === seq) return held.rows;
  const [from, to] = receivedRange(year);
  const stored: StatsComplaint[] = await db.complaints.where('receivedAt').between(from, to).toArray();
  const yearPrefix = String(year);
  const rows: YearRow[] = [];
  for (const c of stored) {
    if (c.deletedAt !== null || !chinaDayOf(c.receivedAt).startsWith(yearPrefix)) continue;
    rows.push({
      customerId: c.customerId,
      row: {
        category: c.category,
        severity: c.severity,
        department: c.department,
        grade: c.grade,
        receivedAt: c.receivedAt,
        answerDeadline: c.deadlines?.answer ?? c.dueDate,
        answeredAt: c.answeredAt,
        closedAt: c.closedAt,
      },
      closeDeadline: c.deadlines?.close ?? c.dueDate,
      satisfaction: c.verification ? c.verification.satisfaction : null,
    });
  }
  years.delete(year);
  years.set(year, { seq, rows });
  if (years.size > CACHED_YEARS) years.delete(years.keys().next().value!);
  return rows;
}

/**
 * 投诉统计 of one year: the year's complaints (yearRows) of the chosen grades aggregated by core
 * `complaintStatistics`; 关闭及时率 is the same rule over the close deadline and the closing; the
 * satisfaction of the customers' verifications of those complaints, and of the year's surveys.
 * `now` decides which unanswered complaints are already late (on-time rates). Under a data `scope`
 * narrower than 全部 (issue 15.3) only the complaints and surveys of its customers count.
 */
export async function complaintStatsOfYear(
  db: AirgapDb,
  year: number,
  grades: StatsFilter['grades'] | null,
  now: IsoDateTime,
  scope?: ReadScope,
): Promise<ComplaintYearStatistics> {
  const inScope = scope ? await customerIdsInScope(db, scope) : null;
  const [ofYear, surveys] = await Promise.all([yearRows(db, year), surveyFigure(db, year, grades, inScope)]);
  const all = inScope === null ? ofYear : ofYear.filter((r) => inScope.has(r.customerId));
  const gradeSet = grades ? new Set<Grade | 'ungraded'>(grades) : null;
  const chosen = gradeSet ? all.filter((r) => gradeSet.has(r.row.grade ?? 'ungraded')) : all;
  const satisfaction = chosen.flatMap((r) => (r.satisfaction === null ? [] : [r.satisfaction]));
  const mean = satisfaction.length === 0 ? null : satisfaction.reduce((a, b) => a + b, 0) / satisfaction.length;
  // The close deadline read as the core's answer rule: closed on or before it, or late once past it.
  const closing = complaintStatistics(
    chosen.map((r) => ({ ...r.row, answerDeadline: r.closeDeadline, answeredAt: r.row.closedAt })),
    {},
    now,
  );
  return {
    ...complaintStatistics(
      chosen.map((r) => r.row),
      {},
      now,
    ),
    year,
    closeOnTime: { due: closing.dueCount, onTime: closing.onTimeCount, rate: closing.onTimeRate },
    verification: {
      count: satisfaction.length,
      mean: mean === null ? null : round2(mean),
      meanPercent: mean === null ? null : round2(((mean - 1) / (VERIFICATION_MAX - 1)) * 100),
    },
    surveys,
  };
}

/** The year's live surveys, of customers whose grade is among `grades` (their grade now: surveys carry none). */
async function surveyFigure(
  db: AirgapDb,
  year: number,
  grades: StatsFilter['grades'] | null,
  inScope: ReadonlySet<string> | null,
): Promise<SatisfactionFigure> {
  let surveys = (await db.surveys.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray()).filter(
    (s) => s.deletedAt === null && (inScope === null || inScope.has(s.customerId)),
  );
  if (grades) {
    const wanted = new Set<Grade | 'ungraded'>(grades);
    const customers = await db.customers.bulkGet([...new Set(surveys.map((s) => s.customerId))]);
    const gradeOf = new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c.grade ?? null]));
    surveys = surveys.filter((s) => wanted.has(gradeOf.get(s.customerId) ?? 'ungraded'));
  }
  if (surveys.length === 0) return { count: 0, meanPercent: null };
  return { count: surveys.length, meanPercent: round2(surveys.reduce((a, s) => a + s.percent, 0) / surveys.length) };
}

/** The years that have complaints, newest first (the two ends of the `receivedAt` index), and always the current one. */
export async function complaintYears(db: AirgapDb, currentYear: number): Promise<number[]> {
  const t = db.complaints;
  const [first, last] = await Promise.all([t.orderBy('receivedAt').first(), t.orderBy('receivedAt').last()]);
  const low = Math.min(currentYear, first ? Number(chinaDayOf(first.receivedAt).slice(0, 4)) : currentYear);
  const high = Math.max(currentYear, last ? Number(chinaDayOf(last.receivedAt).slice(0, 4)) : currentYear);
  const years: number[] = [];
  for (let y = high; y >= low; y -= 1) years.push(y);
  return years;
}

/**
 * The classification levels of the customers whose complaints `complaintStatsOfYear` counts for the same year,
 * grades and scope: the exported statistics' mark is at least their highest (issue 16.4), as the printed report's.
 */
export async function complaintStatsLevels(
  db: AirgapDb,
  year: number,
  grades: StatsFilter['grades'] | null,
  scope?: ReadScope,
): Promise<ClassificationLevel[]> {
  const inScope = scope ? await customerIdsInScope(db, scope) : null;
  const gradeSet = grades ? new Set<Grade | 'ungraded'>(grades) : null;
  const ids = new Set(
    (await yearRows(db, year))
      .filter((r) => (inScope === null || inScope.has(r.customerId)) && (gradeSet === null || gradeSet.has(r.row.grade ?? 'ungraded')))
      .map((r) => r.customerId),
  );
  const customers = await db.customers.bulkGet([...ids]);
  return customers.flatMap((c) => (c ? [c.classification] : []));
}
