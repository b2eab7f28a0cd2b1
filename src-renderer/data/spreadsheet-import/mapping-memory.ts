import type { AirgapDb } from '../db';

/**
 * The column mapping a user chose, remembered per column layout (the headers as the sheet writes
 * them, in order): the next file of the same layout starts with it. Kept in `meta`, one row per layout.
 */
const MAPPING_PREFIX = 'spreadsheet-mapping:';

export type RememberedMapping = Record<string, string | null>;

export function layoutKeyOf(headers: readonly string[]): string {
  return MAPPING_PREFIX + JSON.stringify(headers.map((h) => h.trim()));
}

export async function rememberedMapping(db: AirgapDb, headers: readonly string[]): Promise<RememberedMapping | null> {
  const value = (await db.meta.get(layoutKeyOf(headers)))?.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  // A header is a key here: read it as own data only (a header named __proto__ is just text).
  const mapping: RememberedMapping = Object.create(null) as RememberedMapping;
  for (const [header, field] of Object.entries(value)) if (typeof field === 'string' || field === null) mapping[header] = field;
  return mapping;
}

export async function rememberMapping(db: AirgapDb, headers: readonly string[], mapping: RememberedMapping): Promise<void> {
  await db.meta.put({ key: layoutKeyOf(headers), value: { ...mapping } });
}
