import { MAX_RECORDS_PER_ENTRY } from '../change-log';

/**
 * How a spreadsheet import's record is kept in `meta` (data/spreadsheet-import/records.ts) and
 * carried by a backup (core/backup.ts kind 'sheetImports'), row by row, each row bounded:
 * - a head, key HEAD_PREFIX + id: who, when, which file, the counts, the undo, and how many parts;
 * - its parts, key PART_PREFIX + id + ':' + n (n from 0): the ids it created and the versions it
 *   updated, at most MAX_PART_CREATED ids and MAX_PART_UPDATED versions (≤ MAX_PART_UPDATED_CHARS
 *   of JSON) each — an import of 100,000 rows lists more than a backup line may (16 MiB, and
 *   MAX_RAW_LIST_ITEMS items per list). The part prefix does not start with the head prefix, so
 *   listing the heads reads no part.
 * Imports saved before the parts (one row holding every list, no `parts`) are still read.
 */
export const SHEET_IMPORT_HEAD_PREFIX = 'spreadsheet-import:';
export const SHEET_IMPORT_PART_PREFIX = 'spreadsheet-import-part:';
/** A remembered column mapping: prefix + kind + ':' + the column layout (data/spreadsheet-import/mapping-memory.ts). */
export const SHEET_MAPPING_PREFIX = 'spreadsheet-mapping:';

export const MAX_PART_CREATED = MAX_RECORDS_PER_ENTRY;
export const MAX_PART_UPDATED = 1_000;
/** A part's updated versions stop at this much JSON even before MAX_PART_UPDATED (a customer's version is a few KB). */
export const MAX_PART_UPDATED_CHARS = 4 * 1024 * 1024;
/** A file name as an import record and its change entries keep it (file systems allow 255 characters). */
export const MAX_SHEET_FILE_NAME = 1_000;
/** A column layout is remembered up to this many columns and characters of key (a backup line's bounds). */
export const MAX_MAPPING_COLUMNS = 1_000;
export const MAX_MAPPING_KEY_CHARS = 10_000;

export const SHEET_IMPORT_TABLES = ['customers', 'contacts', 'benefits', 'settlements'] as const;
export type SheetImportTable = (typeof SHEET_IMPORT_TABLES)[number];

/** The id lists of an import (or of one part): customers and contacts always, benefits / settlements in figures' imports. */
export type CreatedIds = { customers: string[]; contacts: string[]; benefits?: string[]; settlements?: string[] };

export interface StoredPart<U> {
  created: CreatedIds;
  updated: U[];
}

export function headKey(id: string): string {
  return SHEET_IMPORT_HEAD_PREFIX + id;
}

export function partKey(id: string, n: number): string {
  return `${SHEET_IMPORT_PART_PREFIX}${id}:${n}`;
}

/**
 * The lists of an import in bounded parts, in order: the created ids (table by table) in runs of
 * MAX_PART_CREATED, the updated versions in runs of MAX_PART_UPDATED / MAX_PART_UPDATED_CHARS; part
 * n holds run n of each. `joinParts` gives the lists back as they were.
 */
export function splitParts<U>(created: CreatedIds, updated: readonly U[]): StoredPart<U>[] {
  const ids: [SheetImportTable, string][] = [];
  for (const table of SHEET_IMPORT_TABLES) for (const id of created[table] ?? []) ids.push([table, id]);
  const createdRuns: [SheetImportTable, string][][] = [];
  for (let i = 0; i < ids.length; i += MAX_PART_CREATED) createdRuns.push(ids.slice(i, i + MAX_PART_CREATED));
  const updatedRuns: U[][] = [];
  let run: U[] = [];
  let chars = 0;
  for (const u of updated) {
    const size = JSON.stringify(u).length;
    if (run.length > 0 && (run.length >= MAX_PART_UPDATED || chars + size > MAX_PART_UPDATED_CHARS)) {
      updatedRuns.push(run);
      run = [];
      chars = 0;
    }
    run.push(u);
    chars += size;
  }
  if (run.length > 0) updatedRuns.push(run);
  const parts: StoredPart<U>[] = [];
  for (let n = 0; n < Math.max(createdRuns.length, updatedRuns.length); n++) {
    const part: StoredPart<U> = { created: { customers: [], contacts: [] }, updated: updatedRuns[n] ?? [] };
    for (const [table, id] of createdRuns[n] ?? []) (part.created[table] ??= []).push(id);
    parts.push(part);
  }
  return parts;
}

/**
 * The lists of the parts, in order. `tables`: the optional lists the whole import has (a figures'
 * import has `benefits` even when empty), so the record reads back as it was saved.
 */
export function joinParts<U>(parts: readonly StoredPart<U>[], tables: readonly SheetImportTable[]): { created: CreatedIds; updated: U[] } {
  const created: CreatedIds = { customers: [], contacts: [] };
  for (const table of tables) created[table] ??= [];
  const updated: U[] = [];
  for (const part of parts) {
    for (const table of SHEET_IMPORT_TABLES) {
      const ids = part.created[table];
      if (ids && ids.length > 0) (created[table] ??= []).push(...ids);
    }
    updated.push(...part.updated);
  }
  return { created, updated };
}
