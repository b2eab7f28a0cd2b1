import { inScope, OutOfScopeError, type Permission } from '../core/accounts';
import type { Actor } from '../core/accounts/types';
import type { AirgapDb } from './db';
import type { CustomerRecord } from './rows/archive';

/**
 * The data scope (本人 / 本部门 / 全部, issue 15.3) as the data layer applies it: ONE place that
 * decides which customers a signed-in user reads and writes, built on core's `inScope`. Reads take
 * a `ReadScope` (the screens get theirs from state/read-scope.ts, once per session) and filter with
 * `keepCustomersInScope` / `customerIdsInScope`; writes are checked by data/records.ts
 * (`requireWriteInScope`). Scope 全部 returns before any read: the 10,000-customer list pays nothing.
 *
 * "Made here" (本部门) is the installation that made a record's FIRST version: the origin of its
 * first change-log entry (a local create, or the import that first brought it). The envelope's
 * `origin` names only the last writer, which an edit here would turn into "here". That fact never
 * changes for a record, so it is cached per database.
 */
export interface ReadScope {
  readonly actor: Pick<Actor, 'scope' | 'managerId'>;
  readonly installationId: string;
}

/** The fields the scope looks at. */
export type ScopedCustomer = Pick<CustomerRecord, 'id' | 'managerId' | 'origin'>;

/** Whether the scope filters at all: 全部 does not. */
export function isWholeArchive(scope: ReadScope): boolean {
  return scope.actor.scope === 'all';
}

const firstOrigins = new WeakMap<AirgapDb, Map<string, string>>();

/**
 * The installation that made each record's first version, from the change log (one index read of
 * the ids not yet cached). A record without any entry (none should exist) counts by its envelope.
 */
async function firstOriginsOf(
  db: AirgapDb,
  table: 'customers' | 'managers',
  records: readonly Pick<ScopedCustomer, 'id' | 'origin'>[],
): Promise<Map<string, string>> {
  let cache = firstOrigins.get(db);
  if (!cache) firstOrigins.set(db, (cache = new Map()));
  const key = (id: string) => `${table}:${id}`;
  const missing = [...new Set(records.map((r) => r.id).filter((id) => !cache.has(key(id))))];
  if (missing.length > 0) {
    const wanted = new Set(missing);
    const entries = await db.changes.where('recordIds').anyOf(missing).toArray();
    entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    for (const entry of entries) {
      if (entry.table !== table) continue;
      for (const id of entry.recordIds) if (wanted.has(id) && !cache.has(key(id))) cache.set(key(id), entry.origin);
    }
  }
  return new Map(records.map((r) => [r.id, cache.get(key(r.id)) ?? r.origin]));
}

/** The managers of this department: those whose first version was made on this installation. */
async function localManagerIds(db: AirgapDb, installationId: string): Promise<Set<string>> {
  const managers = await db.managers.toArray();
  const origins = await firstOriginsOf(db, 'managers', managers);
  return new Set(managers.filter((m) => origins.get(m.id) === installationId).map((m) => m.id));
}

/** The test for the given customers under a scope other than 全部 (it may read the managers and the change log). */
async function scopeTest(db: AirgapDb, scope: ReadScope, customers: readonly ScopedCustomer[]): Promise<(c: ScopedCustomer) => boolean> {
  const { actor, installationId } = scope;
  if (actor.scope !== 'department') return (c) => inScope(actor, c, installationId, new Set());
  const local = await localManagerIds(db, installationId);
  // Only an unmanaged customer is judged by where it was made.
  const unmanaged = customers.filter((c) => c.managerId === null);
  const origins = unmanaged.length > 0 ? await firstOriginsOf(db, 'customers', unmanaged) : new Map<string, string>();
  return (c) => inScope(actor, { managerId: c.managerId, origin: origins.get(c.id) ?? c.origin }, installationId, local);
}

/** The customers within the scope, in their order; 全部: the same array, nothing read. */
export async function keepCustomersInScope<T extends ScopedCustomer>(db: AirgapDb, scope: ReadScope, customers: T[]): Promise<T[]> {
  if (isWholeArchive(scope)) return customers;
  const test = await scopeTest(db, scope, customers);
  return customers.filter(test);
}

/** Whether one customer is within the scope (the detail page, a complaint's page). */
export async function customerInScope(db: AirgapDb, scope: ReadScope, customer: ScopedCustomer): Promise<boolean> {
  return (await keepCustomersInScope(db, scope, [customer])).length === 1;
}

/**
 * The ids of every customer (live or deleted) within the scope, for filtering the records that
 * belong to a customer (follow-ups, complaints, report rows); null for 全部: no filter. 本人 reads
 * one `managerId` index range, 本部门 the whole table (its users see most of it anyway).
 */
export async function customerIdsInScope(db: AirgapDb, scope: ReadScope): Promise<ReadonlySet<string> | null> {
  if (isWholeArchive(scope)) return null;
  const { managerId } = scope.actor;
  if (scope.actor.scope === 'own') {
    if (managerId === null) return new Set();
    return new Set(await db.customers.where('managerId').equals(managerId).primaryKeys());
  }
  const customers = await keepCustomersInScope(db, scope, await db.customers.toArray());
  return new Set(customers.map((c) => c.id));
}

/** The rows whose customer is within the scope; `ids` null (全部): the same array. */
export function withCustomerIn<T extends { customerId: string | null }>(rows: T[], ids: ReadonlySet<string> | null): T[] {
  return ids === null ? rows : rows.filter((r) => r.customerId !== null && ids.has(r.customerId));
}

/**
 * Refuses a write (OutOfScopeError, nothing written) when a customer it touches is outside the
 * writer's scope: a customer record itself, before and after the write (so a 本人 user cannot create
 * a customer for another manager, nor give one away by editing its manager: handing over is the
 * department head's, whose 本部门 keeps both managers in scope), or the customer a child record
 * names by `customerId` (before and after: a merge re-points children from one customer to the
 * other, so both must be in scope). Runs inside the write's transaction (records.ts `writeScope`
 * spans customers, managers and the change log). 全部: returns at once.
 */
export async function requireWriteInScope(db: AirgapDb, scope: ReadScope, table: string, records: readonly object[], permission: Permission): Promise<void> {
  if (isWholeArchive(scope) || records.length === 0) return;
  let customers: ScopedCustomer[];
  if (table === 'customers') {
    customers = records.filter(isScopedCustomer);
  } else {
    const ids = [...new Set(records.flatMap((r) => (hasCustomerId(r) ? [r.customerId] : [])))];
    if (ids.length === 0) return;
    // A missing customer is the repository's error to report (RecordNotFoundError), not a scope refusal.
    customers = (await db.customers.bulkGet(ids)).filter((c): c is CustomerRecord => c !== undefined);
  }
  const test = await scopeTest(db, scope, customers);
  if (!customers.every(test)) throw new OutOfScopeError(permission);
}

function isScopedCustomer(record: object): record is ScopedCustomer {
  return 'id' in record && 'managerId' in record && 'origin' in record;
}

function hasCustomerId(record: object): record is { customerId: string } {
  return 'customerId' in record && typeof record.customerId === 'string';
}
