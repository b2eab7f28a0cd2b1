import {
  backupScheduleSchema,
  backupsToDelete,
  DEFAULT_BACKUP_SCHEDULE,
  scheduledBackupName,
  type BackupHistory,
  type BackupRunResult,
  type BackupSchedule,
} from '../core/backup-schedule';
import type { Actor } from '../core/accounts';
import type { Profile } from '../core/profile';
import { prepareBackup, type PreparedBackup } from './backup-file';
import { settleOutput } from './output/register';
import type { AirgapDb } from './db';
import type { Installation } from './installation';

/**
 * Scheduled local backups: the setting and the last result live in `meta` (local, like the
 * export marks); the backup folder is the host's (core/host-contract.ts). A scheduled backup is
 * locked for THIS installation's own age key, so it runs without a typed passphrase: it restores
 * on this installation, or anywhere with the recovery key (the installation's age identity,
 * exported once in 系统设置 and kept on approved media). See docs/exchange.md "Scheduled backups".
 */
const SCHEDULE_KEY = 'backup.schedule';
const RESULT_KEY = 'backup.schedule.lastResult';
const SUCCESS_KEY = 'backup.schedule.lastSuccessAt';

/** Where scheduled backups go: the host's backup folder (Electron). */
export interface BackupTarget {
  /** Writes the file `name` as `produce` streams it (a piece at a time: attachments of any size); throws when it could not. */
  write(name: string, produce: () => Promise<ReadableStream<Uint8Array>>): Promise<{ name: string; bytes: number }>;
  list(): Promise<{ name: string }[]>;
  delete(name: string): Promise<boolean>;
}

export async function getBackupSchedule(db: AirgapDb): Promise<BackupSchedule> {
  const parsed = backupScheduleSchema.safeParse((await db.meta.get(SCHEDULE_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SCHEDULE;
}

/** Throws a ZodError for an invalid setting (the screen offers only valid ones). */
export async function saveBackupSchedule(db: AirgapDb, schedule: BackupSchedule): Promise<void> {
  await db.meta.put({ key: SCHEDULE_KEY, value: backupScheduleSchema.parse(schedule) });
}

export async function lastBackupResult(db: AirgapDb): Promise<BackupRunResult | null> {
  return ((await db.meta.get(RESULT_KEY))?.value as BackupRunResult | undefined) ?? null;
}

export async function backupHistory(db: AirgapDb): Promise<BackupHistory> {
  const [success, result] = await Promise.all([db.meta.get(SUCCESS_KEY), lastBackupResult(db)]);
  return { lastSuccessAt: (success?.value as string | undefined) ?? null, lastAttemptAt: result?.at ?? null };
}

/** Records a backup made another way (the browser's download when due) as this schedule's success. */
export async function recordBackupResult(db: AirgapDb, result: BackupRunResult): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: RESULT_KEY, value: result });
    if (result.ok) await db.meta.put({ key: SUCCESS_KEY, value: result.at });
  });
}

export interface ScheduledBackupOptions {
  profile: Profile;
  installation: Installation;
  appVersion: string;
  /** The signed-in user while the backup ran (the system administrator: App.tsx runs the schedule only for backup.create). */
  actor: Actor;
  now: Date;
  storage?: Storage;
}

/** The 用途 registered with a scheduled backup's 份号: nobody types one, the schedule made it. */
export const SCHEDULED_BACKUP_PURPOSE = '按计划自动备份';

/** The whole database, locked for this installation's own age key: its writer, the file name and its register line (reserved). */
export async function makeScheduledBackup(db: AirgapDb, options: ScheduledBackupOptions): Promise<PreparedBackup & { name: string }> {
  const backup = await prepareBackup(db, {
    ...options,
    purpose: SCHEDULED_BACKUP_PURPOSE,
    scheduled: true,
    lock: { recipients: [options.installation.keys.ageRecipient] },
  });
  return { ...backup, name: scheduledBackupName(options.installation.installationId, options.now) };
}

/**
 * One scheduled backup: write it to the target, then rotate (delete this installation's older
 * scheduled backups beyond `keep`), and record the result. A failed write records the error and
 * rotates nothing; a failed rotation keeps the new backup and says so.
 */
export async function runScheduledBackup(db: AirgapDb, target: BackupTarget, options: ScheduledBackupOptions): Promise<BackupRunResult> {
  const at = options.now.toISOString();
  const schedule = await getBackupSchedule(db);
  let written: { name: string; bytes: number } | null = null;
  let result: BackupRunResult;
  try {
    const backup = await makeScheduledBackup(db, options);
    try {
      written = await target.write(backup.name, backup.write);
    } finally {
      // Written: the line is completed with its audit entry; not written: the number is voided.
      await settleOutput(db, { actor: options.actor, now: new Date() }, backup.line.id, written !== null, { records: backup.records });
    }
    const names = (await target.list()).map((f) => f.name);
    for (const name of backupsToDelete(names, options.installation.installationId, schedule.keep)) await target.delete(name);
    result = { at, ok: true, fileName: written.name, bytes: written.bytes, error: null };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = typeof code === 'string' ? code : 'failed';
    result = written
      ? { at, ok: true, fileName: written.name, bytes: written.bytes, error: `rotation:${reason}` }
      : { at, ok: false, fileName: null, bytes: null, error: reason };
  }
  await recordBackupResult(db, result);
  return result;
}
