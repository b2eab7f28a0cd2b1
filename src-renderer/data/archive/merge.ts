import { MERGE_CHILD_TABLES, planCustomerMerge, type MergeChildren, type MergeConflict } from '../../core/archive-domain';
import type { Envelope } from '../../core/envelope';
import type { AirgapDb } from '../db';
import { RecordNotFoundError, restoreRecord, softDeleteRecord, updateRecord } from '../records';
import type { RecordTable } from '../schema';
import type { WriteContext } from '../write-context';
import { childQueries } from './children';
import { inTransaction, refuse } from './common';
import { archiveTables, type CustomerRecord } from './types';

type Row = Envelope & Record<string, unknown>;

/**
 * Every child row of the two customers, deleted ones too (a restore after the merge must land at
 * the kept customer).
 */
async function childrenOfBoth(db: AirgapDb, ids: readonly string[]): Promise<Partial<MergeChildren>> {
  const children: Record<string, unknown[]> = {};
  for (const { table, query } of childQueries(db, ids)) (children[table] ??= []).push(...(await query.toArray()));
  return children as Partial<MergeChildren>;
}

/**
 * The write path updates live records only; a deleted child is brought back, re-pointed and deleted
 * again, so each step is in its history (its deletion time becomes the merge's).
 */
async function patchRow(db: AirgapDb, table: RecordTable, id: string, patch: Record<string, unknown>, ctx: WriteContext): Promise<void> {
  const row = (await db.table(table).get(id)) as Row | undefined;
  if (!row) throw new RecordNotFoundError(table, id);
  if (row.deletedAt === null) {
    await updateRecord<Row>(db, table, id, patch, ctx);
    return;
  }
  await restoreRecord(db, table, id, ctx);
  await updateRecord<Row>(db, table, id, patch, ctx);
  await softDeleteRecord(db, table, id, ctx);
}

/**
 * Merges customer `sourceId` (the duplicate) into `targetId` (kept) by core's plan, in ONE
 * transaction: the target's patch, every child and sub-unit re-pointed, the source marked
 * `mergedInto` and soft-deleted. Both histories stay (the source's record and its change log are
 * kept). Returns what the user should review: differing fields and same-year figures.
 */
export async function mergeCustomers(db: AirgapDb, targetId: string, sourceId: string, ctx: WriteContext): Promise<{ conflicts: MergeConflict[] }> {
  const t = archiveTables(db);
  return inTransaction(db, ['customers', ...MERGE_CHILD_TABLES], async () => {
    const [target, source] = await t.customers.bulkGet([targetId, sourceId]);
    if (!target) throw new RecordNotFoundError('customers', targetId);
    if (!source) throw new RecordNotFoundError('customers', sourceId);
    const plan = planCustomerMerge({
      target,
      source,
      children: await childrenOfBoth(db, [targetId, sourceId]),
      subUnits: await t.customers.where('parentId').equals(sourceId).toArray(),
    });
    if (!plan.ok) return refuse('_', plan.error);
    if (Object.keys(plan.targetPatch).length > 0) await updateRecord<CustomerRecord>(db, 'customers', targetId, plan.targetPatch, ctx);
    for (const child of plan.childPatches) await patchRow(db, child.table, child.id, child.patch, ctx);
    for (const unit of plan.reparent) await patchRow(db, 'customers', unit.id, { parentId: unit.parentId }, ctx);
    await updateRecord<CustomerRecord>(db, 'customers', sourceId, plan.sourcePatch, ctx);
    await softDeleteRecord(db, 'customers', sourceId, ctx);
    return { conflicts: plan.conflicts };
  });
}
