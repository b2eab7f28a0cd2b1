import type { Table } from 'dexie';
import { recordWritePermission, requireRecordWrite, type RecordWriteOp } from '../core/accounts';
import { diffFields, entryBatches, type ChangeEntry, type ChangeOp } from '../core/change-log';
import { ENVELOPE_FIELDS, type Envelope, type Fields } from '../core/envelope';
import { newId } from '../core/ids';
import { recordTable, type AirgapDb } from './db';
import { rememberReplacedVersions } from './replaced-versions';
import type { RecordTable } from './schema';
import type { WriteContext } from './write-context';
import { ARCHIVE_AUDIT_ACTIONS } from '../core/audit/archive-actions';
import { auditAction } from './audit/record';
import { requireWriteInScope } from './scope';

/**
 * The one write path for enveloped records: every create, update, soft delete and restore stamps
 * the envelope and appends its change-log entry in the same Dexie transaction, so a crash leaves
 * the database as it was before or after the operation, never between.
 * Repositories validate their input (zod) and then call these.
 * Each first checks that the signed-in user's roles allow the write (issue 15.4, the table is
 * core/accounts/record-permissions.ts): a refused write throws ForbiddenError having read and
 * written nothing, and inside a repository's transaction it rolls back what that wrote before.
 * Then, inside the transaction, that the customer the record is or belongs to is within the user's
 * data scope (issue 15.3, data/scope.ts `requireWriteInScope`: OutOfScopeError, nothing written).
 * A write that replaces a version made on another installation also records it as seen
 * (rememberReplacedVersions, data/replaced-versions.ts), so exchange knows the new version was made on top of it.
 */
export class RecordNotFoundError extends Error {
  readonly code = 'not-found';
  constructor(table: string, id: string) {
    super(`${table} ${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}

/**
 * The tables a write through this file touches: the record tables, the change log, `lineages`
 * (a replaced version from another installation is recorded there), the audit log (an audited
 * action appends its entry in the same transaction, data/audit/record.ts), and the customers and
 * managers the data-scope check reads. An outer transaction around these functions must span them
 * all: use this for its scope.
 */
export function writeScope(db: AirgapDb, tables: readonly RecordTable[]): Table[] {
  // A database at the first schema (only the migration tests open one) has no archive tables yet.
  const scoped = (['customers', 'managers'] as const).filter((t) => hasTable(db, t));
  const scope: Table[] = [...new Set<RecordTable>([...tables, ...scoped])].map((t) => recordTable(db, t));
  scope.push(db.changes);
  // A database at a schema before exchange (only the migration tests open one) has no lineages,
  // and one before accounts no audit log.
  if (hasTable(db, 'lineages')) scope.push(db.lineages);
  if (hasTable(db, 'audit')) scope.push(db.audit);
  return scope;
}

/** Refuses the write when a customer it touches is outside the writer's data scope (data/scope.ts). */
async function requireScope(db: AirgapDb, table: RecordTable, records: readonly object[], ctx: WriteContext, op: RecordWriteOp): Promise<void> {
  if (table === 'profile') return;
  await requireWriteInScope(db, { actor: ctx.actor, installationId: ctx.origin }, table, records, recordWritePermission(table, op));
}

/**
 * The envelope of a write. A write that replaces versions gets a rev after the highest of them
 * (`nowAfter`): an imported version may be ahead of this clock, which does not follow a received
 * rev past a few minutes (core/hlc.ts), and the edit made on top of it must still be the newer one.
 */
function stamp(ctx: WriteContext, replaced: readonly Envelope[] = []) {
  const highest = replaced.reduce<string | null>((max, r) => (max === null || r.rev > max ? r.rev : max), null);
  return {
    rev: highest === null ? ctx.clock.now() : ctx.clock.nowAfter(highest),
    origin: ctx.origin,
    updatedBy: ctx.actor.name,
    updatedById: ctx.actor.userId,
  };
}

function entry(table: RecordTable, record: Envelope, op: ChangeOp, ctx: WriteContext, fields: ChangeEntry['fields'] = []): ChangeEntry {
  return {
    table,
    recordIds: [record.id],
    op,
    rev: record.rev,
    origin: record.origin,
    by: ctx.actor.name,
    byId: ctx.actor.userId,
    at: ctx.now().toISOString(),
    fields,
    ...(ctx.source ? { source: { ...ctx.source } } : {}),
  };
}

/**
 * Create many records in one transaction (imports, bulk entry): one event, so they share one rev
 * and one change-log entry (several past MAX_RECORDS_PER_ENTRY). Returns them with their envelopes.
 */
export async function createRecords<T extends Envelope>(db: AirgapDb, table: RecordTable, items: readonly Fields<T>[], ctx: WriteContext): Promise<T[]> {
  if (table !== 'profile') requireRecordWrite(ctx.actor, table, 'create');
  if (items.length === 0) return [];
  const envelope = { ...stamp(ctx), deletedAt: null };
  const records = items.map((fields) => ({ ...fields, id: newId(), ...envelope }) as T);
  const created = entryBatches(records.map((r) => r.id)).map((recordIds) => ({ ...entry(table, records[0]!, 'create', ctx), recordIds }));
  await db.transaction('rw', writeScope(db, [table]), async () => {
    // The one read before the check: the profile's first version is allowed to anyone (first run).
    if (table === 'profile') requireRecordWrite(ctx.actor, table, 'create', (await db.profile.count()) === 0);
    await requireScope(db, table, records, ctx, 'create');
    await recordTable<T>(db, table).bulkAdd(records);
    await db.changes.bulkAdd(created);
  });
  return records;
}

export async function createRecord<T extends Envelope>(db: AirgapDb, table: RecordTable, fields: Fields<T>, ctx: WriteContext): Promise<T> {
  const [record] = await createRecords<T>(db, table, [fields], ctx);
  return record!;
}

/**
 * Apply `patch` to a live record. A patch that changes nothing writes nothing (no new rev, no entry).
 * `validate` sees the whole new record and throws to refuse it.
 */
export async function updateRecord<T extends Envelope>(
  db: AirgapDb,
  table: RecordTable,
  id: string,
  patch: Partial<Fields<T>>,
  ctx: WriteContext,
  validate?: (next: T) => void,
): Promise<T> {
  requireRecordWrite(ctx.actor, table, 'update');
  return db.transaction('rw', writeScope(db, [table]), async () => {
    const current = await recordTable<T>(db, table).get(id);
    if (!current || current.deletedAt !== null) throw new RecordNotFoundError(table, id);
    const candidate = { ...current, ...patch } as T;
    await requireScope(db, table, [current, candidate], ctx, 'update');
    const fields = diffFields(current as Record<string, unknown>, candidate as Record<string, unknown>, ENVELOPE_FIELDS);
    if (fields.length === 0) return current;
    validate?.(candidate);
    const next = { ...candidate, ...stamp(ctx, [current]) } as T;
    await rememberReplacedVersions(db, table, [current], ctx.origin);
    await recordTable<T>(db, table).put(next);
    await db.changes.add(entry(table, next, 'update', ctx, fields));
    return next;
  });
}

/**
 * Apply many patches to live records of one table as one event (approving a batch re-grading
 * writes thousands): one transaction, one rev shared by every changed record, and one change-log
 * entry per changed record with its fields, as `updateRecord` would write. Patches that change
 * nothing write nothing. Missing or deleted records refuse the whole batch.
 */
export async function updateRecords<T extends Envelope>(
  db: AirgapDb,
  table: RecordTable,
  patches: readonly { id: string; patch: Partial<Fields<T>> }[],
  ctx: WriteContext,
): Promise<T[]> {
  requireRecordWrite(ctx.actor, table, 'update');
  if (patches.length === 0) return [];
  return db.transaction('rw', writeScope(db, [table]), async () => {
    const current = await recordTable<T>(db, table).bulkGet(patches.map((p) => p.id));
    const candidates = patches.flatMap(({ patch }, i) => (current[i] ? [current[i], { ...current[i], ...patch }] : []));
    await requireScope(db, table, candidates, ctx, 'update');
    const envelope = stamp(
      ctx,
      current.filter((r) => r !== undefined),
    );
    const changed: T[] = [];
    const replaced: T[] = [];
    const entries: ChangeEntry[] = [];
    patches.forEach(({ id, patch }, i) => {
      const before = current[i];
      if (!before || before.deletedAt !== null) throw new RecordNotFoundError(table, id);
      const candidate = { ...before, ...patch } as T;
      const fields = diffFields(before as Record<string, unknown>, candidate as Record<string, unknown>, ENVELOPE_FIELDS);
      if (fields.length === 0) return;
      const next = { ...candidate, ...envelope } as T;
      replaced.push(before);
      changed.push(next);
      entries.push(entry(table, next, 'update', ctx, fields));
    });
    await rememberReplacedVersions(db, table, replaced, ctx.origin);
    await recordTable<T>(db, table).bulkPut(changed);
    await db.changes.bulkAdd(entries);
    return changed;
  });
}

/** Soft delete: the record stays, marked with `deletedAt`; restore brings it back. */
export async function softDeleteRecord<T extends Envelope>(db: AirgapDb, table: RecordTable, id: string, ctx: WriteContext): Promise<T> {
  return setDeleted<T>(db, table, id, ctx, true);
}

/** Restore only clears the tombstone: fields edited before the delete stay as they were last saved. */
export async function restoreRecord<T extends Envelope>(db: AirgapDb, table: RecordTable, id: string, ctx: WriteContext): Promise<T> {
  return setDeleted<T>(db, table, id, ctx, false);
}

async function setDeleted<T extends Envelope>(db: AirgapDb, table: RecordTable, id: string, ctx: WriteContext, deleted: boolean): Promise<T> {
  requireRecordWrite(ctx.actor, table, deleted ? 'delete' : 'restore');
  return db.transaction('rw', writeScope(db, [table]), async () => {
    const current = await recordTable<T>(db, table).get(id);
    if (!current) throw new RecordNotFoundError(table, id);
    if ((current.deletedAt !== null) === deleted) return current;
    await requireScope(db, table, [current], ctx, deleted ? 'delete' : 'restore');
    const deletedAt = deleted ? ctx.now().toISOString() : null;
    const next = { ...current, deletedAt, ...stamp(ctx, [current]) } as T;
    await rememberReplacedVersions(db, table, [current], ctx.origin);
    await recordTable<T>(db, table).put(next);
    const op = deleted ? 'delete' : 'restore';
    await db.changes.add(entry(table, next, op, ctx, [{ field: 'deletedAt', before: current.deletedAt, after: deletedAt }]));
    // Into the recycle bin and back is audited (issue 15.5), with the change.
    const action = deleted ? ARCHIVE_AUDIT_ACTIONS.recordDelete : ARCHIVE_AUDIT_ACTIONS.recordRestore;
    await auditAction(db, ctx, action, { kind: table, id, label: recordLabel(next) }, { kind: table });
    return next;
  });
}

/**
 * Soft delete of many live records of one table as ONE event (undoing a spreadsheet import deletes
 * thousands): one transaction, one rev, one `delete` change entry per record as `softDeleteRecord`
 * writes it. Unlike the one-record delete it appends no audit entry per record: the caller's action
 * is audited as a whole, in the same transaction. Records already deleted are left as they are.
 */
export async function softDeleteRecords<T extends Envelope>(db: AirgapDb, table: RecordTable, ids: readonly string[], ctx: WriteContext): Promise<T[]> {
  requireRecordWrite(ctx.actor, table, 'delete');
  if (ids.length === 0) return [];
  return db.transaction('rw', writeScope(db, [table]), async () => {
    const current = await recordTable<T>(db, table).bulkGet([...ids]);
    const live = current.filter((r, i): r is T => {
      if (!r) throw new RecordNotFoundError(table, ids[i]!);
      return r.deletedAt === null;
    });
    await requireScope(db, table, live, ctx, 'delete');
    const deletedAt = ctx.now().toISOString();
    const envelope = stamp(ctx, live);
    const next = live.map((r) => ({ ...r, deletedAt, ...envelope }) as T);
    await rememberReplacedVersions(db, table, live, ctx.origin);
    await recordTable<T>(db, table).bulkPut(next);
    await db.changes.bulkAdd(next.map((r) => entry(table, r, 'delete', ctx, [{ field: 'deletedAt', before: null, after: deletedAt }])));
    return next;
  });
}

/** What the audit log calls a record: its name, title or number as the screens do, else its id. */
export function recordLabel(record: Envelope): string {
  const fields = record as Envelope & Record<string, unknown>;
  for (const key of ['name', 'title', 'number', 'subject']) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return record.id;
}

function hasTable(db: AirgapDb, name: string): boolean {
  return db.tables.some((t) => t.name === name);
}

/**
 * The history of one record, oldest first. Batch-create entries list thousands of ids: only the
 * record's own id is kept in what is returned.
 */
export async function historyOf(db: AirgapDb, table: RecordTable, recordId: string): Promise<ChangeEntry[]> {
  const entries = await db.changes.where('recordIds').equals(recordId).sortBy('seq');
  return entries.filter((e) => e.table === table).map((e) => (e.recordIds.length > 1 ? { ...e, recordIds: [recordId] } : e));
}
