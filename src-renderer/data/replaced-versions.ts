import type { Envelope } from '../core/envelope';
import { hasSeen, joinLineage } from '../core/exchange/lineage';
import type { ExchangeKind } from '../core/exchange/kinds';
import type { RecordKind } from '../core/record-kinds';
import type { AirgapDb } from './db';
import type { LineageRow } from './rows/exchange';

/**
 * Before a local write replaces versions: remember the replaced versions made on another
 * installation as seen. An import stores no lineage row for a record whose lineage is just its own
 * version (most of a first import: a row each cost as much as the records), so this is where a
 * local edit of an imported record records what it was made on — without it the next exchange
 * would take that version for a concurrent edit (a false conflict). Versions made here need
 * nothing: the new version's own (origin, rev) covers them.
 * It lives beside records.ts (the write path that calls it), not in data/exchange, so the write
 * path depends on no feature folder; exchange reads and writes the same `lineages` table.
 * (`kind` may be 'profile', which never travels: its row is kept as it always was, typed as a kind.)
 */
export async function rememberReplacedVersions(db: AirgapDb, kind: RecordKind, replaced: readonly Envelope[], localOrigin: string): Promise<void> {
  const foreign = replaced.filter((r) => r.origin !== localOrigin);
  if (foreign.length === 0) return;
  const stored = await db.lineages.bulkGet(foreign.map((r) => r.id));
  const rows: LineageRow[] = [];
  foreign.forEach((version, i) => {
    const seen = stored[i]?.seen;
    if (!seen || !hasSeen(seen, version))
      rows.push({ id: version.id, kind: kind as ExchangeKind, seen: joinLineage(seen ?? {}, { [version.origin]: version.rev }) });
  });
  if (rows.length > 0) await db.lineages.bulkPut(rows);
}
