import { checkChildLevels, checkHierarchy, customerSchema, withCustomerKeys, type CustomerValues } from '../../core/customers';
import type { ChangeEntry } from '../../core/change-log';
import type { AirgapDb } from '../db';
import { createRecord, historyOf, RecordNotFoundError, restoreRecord as restoreAny, softDeleteRecord, updateRecord } from '../records';
import type { RecordTable } from '../schema';
import type { WriteContext } from '../write-context';
import { compareText, inTransaction, isLiveRow, liveOnly, parseInput, refuse, takeLive, todayOf } from '../repository/common';
import { duplicateCandidates, DuplicateCustomerError, renameCandidates } from './duplicates';
import { managerNameFor } from './managers';
import { archiveTables, type CustomerRecord } from './types';
import { customerInScope, isWholeArchive, keepCustomersInScope, type ReadScope } from '../scope';

/** Customers read per request of the whole list (`listCustomers`). */
export const LIST_PAGE = 2_000;

/**
 * Every live customer within the reader's data scope, in pinyin order (the `sortKey` index's order:
 * sort key, then id). Read in pages of LIST_PAGE by primary key in one read transaction (a
 * consistent snapshot), then sorted here: no per-row queries. `wanted` is asked between pages: a list
 * the user has left stops after the page under way. IndexedDB answers one request after another, so a
 * whole-archive read left running (≈ 0.9 s at 10,000 customers) held up every read of the next
 * screen behind it (工作台 waited 1.8 s instead of 0.7 s, issue 20).
 */
export async function listCustomers(db: AirgapDb, scope: ReadScope, wanted: () => boolean = () => true): Promise<CustomerRecord[]> {
  const customers = archiveTables(db).customers;
  const rows = await db.transaction('r', customers, async () => {
    const read: CustomerRecord[] = [];
    for (let last: string | undefined; ;) {
      const page = await (last === undefined ? customers.orderBy(':id') : customers.where(':id').above(last)).limit(LIST_PAGE).toArray();
      read.push(...page);
      if (page.length < LIST_PAGE || !wanted()) return read;
      last = page[page.length - 1]!.id;
    }
  });
  // The index holds only rows with a string key; so does this list.
  const live = liveOnly(rows.filter((r) => typeof r.sortKey === 'string')).sort(bySortKey);
  return isWholeArchive(scope) ? live : keepCustomersInScope(db, scope, live);
}

/** The `sortKey` index's order: the key, then the primary key (both compared by code unit, as IndexedDB does). */
const bySortKey = (a: CustomerRecord, b: CustomerRecord) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The first live customers in pinyin order within the scope, for the list's first paint before the
 * whole read. A narrower scope reads the list: its users' customers may lie anywhere in the index.
 */
export async function firstCustomers(db: AirgapDb, limit: number, scope: ReadScope): Promise<CustomerRecord[]> {
  if (!isWholeArchive(scope)) return (await listCustomers(db, scope)).slice(0, limit);
  const index = archiveTables(db).customers.orderBy('sortKey');
  return takeLive((offset, count) => index.clone().offset(offset).limit(count).toArray(), limit);
}

/** Also a deleted one, so its page can offer to restore it. */
export async function getCustomer(db: AirgapDb, id: string): Promise<CustomerRecord | undefined> {
  return archiveTables(db).customers.get(id);
}

/** What a page opened by a customer's address gets when the customer is outside the reader's data scope. */
export const OUT_OF_SCOPE = 'out-of-scope';

/**
 * A customer for its page (also a deleted one), or OUT_OF_SCOPE when it lies outside the reader's
 * data scope: the page then says so and shows none of its records (issue 15.3).
 */
export async function openCustomer(db: AirgapDb, id: string, scope: ReadScope): Promise<CustomerRecord | typeof OUT_OF_SCOPE | undefined> {
  const customer = await getCustomer(db, id);
  if (!customer || isWholeArchive(scope)) return customer;
  return (await customerInScope(db, scope, customer)) ? customer : OUT_OF_SCOPE;
}

/** The units above `customer`, top-down (group first). Levels strictly decrease, so at most two. */
export async function ancestorsOf(db: AirgapDb, customer: Pick<CustomerRecord, 'parentId'>): Promise<CustomerRecord[]> {
  const chain: CustomerRecord[] = [];
  for (let id = customer.parentId; id !== null && chain.length < 3;) {
    const parent = await getCustomer(db, id);
    if (!parent) break;
    chain.unshift(parent);
    id = parent.parentId;
  }
  return chain;
}

/** Live sub-units, in pinyin order. */
export async function childrenOf(db: AirgapDb, id: string): Promise<CustomerRecord[]> {
  const rows = liveOnly(await archiveTables(db).customers.where('parentId').equals(id).toArray());
  return rows.sort((a, b) => compareText(a.sortKey, b.sortKey));
}

/** The hierarchy rule against the parent as stored now (inside the write's transaction). */
async function checkParent(db: AirgapDb, values: Pick<CustomerValues, 'level' | 'parentId'>): Promise<void> {
  const parent = values.parentId === null ? null : ((await getCustomer(db, values.parentId)) ?? null);
  const problem = checkHierarchy(values, parent);
  if (problem) refuse('parentId', problem);
}

export interface CreateCustomerOptions {
  /** The user saw the duplicate warning and creates the unit anyway. */
  allowDuplicate?: boolean;
  /** The local day the form was filled in (cooperation cannot start after it). */
  today?: string;
}

export async function createCustomer(db: AirgapDb, input: unknown, ctx: WriteContext, options: CreateCustomerOptions = {}): Promise<CustomerRecord> {
  const values = parseInput(customerSchema(todayOf(ctx, options.today)), input);
  return inTransaction(db, ['customers', 'managers'], async () => {
    await checkParent(db, values);
    const managerName = await managerNameFor(db, values.managerId);
    if (!options.allowDuplicate) {
      const candidates = await duplicateCandidates(db, values.name);
      if (candidates.length > 0) throw new DuplicateCustomerError(candidates);
    }
    // mergedInto is set by a merge only, never by a form.
    return createRecord<CustomerRecord>(db, 'customers', { ...withCustomerKeys(values), managerName, mergedInto: null }, ctx);
  });
}

export interface UpdateCustomerOptions {
  /** The user saw the duplicate warning of the rename and saves anyway. */
  allowDuplicate?: boolean;
  /** The local day the form was filled in (cooperation cannot start after it). */
  today?: string;
}

/**
 * Saves the whole form. A level change must keep every live sub-unit exactly one level below. A
 * new name or short name that another live customer already has (or sounds like) is refused with
 * DuplicateCustomerError, as on create, unless `allowDuplicate`.
 */
export async function updateCustomer(
  db: AirgapDb,
  id: string,
  input: unknown,
  ctx: WriteContext,
  options: UpdateCustomerOptions = {},
): Promise<CustomerRecord> {
  const values = parseInput(customerSchema(todayOf(ctx, options.today)), input);
  return inTransaction(db, ['customers', 'managers'], async () => {
    const current = await getCustomer(db, id);
    if (!current || current.deletedAt !== null) throw new RecordNotFoundError('customers', id);
    await checkParent(db, values);
    if (values.level !== current.level) {
      const problem = checkChildLevels(
        values.level,
        (await childrenOf(db, id)).map((c) => c.level),
      );
      if (problem) refuse('level', problem);
    }
    const managerName = await managerNameFor(db, values.managerId, current);
    if (!options.allowDuplicate) {
      const candidates = await renameCandidates(db, id, current, values);
      if (candidates.length > 0) throw new DuplicateCustomerError(candidates);
    }
    return updateRecord<CustomerRecord>(db, 'customers', id, { ...withCustomerKeys(values), managerName, mergedInto: current.mergedInto }, ctx);
  });
}

/** Soft delete (recycle bin). A unit with live sub-units stays: they would hang under nothing. */
export async function deleteCustomer(db: AirgapDb, id: string, ctx: WriteContext): Promise<CustomerRecord> {
  return inTransaction(db, ['customers'], async () => {
    if ((await childrenOf(db, id)).length > 0) refuse('_', 'validation.hasSubUnits');
    return softDeleteRecord<CustomerRecord>(db, 'customers', id, ctx);
  });
}

/** Brings a customer back, unless its parent is deleted (restore the parent first). */
export async function restoreCustomer(db: AirgapDb, id: string, ctx: WriteContext): Promise<CustomerRecord> {
  return inTransaction(db, ['customers'], async () => {
    const customer = await getCustomer(db, id);
    if (!customer) throw new RecordNotFoundError('customers', id);
    if (isLiveRow(customer)) return customer;
    // Its records now live at the kept customer: bringing the emptied record back would make a
    // second, hollow copy of the unit. (Undoing a merge is a merge in the other direction.)
    if (customer.mergedInto) refuse('_', 'validation.mergedCustomer');
    const parent = customer.parentId === null ? null : ((await getCustomer(db, customer.parentId)) ?? null);
    const problem = checkHierarchy(customer, parent);
    if (problem) refuse('_', problem);
    return restoreAny<CustomerRecord>(db, 'customers', id, ctx);
  });
}

/** Who changed what and when, oldest first (data/records.ts historyOf). */
export async function customerHistory(db: AirgapDb, id: string): Promise<ChangeEntry[]> {
  return historyOf(db, 'customers', id);
}

export async function recordHistory(db: AirgapDb, table: RecordTable, id: string): Promise<ChangeEntry[]> {
  return historyOf(db, table, id);
}
