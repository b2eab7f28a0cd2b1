/**
 * The change log: entries written in the same transaction as the change, so the archive is never
 * silently overwritten (who, when, field, old → new).
 * - An update, delete or restore logs one entry for its one record, with the changed fields.
 * - A create logs one entry for the whole batch it belongs to (`recordIds`, at most
 *   MAX_RECORDS_PER_ENTRY: a bigger batch takes several), with no field values: the record itself
 *   and later `before` values hold them. One row per created record halved the write throughput
 *   of imports (bench `write.vs-bulkput`: 0.50 → 0.9 of raw bulkPut).
 */
export type ChangeOp = 'create' | 'update' | 'delete' | 'restore';

/**
 * At most this many records per entry: a bigger batch is logged as several entries (same op, rev,
 * origin, who, when). Each entry is one line of a backup file, and the archive format refuses lines
 * over 16 MiB (core/archive-file): the create entry of a whole-archive import — 500,000 interactions,
 * ≈ 19.5 MB of ids in one entry — made every later backup fail to write. 10,000 ids ≈ 390 KB.
 */
export const MAX_RECORDS_PER_ENTRY = 10_000;

/** `ids` in runs of at most MAX_RECORDS_PER_ENTRY, in order. */
export function entryBatches(ids: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_RECORDS_PER_ENTRY) batches.push(ids.slice(i, i + MAX_RECORDS_PER_ENTRY));
  return batches;
}

/**
 * One changed field. `before` / `after` are ABSENT when the field had no value on that side (a
 * customer graded for the first time has no `before` grade): an archive file is JSON, which has no
 * `undefined`, so an absent key is the only way to write "no value" that reads back the same. The
 * diff below never stores an `undefined`-valued key, so what is in the change log is exactly what
 * a backup carries and a restore writes back; readers (core/backup.ts) take an absent side as
 * "no value" — also in files written before this rule, whose entries lost the key in JSON.
 */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface ChangeEntry {
  /** Auto-increment key: the order changes happened on this installation. */
  seq?: number;
  table: string;
  /** The records changed: one, or every record of a created batch (multiEntry index). */
  recordIds: string[];
  op: ChangeOp;
  /** The records' rev after this change (a batch is one event: all its records share it). */
  rev: string;
  origin: string;
  /** Display name of the user who made the change (imported changes: the record's author). */
  by: string;
  /** That user's account id; absent in entries written before accounts (issue 15). */
  byId?: string;
  /** ISO time of the change. */
  at: string;
  fields: FieldChange[];
  /** Imported changes only: who signed the file they came in (directory name and key fingerprint). */
  signer?: ChangeSigner;
  /** Changes a spreadsheet import or its undo made: which import, and its file (the history names it). */
  source?: ChangeSource;
}

/** What made a change, when it was more than a form: a spreadsheet import, or its undo (issue 16.3). */
export const CHANGE_SOURCE_KINDS = ['spreadsheetImport', 'spreadsheetImportUndo'] as const;
export type ChangeSourceKind = (typeof CHANGE_SOURCE_KINDS)[number];

export interface ChangeSource {
  kind: ChangeSourceKind;
  /** The import's id (data/spreadsheet-import: its record, which the undo reads). */
  id: string;
  fileName: string;
}

/** The signer of an exchange file, as its changes' history keeps it (data/exchange/apply.ts). */
export interface ChangeSigner {
  name: string;
  fingerprint: string;
}

/** Field-by-field difference of two versions of a record, envelope fields excluded. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>, ignore: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    if (ignore.includes(field)) continue;
    if (!sameValue(before[field], after[field])) changes.push(fieldChange(field, before[field], after[field]));
  }
  return changes;
}

/** A field change without `undefined`-valued keys (see FieldChange). */
function fieldChange(field: string, before: unknown, after: unknown): FieldChange {
  const change: FieldChange = { field };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  return change;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
