import type { ClassificationLevel } from '../../core/classification';
import type { ParetoAnalysis } from '../../core/grading';
import { archiveTables } from '../customers/types';
import type { AirgapDb } from '../db';
import { paretoRanking } from '../grading';
import type { ReadScope } from '../scope';

export interface ParetoReportCustomer {
  name: string;
  grade: string | null;
  managerName: string;
  classification: ClassificationLevel;
}

/**
 * The 80/20 ranking of a year with every ranked customer's name, grade, manager and classification
 * (the mark needs them all): of the customers within the reader's data `scope` (issue 15.3) when given.
 */
export async function paretoReport(
  db: AirgapDb,
  year: number,
  scope?: ReadScope,
): Promise<{ analysis: ParetoAnalysis; customers: Map<string, ParetoReportCustomer> }> {
  const analysis = await paretoRanking(db, year, scope);
  const records = await archiveTables(db).customers.bulkGet(analysis.rows.map((r) => r.customerId));
  const customers = new Map<string, ParetoReportCustomer>();
  for (const c of records) if (c) customers.set(c.id, { name: c.name, grade: c.grade ?? null, managerName: c.managerName, classification: c.classification });
  return { analysis, customers };
}
