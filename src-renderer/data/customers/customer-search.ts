import type { Collection, Table } from 'dexie';
import { normaliseQuery } from '../../core/search';
import type { AirgapDb } from '../db';
import { compareText, isLiveRow, liveOnly } from '../repository/common';
import { archiveTables, type ContactRecord, type CustomerHit, type CustomerRecord } from './types';

/** Extra index entries read past the limit, so a few deleted rows do not shorten the answer. */
const DELETED_MARGIN = 20;

/** The rows whose `searchKeys` index has an entry starting with `q`, each row once, `limit` and the margin of them. */
function byKeyPrefix<T>(table: Table<T, string>, q: string, limit: number): Collection<T, string> {
  return table
    .where('searchKeys')
    .startsWith(q)
    .distinct()
    .limit(limit + DELETED_MARGIN);
}

/**
 * Prefix search over the multiEntry `searchKeys` indexes of customers (name, short name, pinyin
 * initials and full pinyin, also from later characters) and contacts (name, pinyin, phone digits):
 * two index ranges with `distinct().limit()`, then `bulkGet` — never a scan. Customers found by
 * their own keys come first, then customers found through a contact (one hit per customer), each
 * group in pinyin order. A blank query returns [] (the caller shows the whole list).
 *
 * The customer list, which holds every customer in memory already, matches names there
 * (`withKeyPrefix`) and asks only `customersByContact`; this function serves the places that do
 * not (the Ctrl+K palette, the list before its full read has arrived).
 */
export async function searchCustomers(db: AirgapDb, query: string, limit = 50): Promise<CustomerHit[]> {
  const q = normaliseQuery(query);
  if (q === null || limit <= 0) return [];
  const t = archiveTables(db);
  const customerIds = await byKeyPrefix(t.customers, q, limit).primaryKeys();
  const direct = liveOnly(await t.customers.bulkGet(customerIds))
    .sort(bySortKey)
    .slice(0, limit);
  const hits: CustomerHit[] = direct.map((customer) => ({ customer, via: 'customer' }));
  if (hits.length >= limit) return hits;
  const viaContact = await customersByContact(db, query, { exclude: new Set(direct.map((c) => c.id)), limit: limit - hits.length });
  return [...hits, ...viaContact];
}

/**
 * Customers found through one of their live contacts (name, pinyin, phone digits), one hit per
 * customer with the first matching contact, in pinyin order, leaving out `exclude` (the customers
 * the caller already found by their own keys). Reads at most `limit` + a margin contacts.
 */
export async function customersByContact(
  db: AirgapDb,
  query: string,
  { exclude = new Set<string>(), limit = 50 }: { exclude?: ReadonlySet<string>; limit?: number } = {},
): Promise<CustomerHit[]> {
  const q = normaliseQuery(query);
  if (q === null || limit <= 0) return [];
  const t = archiveTables(db);
  const contacts = await byKeyPrefix(t.contacts, q, limit).toArray();
  const firstContact = new Map<string, ContactRecord>();
  for (const contact of liveOnly(contacts)) {
    if (!exclude.has(contact.customerId) && !firstContact.has(contact.customerId)) firstContact.set(contact.customerId, contact);
  }
  const owners = await t.customers.bulkGet([...firstContact.keys()]);
  return owners
    .filter((c): c is CustomerRecord => isLiveRow(c))
    .sort(bySortKey)
    .slice(0, limit)
    .map((customer): CustomerHit => ({ customer, via: 'contact', contact: firstContact.get(customer.id)! }));
}

function bySortKey(a: CustomerRecord, b: CustomerRecord): number {
  return compareText(a.sortKey, b.sortKey) || compareText(a.id, b.id);
}
