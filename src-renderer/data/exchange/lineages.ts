import type { Table } from 'dexie';
import type { Envelope } from '../../core/envelope';
import { hasSeen, joinLineage, type Lineage } from '../../core/exchange/lineage';
import type { ExchangeKind } from '../../core/exchange/kinds';
import type { AirgapDb } from '../db';

/** The stored lineage of a record (core/exchange/lineage.ts), keyed by the record's id. */
export interface LineageRow {
  id: string;
  kind: ExchangeKind;
  seen: Lineage;
}

export function lineageTable(db: AirgapDb): Table<LineageRow, string> {
  return db.table('lineages');
}

/**
 * Before a local write replaces versions: remember the replaced versions made on another
 * installation as seen. An import stores no lineage row for a record whose lineage is just its own
 * version (most of a first import: a row each cost as much as the records), so this is where a
 * local edit of an imported record records what it was made on — without it the next exchange
 * would take that version for a concurrent edit (a false conflict). Versions made here need
 * nothing: the new version's own (origin, rev) covers them.
 */
export async function rememberReplacedVersions(db: AirgapDb, kind: string, replaced: readonly Envelope[], localOrigin: string): Promise<void> {
  const foreign = replaced.filter((r) => r.origin !== localOrigin);
  if (foreign.length === 0) return;
  const table = lineageTable(db);
  const stored = await table.bulkGet(foreign.map((r) => r.id));
  const rows: LineageRow[] = [];
  foreign.forEach((version, i) => {
    const seen = stored[i]?.seen;
    if (!seen || !hasSeen(seen, version))
      rows.push({ id: version.id, kind: kind as ExchangeKind, seen: joinLineage(seen ?? {}, { [version.origin]: version.rev }) });
  });
  if (rows.length > 0) await table.bulkPut(rows);
}
