import { MERGE_CHILD_TABLES, type MergeChildTable } from '../../core/customers';
import type { ChangeEntry } from '../../core/change-log';
import type { Envelope } from '../../core/envelope';
import { recordTable, type AirgapDb } from '../db';
import { childQueries } from '../repository/children';

/** The kinds of record in a customer's history: the customer itself and each of its child tables. */
export type HistoryKind = 'customers' | MergeChildTable;
export const HISTORY_KINDS: readonly HistoryKind[] = ['customers', ...MERGE_CHILD_TABLES];

/** A record an entry is about, as it is stored now (deleted ones too), so the screen can name it. */
export interface HistoryRecord {
  table: HistoryKind;
  id: string;
  row: (Envelope & Record<string, unknown>) | undefined;
}

export interface CustomerHistoryItem {
  /** The change-log entry, its `recordIds` narrowed to this customer's records. */
  entry: ChangeEntry;
  /** The first few of those records (a batch create may name hundreds: `entry.recordIds.length` says how many). */
  records: HistoryRecord[];
}

export interface CustomerHistoryPage {
  items: CustomerHistoryItem[];
  /** True when older entries exist beyond `limit`. */
  more: boolean;
  /** The kinds of record this customer has (deleted ones counted), for a filter that offers only those. */
  kinds: HistoryKind[];
}

export interface CustomerHistoryOptions {
  /** How many entries, newest first (default 100). */
  limit?: number;
  /** Only entries about these kinds of record (default: all). */
  kinds?: readonly HistoryKind[];
}

/** How many records of one entry are read to be named; the rest are counted. */
const NAMED_PER_ENTRY = 3;

/**
 * The history of a customer and of every record it owns — contacts, interactions, requirements,
 * business figures, settlements, handovers, complaints; deleted ones included — newest first.
 *
 * Sized for a customer with hundreds of interactions: the children are found through their
 * customer indexes reading keys only, the entries through the change log's multiEntry `recordIds`
 * index reading keys only (`seq`), and only the `limit` newest entries and the few records they
 * name are read whole. A batch create (one entry for many records, maybe of many customers) is
 * narrowed to this customer's records.
 */
export async function customerFullHistory(db: AirgapDb, customerId: string, options: CustomerHistoryOptions = {}): Promise<CustomerHistoryPage> {
  const { limit = 100, kinds = HISTORY_KINDS } = options;
  const tables = (['customers', ...MERGE_CHILD_TABLES] as const).map((t) => recordTable(db, t));
  return db.transaction('r', [db.changes, ...tables], async () => {
    const all = await recordsOwnedBy(db, customerId);
    const had = new Set(all.values());
    const present = HISTORY_KINDS.filter((kind) => had.has(kind));
    const owned = new Map([...all].filter(([, kind]) => kinds.includes(kind)));
    if (owned.size === 0) return { items: [], more: false, kinds: present };
    const seqs = new Set(
      (await db.changes
        .where('recordIds')
        .anyOf([...owned.keys()])
        .primaryKeys()) as number[],
    );
    const newest = [...seqs].sort((a, b) => b - a);
    const entries = (await db.changes.bulkGet(newest.slice(0, limit))).filter((e): e is ChangeEntry => e !== undefined);
    const narrowed = entries
      .map((entry) => ({ ...entry, recordIds: entry.recordIds.filter((id) => owned.get(id) === entry.table) }))
      .filter((entry) => entry.recordIds.length > 0);
    const rows = await rowsOf(
      db,
      narrowed.flatMap((e) => e.recordIds.slice(0, NAMED_PER_ENTRY).map((id) => ({ table: e.table as HistoryKind, id }))),
    );
    const items = narrowed.map((entry) => ({
      entry,
      records: entry.recordIds.slice(0, NAMED_PER_ENTRY).map((id) => ({ table: entry.table as HistoryKind, id, row: rows.get(id) })),
    }));
    return { items, more: newest.length > limit, kinds: present };
  });
}

/** Id → table of the customer and of all its children, by index keys only. */
async function recordsOwnedBy(db: AirgapDb, customerId: string): Promise<Map<string, HistoryKind>> {
  const owned = new Map<string, HistoryKind>([[customerId, 'customers']]);
  const queries = childQueries(db, [customerId]);
  const keys = await Promise.all(queries.map((q) => q.query.primaryKeys()));
  queries.forEach((q, i) => keys[i]!.forEach((id) => owned.set(String(id), q.table)));
  return owned;
}

/** The stored rows of a few records, one bulkGet per table. */
async function rowsOf(db: AirgapDb, refs: readonly { table: HistoryKind; id: string }[]): Promise<Map<string, HistoryRecord['row']>> {
  const byTable = new Map<HistoryKind, string[]>();
  for (const { table, id } of refs) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  const rows = new Map<string, HistoryRecord['row']>();
  for (const [table, ids] of byTable) {
    const found = await recordTable<NonNullable<HistoryRecord['row']>>(db, table).bulkGet(ids);
    ids.forEach((id, i) => rows.set(id, found[i]));
  }
  return rows;
}
