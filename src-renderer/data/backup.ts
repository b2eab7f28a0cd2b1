import Dexie, { type Table } from 'dexie';
import { BACKUP_KINDS, highestClassification, LOCAL_TABLES, POLICY_SETTING_KEYS, sheetImportRowSchema, type BackupKind } from '../core/backup';
import { headKey, partKey, SHEET_IMPORT_HEAD_PREFIX, SHEET_IMPORT_PART_PREFIX, SHEET_MAPPING_PREFIX, splitParts } from '../core/spreadsheet/import-storage';
import type { ClassificationLevel } from '../core/classification';
import { RECORD_KINDS } from '../core/record-kinds';
import { isRestoreDatabaseName } from './active-database';
import { anyTable, openDatabase, recordTable, type AirgapDb } from './db';
import { attachmentTables } from './attachments';
import { namedContentsOfAll, type NamedContents } from './exchange/attachment-bytes';

/**
 * Reading the whole database for a backup, and filling a new database from one.
 * Reads go page by page through the primary key so memory stays bounded at full scale.
 */
const PAGE = 5_000;

export interface BackupSummary {
  counts: Record<BackupKind, number>;
  highestClassification: ClassificationLevel | null;
  /** The attachments' bytes the backup carries (issue 18.5): every content an attachment record names. */
  contents: NamedContents;
}

export async function summariseForBackup(db: AirgapDb): Promise<BackupSummary> {
  const counts = {} as Record<BackupKind, number>;
  counts.installation = (await db.meta.get('installation')) ? 1 : 0;
  for (const kind of RECORD_KINDS) counts[kind] = await recordTable(db, kind).count();
  counts.changes = await db.changes.count();
  for (const table of LOCAL_TABLES) counts[table] = await anyTable(db, table).count();
  counts.policies = (await policyRows(db)).length;
  counts.sheetImports = await countSheetImportRows(db);
  const levels: unknown[] = [];
  await db.customers.each((customer) => levels.push(customer.classification));
  // The attachments' marks count as the customers' do (issue 18.5).
  const contents = await namedContentsOfAll(db, levels);
  return { counts, highestClassification: highestClassification(levels), contents };
}

async function* pages<T, K>(table: Table<T, K>, key: string): AsyncGenerator<T[]> {
  // ':id' is the primary key, whatever its field: `id` for records, `seq` for the audit log.
  const field = key === ':id' ? String(table.schema.primKey.keyPath) : key;
  let last: unknown = undefined;
  for (;;) {
    const clause = last === undefined ? table.orderBy(key) : table.where(key).above(last);
    const rows = await clause.limit(PAGE).toArray();
    if (rows.length === 0) return;
    yield rows;
    last = (rows[rows.length - 1] as Record<string, unknown>)[field];
  }
}

/**
 * Every backed-up record, kind by kind in BACKUP_KINDS order. The installation record is the unsealed one
 * the caller holds (its keys are sealed at rest, data/key-store.ts): a backup restores the keys anywhere.
 */
export async function* backupRecords(db: AirgapDb, unsealed?: unknown): AsyncGenerator<{ kind: BackupKind; record: unknown }> {
  const installation = unsealed ?? (await db.meta.get('installation'))?.value;
  if (installation) yield { kind: 'installation', record: installation };
  for (const kind of RECORD_KINDS) {
    for await (const rows of pages(recordTable(db, kind), ':id')) for (const record of rows) yield { kind, record };
  }
  for await (const rows of pages(db.changes, 'seq')) for (const record of rows) yield { kind: 'changes', record };
  for (const kind of LOCAL_TABLES) {
    for await (const rows of pages(anyTable(db, kind), ':id')) for (const record of rows) yield { kind, record };
  }
  for (const record of await policyRows(db)) yield { kind: 'policies', record };
  for await (const record of sheetImportRows(db)) yield { kind: 'sheetImports', record };
}

/** `meta` rows whose key starts with `prefix`, in key order, a page at a time. */
async function* metaRows(db: AirgapDb, prefix: string, page: number): AsyncGenerator<{ key: string; value: unknown }> {
  let from = prefix;
  let first = true;
  for (;;) {
    const rows = await db.meta
      .where('key')
      .between(from, prefix + '\uffff', first, false)
      .limit(page)
      .toArray();
    for (const row of rows) yield row;
    if (rows.length < page) return;
    from = rows[rows.length - 1]!.key;
    first = false;
  }
}

/**
 * The spreadsheet imports' `meta` rows (kind 'sheetImports'): every import's head and parts
 * (core/spreadsheet/import-storage.ts), then the remembered column mappings. An import saved as one
 * row before the parts is carried as head and parts, so that every line stays within a backup line's
 * bounds; a remembered mapping the backup's schema refuses (a convenience, never data) stays behind.
 */
async function* sheetImportRows(db: AirgapDb): AsyncGenerator<{ key: string; value: unknown }> {
  for await (const row of metaRows(db, SHEET_IMPORT_HEAD_PREFIX, 50)) {
    const parts = partsOfOneRow(row.value);
    if (!parts) {
      yield row;
      continue;
    }
    const { id, created: _created, updated: _updated, ...summary } = row.value as OneRowImport;
    yield { key: headKey(id), value: { id, ...summary, parts: parts.length } };
    for (const [n, part] of parts.entries()) yield { key: partKey(id, n), value: part };
  }
  // A part holds at most 10,000 ids or 4 MiB of versions: a few at a time.
  for await (const row of metaRows(db, SHEET_IMPORT_PART_PREFIX, 4)) yield row;
  for await (const row of metaRows(db, SHEET_MAPPING_PREFIX, 200)) if (sheetImportRowSchema.safeParse(row).success) yield row;
}

/** How many rows `sheetImportRows` yields, without reading the parts. */
async function countSheetImportRows(db: AirgapDb): Promise<number> {
  let n = await db.meta.where('key').startsWith(SHEET_IMPORT_PART_PREFIX).count();
  for await (const row of metaRows(db, SHEET_IMPORT_HEAD_PREFIX, 50)) n += 1 + (partsOfOneRow(row.value)?.length ?? 0);
  for await (const row of metaRows(db, SHEET_MAPPING_PREFIX, 200)) if (sheetImportRowSchema.safeParse(row).success) n++;
  return n;
}

type OneRowImport = { id: string; created: Parameters<typeof splitParts>[0]; updated: unknown[] };

/** An import saved as one row before the parts (no `parts`, every list): its lists in parts; null for a head. */
function partsOfOneRow(value: unknown): ReturnType<typeof splitParts> | null {
  const row = value as Partial<OneRowImport> & { parts?: number };
  return row.parts === undefined && row.created && row.updated ? splitParts(row.created, row.updated) : null;
}

/** The security administrator's policy rows of `meta` (core POLICY_SETTING_KEYS), those that are set. */
async function policyRows(db: AirgapDb): Promise<{ key: string; value: unknown }[]> {
  return (await db.meta.bulkGet([...POLICY_SETTING_KEYS])).filter((row) => row !== undefined);
}

/**
 * Fills a NEW database from a verified stream of backup records. Nothing is visible to the app
 * until the caller moves the active-database pointer; `abort()` deletes the half-filled database.
 */
/**
 * A kind's buffer is also written out at this many bytes of record lines, and every buffer once all
 * of them together hold twice that (issue 14.2): PAGE records of a normal backup are ≈ 3 MB, but valid
 * records can be far bigger (a change entry lists up to 10,000 ids, ≈ 0.4 MB), and 5,000 of those per
 * kind, for each of the ~20 kinds, must not sit in memory before the file's signature is checked.
 */
export const RESTORE_BUFFER_BYTES = 8 * 1024 * 1024;

export class RestoreStager {
  private buffers = new Map<BackupKind, unknown[]>();
  private bufferBytes = new Map<BackupKind, number>();
  private totalBytes = 0;
  /** The parts of the attachment content being read (Blobs: never joined in memory). */
  private parts: Blob[] = [];
  private constructor(
    readonly name: string,
    private readonly db: AirgapDb,
  ) {}

  static async create(name: string): Promise<RestoreStager> {
    await Dexie.delete(name);
    return new RestoreStager(name, await openDatabase(name));
  }

  /** `bytes`: the size of the record's line in the file (0 when unknown): buffers are bounded by it too. */
  async add(kind: BackupKind, record: unknown, bytes = 0): Promise<void> {
    if (!BACKUP_KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
    const buffer = this.buffers.get(kind) ?? [];
    buffer.push(record);
    this.buffers.set(kind, buffer);
    const kindBytes = (this.bufferBytes.get(kind) ?? 0) + bytes;
    this.bufferBytes.set(kind, kindBytes);
    this.totalBytes += bytes;
    if (buffer.length >= PAGE || kindBytes >= RESTORE_BUFFER_BYTES) await this.flush(kind);
    if (this.totalBytes >= 2 * RESTORE_BUFFER_BYTES) for (const other of [...this.buffers.keys()]) await this.flush(other);
  }

  /**
   * One part of an attachment's bytes, in file order (the reader checked its place, and the
   * content's digest before yielding its last part): at the last part the content is stored whole.
   */
  async addBlobPart(part: { sha256: string; part: number; parts: number; size: number; data: Uint8Array }): Promise<void> {
    this.parts.push(new Blob([part.data as Uint8Array<ArrayBuffer>]));
    if (part.part < part.parts) return;
    const blob = new Blob(this.parts);
    this.parts = [];
    await attachmentTables(this.db).attachmentBlobs.put({ sha256: part.sha256, size: part.size, blob });
  }

  async finish(): Promise<void> {
    for (const kind of [...this.buffers.keys()]) await this.flush(kind);
    this.db.close();
  }

  async abort(): Promise<void> {
    this.db.close();
    await RestoreStager.discard(this.name);
  }

  /** Deletes a staged database that the user decided not to activate. */
  static async discard(name: string): Promise<void> {
    if (isRestoreDatabaseName(name)) await Dexie.delete(name);
  }

  private async flush(kind: BackupKind): Promise<void> {
    const rows = this.buffers.get(kind) ?? [];
    this.buffers.set(kind, []);
    this.totalBytes -= this.bufferBytes.get(kind) ?? 0;
    this.bufferBytes.set(kind, 0);
    if (rows.length === 0) return;
    if (kind === 'installation') await this.db.meta.put({ key: 'installation', value: rows[rows.length - 1] });
    else if (kind === 'policies' || kind === 'sheetImports') await this.db.meta.bulkPut(rows as { key: string; value: unknown }[]);
    else await anyTable(this.db, kind).bulkPut(rows);
  }
}

/** Deletes restore databases left by a restore that crashed or was cancelled before activation. */
export async function removeOrphanRestores(activeName: string, factory: IDBFactory = globalThis.indexedDB): Promise<string[]> {
  const all = (await factory.databases?.()) ?? [];
  const orphans = all.map((d) => d.name ?? '').filter((name) => isRestoreDatabaseName(name) && name !== activeName);
  for (const name of orphans) await Dexie.delete(name);
  return orphans;
}
