import Dexie from 'dexie';
import { managerFieldsSchema } from '../../core/customers';
import { sortKeyOf } from '../../core/search';
import type { AirgapDb } from '../db';
import { createRecord, RecordNotFoundError, updateRecord } from '../records';
import type { WriteContext } from '../write-context';
import { isWholeArchive, keepCustomersInScope, type ReadScope } from '../scope';
import { inTransaction, parseInput, refuse } from '../repository/common';
import { archiveTables, type CustomerRecord, type ManagerRecord, type RequirementRecord } from './types';

/** Our account managers (客户经理), in pinyin order of their names (a few dozen: read whole). */
export async function listManagers(db: AirgapDb): Promise<ManagerRecord[]> {
  return (await archiveTables(db).managers.orderBy('sortKey').toArray()).filter((m) => m.deletedAt === null);
}

export async function getManager(db: AirgapDb, id: string): Promise<ManagerRecord | undefined> {
  return archiveTables(db).managers.get(id);
}

/**
 * How many live customers each manager has, without reading the customer list (10,000 at scale):
 * the `managerId` index counts a manager's rows natively (IDBIndex.count); soft-deleted ones, which
 * that count includes, are read through the `deletedAt` index — it holds only deleted rows (null is
 * not indexed), the few the recycle bin shows — and taken off. Managers with no customer are absent.
 * With a narrower data `scope` (issue 15.3) only the customers within it count: they are read.
 */
export async function customerCountsByManager(db: AirgapDb, scope?: ReadScope): Promise<Map<string, number>> {
  if (scope && !isWholeArchive(scope)) return scopedCountsByManager(db, scope);
  const customers = archiveTables(db).customers;
  return db.transaction('r', customers, async () => {
    const managerIds = (await customers.orderBy('managerId').uniqueKeys()) as string[];
    const totals = await Promise.all(managerIds.map((id) => customers.where('managerId').equals(id).count()));
    const counts = new Map(managerIds.map((id, i) => [id, totals[i]!]));
    for (const deleted of await customers.orderBy('deletedAt').toArray()) {
      if (deleted.managerId !== null && counts.has(deleted.managerId)) counts.set(deleted.managerId, counts.get(deleted.managerId)! - 1);
    }
    for (const [id, count] of counts) if (count === 0) counts.delete(id);
    return counts;
  });
}

async function scopedCountsByManager(db: AirgapDb, scope: ReadScope): Promise<Map<string, number>> {
  const live = (await archiveTables(db).customers.toArray()).filter((c) => c.deletedAt === null && c.managerId !== null);
  const counts = new Map<string, number>();
  for (const c of await keepCustomersInScope(db, scope, live)) counts.set(c.managerId!, (counts.get(c.managerId!) ?? 0) + 1);
  return counts;
}

/** The stored fields: the values plus the key the manager list sorts by. */
export function withManagerKey<V extends { name: string }>(values: V): V & { sortKey: string } {
  return { ...values, sortKey: sortKeyOf(values.name, true) };
}

function managerFields(input: unknown) {
  return withManagerKey(parseInput(managerFieldsSchema, input));
}

export async function createManager(db: AirgapDb, input: unknown, ctx: WriteContext): Promise<ManagerRecord> {
  return createRecord<ManagerRecord>(db, 'managers', managerFields(input), ctx);
}

/**
 * Manager names are copied onto their customers and requirements (lists show them without a join),
 * so a rename rewrites those copies in the same transaction. Handover records keep the name as it
 * was on the day: they are history.
 */
export async function updateManager(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<ManagerRecord> {
  const fields = managerFields(input);
  const t = archiveTables(db);
  return inTransaction(db, ['managers', 'customers', 'requirements'], async () => {
    const before = await t.managers.get(id);
    if (!before) throw new RecordNotFoundError('managers', id);
    const updated = await updateRecord<ManagerRecord>(db, 'managers', id, fields, ctx);
    if (updated.name === before.name) return updated;
    for (const c of await t.customers.where('managerId').equals(id).toArray()) {
      if (c.deletedAt === null) await updateRecord<CustomerRecord>(db, 'customers', c.id, { managerName: updated.name }, ctx);
    }
    const requirements = await t.requirements.where('[managerId+status]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
    for (const r of requirements) {
      if (r.deletedAt === null) await updateRecord<RequirementRecord>(db, 'requirements', r.id, { managerName: updated.name }, ctx);
    }
    return updated;
  });
}

/**
 * The manager name to store with a customer or requirement that names `managerId`: the manager's
 * current name. A manager who is not in the list, or no longer active, can only stay where it
 * already is (`current`: the stored record), never be newly assigned.
 * Call inside a transaction that includes `managers`.
 */
export async function managerNameFor(db: AirgapDb, managerId: string | null, current?: { managerId: string | null; managerName: string }): Promise<string> {
  if (managerId === null) return '';
  const manager = await archiveTables(db).managers.get(managerId);
  const keeps = current?.managerId === managerId;
  if (!manager || manager.deletedAt !== null) return keeps ? current!.managerName : refuse('managerId', 'validation.choice');
  if (!manager.active && !keeps) refuse('managerId', 'validation.managerInactive');
  return manager.name;
}
