import { columnLayoutKey } from '../../core/spreadsheet';
import { MAX_MAPPING_COLUMNS, MAX_MAPPING_KEY_CHARS, SHEET_MAPPING_PREFIX } from '../../core/spreadsheet/import-storage';
import type { AirgapDb } from '../db';
import type { ImportKind } from './types';

/**
 * The column mapping a user chose, remembered per kind of sheet and column layout (core
 * `columnLayoutKey`: the headers in order, as the reader compares them): the next file of the same
 * layout starts with it. Kept in `meta`, one row per layout, as the field (or null: not imported)
 * of each column in order; carried by backups (kind 'sheetImports'). A layout past a backup line's
 * bounds (MAX_MAPPING_COLUMNS columns, MAX_MAPPING_KEY_CHARS of key) is not remembered: no office
 * list has one, and the import works the same without the memory.
 */
const MAPPING_PREFIX = SHEET_MAPPING_PREFIX;

export type RememberedMapping = (string | null)[];

export function layoutKeyOf(kind: ImportKind, headers: readonly string[]): string {
  return `${MAPPING_PREFIX}${kind}:${columnLayoutKey(headers)}`;
}

/** The remembered fields of this layout, or null (none, or a row that is not one: then it is ignored). */
export async function rememberedMapping(db: AirgapDb, kind: ImportKind, headers: readonly string[]): Promise<RememberedMapping | null> {
  const value = (await db.meta.get(layoutKeyOf(kind, headers)))?.value;
  if (!Array.isArray(value) || value.length !== headers.length) return null;
  return value.every((f) => typeof f === 'string' || f === null) ? (value as RememberedMapping) : null;
}

export async function rememberMapping(db: AirgapDb, kind: ImportKind, headers: readonly string[], fields: RememberedMapping): Promise<void> {
  const key = layoutKeyOf(kind, headers);
  if (key.length > MAX_MAPPING_KEY_CHARS || fields.length > MAX_MAPPING_COLUMNS) return;
  await db.meta.put({ key, value: [...fields] });
}
