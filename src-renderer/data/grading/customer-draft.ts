import type { AirgapDb } from '../db';
import { runEntries } from './runs';
import { gradingTables, type GradeRunRecord, type GradingRecord } from './types';

/**
 * The single-customer draft waiting for approval, with its one entry: what the customer page's
 * 客户分级 tab offers to adjust, approve or discard. Read by the `status` index (drafts are few),
 * never the whole runs table. `draftGrading` keeps at most one open single draft per customer;
 * should an imported copy hold two, the newest counts. Batch drafts are not included: they are
 * reviewed as a whole on the batch's own page.
 */
export async function openDraftOf(db: AirgapDb, customerId: string): Promise<{ run: GradeRunRecord; entry: GradingRecord } | null> {
  const drafts = await gradingTables(db).runs.where('status').equals('draft').toArray();
  const run = drafts
    .filter((r) => r.deletedAt === null && r.kind === 'single' && r.customerId === customerId)
    .sort((a, b) => (a.rev < b.rev ? 1 : a.rev > b.rev ? -1 : 0))[0];
  if (!run) return null;
  const entry = (await runEntries(db, run.id)).find((e) => e.customerId === customerId && e.deletedAt === null);
  return entry ? { run, entry } : null;
}
