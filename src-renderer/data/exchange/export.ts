import Dexie, { type Table } from 'dexie';
import { OutOfScopeError, requirePermission, type Actor } from '../../core/accounts';
import { writeArchive, type ArchiveLock, type ArchiveScope } from '../../core/archive-file';
import { highestClassification } from '../../core/backup';
import { fileMark, type OutputLine } from '../../core/output';
import { CUSTOMER_CHILD_KINDS, EXCHANGE_KINDS, LINEAGE_KIND, type ExchangeKind } from '../../core/exchange/kinds';
import type { Envelope } from '../../core/envelope';
import type { Grade } from '../../core/grading';
import type { Profile } from '../../core/profile';
import { recordTable, type AirgapDb } from '../db';
import type { Installation } from '../installation';
import { gatherPrepared, reserveOutput } from '../output/register';
import { exchangeTitle, recipientNames } from './export-output';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { getDepartment } from './departments';
import { lineageTable } from './lineages';
import { nextExportSequence } from './replays';
import { customerIdsInScope, isWholeArchive, keepCustomersInScope, type ReadScope } from '../scope';
import { refuseOutputInDemo } from '../active-database';
import type { BackupProgress } from '../backup-file';
import { attachmentTables, type AttachmentRecord } from '../attachments';
import { ATTACHMENT_KIND, attachmentBlobRef } from '../../core/exchange/attachment-bytes';
import { NamedContents, namedContentsOfAll } from './attachment-bytes';

/**
 * Export for another department: the whole archive, a selection of customers with everything that
 * belongs to them, or what changed since the last export to one department; locked with a
 * passphrase or for directory departments' age keys, signed by this installation.
 */
export type ExportScope =
  | { type: 'full' }
  | ({
      type: 'selection';
      description?: string;
      /** 不含附件 (issue 18.5): neither the customers' attachment records nor their bytes. */
      withoutAttachments?: boolean;
    } & CustomerSelection)
  | { type: 'changes'; departmentId: string };

/**
 * How a selection picks its customers: by hand, by current grade (the `grade` index), or by the
 * account manager responsible (`managerId`). Grade and manager take the LIVE customers only: a
 * deleted customer is not "a customer of grade A" any more (its tombstone travels with full and
 * changes exports).
 */
export type CustomerSelection =
  { by: 'customers'; customerIds: readonly string[] } | { by: 'grades'; grades: readonly Grade[] } | { by: 'managers'; managerIds: readonly string[] };

/** `testOnlyWorkFactor` (core/archive-file/age-layer.ts) lets tests skip scrypt's second of work. */
export type ExportLock = { passphrase: string; testOnlyWorkFactor?: number } | { departmentIds: readonly string[] };

export interface ExportOptions {
  scope: ExportScope;
  lock: ExportLock;
  installation: Installation;
  profile: Profile;
  appVersion: string;
  /** The signed-in user who exports (the manifest's exporter): needs exchange.export and the output policy's leave. */
  actor: Actor;
  /** 用途 (issue 15.6): registered with the file's 份号. */
  purpose: string;
  /** Where the highest 份号 is kept outside the database (tests pass their own; default localStorage). */
  storage?: Storage;
  now?: Date;
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
}

/** An export whose records are chosen and whose 份号 is reserved, written when `write` is called. */
export interface PreparedExport {
  counts: Record<string, number>;
  scope: ArchiveScope;
  /** For 'changes': pass to `recordExportMark` once the file is SAVED (a cancelled save must not move it). */
  mark: { departmentId: string; seq: number } | null;
  /**
   * The file's register line (份号, issue 15.6), still 'reserved': complete it once the file is saved
   * (data/output `settleOutput`), which writes the audit entry; a cancelled save voids it.
   */
  line: OutputLine;
  /** Records in the file (lineage lines left out: they are bookkeeping, not records). */
  records: number;
  /**
   * The file's bytes as they are written, read from the database as they are pulled (memory bounded
   * whatever the attachments weigh, issue 18.5). Call once; the caller settles `line` (data/output
   * `settleOutput`): completed when the file was saved, voided when not — a failed stream included.
   */
  write(): Promise<ReadableStream<Uint8Array>>;
}

export interface ExportResult extends Omit<PreparedExport, 'write'> {
  bytes: Uint8Array<ArrayBuffer>;
}

/** The next "changes since" export to this department starts after `mark.seq`. */
export async function recordExportMark(db: AirgapDb, mark: { departmentId: string; seq: number }, at: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: exportMarkKey(mark.departmentId), value: mark.seq });
    // When, for the export screen ("last export to 质量部: 2026-11-27"); the seq alone has no date.
    await db.meta.put({ key: exportTimeKey(mark.departmentId), value: at.toISOString() });
  });
}

/** When the last saved "changes since" export to this department was made, or null if never. */
export async function lastExportTime(db: AirgapDb, departmentId: string): Promise<string | null> {
  return ((await db.meta.get(exportTimeKey(departmentId)))?.value as string | undefined) ?? null;
}

/** A selection's customer children, by the index that finds them (see data/schema.ts). */
const CHILD_INDEX: Record<(typeof CUSTOMER_CHILD_KINDS)[number], string> = {
  contacts: 'customerId',
  interactions: '[customerId+date]',
  requirements: 'customerId',
  benefits: '[customerId+year]',
  settlements: 'customerId',
  handovers: 'customerId',
  complaints: 'customerId',
  assessments: '[customerId+year]',
  gradings: '[customerId+evaluationDate]',
  followUps: 'customerId',
  surveys: '[customerId+date]',
  attachments: 'customerId',
};

const PAGE = 5_000;
const exportMarkKey = (departmentId: string) => `exchange.lastExport.${departmentId}`;
const exportTimeKey = (departmentId: string) => `exchange.lastExportAt.${departmentId}`;

/** What a scope selects: either whole tables (streamed page by page) or a fixed list of records. */
type Selected = { kind: 'tables' } | { kind: 'records'; records: Map<ExchangeKind, Envelope[]>; markSeq?: number };

/**
 * Writes an exchange file whole into memory (tests, the bench's floors, small selections): `prepareExport`
 * and its stream gathered. A file that fails to be written voids its number.
 */
export async function exportArchive(db: AirgapDb, options: ExportOptions): Promise<ExportResult> {
  return gatherPrepared(db, options.actor, await prepareExport(db, options));
}

/**
 * Prepares an exchange file. Refuses (ForbiddenError) a user without exchange.export, and (DemoActiveError)
 * any user of the demo, before reading anything; then, once the records are chosen and their highest classification known, takes the
 * file's 份号 (data/output `reserveOutput`: purpose, output policy — a refusal writes nothing), which
 * `write` puts into the manifest.
 */
export async function prepareExport(db: AirgapDb, options: ExportOptions): Promise<PreparedExport> {
  requirePermission(options.actor, 'exchange.export');
  refuseOutputInDemo();
  const readScope: ReadScope = { actor: options.actor, installationId: options.installation.installationId };
  await requireExportInScope(db, options, readScope);
  const now = options.now ?? new Date();
  const lock = await resolveLock(db, options.lock);
  const { selected, scope } = await select(db, options.scope, readScope);
  const counts: Record<string, number> = {};
  const levels: unknown[] = [];
  let ids: Set<string> | null = null;
  // The file's highest mark counts the attachments' marks too (issue 18.5), and their bytes travel with them.
  let contents: NamedContents;
  if (selected.kind === 'tables') {
    for (const kind of EXCHANGE_KINDS) counts[kind] = await recordTable(db, kind).count();
    await db.customers.each((c) => levels.push(c.classification));
    contents = await namedContentsOfAll(db, levels);
    counts[LINEAGE_KIND] = await lineageTable(db).count();
  } else {
    ids = new Set();
    for (const [kind, rows] of selected.records) {
      counts[kind] = rows.length;
      for (const row of rows) ids.add(row.id);
    }
    for (const c of selected.records.get('customers') ?? []) levels.push((c as { classification?: unknown }).classification);
    contents = new NamedContents();
    for (const a of (selected.records.get('attachments') ?? []) as AttachmentRecord[]) {
      contents.note(a);
      levels.push(a.classification);
    }
    counts[LINEAGE_KIND] = (await lineageTable(db).bulkGet([...ids])).filter(Boolean).length;
  }
  const blobs = contents.declaration();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const records = total - (counts[LINEAGE_KIND] ?? 0);
  const highest = highestClassification(levels);
  const line = await reserveOutput(
    db,
    { actor: options.actor, origin: options.installation.installationId, now, storage: options.storage },
    {
      kind: 'exchange',
      title: exchangeTitle(scope),
      mark: fileMark(options.profile.defaultMark, highest),
      purpose: options.purpose,
      ...(await recipientNames(db, options)),
    },
  );
  const mark =
    options.scope.type === 'changes' && selected.kind === 'records' && selected.markSeq !== undefined
      ? { departmentId: options.scope.departmentId, seq: selected.markSeq }
      : null;
  const write = async () =>
    writeArchive({
      manifest: {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        appVersion: options.appVersion,
        source: { installationId: options.installation.installationId, organisation: options.profile.organisation, department: options.profile.department },
        exporter: options.actor.name,
        createdAt: now.toISOString(),
        scope,
        counts,
        highestClassification: highest,
        // Per-sender order of files, so a receiver can tell an older file arriving late (data/exchange/replays.ts).
        sequence: await nextExportSequence(db, now.getTime()),
        copyNumber: line.number,
        ...(blobs ? { blobs } : {}),
      },
      records: lines(db, selected, ids),
      ...(blobs ? { blobs: contents.sources(db) } : {}),
      blobRef: attachmentBlobRef,
      signingSecretKey: options.installation.keys.signingSecretKey,
      lock,
      onProgress: (p) => options.onProgress?.({ done: p.records, total, ...(blobs ? { attachmentBytes: { done: p.blobBytes, total: blobs.bytes } } : {}) }),
      signal: options.signal,
    });
  return { counts, scope, mark, line, records, write };
}

async function resolveLock(db: AirgapDb, lock: ExportLock): Promise<ArchiveLock> {
  if ('passphrase' in lock) return lock;
  if (lock.departmentIds.length === 0) throw new ExportError('no-recipient', 'no recipient department');
  const recipients: string[] = [];
  for (const id of lock.departmentIds) {
    const department = await getDepartment(db, id);
    if (!department || department.deletedAt !== null) throw new ExportError('unknown-department', `department ${id} is not in the directory`);
    recipients.push(department.ageRecipient);
  }
  return { recipients };
}

export class ExportError extends Error {
  constructor(
    readonly code: 'no-recipient' | 'unknown-department' | 'empty-selection',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/**
 * The data scope (issue 15.3): an account limited to 本人 or 本部门 exports only customers within it,
 * chosen one by one or by grade (its customers of that grade) or manager; the whole archive and a
 * department's increment carry every customer, so they need 全部. A customer or manager named outside
 * the scope is refused before anything is read or numbered (OutOfScopeError).
 */
async function requireExportInScope(db: AirgapDb, options: ExportOptions, readScope: ReadScope): Promise<void> {
  const allowed = await customerIdsInScope(db, readScope);
  if (allowed === null) return;
  if (options.scope.type !== 'selection') throw new OutOfScopeError('exchange.export');
  const picked = await selectedCustomerIds(db, options.scope, readScope);
  if (picked.some((id) => !allowed.has(id))) throw new OutOfScopeError('exchange.export');
}

async function select(db: AirgapDb, scope: ExportScope, readScope: ReadScope): Promise<{ selected: Selected; scope: ArchiveScope }> {
  if (scope.type === 'full') return { selected: { kind: 'tables' }, scope: { type: 'full' } };
  if (scope.type === 'selection') {
    const customerIds = await selectedCustomerIds(db, scope, readScope);
    if (customerIds.length === 0) throw new ExportError('empty-selection', 'no customer selected');
    return {
      selected: { kind: 'records', records: await customerTrees(db, customerIds, scope.withoutAttachments ?? false) },
      scope: {
        type: 'selection',
        ...(scope.description ? { description: scope.description.slice(0, 500) } : {}),
        criteria: await selectionCriteria(db, scope),
      },
    };
  }
  const department = await getDepartment(db, scope.departmentId);
  if (!department) throw new ExportError('unknown-department', `department ${scope.departmentId} is not in the directory`);
  const since = ((await db.meta.get(exportMarkKey(scope.departmentId)))?.value as number | undefined) ?? 0;
  const { records, markSeq } = await changedSince(db, since);
  const sinceRev = since > 0 ? (await db.changes.get(since))?.rev : undefined;
  return {
    selected: { kind: 'records', records, markSeq },
    scope: { type: 'changes', ...(sinceRev ? { sinceRev } : {}), target: { installationId: department.installationId, department: department.name } },
  };
}

/**
 * The ids of the customers a selection picks (for the export, and the export screen's count). A grade
 * is nobody's: within a narrower data `scope` it picks the scope's customers of that grade (without
 * it, a 本部门 user's 按等级 would take the other departments' customers too and the export refuse it).
 * Customers and managers are named, so they stay as named and the export refuses one out of scope.
 */
export async function selectedCustomerIds(db: AirgapDb, selection: CustomerSelection, scope?: ReadScope): Promise<string[]> {
  if (selection.by === 'customers') return [...new Set(selection.customerIds)];
  const customers = db.customers;
  const clause =
    selection.by === 'grades' ? customers.where('grade').anyOf([...selection.grades]) : customers.where('managerId').anyOf([...selection.managerIds]);
  // A few thousand customers at most (10,000 in the archive): the rows are read later anyway.
  const live = (await clause.toArray()).filter((c) => c.deletedAt === null);
  const kept = selection.by === 'grades' && scope && !isWholeArchive(scope) ? await keepCustomersInScope(db, scope, live) : live;
  return kept.map((c) => c.id);
}

/** The manifest's `criteria` (docs/archive-format.md): how the customers were chosen, readable on the other side. */
async function selectionCriteria(db: AirgapDb, selection: CustomerSelection): Promise<NonNullable<ArchiveScope['criteria']>> {
  if (selection.by === 'customers') return { by: 'customers', customerIds: [...new Set(selection.customerIds)] };
  if (selection.by === 'grades') return { by: 'grades', grades: [...selection.grades] };
  const managers = await db.managers.bulkGet([...selection.managerIds]);
  return { by: 'managers', managerIds: [...selection.managerIds], managerNames: managers.map((m) => m?.name ?? '') };
}

/** The chosen customers, each with every record that belongs to it, and the managers they name. */
async function customerTrees(db: AirgapDb, customerIds: readonly string[], withoutAttachments: boolean): Promise<Map<ExchangeKind, Envelope[]>> {
  const records = new Map<ExchangeKind, Envelope[]>();
  const customers = (await db.customers.bulkGet([...new Set(customerIds)])).filter((c) => c !== undefined);
  const managerIds = [...new Set(customers.map((c) => c.managerId).filter((id): id is string => typeof id === 'string'))];
  records.set(
    'managers',
    (await db.managers.bulkGet(managerIds)).filter((m) => m !== undefined),
  );
  records.set('customers', customers);
  // Every questionnaire version (a few rows): the surveys that travel must stay readable there.
  records.set('questionnaires', await db.questionnaires.toArray());
  for (const kind of CUSTOMER_CHILD_KINDS) {
    if (kind === ATTACHMENT_KIND && withoutAttachments) continue;
    const index = CHILD_INDEX[kind];
    const rows: Envelope[] = [];
    for (const customer of customers) {
      const clause = index.startsWith('[')
        ? recordTable(db, kind).where(index).between([customer.id, Dexie.minKey], [customer.id, Dexie.maxKey])
        : recordTable(db, kind).where(index).equals(customer.id);
      rows.push(...(await clause.toArray()));
    }
    records.set(kind, rows);
  }
  return records;
}

/**
 * Records changed on this installation after change-log entry `since` (imports included, so a
 * department relays what it received). The change log's `seq`, not `rev`, marks the place: an
 * imported record keeps its origin's older rev and would be missed by a rev comparison.
 */
async function changedSince(db: AirgapDb, since: number): Promise<{ records: Map<ExchangeKind, Envelope[]>; markSeq: number }> {
  const idsByKind = new Map<string, Set<string>>();
  let markSeq = since;
  await db.changes
    .where('seq')
    .above(since)
    .each((entry) => {
      markSeq = Math.max(markSeq, entry.seq!);
      let ids = idsByKind.get(entry.table);
      if (!ids) idsByKind.set(entry.table, (ids = new Set()));
      for (const id of entry.recordIds) ids.add(id);
    });
  const records = new Map<ExchangeKind, Envelope[]>();
  for (const kind of EXCHANGE_KINDS) {
    const ids = idsByKind.get(kind);
    if (ids)
      records.set(
        kind,
        (await recordTable(db, kind).bulkGet([...ids])).filter((r) => r !== undefined),
      );
  }
  return { records, markSeq };
}

async function* lines(db: AirgapDb, selected: Selected, ids: Set<string> | null): AsyncGenerator<{ kind: string; record: unknown }> {
  if (selected.kind === 'records') {
    for (const kind of EXCHANGE_KINDS) for (const record of selected.records.get(kind) ?? []) yield { kind, record };
    for (const row of await lineageTable(db).bulkGet([...ids!])) if (row) yield { kind: LINEAGE_KIND, record: row };
    return;
  }
  const byKind = (kind: string, table: Table<{ id: string }, string>) => ({ kind, table });
  const tables = [...EXCHANGE_KINDS.map((kind) => byKind(kind, recordTable(db, kind))), byKind(LINEAGE_KIND, lineageTable(db))];
  for (const { kind, table } of tables) {
    let last: string | undefined;
    for (;;) {
      const rows = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE).toArray();
      if (rows.length === 0) break;
      for (const record of rows) yield { kind, record };
      last = rows[rows.length - 1]!.id;
    }
  }
}

/**
 * The attachments a selection would carry (the export screen's 不含附件 option shows their size):
 * every attachment record of the chosen customers, deleted ones included (their bytes travel too),
 * each content counted once.
 */
export async function selectionAttachments(db: AirgapDb, customerIds: readonly string[]): Promise<{ files: number; bytes: number }> {
  const contents = new NamedContents();
  let files = 0;
  for (const id of new Set(customerIds)) {
    await attachmentTables(db)
      .attachments.where('customerId')
      .equals(id)
      .each((a) => {
        files++;
        contents.note(a);
      });
  }
  return { files, bytes: contents.bytes };
}

/** Live customers, for the export screen's summary of a full export ("整个档案，共 N 个客户"). */
export async function liveCustomerCount(db: AirgapDb): Promise<number> {
  return db.customers.filter((c) => c.deletedAt === null).count();
}
