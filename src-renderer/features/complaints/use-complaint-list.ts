import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { normaliseQuery } from '../../core/search';
import type { ComplaintCategory, ComplaintSeverity, ComplaintStatus } from '../../core/model';
import { searchCustomers } from '../../data/customers';
import {
  complaintListRows,
  customerNamesOf,
  firstComplaints,
  listRowOf,
  mostOverdueComplaints,
  officeToday,
  overdueComplaints,
  type ComplaintListRow,
} from '../../data/complaints';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';

export interface ComplaintFilters {
  status: ComplaintStatus | null;
  category: ComplaintCategory | null;
  severity: ComplaintSeverity | null;
  handlerId: string | null;
  overdueOnly: boolean;
}

export const noFilters = (overdueOnly = false): ComplaintFilters => ({ status: null, category: null, severity: null, handlerId: null, overdueOnly });

/** Rows shown before the whole table is read: a screenful and some. */
const FIRST_ROWS = 100;
const SEARCH_HITS = 500;

export type NamedRow = ComplaintListRow & { customerName: string };

/**
 * The list's data: a first screen at once, then every row for filters and search. Overdue only:
 * the most overdue rows by the `nextDeadline` index, then the whole overdue range (thousands of
 * rows at full scale). Otherwise the newest rows by the `receivedAt` index, then every row cut
 * down to the list's columns (50,000 rows read in chunks).
 */
export function useComplaintList(overdueOnly: boolean) {
  const { db } = useSession();
  // Only complaints of customers within the signed-in user's data scope (issue 15.3).
  const scope = useReadScope();
  const today = officeToday();
  const first = useLiveQuery(async () => {
    const records = overdueOnly ? await mostOverdueComplaints(db, today, FIRST_ROWS, scope) : await firstComplaints(db, FIRST_ROWS, scope);
    return named(records.map(listRowOf), await customerNamesOf(db, records));
  }, [db, overdueOnly, today, scope]);
  // The whole read starts once the first screen is shown: run together, its thousands of records
  // would hold up the first screen's hundred in the same database.
  const firstShown = first !== undefined;
  const all = useLiveQuery(async () => {
    if (!firstShown) return undefined;
    const rows = overdueOnly ? (await overdueComplaints(db, today, scope)).map(listRowOf) : await complaintListRows(db, scope);
    return named(rows, await customerNamesOf(db, rows));
  }, [db, overdueOnly, today, firstShown, scope]);
  return { rows: all ?? first, complete: all !== undefined };
}

function named(rows: ComplaintListRow[], names: Map<string, string>): NamedRow[] {
  return rows.map((r) => ({ ...r, customerName: names.get(r.customerId) ?? '' }));
}

/** Customers whose name, short name or pinyin starts with the query (the archive's search keys). */
export function useCustomerMatches(query: string): Set<string> | null {
  const { db } = useSession();
  const scope = useReadScope();
  const q = query.trim();
  const hits = useLiveQuery(async () => (q === '' ? null : await searchCustomers(db, q, SEARCH_HITS, scope)), [db, q, scope]);
  return useMemo(() => (hits ? new Set(hits.map((h) => h.customer.id)) : null), [hits]);
}

/** Rows passing the filters and the search (number or customer, pinyin through `customers`). */
export function filterRows(rows: readonly NamedRow[], filters: ComplaintFilters, query: string, customers: Set<string> | null, today: string): NamedRow[] {
  const q = normaliseQuery(query) ?? '';
  return rows.filter(
    (r) =>
      (filters.status === null || r.status === filters.status) &&
      (filters.category === null || r.category === filters.category) &&
      (filters.severity === null || r.severity === filters.severity) &&
      (filters.handlerId === null || r.handlerId === filters.handlerId) &&
      (!filters.overdueOnly || (r.nextDeadline !== null && r.nextDeadline < today)) &&
      (q === '' || r.number.toLowerCase().includes(q) || r.customerName.includes(query.trim()) || (customers?.has(r.customerId) ?? false)),
  );
}
