import Dexie, { type Collection } from 'dexie';
import { MERGE_CHILD_TABLES, type MergeChildTable } from '../../core/customers';
import type { Envelope, Fields } from '../../core/envelope';
import { recordTable, type AirgapDb } from '../db';
import { createRecord, RecordNotFoundError, restoreRecord, softDeleteRecord, updateRecord } from '../records';
import type { RecordTable } from '../schema';
import type { WriteContext } from '../write-context';
import type { CustomerRecord } from '../rows/archive';
import { inTransaction, liveCustomer } from './common';

/**
 * The write pattern shared by a customer's child records (interactions, requirements, settlements):
 * the customer must be live, the child keeps its customer, and each operation is one transaction
 * with its change-log entry. `build` parses the input (it may read more: a manager's name).
 * Surveys are children too for the recycle bin's restore (the same rule: under a live customer).
 */
type ChildTable = Extract<RecordTable, 'contacts' | 'interactions' | 'requirements' | 'benefits' | 'settlements' | 'handovers' | 'complaints' | 'surveys'>;
type Child = Envelope & { customerId: string };

export async function createChild<T extends Child>(
  db: AirgapDb,
  table: ChildTable,
  customerId: string,
  ctx: WriteContext,
  build: (customer: CustomerRecord) => Fields<T> | Promise<Fields<T>>,
  moreTables: readonly RecordTable[] = [],
): Promise<T> {
  return inTransaction(db, [table, 'customers', ...moreTables], async () => {
    const customer = await liveCustomer(db, customerId);
    return createRecord<T>(db, table, await build(customer), ctx);
  });
}

/** The live child `id` and its customer, inside the caller's transaction. */
export async function liveChild<T extends Child>(db: AirgapDb, table: ChildTable, id: string): Promise<{ current: T; customer: CustomerRecord }> {
  const current = await recordTable<T>(db, table).get(id);
  if (!current || current.deletedAt !== null) throw new RecordNotFoundError(table, id);
  return { current, customer: await liveCustomer(db, current.customerId) };
}

export async function updateChild<T extends Child>(
  db: AirgapDb,
  table: ChildTable,
  id: string,
  ctx: WriteContext,
  build: (current: T, customer: CustomerRecord) => Partial<Fields<T>> | Promise<Partial<Fields<T>>>,
  moreTables: readonly RecordTable[] = [],
): Promise<T> {
  return inTransaction(db, [table, 'customers', ...moreTables], async () => {
    const { current, customer } = await liveChild<T>(db, table, id);
    const fields = await build(current, customer);
    return updateRecord<T>(db, table, id, { ...fields, customerId: current.customerId } as Partial<Fields<T>>, ctx);
  });
}

export async function deleteChild<T extends Child>(db: AirgapDb, table: ChildTable, id: string, ctx: WriteContext): Promise<T> {
  return softDeleteRecord<T>(db, table, id, ctx);
}

/** Restoring under a deleted customer is refused: restore the customer first. */
export async function restoreChild<T extends Child>(db: AirgapDb, table: ChildTable, id: string, ctx: WriteContext): Promise<T> {
  return inTransaction(db, [table, 'customers'], async () => {
    const record = await recordTable<T>(db, table).get(id);
    if (!record) throw new RecordNotFoundError(table, id);
    await liveCustomer(db, record.customerId);
    return restoreRecord<T>(db, table, id, ctx);
  });
}

/** Live children of one customer through its `customerId` index. */
export async function childrenByCustomer<T extends Child>(db: AirgapDb, table: ChildTable, customerId: string): Promise<T[]> {
  const rows = await recordTable<T>(db, table).where('customerId').equals(customerId).toArray();
  return rows.filter((r) => r.deletedAt === null);
}

export interface ChildQuery {
  table: MergeChildTable;
  query: Collection;
}

/**
 * One query per child table (and customer) over the rows of the given customers, deleted ones
 * included: callers read rows (merge) or only keys (history). Interactions, business figures and
 * surveys have no `customerId` index of their own: their compound index serves, as a range per customer.
 */
export function childQueries(db: AirgapDb, customerIds: readonly string[]): ChildQuery[] {
  return MERGE_CHILD_TABLES.flatMap((table): ChildQuery[] => {
    if (table !== 'interactions' && table !== 'benefits' && table !== 'surveys')
      return [{ table, query: recordTable(db, table).where('customerId').anyOf(customerIds) }];
    const index = table === 'benefits' ? '[customerId+year]' : '[customerId+date]';
    return customerIds.map((id) => ({ table, query: recordTable(db, table).where(index).between([id, Dexie.minKey], [id, Dexie.maxKey]) }));
  });
}
