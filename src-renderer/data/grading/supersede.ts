import { summariseRegrade } from '../../core/grading';
import type { AirgapDb } from '../db';
import { updateRecord, updateRecords } from '../records';
import type { WriteContext } from '../write-context';
import { gradingTables, type GradeRunRecord, type GradingRecord } from './types';

/**
 * Whether an open draft is older than the approved run: evaluated on the same day or before it. A
 * draft evaluated on a later day holds newer figures and stays open (its approval would be the
 * newer decision).
 */
export const isSupersededBy = (draft: Pick<GradeRunRecord, 'evaluationDate'>, approved: Pick<GradeRunRecord, 'evaluationDate'>): boolean =>
  draft.evaluationDate <= approved.evaluationDate;

/** A grading of a draft that is still to be decided (not closed by a newer approved run). */
export const isOpenEntry = (g: Pick<GradingRecord, 'supersededBy' | 'deletedAt'>): boolean => g.deletedAt === null && !g.supersededBy;

/**
 * A newer approved run closes the older open drafts of the customers it decided, so no stale
 * proposal ("未定级 → AAA" for a customer already AAA) waits for a second approval that would
 * overwrite the newer decision. Called inside the approval's transaction.
 *
 * - a single-customer draft of a decided customer: the whole draft becomes `superseded`;
 * - a batch draft all of whose open customers were decided: the whole draft becomes `superseded`;
 * - a batch draft that overlaps only in part: only the decided customers' gradings are closed
 *   (`supersededBy` on the grading); the rest of the draft stays open and its summary counts only
 *   what an approval would still apply.
 *
 * Every change goes through the write path: the closed runs and gradings each get their
 * change-log entry, naming the run that superseded them.
 */
export async function supersedeOlderDrafts(db: AirgapDb, approved: GradeRunRecord, decided: ReadonlySet<string>, ctx: WriteContext): Promise<GradeRunRecord[]> {
  const t = gradingTables(db);
  const drafts = (await t.runs.where('status').equals('draft').toArray()).filter(
    (r) => r.deletedAt === null && r.id !== approved.id && isSupersededBy(r, approved),
  );
  const closed: GradeRunRecord[] = [];
  const close = async (draft: GradeRunRecord) =>
    closed.push(await updateRecord<GradeRunRecord>(db, 'gradeRuns', draft.id, { status: 'superseded', supersededBy: approved.id }, ctx));
  for (const draft of drafts) {
    if (draft.kind === 'single') {
      if (draft.customerId !== null && decided.has(draft.customerId)) await close(draft);
      continue;
    }
    const open = (await t.gradings.where('runId').equals(draft.id).toArray()).filter(isOpenEntry);
    const hit = open.filter((g) => decided.has(g.customerId));
    if (hit.length === 0) continue;
    if (hit.length === open.length) {
      await close(draft);
      continue;
    }
    await updateRecords<GradingRecord>(
      db,
      'gradings',
      hit.map((g) => ({ id: g.id, patch: { supersededBy: approved.id } })),
      ctx,
    );
    await updateRecord<GradeRunRecord>(db, 'gradeRuns', draft.id, { summary: summariseRegrade(open.filter((g) => !decided.has(g.customerId))) }, ctx);
  }
  return closed;
}
