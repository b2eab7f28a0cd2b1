import { withKeyPrefix } from '../../../core/search';
import type { CustomerHit, CustomerRecord } from '../../../data/customers';
import type { ListRow } from './list-model';

/**
 * The list's rows as stable objects: the same customer (or the same search hit) gives the same row
 * object from one derivation to the next, so the memoised table rows (CustomerRow) that stay in view
 * are not drawn again when only the rest of the list changed — e.g. when the customers found through
 * contacts are appended after a keystroke's own matches.
 */
export class ListRows {
  private readonly byCustomer = new WeakMap<CustomerRecord, ListRow>();
  private readonly byHit = new WeakMap<CustomerHit, ListRow>();

  /** Every customer, one row each, in the given order. */
  ofCustomers(customers: readonly CustomerRecord[]): ListRow[] {
    return customers.map((customer) => {
      let row = this.byCustomer.get(customer);
      if (!row) {
        row = { customer };
        this.byCustomer.set(customer, row);
      }
      return row;
    });
  }

  /** A customer found by its name and by a contact appears once (the first hit, the name's, wins). */
  ofHits(hits: readonly CustomerHit[]): ListRow[] {
    const seen = new Set<string>();
    const rows: ListRow[] = [];
    for (const hit of hits) {
      if (seen.has(hit.customer.id)) continue;
      seen.add(hit.customer.id);
      let row = this.byHit.get(hit);
      if (!row) {
        row = { customer: hit.customer, hit };
        this.byHit.set(hit, row);
      }
      rows.push(row);
    }
    return rows;
  }
}

/** What the last keystroke matched: the customers of that list whose keys start with `normalised`. */
export interface PrefixMatches {
  customers: readonly CustomerRecord[];
  normalised: string;
  matches: CustomerRecord[];
}

/**
 * `withKeyPrefix(customers, normalised)`, narrowed from the previous keystroke's matches when the
 * query only grew (typing 'h', 'ht', 'htc'…) over the same list: a key starting with 'htc' starts
 * with 'ht' too, so the new matches are among the old ones, in the same order — a few hundred rows
 * to test instead of every customer. Any other change (a shorter or different query, another list)
 * matches the whole list again. Same result either way.
 */
export function prefixMatches(customers: readonly CustomerRecord[], normalised: string, previous: PrefixMatches | null): PrefixMatches {
  const narrowing = previous !== null && previous.customers === customers && normalised.startsWith(previous.normalised);
  const matches = withKeyPrefix(narrowing ? previous.matches : customers, normalised);
  return { customers, normalised, matches };
}
