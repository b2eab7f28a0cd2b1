import { columnLayoutKey } from '../../core/spreadsheet';
import type { AirgapDb } from '../db';
import type { ImportKind } from './types';

/**
 * The column mapping a user chose, remembered per kind of sheet and column layout (core
 * `columnLayoutKey`: the headers in order, as the reader compares them): the next file of the same
 * layout starts with it. Kept in `meta`, one row per layout, as the field (or null: not imported)
 * of each column in order.
 */
const MAPPING_PREFIX = 'spreadsheet-mapping:';

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
  await db.meta.put({ key: layoutKeyOf(kind, headers), value: [...fields] });
}
