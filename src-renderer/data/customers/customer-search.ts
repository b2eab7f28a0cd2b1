import type { Collection, Table } from 'dexie';
import { normaliseQuery } from '../../core/search';
import type { AirgapDb } from '../db';
import { compareText, isLiveRow, liveOnly } from '../repository/common';
import { archiveTables, type ContactRecord, type CustomerHit, type CustomerRecord } from './types';
import { isWholeArchive, keepCustomersInScope, type ReadScope } from '../scope';

/** Extra index entries read past the limit, so a few deleted rows do not shorten the answer. */
const DELETED_MARGIN = 20;

/**
 * The rows whose `searchKeys` index has an entry starting with `q`, each row once, `limit` and the
 * margin of them; every one (`limit` null) for a narrower data scope, whose filter comes after.
 */
function byKeyPrefix<T>(table: Table<T, string>, q: string, limit: number | null): Collection<T, string> {
  const rows = table.where('searchKeys').startsWith(q).distinct();
  return limit === null ? rows : rows.limit(limit + DELETED_MARGIN);
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
 * Only customers within the reader's data `scope` are found. Without a scope (the exchange's
 * customer picker, whose export is governed by exchange.export) every customer is.
 */
export async function searchCustomers(db: AirgapDb, query: string, limit = 50, scope?: ReadScope): Promise<CustomerHit[]> {
  const q = normaliseQuery(query);
  if (q === null || limit <= 0) return [];
  const t = archiveTables(db);
  const whole = scope === undefined || isWholeArchive(scope);
  const customerIds = await byKeyPrefix(t.customers, q, whole ? limit : null).primaryKeys();
  const found = liveOnly(await t.customers.bulkGet(customerIds));
  const direct = (whole ? found : await keepCustomersInScope(db, scope, found)).sort(bySortKey).slice(0, limit);
  const hits: CustomerHit[] = direct.map((customer) => ({ customer, via: 'customer' }));
  if (hits.length >= limit) return hits;
  const viaContact = await customersByContact(db, query, { exclude: new Set(direct.map((c) => c.id)), limit: limit - hits.length, scope });
  return [...hits, ...viaContact];
}

/**
 * Customers found through one of their live contacts (name, pinyin, phone digits), one hit per
 * customer with the first matching contact, in pinyin order, leaving out `exclude` (the customers
 * the caller already found by their own keys). Reads at most `limit` + a margin contacts (every
 * matching one under a narrower data `scope`, whose customers are then kept).
 */
export async function customersByContact(
  db: AirgapDb,
  query: string,
  { exclude = new Set<string>(), limit = 50, scope }: { exclude?: ReadonlySet<string>; limit?: number; scope?: ReadScope | undefined } = {},
): Promise<CustomerHit[]> {
  const q = normaliseQuery(query);
  if (q === null || limit <= 0) return [];
  const t = archiveTables(db);
  const whole = scope === undefined || isWholeArchive(scope);
  const contacts = await byKeyPrefix(t.contacts, q, whole ? limit : null).toArray();
  const firstContact = new Map<string, ContactRecord>();
  for (const contact of liveOnly(contacts)) {
    if (!exclude.has(contact.customerId) && !firstContact.has(contact.customerId)) firstContact.set(contact.customerId, contact);
  }
  const owners = (await t.customers.bulkGet([...firstContact.keys()])).filter((c): c is CustomerRecord => isLiveRow(c));
  return (whole ? owners : await keepCustomersInScope(db, scope, owners))
    .sort(bySortKey)
    .slice(0, limit)
    .map((customer): CustomerHit => ({ customer, via: 'contact', contact: firstContact.get(customer.id)! }));
}

function bySortKey(a: CustomerRecord, b: CustomerRecord): number {
  return compareText(a.sortKey, b.sortKey) || compareText(a.id, b.id);
}
