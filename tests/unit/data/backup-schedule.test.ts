import { describe, expect, it } from 'vitest';
import { scheduledBackupName } from '../../../src-renderer/core/backup-schedule';
import {
  backupHistory,
  getBackupSchedule,
  lastBackupResult,
  runScheduledBackup,
  saveBackupSchedule,
  type BackupTarget,
} from '../../../src-renderer/data/backup-schedule';
import { restoreBackupFile } from '../../../src-renderer/data/backup-file';
import { RestoreStager } from '../../../src-renderer/data/backup';
import { loadOrCreateInstallation } from '../../shared/clear-installation';
import { saveProfile } from '../../../src-renderer/data/profile-repo';
import { freshDb, testContext } from './helpers';
import { testActor } from '../../shared/actors';

/** A backup folder in memory, as the host would keep it. */
function folder(initial: string[] = [], failWrite = false) {
  const files = new Map<string, Uint8Array>(initial.map((n) => [n, new Uint8Array(1)]));
  const target: BackupTarget = {
    write: async (name, produce) => {
      if (failWrite) throw Object.assign(new Error('disk full'), { code: 'io-error' });
      const bytes = new Uint8Array(await new Response(await produce()).arrayBuffer());
      files.set(name, bytes);
      return { name, bytes: bytes.length };
    },
    list: async () => [...files.keys()].map((name) => ({ name })),
    delete: async (name) => files.delete(name),
  };
  return { files, target };
}

async function setUp() {
  const db = await freshDb();
  const ctx = testContext();
  const installation = await loadOrCreateInstallation(db);
  const profile = await saveProfile(
    db,
    { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'internal', periodYears: null } },
    ctx,
  );
  return { db, installation, profile };
}

describe('scheduled backups', () => {
  it('are off by default; the setting is kept', async () => {
    const { db } = await setUp();
    expect(await getBackupSchedule(db)).toEqual({ enabled: false, interval: 'daily', keep: 7 });
    await saveBackupSchedule(db, { enabled: true, interval: 'weekly', keep: 4 });
    expect(await getBackupSchedule(db)).toEqual({ enabled: true, interval: 'weekly', keep: 4 });
    await expect(saveBackupSchedule(db, { enabled: true, interval: 'weekly', keep: 0 })).rejects.toThrow();
  });

  it('write a backup for this installation’s own key (restorable without a passphrase), rotate, record the result', async () => {
    const { db, installation, profile } = await setUp();
    await saveBackupSchedule(db, { enabled: true, interval: 'daily', keep: 2 });
    const older = [20, 21, 22].map((day) => scheduledBackupName(installation.installationId, new Date(2026, 10, day, 9)));
    const foreign = '客户档案自动备份-ffffffff-20261101-090000.age';
    const { files, target } = folder([...older, foreign, 'notes.txt']);
    const now = new Date(2026, 10, 27, 9, 0, 0);
    const result = await runScheduledBackup(db, target, { profile, installation, appVersion: '0.1.0', actor: testActor('张伟'), now });
    const name = scheduledBackupName(installation.installationId, now);
    expect(result).toMatchObject({ ok: true, fileName: name, error: null });
    expect([...files.keys()].sort()).toEqual([older[2], name, foreign, 'notes.txt'].sort());
    expect(await lastBackupResult(db)).toEqual(result);
    expect(await backupHistory(db)).toEqual({ lastSuccessAt: now.toISOString(), lastAttemptAt: now.toISOString() });

    const restored = await restoreBackupFile(files.get(name)!, { identities: [installation.keys.ageIdentity] }, { stamp: 'schedule-test', by: testActor() });
    expect(restored.manifest.scope.type).toBe('backup');
    await RestoreStager.discard(restored.databaseName);
    await expect(
      restoreBackupFile(files.get(name)!, { passphrase: 'any passphrase at all' }, { stamp: 'schedule-test-2', by: testActor() }),
    ).rejects.toMatchObject({
      code: 'wrong-key',
    });
  });

  it('record a failed write with its code and delete nothing', async () => {
    const { db, installation, profile } = await setUp();
    const older = scheduledBackupName(installation.installationId, new Date(2026, 10, 20, 9));
    const { files, target } = folder([older], true);
    const now = new Date(2026, 10, 27, 9);
    expect(await runScheduledBackup(db, target, { profile, installation, appVersion: '0.1.0', actor: testActor('张伟'), now })).toMatchObject({
      ok: false,
      fileName: null,
      error: 'io-error',
    });
    expect([...files.keys()]).toEqual([older]);
    expect(await backupHistory(db)).toEqual({ lastSuccessAt: null, lastAttemptAt: now.toISOString() });
  });
});
