import { archiveTables } from '../../../data/customers';
import type { AirgapDb } from '../../../data/db';
import { listRuns, type GradeRunRecord } from '../../../data/grading';

/** The runs, and the names of the customers graded on their own (a few; read by id). */
export async function runsWithNames(db: AirgapDb): Promise<{ runs: GradeRunRecord[]; names: Map<string, string> }> {
  const runs = await listRuns(db);
  const ids = [...new Set(runs.flatMap((r) => (r.customerId ? [r.customerId] : [])))];
  const customers = await archiveTables(db).customers.bulkGet(ids);
  const names = new Map<string, string>();
  for (const c of customers) if (c) names.set(c.id, c.name);
  return { runs, names };
}
