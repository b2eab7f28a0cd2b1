import { normaliseQuery } from '../../core/search';
import type { AirgapDb } from '../db';
import { compareText, isLiveRow, liveOnly } from './common';
import { archiveTables, type ContactRecord, type CustomerHit, type CustomerRecord } from './types';

/** Extra index entries read past the limit, so a few deleted rows do not shorten the answer. */
const DELETED_MARGIN = 20;

/**
 * Prefix search over the multiEntry `searchKeys` indexes of customers (name, short name, pinyin
 * initials and full pinyin, also from later characters) and contacts (name, pinyin, phone digits):
 * two index ranges with `distinct().limit()`, then `bulkGet` — never a scan. Customers found by
 * their own keys come first, then customers found through a contact (one hit per customer), each
 * group in pinyin order. A blank query returns [] (the caller shows the whole list).
 */
export async function searchCustomers(db: AirgapDb, query: string, limit = 50): Promise<CustomerHit[]> {
  const q = normaliseQuery(query);
  if (q === null || limit <= 0) return [];
  const t = archiveTables(db);
  const [customerIds, contacts] = await Promise.all([
    t.customers.where('searchKeys').startsWith(q).distinct().limit(limit + DELETED_MARGIN).primaryKeys(),
    t.contacts.where('searchKeys').startsWith(q).distinct().limit(limit + DELETED_MARGIN).toArray(),
  ]);
  const direct = liveOnly(await t.customers.bulkGet(customerIds)).sort(bySortKey).slice(0, limit);
  const hits: CustomerHit[] = direct.map((customer) => ({ customer, via: 'customer' }));
  if (hits.length >= limit) return hits;

  const found = new Set(direct.map((c) => c.id));
  const firstContact = new Map<string, ContactRecord>();
  for (const contact of liveOnly(contacts)) {
    if (!found.has(contact.customerId) && !firstContact.has(contact.customerId)) firstContact.set(contact.customerId, contact);
  }
  const owners = await t.customers.bulkGet([...firstContact.keys()]);
  const viaContact = owners
    .filter((c): c is CustomerRecord => isLiveRow(c))
    .sort(bySortKey)
    .map((customer): CustomerHit => ({ customer, via: 'contact', contact: firstContact.get(customer.id)! }));
  return [...hits, ...viaContact].slice(0, limit);
}

function bySortKey(a: CustomerRecord, b: CustomerRecord): number {
  return compareText(a.sortKey, b.sortKey) || compareText(a.id, b.id);
}
