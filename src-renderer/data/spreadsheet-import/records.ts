import { INTAKE_AUDIT_ACTIONS } from '../../core/audit/intake-actions';
import { auditAction } from '../audit/record';
import type { AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import type { ImportRecord } from './types';

/**
 * Imports are named in `meta`, one row each (key below + the import's id): local to this
 * installation like the output counter, never exchanged; undo needs the ids they hold.
 */
export const IMPORT_RECORD_PREFIX = 'spreadsheet-import:';

export async function saveImportRecord(db: AirgapDb, record: ImportRecord): Promise<void> {
  await db.meta.put({ key: IMPORT_RECORD_PREFIX + record.id, value: record });
}

export async function getImportRecord(db: AirgapDb, id: string): Promise<ImportRecord | undefined> {
  return (await db.meta.get(IMPORT_RECORD_PREFIX + id))?.value as ImportRecord | undefined;
}

/** Past imports, newest first (ids are UUID v7: time-ordered). */
export async function listImportRecords(db: AirgapDb): Promise<ImportRecord[]> {
  const rows = await db.meta.where('key').startsWith(IMPORT_RECORD_PREFIX).toArray();
  return rows.map((r) => r.value as ImportRecord).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * A finished import named and audited, inside the import's own transaction (customers' and figures' imports
 * alike): its record saved, and `spreadsheet.import` with the file, the counts and the kind's own `details`.
 */
export async function recordImport(db: AirgapDb, ctx: WriteContext, made: ImportRecord, details: Record<string, string | number>): Promise<void> {
  await saveImportRecord(db, made);
  await auditAction(
    db,
    ctx,
    INTAKE_AUDIT_ACTIONS.spreadsheetImport,
    { kind: 'spreadsheetImport', id: made.id, label: made.fileName },
    {
      fileName: made.fileName,
      ...details,
      added: made.counts.created,
      updated: made.counts.updated,
      skipped: made.counts.skipped,
      leftOut: made.counts.leftOut,
    },
  );
}
