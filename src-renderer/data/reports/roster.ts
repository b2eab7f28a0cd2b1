import type { RosterRow } from '../../core/reports';
import { archiveTables, type CustomerRecord } from '../customers/types';
import type { AirgapDb } from '../db';
import { gradingTables, type GradeRunRecord, type GradingRecord } from '../grading/types';
import { keepCustomersInScope, type ReadScope } from '../scope';

const yearOf = (day: string) => Number(day.slice(0, 4));

/** Approved runs that count: not deleted, evaluated in `year` when one is given. */
async function approvedRuns(db: AirgapDb, year?: number): Promise<GradeRunRecord[]> {
  const runs = await gradingTables(db).runs.where('status').equals('approved').toArray();
  return runs.filter((r) => r.deletedAt === null && (year === undefined || yearOf(r.evaluationDate) === year));
}

/** Years that have an approved grading (by evaluation day), newest first: the roster's year picker. */
export async function rosterYears(db: AirgapDb): Promise<number[]> {
  const years = new Set((await approvedRuns(db)).map((r) => yearOf(r.evaluationDate)));
  return [...years].sort((a, b) => b - a);
}

/**
 * The graded customers of one year: for each live customer, its latest approved grading evaluated
 * in that year (a single re-grading after the annual batch wins), with the figures that grading
 * read. The runs of the year are few; their gradings are read by the `runId` index, the customers
 * by primary key — at 10,000 customers ≈ 0.5 s, most of it the gradings (they carry their facts).
 * Under a data `scope` narrower than 全部 (issue 15.3) only its customers are listed.
 */
export async function gradedRoster(db: AirgapDb, year: number, scope?: ReadScope): Promise<RosterRow[]> {
  const runs = (await approvedRuns(db, year)).sort((a, b) => ((a.approvedAt ?? '') < (b.approvedAt ?? '') ? -1 : 1));
  const latest = new Map<string, { grading: GradingRecord; run: GradeRunRecord }>();
  for (const run of runs) {
    const gradings = await gradingTables(db).gradings.where('runId').equals(run.id).toArray();
    // Runs in approval order: a later run's grading replaces an earlier one of the same customer.
    // A grading closed by a newer run before this one was approved was never applied.
    for (const grading of gradings) if (grading.deletedAt === null && !grading.supersededBy) latest.set(grading.customerId, { grading, run });
  }
  const read = (await archiveTables(db).customers.bulkGet([...latest.keys()])).filter((c): c is CustomerRecord => c !== undefined && c.deletedAt === null);
  const customers = scope ? await keepCustomersInScope(db, scope, read) : read;
  const rows: RosterRow[] = [];
  for (const customer of customers) {
    const { grading, run } = latest.get(customer.id)!;
    rows.push({
      customerId: customer.id,
      name: customer.name,
      sortKey: customer.sortKey,
      type: customer.type,
      managerId: customer.managerId,
      managerName: customer.managerName,
      classification: customer.classification,
      grade: grading.finalGrade,
      benefitWan: grading.facts.annualBenefitWan,
      benefitYear: run.benefitYear,
      cooperationYears: grading.facts.cooperationYears,
      paymentStability: grading.facts.paymentStability,
      subjectiveScore: grading.facts.subjectiveScore,
      evaluationDate: grading.evaluationDate,
    });
  }
  return rows;
}
