/**
 * The change log: one entry per change of a record, written in the same transaction as the change,
 * so the archive is never silently overwritten (who, when, field, old → new).
 * Creates record no field values (the first update's `before` values, or the record itself, hold
 * them): an import of 500,000 records must not write them twice.
 */
export type ChangeOp = 'create' | 'update' | 'delete' | 'restore';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangeEntry {
  /** Auto-increment key: the order changes happened on this installation. */
  seq?: number;
  table: string;
  recordId: string;
  op: ChangeOp;
  /** The record's rev after this change. */
  rev: string;
  origin: string;
  by: string;
  /** ISO time of the change. */
  at: string;
  fields: FieldChange[];
}

/** Field-by-field difference of two versions of a record, envelope fields excluded. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>, ignore: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    if (ignore.includes(field)) continue;
    if (!sameValue(before[field], after[field])) changes.push({ field, before: before[field], after: after[field] });
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
