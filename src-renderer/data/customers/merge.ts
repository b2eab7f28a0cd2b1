import {
  MERGE_CHILD_TABLES,
  planCustomerMerge,
  summariseMerge,
  type MergeChildren,
  type MergeConflict,
  type MergePlan,
  type MergeSummary,
} from '../../core/customers';
import type { Envelope } from '../../core/envelope';
import { recordTable, type AirgapDb } from '../db';
import { RecordNotFoundError, restoreRecord, softDeleteRecord, updateRecord } from '../records';
import type { RecordTable } from '../schema';
import type { WriteContext } from '../write-context';
import { childQueries } from '../repository/children';
import { compareText, inTransaction, refuse } from '../repository/common';
import { archiveTables, type CustomerRecord } from './types';
import { auditAction } from '../audit/record';
import { ARCHIVE_AUDIT_ACTIONS } from '../../core/audit/archive-actions';
import { requireWriteInScope } from '../scope';

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
  const row = await recordTable<Row>(db, table).get(id);
  if (!row) throw new RecordNotFoundError(table, id);
  if (row.deletedAt === null) {
    await updateRecord<Row>(db, table, id, patch, ctx);
    return;
  }
  await restoreRecord(db, table, id, ctx);
  await updateRecord<Row>(db, table, id, patch, ctx);
  await softDeleteRecord(db, table, id, ctx);
}

interface LoadedMerge {
  target: CustomerRecord;
  source: CustomerRecord;
  children: Partial<MergeChildren>;
  plan: MergePlan;
}

/** The two customers, their children and sub-units as stored now, and core's plan over them. */
async function loadMerge(db: AirgapDb, targetId: string, sourceId: string): Promise<LoadedMerge> {
  const t = archiveTables(db);
  const [target, source] = await t.customers.bulkGet([targetId, sourceId]);
  if (!target) throw new RecordNotFoundError('customers', targetId);
  if (!source) throw new RecordNotFoundError('customers', sourceId);
  const children = await childrenOfBoth(db, [targetId, sourceId]);
  const subUnits = await t.customers.where('parentId').equals(sourceId).toArray();
  return { target, source, children, plan: planCustomerMerge({ target, source, children, subUnits }) };
}

/** What the user confirms before a merge: the same plan `mergeCustomers` will write, and its counts. */
export type MergePreview =
  | {
      ok: true;
      target: CustomerRecord;
      source: CustomerRecord;
      plan: Extract<MergePlan, { ok: true }>;
      summary: MergeSummary;
      /** Names of the contacts the summary mentions (the demoted primaries, the one that stays). */
      contactNames: Record<string, string>;
      /** Names of the parent units of both customers (a differing parent is a conflict to show). */
      unitNames: Record<string, string>;
    }
  | { ok: false; target: CustomerRecord; source: CustomerRecord; /** i18n key, as mergeCustomers would refuse. */ error: string };

/** Reads (never writes) the merge of `sourceId` into `targetId`, for the preview. */
export async function previewCustomerMerge(db: AirgapDb, targetId: string, sourceId: string): Promise<MergePreview> {
  return db.transaction(
    'r',
    (['customers', ...MERGE_CHILD_TABLES] as const).map((name) => recordTable(db, name)),
    async () => {
      const { target, source, children, plan } = await loadMerge(db, targetId, sourceId);
      if (!plan.ok) return { ok: false, target, source, error: plan.error };
      const summary = summariseMerge(plan, children);
      const t = archiveTables(db);
      const contacts = await t.contacts.bulkGet([...summary.demotedContactIds, ...(summary.keptPrimaryId ? [summary.keptPrimaryId] : [])]);
      const contactNames = Object.fromEntries(contacts.filter((c) => c !== undefined).map((c) => [c.id, c.name]));
      const parents = await t.customers.bulkGet([target.parentId, source.parentId].filter((id): id is string => id !== null));
      const unitNames = Object.fromEntries(parents.filter((p) => p !== undefined).map((p) => [p.id, p.name]));
      return { ok: true, target, source, plan, summary, contactNames, unitNames };
    },
  );
}

/**
 * The customers merged into `id` (deleted, `mergedInto` = id), oldest merge first, so the kept
 * customer's page can show their histories too. Merged-away customers are deleted, and the
 * `deletedAt` index holds deleted rows only, so this reads the recycle bin, not the archive.
 */
export async function customersMergedInto(db: AirgapDb, id: string): Promise<CustomerRecord[]> {
  const deleted = await archiveTables(db).customers.orderBy('deletedAt').toArray();
  return deleted.filter((c) => c.mergedInto === id && c.deletedAt !== null).sort((a, b) => compareText(a.deletedAt!, b.deletedAt!));
}

/**
 * Merges customer `sourceId` (the duplicate) into `targetId` (kept) by core's plan, in ONE
 * transaction: the target's patch, every child and sub-unit re-pointed, the source marked
 * `mergedInto` and soft-deleted. Both histories stay (the source's record and its change log are
 * kept). Returns what the user should review: differing fields and same-year figures.
 */
export async function mergeCustomers(db: AirgapDb, targetId: string, sourceId: string, ctx: WriteContext): Promise<{ conflicts: MergeConflict[] }> {
  return inTransaction(db, ['customers', ...MERGE_CHILD_TABLES], async () => {
    const { plan, target, source } = await loadMerge(db, targetId, sourceId);
    // Both customers must be within the user's data scope, also the one a merge would only read from.
    await requireWriteInScope(db, { actor: ctx.actor, installationId: ctx.origin }, 'customers', [target, source], 'archive.delete');
    if (!plan.ok) return refuse('_', plan.error);
    await auditAction(
      db,
      ctx,
      ARCHIVE_AUDIT_ACTIONS.customerMerge,
      { kind: 'customers', id: target.id, label: target.name },
      {
        mergedId: source.id,
        mergedName: source.name,
        conflicts: plan.conflicts.length,
      },
    );
    if (Object.keys(plan.targetPatch).length > 0) await updateRecord<CustomerRecord>(db, 'customers', targetId, plan.targetPatch, ctx);
    for (const child of plan.childPatches) await patchRow(db, child.table, child.id, child.patch, ctx);
    for (const unit of plan.reparent) await patchRow(db, 'customers', unit.id, { parentId: unit.parentId }, ctx);
    await updateRecord<CustomerRecord>(db, 'customers', sourceId, plan.sourcePatch, ctx);
    await softDeleteRecord(db, 'customers', sourceId, ctx);
    return { conflicts: plan.conflicts };
  });
}
