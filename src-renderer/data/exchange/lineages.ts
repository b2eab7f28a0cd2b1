import type { Table } from 'dexie';
import type { AirgapDb } from '../db';
import type { LineageRow } from '../rows/exchange';

export type { LineageRow } from '../rows/exchange';
/** Local writes record replaced foreign versions through the write path (data/replaced-versions.ts). */
export { rememberReplacedVersions } from '../replaced-versions';

export function lineageTable(db: AirgapDb): Table<LineageRow, string> {
  return db.lineages;
}
