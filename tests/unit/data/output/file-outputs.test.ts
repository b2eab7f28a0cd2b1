import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { readArchive } from '../../../../src-renderer/core/archive-file';
import { OutputPolicyError } from '../../../../src-renderer/core/output';
import { recordToStore, BACKUP_KINDS } from '../../../../src-renderer/core/backup';
import { exportAuditLog } from '../../../../src-renderer/data/audit/export';
import { createBackupFile } from '../../../../src-renderer/data/backup-file';
import { runScheduledBackup, type BackupTarget } from '../../../../src-renderer/data/backup-schedule';
import { exportArchive } from '../../../../src-renderer/data/exchange';
import { registerPage, settleOutput } from '../../../../src-renderer/data/output';
import { saveProfile } from '../../../../src-renderer/data/profile-repo';
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/data/schema';
import { loadOrCreateInstallation } from '../../../shared/clear-installation';
import { testActor } from '../../../shared/actors';
import { freshDb, testContext } from '../helpers';

const SYSADMIN = testActor('赵刚', ['system-admin'], null);
const AUDITOR = testActor('孙丽', ['audit-admin'], null);
const MANAGER = testActor('王经理', ['account-manager'], 'all');
const READER = testActor('李查阅', ['reader'], 'all');
const NOW = new Date(Date.UTC(2026, 11, 7, 3, 0));

async function setUp(defaultMark = { level: 'internal', periodYears: null } as const) {
  const db = await freshDb();
  const installation = await loadOrCreateInstallation(db);
  const profile = await saveProfile(db, { organisation: '航天材料及工艺研究所', department: '市场部', defaultMark }, testContext());
  return { db, installation, profile };
}

/** What a refused output left: no register line, no audit entry of an output. */
async function nothingWritten(db: Awaited<ReturnType<typeof setUp>>['db']) {
  expect(await db.printLog.count()).toBe(0);
  expect((await db.audit.toArray()).filter((e) => !e.action.startsWith('settings.'))).toEqual([]);
}

describe('export files are refused where they are produced (15.5/15.6)', () => {
  it('exchange.export: a reader is refused before anything is read; nothing registered', async () => {
    const { db, installation, profile } = await setUp();
    const options = { scope: { type: 'full' as const }, lock: { passphrase: 'x', testOnlyWorkFactor: 10 }, installation, profile, appVersion: '0.1.0' };
    await expect(exportArchive(db, { ...options, actor: READER, purpose: '报送' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportArchive(db, { ...options, actor: SYSADMIN, purpose: '报送' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportArchive(db, { ...options, actor: MANAGER, purpose: '' })).rejects.toMatchObject({ code: 'validation' });
    await nothingWritten(db);
    // Allowed: the file carries its 份号 in the manifest, the line waits for the save.
    const file = await exportArchive(db, { ...options, actor: MANAGER, purpose: '报送质量部', now: NOW });
    expect(file.line).toMatchObject({ kind: 'exchange', status: 'reserved', by: '王经理', mark: { level: 'internal' } });
    const manifest = await firstManifest(file.bytes, { passphrase: 'x' });
    expect(manifest).toMatchObject({ formatVersion: 3, copyNumber: file.line.number });
  });

  it("exchange.export: a 机密 department file is above 客户经理's default export limit (秘密): refused, no number used", async () => {
    const { db, installation, profile } = await setUp({ level: 'confidential', periodYears: 20 } as never);
    const options = { scope: { type: 'full' as const }, lock: { passphrase: 'x', testOnlyWorkFactor: 10 }, installation, profile, appVersion: '0.1.0' };
    await expect(exportArchive(db, { ...options, actor: MANAGER, purpose: '报送' })).rejects.toBeInstanceOf(OutputPolicyError);
    await nothingWritten(db);
    const head = testActor('部门负责人', ['department-head'], 'all');
    expect((await exportArchive(db, { ...options, actor: head, purpose: '报送' })).line.seq).toBe(1);
  });

  it('backup.create: only the system administrator; the backup carries its own line and its 份号', async () => {
    const { db, installation, profile } = await setUp();
    const options = { installation, profile, appVersion: '0.1.0', lock: { recipients: [installation.keys.ageRecipient] }, now: NOW };
    await expect(createBackupFile(db, { ...options, actor: MANAGER, purpose: '月度备份' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createBackupFile(db, { ...options, actor: AUDITOR, purpose: '月度备份' })).rejects.toBeInstanceOf(ForbiddenError);
    await nothingWritten(db);
    const backup = await createBackupFile(db, { ...options, actor: SYSADMIN, purpose: '月度备份' });
    expect(backup.line).toMatchObject({ kind: 'backup', scheduled: false, purpose: '月度备份' });
    const kinds: string[] = [];
    let copyNumber: unknown;
    for await (const event of readArchive(backup.bytes, { identities: [installation.keys.ageIdentity] }, readOptions())) {
      if (event.type === 'manifest') copyNumber = event.manifest.formatVersion === 3 ? event.manifest.copyNumber : undefined;
      if (event.type === 'record') kinds.push(event.kind);
    }
    expect(copyNumber).toBe(backup.line.number);
    expect(kinds.filter((k) => k === 'printLog')).toHaveLength(1);
    await settleOutput(db, { actor: SYSADMIN, now: NOW }, backup.line.id, true, { records: backup.records });
    expect((await db.audit.orderBy('seq').last())!).toMatchObject({
      action: 'backup.create',
      userName: '赵刚',
      details: { number: backup.line.number, records: backup.records, scheduled: false, mark: 'internal' },
    });
  });

  it('a scheduled backup is registered as such; a failed write voids its number', async () => {
    const { db, installation, profile } = await setUp();
    const files = new Map<string, Uint8Array>();
    let fail = false;
    const target: BackupTarget = {
      write: async (name, produce) => {
        if (fail) throw Object.assign(new Error('disk full'), { code: 'io-error' });
        const bytes = new Uint8Array(await new Response(await produce()).arrayBuffer());
        files.set(name, bytes);
        return { name, bytes: bytes.length };
      },
      list: async () => [...files.keys()].map((name) => ({ name })),
      delete: async (name) => files.delete(name),
    };
    expect(await runScheduledBackup(db, target, { profile, installation, appVersion: '0.1.0', actor: SYSADMIN, now: NOW })).toMatchObject({ ok: true });
    fail = true;
    expect(await runScheduledBackup(db, target, { profile, installation, appVersion: '0.1.0', actor: SYSADMIN, now: NOW })).toMatchObject({ ok: false });
    const lines = (await registerPage(db, 0, 10)).entries;
    expect(lines).toMatchObject([
      { kind: 'backup', scheduled: true, status: 'cancelled', purpose: '按计划自动备份' },
      { kind: 'backup', scheduled: true, status: 'completed', purpose: '按计划自动备份' },
    ]);
    expect((await db.audit.toArray()).map((e) => e.action).filter((a) => a !== 'settings.profile')).toEqual(['backup.create', 'output.cancel']);
  });

  it('audit.export: only the security auditor', async () => {
    const { db, installation, profile } = await setUp();
    const options = { installation, profile, appVersion: '0.1.0', lock: { recipients: [installation.keys.ageRecipient] }, now: NOW };
    await expect(exportAuditLog(db, { ...options, actor: SYSADMIN, purpose: '审计' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAuditLog(db, { ...options, actor: MANAGER, purpose: '审计' })).rejects.toBeInstanceOf(ForbiddenError);
    await nothingWritten(db);
    expect((await exportAuditLog(db, { ...options, actor: AUDITOR, purpose: '审计' })).line).toMatchObject({ kind: 'audit-export', by: '孙丽' });
  });
});

function readOptions() {
  return { knownKinds: BACKUP_KINDS, supportedSchemaVersion: CURRENT_SCHEMA_VERSION, validate: recordToStore };
}

async function firstManifest(bytes: Uint8Array, unlock: { passphrase: string }) {
  for await (const event of readArchive(bytes, unlock, { knownKinds: 'declared' as const, supportedSchemaVersion: CURRENT_SCHEMA_VERSION })) {
    if (event.type === 'manifest') return event.manifest;
  }
  return null;
}
