import type { ClassificationLevel } from '../../core/classification';
import { GRADES, paretoAnalysis, type GradeDistribution, type ParetoAnalysis } from '../../core/grading';
import type { AirgapDb } from '../db';
import type { CustomerRecord } from '../rows/archive';
import { gradingTables, type GradeRunRecord } from './types';
import { customerIdsInScope, isWholeArchive, keepCustomersInScope, type ReadScope } from '../scope';

/** A customer as the 80/20 table shows it. */
export interface ParetoCustomer {
  name: string;
  grade: string | null;
  managerName: string;
  /** For the mark of an exported 80/20 table (issue 16.4). */
  classification: ClassificationLevel;
}

/**
 * The 80/20 ranking of one year, without names: the year's benefit rows (`year` index: one range
 * read) of every live customer. Customers in the recycle bin are left out by the `deletedAt` index
 * (the few deleted ones), so no customer record is read: at 10,000 customers that is the difference
 * between ≈ 0.1 s and ≈ 0.4 s. A customer with two rows for the year (kept from a merge) counts once,
 * with its first row. Under a data `scope` narrower than 全部 (issue 15.3) only its customers are
 * ranked (their shares are of their own total); without one, every customer.
 */
export async function paretoRanking(db: AirgapDb, year: number, scope?: ReadScope): Promise<ParetoAnalysis> {
  const [rows, deleted, inScope] = await Promise.all([
    db.benefits.where('year').equals(year).toArray(),
    db.customers.where('deletedAt').above('').primaryKeys(),
    scope ? customerIdsInScope(db, scope) : null,
  ]);
  const gone = new Set<string>(deleted);
  const seen = new Set<string>();
  const input: { customerId: string; benefitWan: number }[] = [];
  for (const row of rows) {
    if (row.deletedAt !== null || gone.has(row.customerId) || seen.has(row.customerId)) continue;
    if (inScope !== null && !inScope.has(row.customerId)) continue;
    seen.add(row.customerId);
    input.push({ customerId: row.customerId, benefitWan: row.benefitWan });
  }
  return paretoAnalysis(input);
}

/**
 * Names, grades and managers of ranked customers (a screen asks for the ones it shows first, then the
 * rest), in the order of `ids`; ids without a record are left out. A few are read by key; many — the
 * rest of a year's ranking, thousands — in one read of the table, kept to the ids: a key read per id
 * is a request and a result event each (≈ 0.5 s of the page's time for 10,000 at full scale), one
 * read of every customer a fraction of that.
 */
export async function paretoCustomers(db: AirgapDb, ids: readonly string[]): Promise<Map<string, ParetoCustomer>> {
  const records = await customersByIds(db, ids);
  const customers = new Map<string, ParetoCustomer>();
  for (const c of records) if (c) customers.set(c.id, { name: c.name, grade: c.grade ?? null, managerName: c.managerName, classification: c.classification });
  return customers;
}

/** Ids at most this many are read by key (bulkGet); more, and at least a third of the table, in one read of it. */
export const KEYED_READ_MAX = 500;

/** The customer records of `ids` (undefined where there is none), as bulkGet gives them. */
async function customersByIds(db: AirgapDb, ids: readonly string[]): Promise<(CustomerRecord | undefined)[]> {
  if (ids.length <= KEYED_READ_MAX || ids.length * 3 < (await db.customers.count())) return db.customers.bulkGet([...ids]);
  const byId = new Map((await db.customers.toArray()).map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id));
}

/** 80/20 of one year: the ranking and every ranked customer's name, grade and manager. */
export async function paretoOfYear(db: AirgapDb, year: number): Promise<{ analysis: ParetoAnalysis; customers: Map<string, ParetoCustomer> }> {
  const analysis = await paretoRanking(db, year);
  return {
    analysis,
    customers: await paretoCustomers(
      db,
      analysis.rows.map((r) => r.customerId),
    ),
  };
}

/** The newest year that has business figures (one key of the `year` index), or null. */
export async function latestBenefitYear(db: AirgapDb): Promise<number | null> {
  const [year] = (await db.benefits.orderBy('year').reverse().limit(1).keys()) as number[];
  return year ?? null;
}

/**
 * The years that have business figures, newest first (the 80/20 year picker). A skip scan of the
 * `year` index — the newest key, then the newest below it, … — one small read per year, where
 * `uniqueKeys()` walks every row of the index (≈ 0.3 s at 50,000 rows).
 */
export async function benefitYears(db: AirgapDb): Promise<number[]> {
  const benefits = db.benefits;
  const years: number[] = [];
  for (let year = await latestBenefitYear(db); year !== null;) {
    years.push(year);
    const [below] = (await benefits.where('year').below(year).reverse().limit(1).keys()) as number[];
    year = below ?? null;
  }
  return years;
}

/**
 * How many live customers hold each grade, from the `grade` index (four counts, no records read):
 * the total counts only live customers, the graded counts subtract the deleted ones of each grade.
 */
export async function gradeCounts(db: AirgapDb, scope?: ReadScope): Promise<GradeDistribution> {
  if (scope && !isWholeArchive(scope)) return scopedGradeCounts(db, scope);
  const t = db.customers;
  // Six small reads at once, not one after the other.
  const [deleted, all, ...graded] = await Promise.all([
    t.where('deletedAt').above('').toArray(),
    t.count(),
    ...GRADES.map((g) => t.where('grade').equals(g).count()),
  ]);
  const deletedBy = (grade: string | null) => deleted.filter((c) => (c.grade ?? null) === grade).length;
  const total = all - deleted.length;
  const counts = { AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total };
  GRADES.forEach((grade, i) => (counts[grade] = graded[i]! - deletedBy(grade)));
  counts.ungraded = total - GRADES.reduce((n, g) => n + counts[g], 0);
  return counts;
}

/**
 * The distribution among the live customers within a narrower data scope (issue 15.3): those
 * customers are read and counted, where 全部 counts the index.
 */
async function scopedGradeCounts(db: AirgapDb, scope: ReadScope): Promise<GradeDistribution> {
  const live = (await db.customers.toArray()).filter((c) => c.deletedAt === null);
  const customers = await keepCustomersInScope(db, scope, live);
  const counts = { AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total: customers.length };
  for (const c of customers) counts[c.grade ?? 'ungraded'] += 1;
  return counts;
}

/**
 * The latest approved batch re-grading (the dashboard's "changes since the last grading") and the
 * drafts waiting. Under a narrower data `scope` a single customer's draft is listed only when its
 * customer is in scope (a batch concerns the whole department and stays listed).
 */
export async function gradingStatus(db: AirgapDb, scope?: ReadScope): Promise<{ lastBatch: GradeRunRecord | null; drafts: GradeRunRecord[] }> {
  const [approved, drafts] = await Promise.all([gradingTables(db).runs.where('status').equals('approved').toArray(), gradingDrafts(db, scope)]);
  const lastBatch =
    approved.filter((r) => r.kind === 'batch' && r.deletedAt === null).sort((a, b) => ((a.approvedAt ?? '') < (b.approvedAt ?? '') ? 1 : -1))[0] ?? null;
  return { lastBatch, drafts };
}

/**
 * The drafts waiting, as gradingStatus lists them, without the approved runs: 我的待办 needs only these, and the
 * approved runs (every customer's approval, a batch's entries) are the heavy part of gradingStatus's read.
 */
export async function gradingDrafts(db: AirgapDb, scope?: ReadScope): Promise<GradeRunRecord[]> {
  const drafts = await gradingTables(db).runs.where('status').equals('draft').toArray();
  const live = drafts.filter((r) => r.deletedAt === null);
  const inScope = scope ? await customerIdsInScope(db, scope) : null;
  return inScope === null ? live : live.filter((r) => r.customerId === null || inScope.has(r.customerId));
}
