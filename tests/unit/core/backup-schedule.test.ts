import { describe, expect, it } from 'vitest';
import {
  backupScheduleSchema,
  backupsToDelete,
  isBackupDue,
  nextBackupDue,
  scheduledBackupName,
  SCHEDULED_BACKUP_NAME,
  type BackupSchedule,
} from '../../../src-renderer/core/backup-schedule';

const daily: BackupSchedule = { enabled: true, interval: 'daily', keep: 3 };
const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe('when a scheduled backup is due', () => {
  it('never when off; at once when never backed up', () => {
    expect(nextBackupDue({ ...daily, enabled: false }, { lastSuccessAt: null, lastAttemptAt: null }, at('2026-11-27T09:00:00Z'))).toBeNull();
    expect(isBackupDue(daily, { lastSuccessAt: null, lastAttemptAt: null }, at('2026-11-27T09:00:00Z'))).toBe(true);
  });

  it('a day (or a week) after the last success, with an hour of slack so it does not creep later', () => {
    const history = { lastSuccessAt: '2026-11-26T09:00:00.000Z', lastAttemptAt: '2026-11-26T09:00:00.000Z' };
    expect(isBackupDue(daily, history, at('2026-11-27T07:59:00Z'))).toBe(false);
    expect(isBackupDue(daily, history, at('2026-11-27T08:00:00Z'))).toBe(true);
    expect(isBackupDue({ ...daily, interval: 'weekly' }, history, at('2026-11-30T09:00:00Z'))).toBe(false);
    expect(nextBackupDue({ ...daily, interval: 'weekly' }, history, at('2026-11-30T09:00:00Z'))).toEqual(at('2026-12-03T08:00:00Z'));
  });

  it('retries a failed attempt after an hour, not on every check', () => {
    const history = { lastSuccessAt: '2026-11-20T09:00:00.000Z', lastAttemptAt: '2026-11-27T09:00:00.000Z' };
    expect(isBackupDue(daily, history, new Date(Date.parse(history.lastAttemptAt) + HOUR - 1))).toBe(false);
    expect(isBackupDue(daily, history, new Date(Date.parse(history.lastAttemptAt) + HOUR))).toBe(true);
  });

  it('counts a last success dated in the future (the clock was set back) as due', () => {
    expect(isBackupDue(daily, { lastSuccessAt: '2027-01-01T00:00:00.000Z', lastAttemptAt: '2027-01-01T00:00:00.000Z' }, at('2026-11-27T09:00:00Z'))).toBe(true);
  });

  it('accepts only the offered settings', () => {
    expect(backupScheduleSchema.safeParse({ enabled: true, interval: 'hourly', keep: 3 }).success).toBe(false);
    expect(backupScheduleSchema.safeParse({ ...daily, keep: 0 }).success).toBe(false);
    expect(backupScheduleSchema.safeParse({ ...daily, path: '/etc' }).success).toBe(false);
  });
});

describe('scheduled backup files and rotation', () => {
  const installation = '0189abcd-ef01-7abc-8def-0123456789ab';
  const other = '0200ffff-ef01-7abc-8def-0123456789ab';
  const name = (id: string, day: number) => scheduledBackupName(id, new Date(2026, 10, day, 9, 30, 5));

  it('names a file with the installation tag and local time, matching the pattern the host checks', () => {
    expect(name(installation, 27)).toBe('客户档案自动备份-0189abcd-20261127-093005.age');
    expect(SCHEDULED_BACKUP_NAME.test(name(installation, 27))).toBe(true);
  });

  it('deletes only this installation’s scheduled backups beyond the newest `keep`', () => {
    const files = [
      name(installation, 20),
      name(installation, 27),
      name(installation, 25),
      name(installation, 26),
      name(other, 1),
      '客户档案备份-市场部-20261101-0900.age',
      'notes.txt',
      `${name(installation, 1)}.bak`,
    ];
    expect(backupsToDelete(files, installation, 3).sort()).toEqual([name(installation, 20)]);
    expect(backupsToDelete(files, installation, 1).sort()).toEqual([name(installation, 20), name(installation, 25), name(installation, 26)].sort());
    expect(backupsToDelete(files, installation, 10)).toEqual([]);
  });
});
