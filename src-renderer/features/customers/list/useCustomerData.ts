import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { normaliseQuery } from '../../../core/search';
import { customersByContact, firstCustomers, listCustomers, searchCustomers, type CustomerHit, type CustomerRecord } from '../../../data/customers';
import { searchAttachments, type AttachmentHit } from '../../../data/attachments';
import { useReadScope } from '../../../state/read-scope';
import { useSession } from '../../../state/session';
import { prefixMatches, type PrefixMatches } from './list-rows';

/** Rows shown before the whole archive has been read: one screenful and a little more. */
export const FIRST_PAINT_ROWS = 50;
/** Search hits read from the index when the list is not in memory yet, and customers found through contacts. */
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
  const scope = useReadScope();
  const [first, setFirst] = useState<CustomerRecord[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    firstCustomers(db, FIRST_PAINT_ROWS, scope)
      // If the quick read fails, go straight to the full one (which reports its own error).
      .catch(() => [])
      .then((rows) => !cancelled && setFirst(rows));
    return () => {
      cancelled = true;
    };
  }, [db, scope]);
  const firstDone = first !== undefined;
  // Left while the whole archive is being read, the read stops after its current page (listCustomers).
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  const all = useLiveQuery(() => (firstDone ? listCustomers(db, scope, () => shown.current) : undefined), [db, firstDone, scope]);
  return { customers: all ?? first, complete: all !== undefined };
}

/**
 * Search hits for the typed text, live, or null when the box holds nothing searchable. Results are
 * tagged with their query: while the next query runs the previous hits stay (no flicker), but the
 * caller can tell they are stale.
 */
export function useCustomerSearch(query: string, limit = SEARCH_LIMIT): { hits: CustomerHit[] | null; pending: boolean } {
  const { db } = useSession();
  const scope = useReadScope();
  const normalised = normaliseQuery(query);
  const result = useLiveQuery(
    async () => ({ query: normalised, hits: normalised === null ? null : await searchCustomers(db, normalised, limit, scope) }),
    [db, normalised, limit, scope],
  );
  if (normalised === null) return { hits: null, pending: false };
  return { hits: result?.hits ?? null, pending: result?.query !== normalised };
}

const NO_FILES: AttachmentHit[] = [];

/** Files whose title or file name matches (the palette's second group), within the reader's data scope. */
export function useAttachmentSearch(query: string, limit: number): AttachmentHit[] {
  const { db } = useSession();
  const scope = useReadScope();
  const normalised = normaliseQuery(query);
  return (
    useLiveQuery(async () => (normalised === null ? NO_FILES : searchAttachments(db, normalised, limit, scope)), [db, normalised, limit, scope]) ?? NO_FILES
  );
}

/**
 * The list's search. Once the whole archive is in memory (`complete`), customers are matched by
 * their own keys right there, within the keystroke's render — no index read, no stale frame — and
 * every match is listed (the table is virtual). Customers found only through a contact's name or
 * phone come from the contacts index and are appended when that read answers (`pending` meanwhile).
 * Before the full read has arrived, the index search answers instead.
 */
export function useListSearch(
  query: string,
  customers: readonly CustomerRecord[] | undefined,
  complete: boolean,
): { hits: CustomerHit[] | null; pending: boolean; limited: boolean } {
  const { db } = useSession();
  const scope = useReadScope();
  const normalised = normaliseQuery(query);
  const inMemory = complete && customers !== undefined;
  // The previous keystroke's matches: a query that only grew is matched among them (prefixMatches).
  const lastMatches = useRef<PrefixMatches | null>(null);
  const direct = useMemo(() => {
    if (!inMemory || normalised === null) return null;
    const found = prefixMatches(customers, normalised, lastMatches.current);
    lastMatches.current = found;
    return found.matches.map((customer): CustomerHit => ({ customer, via: 'customer' }));
  }, [inMemory, customers, normalised]);
  const fromIndex = useCustomerSearch(inMemory ? '' : query);
  const contacts = useLiveQuery(
    async () => ({
      query: normalised,
      hits:
        direct === null || normalised === null
          ? []
          : await customersByContact(db, normalised, { exclude: new Set(direct.map((h) => h.customer.id)), limit: SEARCH_LIMIT, scope }),
    }),
    [db, direct, normalised, scope],
  );
  if (normalised === null) return { hits: null, pending: false, limited: false };
  if (direct === null) return { ...fromIndex, limited: (fromIndex.hits?.length ?? 0) >= SEARCH_LIMIT };
  const contactsReady = contacts?.query === normalised;
  const viaContact = contactsReady ? contacts.hits : [];
  return { hits: [...direct, ...viaContact], pending: !contactsReady, limited: viaContact.length >= SEARCH_LIMIT };
}
