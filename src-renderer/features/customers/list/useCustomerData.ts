import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { normaliseQuery } from '../../../core/search';
import { firstCustomers, listCustomers, searchCustomers, type CustomerHit, type CustomerRecord } from '../../../data/archive';
import { useSession } from '../../../state/session';

/** Rows shown before the whole archive has been read: one screenful and a little more. */
export const FIRST_PAINT_ROWS = 50;
/** Search hits shown in the list; a longer list means the query is too short to be useful. */
export const SEARCH_LIMIT = 500;

/**
 * The whole archive, live. The first screenful comes from the sortKey index at once
 * (`firstCustomers`) so the page paints within the bench budget (≤ 300 ms at 10,000 customers);
 * the full list (10,000 rows: 0.1–0.6 s in IndexedDB) replaces it when read, and again after every
 * change to the customers. The full read starts only after the first one answered: started
 * together, the big read competes with the small one and delays the first paint.
 */
export function useCustomers(): { customers: CustomerRecord[] | undefined; complete: boolean } {
  const { db } = useSession();
  const [first, setFirst] = useState<CustomerRecord[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    firstCustomers(db, FIRST_PAINT_ROWS)
      // If the quick read fails, go straight to the full one (which reports its own error).
      .catch(() => [])
      .then((rows) => !cancelled && setFirst(rows));
    return () => {
      cancelled = true;
    };
  }, [db]);
  const firstDone = first !== undefined;
  const all = useLiveQuery(() => (firstDone ? listCustomers(db) : undefined), [db, firstDone]);
  return { customers: all ?? first, complete: all !== undefined };
}

/**
 * Search hits for the typed text, live, or null when the box holds nothing searchable. Results are
 * tagged with their query: while the next query runs the previous hits stay (no flicker), but the
 * caller can tell they are stale.
 */
export function useCustomerSearch(query: string, limit = SEARCH_LIMIT): { hits: CustomerHit[] | null; pending: boolean } {
  const { db } = useSession();
  const normalised = normaliseQuery(query);
  const result = useLiveQuery(async () => ({ query: normalised, hits: normalised === null ? null : await searchCustomers(db, query, limit) }), [db, normalised, limit]);
  if (normalised === null) return { hits: null, pending: false };
  return { hits: result?.hits ?? null, pending: result?.query !== normalised };
}
