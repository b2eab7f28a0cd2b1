import { contactFieldsSchema, withContactKeys } from '../../core/customers';
import { sortKeyOf } from '../../core/search';
import type { AirgapDb } from '../db';
import { createRecord, RecordNotFoundError, restoreRecord, softDeleteRecord, updateRecord } from '../records';
import type { WriteContext } from '../write-context';
import { childrenByCustomer, liveChild } from '../repository/children';
import { compareText, inTransaction, liveCustomer, parseInput, withFields } from '../repository/common';
import type { ContactRecord } from './types';

/** One contact by id, deleted ones included (a complaint still names the contact it recorded). */
export async function getContact(db: AirgapDb, id: string): Promise<ContactRecord | undefined> {
  return db.contacts.get(id);
}

/**
 * A customer's contacts. Rule: while a customer has live contacts, exactly one is primary — the
 * first one becomes primary, choosing another demotes the previous one in the same transaction,
 * deleting the primary promotes the next, and a restored contact never makes a second primary.
 */
export async function contactsOf(db: AirgapDb, customerId: string): Promise<ContactRecord[]> {
  const rows = await childrenByCustomer<ContactRecord>(db, 'contacts', customerId);
  const keys = new Map(rows.map((c) => [c.id, sortKeyOf(c.name, true)]));
  return rows.sort((a, b) => Number(b.primary) - Number(a.primary) || compareText(keys.get(a.id)!, keys.get(b.id)!) || compareText(a.id, b.id));
}

async function demoteOthers(db: AirgapDb, customerId: string, keepId: string | null, ctx: WriteContext): Promise<void> {
  for (const c of await contactsOf(db, customerId)) {
    if (c.primary && c.id !== keepId) await updateRecord<ContactRecord>(db, 'contacts', c.id, { primary: false }, ctx);
  }
}

/** After the primary left: the first remaining contact (pinyin order) takes over. */
async function ensurePrimary(db: AirgapDb, customerId: string, ctx: WriteContext): Promise<void> {
  const [first] = await contactsOf(db, customerId);
  if (first && !first.primary) await updateRecord<ContactRecord>(db, 'contacts', first.id, { primary: true }, ctx);
}

export async function createContact(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<ContactRecord> {
  const values = parseInput(contactFieldsSchema, withFields(input, { customerId }));
  return inTransaction(db, ['contacts', 'customers'], async () => {
    await liveCustomer(db, customerId);
    const siblings = await contactsOf(db, customerId);
    const primary = values.primary || !siblings.some((c) => c.primary);
    if (primary) await demoteOthers(db, customerId, null, ctx);
    return createRecord<ContactRecord>(db, 'contacts', withContactKeys({ ...values, primary }), ctx);
  });
}

/** A primary contact stays primary when edited (another is made primary with setPrimaryContact). */
export async function updateContact(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<ContactRecord> {
  return inTransaction(db, ['contacts', 'customers'], async () => {
    const { current } = await liveChild<ContactRecord>(db, 'contacts', id);
    const values = parseInput(contactFieldsSchema, withFields(input, { customerId: current.customerId }));
    const primary = current.primary || values.primary;
    if (primary && !current.primary) await demoteOthers(db, current.customerId, id, ctx);
    return updateRecord<ContactRecord>(db, 'contacts', id, withContactKeys({ ...values, primary }), ctx);
  });
}

export async function setPrimaryContact(db: AirgapDb, id: string, ctx: WriteContext): Promise<ContactRecord> {
  return inTransaction(db, ['contacts', 'customers'], async () => {
    const { current } = await liveChild<ContactRecord>(db, 'contacts', id);
    await demoteOthers(db, current.customerId, id, ctx);
    return updateRecord<ContactRecord>(db, 'contacts', id, { primary: true }, ctx);
  });
}

export async function deleteContact(db: AirgapDb, id: string, ctx: WriteContext): Promise<ContactRecord> {
  return inTransaction(db, ['contacts'], async () => {
    const deleted = await softDeleteRecord<ContactRecord>(db, 'contacts', id, ctx);
    if (deleted.primary) await ensurePrimary(db, deleted.customerId, ctx);
    return deleted;
  });
}

/** Back from the recycle bin, under a live customer only; it is primary only if no other is. */
export async function restoreContact(db: AirgapDb, id: string, ctx: WriteContext): Promise<ContactRecord> {
  return inTransaction(db, ['contacts', 'customers'], async () => {
    const record = await db.contacts.get(id);
    if (!record) throw new RecordNotFoundError('contacts', id);
    await liveCustomer(db, record.customerId);
    const othersPrimary = (await contactsOf(db, record.customerId)).some((c) => c.primary && c.id !== id);
    const restored = await restoreRecord<ContactRecord>(db, 'contacts', id, ctx);
    if (restored.primary && othersPrimary) return updateRecord<ContactRecord>(db, 'contacts', id, { primary: false }, ctx);
    if (!restored.primary && !othersPrimary) return updateRecord<ContactRecord>(db, 'contacts', id, { primary: true }, ctx);
    return restored;
  });
}
