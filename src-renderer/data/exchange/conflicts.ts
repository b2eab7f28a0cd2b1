import type { Table } from 'dexie';
import { requirePermission } from '../../core/accounts';
import { ENVELOPE_FIELDS } from '../../core/envelope';
import { recordTable, type AirgapDb } from '../db';
import { ValidationError } from '../../core/validation';
import type { AnyRecord, ConflictRow, ConflictSide } from '../rows/exchange';
import { recordLabel, restoreRecord, softDeleteRecord, updateRecord, writeScope } from '../records';
import type { WriteContext } from '../write-context';
import { checkFieldChoice, conflictFields, mergedFields, mergeUnavailable } from './conflict-merge';
import { auditConflict } from './intake-audit';

// Conflicts: the losing versions of records both sides changed since they last agreed (row type: data/rows/exchange.ts).
export type { ConflictRow, ConflictSide } from '../rows/exchange';
export { conflictFields, mergeUnavailable } from './conflict-merge';

export function conflictTable(db: AirgapDb): Table<ConflictRow, string> {
  return db.conflicts;
}

export async function listOpenConflicts(db: AirgapDb): Promise<ConflictRow[]> {
  const rows = await conflictTable(db).where('status').equals('open').toArray();
  return rows.sort((a, b) => (a.detectedAt < b.detectedAt ? 1 : a.detectedAt > b.detectedAt ? -1 : 0));
}

export async function conflictsOf(db: AirgapDb, recordId: string): Promise<ConflictRow[]> {
  return conflictTable(db).where('recordId').equals(recordId).toArray();
}

export class ConflictResolvedError extends Error {
  readonly code = 'already-resolved';
}

/** A conflict resolved field by field: for each field `conflictFields` offers, the side it is taken from. */
export interface FieldChoice {
  fields: Record<string, ConflictSide>;
}
export type ConflictChoice = 'keep-winner' | 'take-loser' | FieldChoice;

/**
 * Resolve one conflict: keep the winner (the record stays as it is), or take the loser — written as
 * a NEW local version through records.ts (new rev, change log), so it wins the next exchange —, or
 * take each differing field from either side (issue 17.8). A field-by-field choice must name exactly
 * the fields `conflictFields` offers; all from the winner is keeping it, all from the loser taking it;
 * a mix is written as one edit (one change-log entry with the changed fields) after the kind's own
 * schema accepted it — refused otherwise with a ValidationError, and nothing is written. The row
 * keeps the choice per field; its status says whether a new local version was written.
 */
export async function resolveConflict(db: AirgapDb, conflictId: string, choice: ConflictChoice, ctx: WriteContext): Promise<ConflictRow> {
  requirePermission(ctx.actor, 'conflict.resolve');
  const row = await conflictTable(db).get(conflictId);
  if (!row) throw new Error(`conflict ${conflictId} not found`);
  return db.transaction('rw', [conflictTable(db), ...writeScope(db, [row.kind])], async () => {
    const current = await conflictTable(db).get(conflictId);
    if (!current || current.status !== 'open') throw new ConflictResolvedError(`conflict ${conflictId} is resolved`);
    let took: boolean;
    let fields: Record<string, ConflictSide> | undefined;
    if (typeof choice === 'string') {
      took = choice === 'take-loser';
      if (took) await writeLoser(db, current, ctx);
    } else {
      const winner = await recordTable(db, current.kind).get(current.recordId);
      fields = checkFieldChoice(conflictFields(winner, current.loser), choice.fields);
      const sides = new Set(Object.values(fields));
      took = sides.has('loser');
      if (took && sides.has('winner')) {
        const unavailable = mergeUnavailable(winner, current.loser);
        if (unavailable) throw new ValidationError({ _: unavailable });
        await updateRecord(db, current.kind, current.recordId, mergedFields(current, winner!, fields), ctx);
      } else if (took) await writeLoser(db, current, ctx);
    }
    const resolved: ConflictRow = {
      ...current,
      status: took ? 'took-loser' : 'kept-winner',
      resolvedAt: ctx.now().toISOString(),
      resolvedBy: ctx.actor.name,
      ...(fields ? { fields } : {}),
    };
    await conflictTable(db).put(resolved);
    // Audited in this transaction (writeScope includes db.audit): which record, which version kept.
    const record = await recordTable(db, current.kind).get(current.recordId);
    await auditConflict(db, ctx, resolved, recordLabel(record ?? current.loser));
    return resolved;
  });
}

async function writeLoser(db: AirgapDb, row: ConflictRow, ctx: WriteContext): Promise<void> {
  const current = await recordTable(db, row.kind).get(row.recordId);
  if (!current) throw new Error(`${row.kind} ${row.recordId} not found`);
  const fields = Object.fromEntries(Object.entries(row.loser).filter(([key]) => !(ENVELOPE_FIELDS as readonly string[]).includes(key)));
  if (current.deletedAt !== null) await restoreRecord(db, row.kind, row.recordId, ctx);
  await updateRecord(db, row.kind, row.recordId, fields, ctx);
  if (row.loser.deletedAt !== null) await softDeleteRecord(db, row.kind, row.recordId, ctx);
}

/** An open conflict with what the review screen shows beside it: the current (winning) record and its customer's name. */
export interface ConflictView {
  row: ConflictRow;
  current: AnyRecord | undefined;
  customerName: string | null;
}

export async function openConflictViews(db: AirgapDb): Promise<ConflictView[]> {
  const rows = await listOpenConflicts(db);
  const views: ConflictView[] = [];
  for (const row of rows) {
    const current = await recordTable(db, row.kind).get(row.recordId);
    const customerId = row.kind === 'customers' ? row.recordId : ((current ?? row.loser).customerId as string | undefined);
    const customer = customerId ? await db.customers.get(customerId) : undefined;
    views.push({ row, current, customerName: customer?.name ?? null });
  }
  return views;
}
