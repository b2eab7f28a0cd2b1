import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { firstCustomers, getCustomer, listCustomers, type CustomerRecord } from '../../../data/customers';
import type { AirgapDb } from '../../../data/db';
import { getRun, runEntries, runEntriesOf, type GradeRunRecord, type GradingRecord } from '../../../data/grading';
import { customerIdsInScope, withCustomerIn, type ReadScope } from '../../../data/scope';
import { useReadScope } from '../../../state/read-scope';
import { useSession } from '../../../state/session';
import { entryRows, replaceGrading, type EntryRow } from './entry-rows';
import { afterPaint } from '../../../ui/after-paint';

/** Up to this many entries the customers are read one by one; above it, the whole live list at once. */
const READ_ONE_BY_ONE = 200;
/** The first screenful (and some), shown while a big run is read whole. */
export const FIRST_ROWS = 60;

/**
 * A run's entries with their customers' names. The gradings come by the `runId` index. Their
 * customers: for a batch, the whole live list in one read (10,000 customers ≈ 0.2 s; reading them
 * by id costs about twice that), then by id only the few deleted since the draft; for a single
 * customer's grading, by id. Only the entries of customers within the reader's data `scope` are
 * listed (issue 15.3).
 */
export async function loadEntryRows(db: AirgapDb, runId: string, scope: ReadScope, readOneByOne = READ_ONE_BY_ONE): Promise<EntryRow[]> {
  const many = ((await getRun(db, runId))?.summary.total ?? 0) > readOneByOne;
  // The big reads together: a little faster than one after the other.
  const [all, list, inScope] = await Promise.all([runEntries(db, runId), many ? listCustomers(db, scope) : [], customerIdsInScope(db, scope)]);
  const gradings = withCustomerIn(all, inScope);
  const byId = new Map<string, CustomerRecord | undefined>();
  for (const c of list) byId.set(c.id, c);
  const missing = [...new Set(gradings.map((g) => g.customerId).filter((id) => !byId.has(id)))];
  const found = await Promise.all(missing.map((id) => getCustomer(db, id)));
  missing.forEach((id, i) => byId.set(id, found[i]));
  return entryRows(gradings, byId);
}

/**
 * The first rows of a batch run as the whole table will list them (pinyin order): the first live
 * customers by the sortKey index and their entries by the customer index — a few milliseconds
 * where the whole run takes most of a second. (A customer deleted since the draft is listed only
 * once everything is read.)
 */
export async function loadFirstRows(db: AirgapDb, run: GradeRunRecord, scope: ReadScope, count = FIRST_ROWS): Promise<EntryRow[]> {
  const customers = await firstCustomers(db, count, scope);
  const gradings = await runEntriesOf(
    db,
    run,
    customers.map((c) => c.id),
  );
  return entryRows(gradings, new Map(customers.map((c) => [c.id, c])));
}

export interface RunEntries {
  rows: EntryRow[];
  /** False while only the first rows are shown: filters, search and 调整 wait for the whole run. */
  complete: boolean;
}

/**
 * One run: its record live (status, summary and approval follow every write), and its entries read
 * ONCE — a live query would re-read 10,000 entries after each override. An override's result
 * replaces its row in memory instead (`replace`), which is what the database now holds. A big run
 * paints its first rows at once and the rest when read.
 */
export function useRun(runId: string): {
  run: GradeRunRecord | null | undefined;
  entries: RunEntries | undefined;
  failed: boolean;
  replace: (updated: GradingRecord) => void;
} {
  const { db } = useSession();
  const scope = useReadScope();
  const run = useLiveQuery(async () => (await getRun(db, runId)) ?? null, [db, runId]);
  const [entries, setEntries] = useState<RunEntries | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const started = performance.now();
    const read = async () => {
      const record = await getRun(db, runId);
      if (record && record.summary.total > FIRST_ROWS) {
        const first = await loadFirstRows(db, record, scope);
        if (cancelled) return;
        setEntries({ rows: first, complete: false });
        // Let the first rows paint before the big read: its results are deserialized on this thread
        // and, started together, would hold the small read's answer back.
        await afterPaint();
      }
      const rows = await loadEntryRows(db, runId, scope);
      if (cancelled) return;
      // Kept in the performance timeline: how long a run of this size took to read whole.
      performance.measure('airgap:grading-run-entries', { start: started, detail: { entries: rows.length } });
      setEntries({ rows, complete: true });
    };
    read().catch((error: unknown) => {
      console.error(error);
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
    };
  }, [db, runId, scope]);
  const replace = useCallback((updated: GradingRecord) => setEntries((current) => current && { ...current, rows: replaceGrading(current.rows, updated) }), []);
  return { run, entries, failed, replace };
}
