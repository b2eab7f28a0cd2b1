import { z } from 'zod';

/**
 * Scheduled local backups (issue 7 point 6), the pure part: the setting, when a backup is due,
 * the names of our own backup files, and which older ones rotation deletes.
 *
 * Why these rules:
 * - Off by default: a backup leaves the database on a disk; the security officer decides where
 *   (a directory the host remembers) and turns it on.
 * - Due when the interval has passed since the last SUCCESSFUL backup (an hour of slack, so a
 *   daily backup does not creep later every day); a failed attempt is retried after an hour, not
 *   on every check. A last success dated in the future (clock set back) counts as due.
 * - Rotation deletes only files whose name is exactly our pattern AND carries this installation's
 *   short id: never a file a person put there, never another installation's backups sharing the
 *   directory. The newest `keep` stay (the one just written included).
 */
export const BACKUP_INTERVALS = ['daily', 'weekly'] as const;
export type BackupInterval = (typeof BACKUP_INTERVALS)[number];

export const MAX_KEPT_BACKUPS = 60;

export const backupScheduleSchema = z
  .object({
    enabled: z.boolean(),
    interval: z.enum(BACKUP_INTERVALS),
    keep: z.number().int().min(1).max(MAX_KEPT_BACKUPS),
  })
  .strict();
export type BackupSchedule = z.infer<typeof backupScheduleSchema>;

export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { enabled: false, interval: 'daily', keep: 7 };

/** What the last scheduled backup did, shown in 系统设置. `error` is an i18n key. */
export interface BackupRunResult {
  at: string;
  ok: boolean;
  fileName: string | null;
  bytes: number | null;
  error: string | null;
}

export interface BackupHistory {
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
}

const HOUR = 60 * 60 * 1000;
const INTERVAL_MS: Record<BackupInterval, number> = { daily: 24 * HOUR, weekly: 7 * 24 * HOUR };
export const RETRY_AFTER_MS = HOUR;

/** When the next backup is due (null: scheduling is off). Never backed up: due now. */
export function nextBackupDue(schedule: BackupSchedule, history: BackupHistory, now: Date): Date | null {
  if (!schedule.enabled) return null;
  const success = history.lastSuccessAt ? Date.parse(history.lastSuccessAt) : NaN;
  const byInterval = Number.isNaN(success) || success > now.getTime() + HOUR ? now.getTime() : success + INTERVAL_MS[schedule.interval] - HOUR;
  const attempt = history.lastAttemptAt ? Date.parse(history.lastAttemptAt) : NaN;
  const failedSinceSuccess = !Number.isNaN(attempt) && (Number.isNaN(success) || attempt > success) && attempt <= now.getTime();
  const byRetry = failedSinceSuccess ? attempt + RETRY_AFTER_MS : -Infinity;
  return new Date(Math.max(byInterval, byRetry));
}

export function isBackupDue(schedule: BackupSchedule, history: BackupHistory, now: Date): boolean {
  const due = nextBackupDue(schedule, history, now);
  return due !== null && due.getTime() <= now.getTime();
}

/** `客户档案自动备份-<first 8 hex digits of the installation id>-<YYYYMMDD-HHmmss, local time>.age` */
export const SCHEDULED_BACKUP_NAME = /^客户档案自动备份-([0-9a-f]{8})-(\d{8}-\d{6})\.age$/;

export function installationTag(installationId: string): string {
  return installationId.replace(/-/g, '').slice(0, 8).toLowerCase();
}

export function scheduledBackupName(installationId: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `客户档案自动备份-${installationTag(installationId)}-${stamp}.age`;
}

/** The files rotation deletes: this installation's scheduled backups beyond the newest `keep`. */
export function backupsToDelete(names: readonly string[], installationId: string, keep: number): string[] {
  const tag = installationTag(installationId);
  const ours = names
    .map((name) => ({ name, match: SCHEDULED_BACKUP_NAME.exec(name) }))
    .filter((f) => f.match !== null && f.match[1] === tag)
    .sort((a, b) => (a.match![2]! < b.match![2]! ? 1 : a.match![2]! > b.match![2]! ? -1 : 0));
  return ours.slice(Math.max(1, keep)).map((f) => f.name);
}
