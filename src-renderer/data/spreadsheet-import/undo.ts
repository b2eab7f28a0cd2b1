import { requireRecordWrite } from '../../core/accounts';
import { INTAKE_AUDIT_ACTIONS } from '../../core/audit/intake-actions';
import { auditAction } from '../audit/record';
import type { AirgapDb } from '../db';
import { recordTable } from '../db';
import { softDeleteRecords, updateRecord, writeScope } from '../records';
import type { BenefitYearRecord, ContactRecord, CustomerRecord } from '../rows/archive';
import type { WriteContext } from '../write-context';
import { getImportRecord, saveImportRecord } from './records';
import type { ImportRecord } from './types';

/** How many records the import created (customers for a customer import; figures or receivables otherwise). */
function createdCount(record: ImportRecord): number {
  return record.kind === 'customers' ? record.created.customers.length : (record.created.benefits ?? record.created.settlements ?? []).length;
}

export type UndoRefusal = 'not-found' | 'already-undone' | 'changed-since';

/** Thrown when an import cannot be undone; nothing was written. `names`: the records changed since. */
export class UndoRefusedError extends Error {
  readonly code = 'undo-refused';
  constructor(
    readonly reason: UndoRefusal,
    readonly names: readonly string[] = [],
  ) {
    super(`undo refused: ${reason}`);
    this.name = 'UndoRefusedError';
  }
}

/**
 * Undoes an import as a whole, in ONE transaction: what it created goes to the recycle bin (soft
 * delete, one change entry each), what it updated gets its previous version back (through
 * updateRecord: one change entry each, so the history shows the import and its undo). Refused
 * with nothing written when a record the import updated was changed since (its later edit would be
 * lost: the user undoes that first or edits by hand); a record it created and someone edited since
 * still goes to the recycle bin, where nothing is lost. Audited with the import's file and counts.
 */
export async function undoSheetImport(db: AirgapDb, importId: string, ctx: WriteContext): Promise<ImportRecord> {
  requireRecordWrite(ctx.actor, 'customers', 'delete');
  requireRecordWrite(ctx.actor, 'contacts', 'delete');
  requireRecordWrite(ctx.actor, 'customers', 'update');
  requireRecordWrite(ctx.actor, 'benefits', 'delete');
  requireRecordWrite(ctx.actor, 'settlements', 'delete');
  return db.transaction('rw', [...writeScope(db, ['customers', 'contacts', 'benefits', 'settlements']), db.meta], async () => {
    const record = await getImportRecord(db, importId);
    if (!record) throw new UndoRefusedError('not-found');
    if (record.undone) throw new UndoRefusedError('already-undone');
    const changed: string[] = [];
    // A record updated twice by one import (two rows of one customer) is checked against its last version only.
    const lastUpdates = new Map(record.updated.map((u) => [`${u.table}:${u.id}`, u]));
    for (const u of lastUpdates.values()) {
      const current = await recordTable<CustomerRecord | ContactRecord | BenefitYearRecord>(db, u.table).get(u.id);
      if (!current || current.rev !== u.rev || current.deletedAt !== null) changed.push(String(u.before.name ?? u.id));
    }
    if (changed.length > 0) throw new UndoRefusedError('changed-since', changed);
    // Every change entry of the undo names the import (the customer's history shows 撤销导入《file》).
    const undoCtx: WriteContext = { ...ctx, source: { kind: 'spreadsheetImportUndo', id: record.id, fileName: record.fileName } };
    await softDeleteRecords(db, 'settlements', record.created.settlements ?? [], undoCtx);
    await softDeleteRecords(db, 'benefits', record.created.benefits ?? [], undoCtx);
    await softDeleteRecords(db, 'contacts', record.created.contacts, undoCtx);
    await softDeleteRecords(db, 'customers', record.created.customers, undoCtx);
    // Newest first: a record updated twice by one import gets its earliest version back last.
    for (const u of [...record.updated].reverse()) await updateRecord(db, u.table, u.id, u.before, undoCtx);
    const undone: ImportRecord = { ...record, undone: { at: ctx.now().toISOString(), by: ctx.actor.name, byId: ctx.actor.userId } };
    await saveImportRecord(db, undone);
    await auditAction(
      db,
      ctx,
      INTAKE_AUDIT_ACTIONS.spreadsheetImportUndo,
      { kind: 'spreadsheetImport', id: record.id, label: record.fileName },
      { fileName: record.fileName, importedAt: record.at, removed: createdCount(record), restored: record.updated.length },
    );
    return undone;
  });
}
