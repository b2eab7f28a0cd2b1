import { GRADES, paretoAnalysis, type GradeDistribution, type ParetoAnalysis } from '../../core/grading';
import type { AirgapDb } from '../db';
import { archiveTables } from '../archive/types';
import { gradingTables, type GradeRunRecord } from './types';

/** A customer as the 80/20 table shows it. */
export interface ParetoCustomer {
  name: string;
  grade: string | null;
  managerName: string;
}

/**
 * 80/20 of one year: every live customer with business figures for `year`, ranked by 年综合效益
 * (`year` index: one range read), and the names, grades and managers of those customers.
 */
export async function paretoOfYear(db: AirgapDb, year: number): Promise<{ analysis: ParetoAnalysis; customers: Map<string, ParetoCustomer> }> {
  const t = archiveTables(db);
  const rows = (await t.benefits.where('year').equals(year).toArray()).filter((r) => r.deletedAt === null);
  const owners = await t.customers.bulkGet(rows.map((r) => r.customerId));
  const customers = new Map<string, ParetoCustomer>();
  const input: { customerId: string; benefitWan: number }[] = [];
  rows.forEach((row, i) => {
    const c = owners[i];
    if (!c || c.deletedAt !== null || customers.has(c.id)) return;
    customers.set(c.id, { name: c.name, grade: c.grade ?? null, managerName: c.managerName });
    input.push({ customerId: c.id, benefitWan: row.benefitWan });
  });
  return { analysis: paretoAnalysis(input), customers };
}

/** The years that have business figures, newest first (the 80/20 year picker). */
export async function benefitYears(db: AirgapDb): Promise<number[]> {
  const years = (await archiveTables(db).benefits.orderBy('year').uniqueKeys()) as number[];
  return years.reverse();
}

/**
 * How many live customers hold each grade, from the `grade` index (four counts, no records read):
 * the total counts only live customers, the graded counts subtract the deleted ones of each grade.
 */
export async function gradeCounts(db: AirgapDb): Promise<GradeDistribution> {
  const t = archiveTables(db).customers;
  const deleted = await t.where('deletedAt').above('').toArray();
  const deletedBy = (grade: string | null) => deleted.filter((c) => (c.grade ?? null) === grade).length;
  const total = (await t.count()) - deleted.length;
  const counts = { AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total };
  for (const grade of GRADES) counts[grade] = (await t.where('grade').equals(grade).count()) - deletedBy(grade);
  counts.ungraded = total - GRADES.reduce((n, g) => n + counts[g], 0);
  return counts;
}

/** The latest approved batch re-grading (the dashboard's "changes since the last grading") and the drafts waiting. */
export async function gradingStatus(db: AirgapDb): Promise<{ lastBatch: GradeRunRecord | null; drafts: GradeRunRecord[] }> {
  const runs = gradingTables(db).runs;
  const [approved, drafts] = await Promise.all([runs.where('status').equals('approved').toArray(), runs.where('status').equals('draft').toArray()]);
  const lastBatch = approved.filter((r) => r.kind === 'batch' && r.deletedAt === null).sort((a, b) => ((a.approvedAt ?? '') < (b.approvedAt ?? '') ? 1 : -1))[0] ?? null;
  return { lastBatch, drafts: drafts.filter((r) => r.deletedAt === null) };
}
