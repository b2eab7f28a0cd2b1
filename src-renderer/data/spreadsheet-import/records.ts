import { INTAKE_AUDIT_ACTIONS } from '../../core/audit/intake-actions';
import { ValidationError } from '../../core/validation';
import { auditAction } from '../audit/record';
import type { AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import {
  headKey,
  joinParts,
  MAX_SHEET_FILE_NAME,
  partKey,
  SHEET_IMPORT_HEAD_PREFIX,
  splitParts,
  type SheetImportTable,
  type StoredPart,
} from '../../core/spreadsheet/import-storage';
import type { ImportHead, ImportKind, ImportRecord, ImportSummary, UpdatedRecord } from './types';

/**
 * Imports are named in `meta`: local to this installation like the output counter, never exchanged,
 * carried by backups (kind 'sheetImports'); undo needs the ids they hold. One head row per import and
 * its bounded part rows (core/spreadsheet/import-storage.ts: an import of 100,000 rows lists more ids
 * than one backup line may hold).
 */
export const IMPORT_RECORD_PREFIX = SHEET_IMPORT_HEAD_PREFIX;

/**
 * The file's name is kept in the import's record and every change entry it writes, which a backup checks
 * (at most MAX_SHEET_FILE_NAME characters): a longer one — no file system makes one — is refused before anything is written.
 */
export function requireFileName(fileName: string): void {
  if (fileName.length > MAX_SHEET_FILE_NAME) throw new ValidationError({ fileName: 'validation.tooLong' });
}

/** The optional id lists an import's record has, by its kind (a figures' import lists `benefits`, even none). */
function optionalTables(kind: ImportKind): SheetImportTable[] {
  return kind === 'figures' ? ['benefits'] : kind === 'settlements' ? ['settlements'] : [];
}

/** Saves an import as its head and parts (inside the caller's transaction when there is one); parts left from a longer version go. */
export async function saveImportRecord(db: AirgapDb, record: ImportRecord): Promise<void> {
  const { created, updated, ...rest } = record;
  const parts = splitParts(created, updated);
  const head: ImportHead = { ...rest, parts: parts.length };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: headKey(record.id), value: head });
    await db.meta.bulkPut(parts.map((value, n) => ({ key: partKey(record.id, n), value })));
    const stale = await db.meta.where('key').startsWith(partKey(record.id, 0).slice(0, -1)).primaryKeys();
    const kept = new Set(parts.map((_, n) => partKey(record.id, n)));
    await db.meta.bulkDelete(stale.filter((key) => !kept.has(key)));
  });
}

/** An import's head as stored: the summary the register lists; `parts` absent in imports saved as one row. */
function headOf(value: unknown): ImportHead {
  const { created: _created, updated: _updated, parts, ...rest } = value as ImportRecord & { parts?: number };
  return { ...(rest as ImportSummary), parts: parts ?? 0 };
}

/** The whole import (its lists joined from the parts), or undefined. Reads imports saved as one row too. */
export async function getImportRecord(db: AirgapDb, id: string): Promise<ImportRecord | undefined> {
  const value = (await db.meta.get(headKey(id)))?.value as (ImportHead & Partial<ImportRecord>) | undefined;
  if (!value) return undefined;
  // Saved before the parts: one row with every list.
  if (value.parts === undefined && value.created && value.updated) return value as ImportRecord;
  const head = headOf(value);
  const keys = Array.from({ length: head.parts }, (_, n) => partKey(id, n));
  const parts = (await db.meta.bulkGet(keys)).map((row, n) => {
    if (!row) throw new Error(`import ${id}: part ${n} of ${head.parts} is missing`);
    return row.value as StoredPart<UpdatedRecord>;
  });
  const { parts: _parts, ...summary } = head;
  return { ...summary, ...joinParts(parts, optionalTables(head.kind)) };
}

/** Past imports, newest first (ids are UUID v7: time-ordered): their heads only, never their lists. */
export async function listImportRecords(db: AirgapDb): Promise<ImportSummary[]> {
  const rows = await db.meta.where('key').startsWith(IMPORT_RECORD_PREFIX).toArray();
  return rows
    .map((r) => {
      const { parts: _parts, ...summary } = headOf(r.value);
      return summary;
    })
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
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
