import { requirePermission, securityPolicySchema, type Actor, type SecurityPolicy } from '../core/accounts';
import { declaredBlobs, readArchive, writeArchive, ArchiveError, type ArchiveLock, type ArchiveUnlock } from '../core/archive-file';
import type { ArchiveManifest } from '../core/archive-file/manifest';
import { BACKUP_KINDS, recordToStore, type BackupKind } from '../core/backup';
import type { Profile } from '../core/profile';
import { recordKey } from '../core/record-identity';
import { attachmentBlobRef } from '../core/exchange/attachment-bytes';
import { newRestoreDatabaseName, refuseOutputInDemo } from './active-database';
import { backupRecords, RestoreStager, summariseForBackup } from './backup';
import { requireRestorer, type Restorer } from './backup-restore';
import type { AirgapDb } from './db';
import type { Installation } from './installation';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { fileMark, outputPolicySchema, type OutputLine, type OutputPolicy } from '../core/output';
import { gatherPrepared, reserveOutput } from './output/register';

/**
 * A backup file is an archive file (docs/archive-format.md) of scope `backup` holding every kind,
 * locked with a passphrase (made by hand) or for this installation's own age key (scheduled
 * backups, data/backup-schedule.ts), and signed by this installation.
 */
export interface BackupProgress {
  done: number;
  total: number;
  /** The attachments' bytes written so far, of all (issue 18.5); absent when the file carries none. */
  attachmentBytes?: { done: number; total: number };
}

export interface CreateBackupOptions {
  profile: Profile;
  installation: Installation;
  appVersion: string;
  /** The signed-in user who makes the backup (the manifest's exporter): needs backup.create and the output policy's leave. */
  actor: Actor;
  /** 用途 (issue 15.6), registered with the file's 份号; a scheduled backup passes its own. */
  purpose: string;
  /** Made by the schedule rather than by hand (the register and the audit entry say so). */
  scheduled?: boolean;
  /** Where the highest 份号 is kept outside the database (tests pass their own; default localStorage). */
  storage?: Storage;
  lock: ArchiveLock;
  now?: Date;
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
}

/** A backup whose 份号 is reserved, written when `write` is called. */
export interface PreparedBackup {
  /** The file's register line, still 'reserved': complete it once saved, void it when not (data/output `settleOutput`). */
  line: OutputLine;
  /** Lines in the file (every kind, the installation included). */
  records: number;
  /** The file's bytes as they are written, the attachments' read a part at a time (issue 18.5). Call once. */
  write(): Promise<ReadableStream<Uint8Array>>;
}

export interface CreatedBackup extends Omit<PreparedBackup, 'write'> {
  bytes: Uint8Array<ArrayBuffer>;
}

/** A backup written whole into memory (tests, the bench): `prepareBackup` and its stream gathered; a failure voids its number. */
export async function createBackupFile(db: AirgapDb, options: CreateBackupOptions): Promise<CreatedBackup> {
  return gatherPrepared(db, options.actor, await prepareBackup(db, options));
}

/**
 * Prepares a backup file. Refuses (ForbiddenError) a user without backup.create, and (DemoActiveError)
 * any user of the demo, before reading anything; takes the file's 份号 (purpose, output policy: a refusal
 * writes nothing), which `write` puts into the manifest.
 */
export async function prepareBackup(db: AirgapDb, options: CreateBackupOptions): Promise<PreparedBackup> {
  requirePermission(options.actor, 'backup.create');
  refuseOutputInDemo();
  const now = options.now ?? new Date();
  const summary = await summariseForBackup(db);
  const line = await reserveOutput(
    db,
    { actor: options.actor, origin: options.installation.installationId, now, storage: options.storage },
    {
      kind: 'backup',
      title: options.scheduled ? '定时备份：整个数据库' : '备份：整个数据库',
      mark: fileMark(options.profile.defaultMark, summary.highestClassification),
      purpose: options.purpose,
      scheduled: options.scheduled ?? false,
    },
  );
  // The file carries the register, its own line included (still 'reserved'): counted after it was written.
  summary.counts.printLog = await db.printLog.count();
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  const blobs = summary.contents.declaration();
  const write = () =>
    writeArchive({
      manifest: {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        appVersion: options.appVersion,
        source: { installationId: options.installation.installationId, organisation: options.profile.organisation, department: options.profile.department },
        exporter: options.actor.name,
        createdAt: now.toISOString(),
        scope: { type: 'backup' },
        counts: summary.counts,
        highestClassification: summary.highestClassification,
        copyNumber: line.number,
        ...(blobs ? { blobs } : {}),
      },
      records: backupRecords(db, options.installation),
      // Attachments' bytes (issue 18.5), after the records: each content once, read a part at a time.
      ...(blobs ? { blobs: summary.contents.sources(db) } : {}),
      blobRef: attachmentBlobRef,
      signingSecretKey: options.installation.keys.signingSecretKey,
      lock: options.lock,
      onProgress: (p) => options.onProgress?.({ done: p.records, total, ...(blobs ? { attachmentBytes: { done: p.blobBytes, total: blobs.bytes } } : {}) }),
      signal: options.signal,
    });
  return { line, records: total, write };
}

export interface RestoredBackup {
  /** The new database, filled and verified, not yet active. */
  databaseName: string;
  manifest: ArchiveManifest;
  signerFingerprint: string;
  counts: Record<string, number>;
  /**
   * The security administrator's policies the backup carries (kind 'policies'), which the restore
   * puts in force: null where it carries none (the default then applies). For the restore summary.
   */
  policies: { security: SecurityPolicy | null; output: OutputPolicy | null };
}

/** A file that decrypts and verifies, but is an exchange file rather than a backup. */
export class NotABackupError extends Error {
  readonly code = 'not-a-backup';
}

/**
 * Reads, checks and stages a backup into a new database. Throws ArchiveError (wrong passphrase,
 * damaged, tampered…) or NotABackupError; on any failure the new database is deleted and nothing
 * else has been touched. `by` must be allowed to restore (data/backup-restore.ts `requireRestorer`).
 */
export async function restoreBackupFile(
  /** The file whole, or streamed a piece at a time (host/file-streams.ts: a backup of any size). */
  input: Uint8Array | ReadableStream<Uint8Array>,
  unlock: ArchiveUnlock,
  options: { stamp: string; by: Restorer; onProgress?: (progress: BackupProgress) => void; signal?: AbortSignal },
): Promise<RestoredBackup> {
  // Only a system administrator restores (issue 15.3): refused before the file is read or a database made.
  requireRestorer(options.by);
  let stager: RestoreStager | null = null;
  let manifest: ArchiveManifest | null = null;
  let total = 0;
  let blobBytes = 0;
  const policies: RestoredBackup['policies'] = { security: null, output: null };
  try {
    for await (const event of readArchive(input, unlock, {
      knownKinds: BACKUP_KINDS,
      supportedSchemaVersion: CURRENT_SCHEMA_VERSION,
      // Events carry the schema's output: what is stored is what was validated (issue 14.1).
      validate: recordToStore,
      recordKey,
      // Every attachment record's bytes must come whole, hash-checked (issue 18.5).
      blobRef: attachmentBlobRef,
      signal: options.signal,
    })) {
      if (event.type === 'manifest') {
        if (event.manifest.scope.type !== 'backup') throw new NotABackupError(`scope ${event.manifest.scope.type}`);
        manifest = event.manifest;
        total = Object.values(event.manifest.counts).reduce((a, b) => a + b, 0);
        stager = await RestoreStager.create(newRestoreDatabaseName(options.stamp));
      } else if (event.type === 'record') {
        await stager!.add(event.kind as BackupKind, event.record, event.bytes);
        if (event.kind === 'policies') keepPolicy(policies, event.record);
        if (event.line % 1000 === 0) options.onProgress?.({ done: event.line - 1, total });
      } else if (event.type === 'blob') {
        await stager!.addBlobPart(event);
        blobBytes += event.data.length;
        options.onProgress?.({ done: total, total, attachmentBytes: { done: blobBytes, total: declaredBlobs(manifest!).bytes } });
      } else {
        await stager!.finish();
        options.onProgress?.({ done: total, total });
        return { databaseName: stager!.name, manifest: manifest!, signerFingerprint: event.signerFingerprint, counts: event.counts, policies };
      }
    }
    throw new ArchiveError('missing-trailer', 'the archive ended without verification');
  } catch (error) {
    await stager?.abort();
    throw error;
  }
}

/** A 'policies' row as read (already checked by its schema, core/backup.ts): kept by its key. */
function keepPolicy(policies: RestoredBackup['policies'], record: unknown): void {
  const row = record as { key?: unknown; value?: unknown };
  if (row.key === 'security-policy') policies.security = securityPolicySchema.parse(row.value);
  else if (row.key === 'output-policy') policies.output = outputPolicySchema.parse(row.value);
}
