import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../src-renderer/core/accounts';
import { newId } from '../../../src-renderer/core/ids';
import { keyFingerprint } from '../../../src-renderer/core/keys';
import { activeDatabaseName } from '../../../src-renderer/data/active-database';
import { writeCheckpointIfDue } from '../../../src-renderer/data/audit/checkpoint';
import { verifyAuditLog } from '../../../src-renderer/data/audit/verify-log';
import { RestoreStager } from '../../../src-renderer/data/backup';
import { createBackupFile, restoreBackupFile } from '../../../src-renderer/data/backup-file';
import { activateRestore, recordRestore, UNREADABLE_DATABASE } from '../../../src-renderer/data/backup-restore';
import { openDatabase, type AirgapDb } from '../../../src-renderer/data/db';
import { getProfile } from '../../../src-renderer/data/profile-repo';
import { softDeleteRecord } from '../../../src-renderer/data/records';
import { testActor } from '../../shared/actors';
import { closeAll, customerTree, department, type Dept } from './exchange/departments-fixture';

/**
 * Issue 15.3 and 15.5: only a system administrator restores, checked where the restore writes, and
 * the restore is audited in the RESTORED log (the database it replaces is gone after it).
 */
const admin = testActor('系统管理员', ['system-admin'], null);
const business = testActor('业务张伟', ['account-manager', 'department-head', 'complaint-handler', 'reader'], 'all');

const staged: string[] = [];
const opened: AirgapDb[] = [];
afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  closeAll();
  for (const name of staged.splice(0)) await RestoreStager.discard(name);
});

/** The pointer to the active database lives in localStorage, which node has not: a map stands in (put back after: tests share the worker). */
const realStorage = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
afterEach(() => {
  if (realStorage) Object.defineProperty(globalThis, 'localStorage', realStorage);
  else Reflect.deleteProperty(globalThis, 'localStorage');
});
beforeEach(() => {
  const values = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
    removeItem: (k: string) => void values.delete(k),
    clear: () => values.clear(),
    key: () => null,
    get length() {
      return values.size;
    },
  };
});

async function backupOf(d: Dept): Promise<Uint8Array> {
  const { bytes } = await createBackupFile(d.db, {
    profile: (await getProfile(d.db))!,
    installation: d.installation,
    appVersion: 'test',
    actor: admin,
    purpose: '测试备份',
    lock: { recipients: [d.installation.keys.ageRecipient] },
    now: d.ctx.now(),
  });
  return bytes;
}

const restoreDatabases = async () => ((await indexedDB.databases()) ?? []).map((d) => d.name ?? '').filter((n) => n.includes('-restore-'));

async function openRestored(name: string): Promise<AirgapDb> {
  const db = await openDatabase(name);
  opened.push(db);
  return db;
}

describe('restore from backup', () => {
  it('a business user’s restore is refused before a database is made; its activation and its entry likewise', async () => {
    const a = await department('市场部');
    const bytes = await backupOf(a);
    const before = await restoreDatabases();
    const unlock = { identities: [a.installation.keys.ageIdentity] };
    await expect(restoreBackupFile(bytes, unlock, { stamp: newId(), by: business })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await restoreDatabases()).toEqual(before);

    // A database staged by the administrator cannot be made the archive, nor audited, by a business user.
    const restored = await restoreBackupFile(bytes, unlock, { stamp: newId(), by: admin });
    staged.push(restored.databaseName);
    const pointer = activeDatabaseName();
    await expect(activateRestore(restored, business, { db: a.db, deleteIt: false })).rejects.toMatchObject({ code: 'forbidden', action: 'backup.restore' });
    await expect(recordRestore(restored, business, null)).rejects.toBeInstanceOf(ForbiddenError);
    expect(activeDatabaseName()).toBe(pointer);
    const db = await openRestored(restored.databaseName);
    expect((await db.audit.orderBy('seq').last())?.action).not.toBe('backup.restore');
  });

  it('the restore’s entry is chained onto the restored log, names the backup and the log it replaced, and the chain verifies', async () => {
    const a = await department('市场部');
    await customerTree(a, '中国运载火箭技术研究院');
    const keys = { secretKey: a.installation.keys.signingSecretKey, publicKey: a.installation.keys.signingPublicKey };
    expect(await writeCheckpointIfDue(a.db, keys, a.ctx.now(), { minEntries: 1 })).toMatchObject({ status: 'written' });
    const bytes = await backupOf(a);
    const backupHead = (await a.db.audit.orderBy('seq').last())!;
    // After the backup: more entries, which the restore replaces.
    const customer = (await a.db.customers.toArray())[0]!;
    await softDeleteRecord(a.db, 'customers', customer.id, a.ctx);
    const replacedHead = (await a.db.audit.orderBy('seq').last())!;
    expect(replacedHead.seq).toBeGreaterThan(backupHead.seq);

    const restored = await restoreBackupFile(bytes, { identities: [a.installation.keys.ageIdentity] }, { stamp: newId(), by: admin });
    staged.push(restored.databaseName);
    const at = new Date(Date.UTC(2026, 11, 1, 2, 0, 0));
    const entry = await activateRestore(restored, admin, { db: a.db, deleteIt: false }, at);
    expect(activeDatabaseName()).toBe(restored.databaseName);

    const db = await openRestored(restored.databaseName);
    const last = (await db.audit.orderBy('seq').last())!;
    expect(last).toEqual(entry);
    expect(last).toMatchObject({
      seq: backupHead.seq + 1,
      prevHash: backupHead.hash,
      at: at.toISOString(),
      userId: admin.userId,
      userName: '系统管理员',
      action: 'backup.restore',
      outcome: 'success',
      object: { kind: 'backup', id: restored.databaseName, label: '航天材料及工艺研究所 · 市场部' },
      details: {
        organisation: '航天材料及工艺研究所',
        department: '市场部',
        fingerprint: keyFingerprint(a.installation.keys.signingPublicKey),
        exporter: '系统管理员',
        backupCreatedAt: a.ctx.now().toISOString(),
        mark: 'internal',
        records: Object.values(restored.counts).reduce((s, n) => s + n, 0),
        customers: 1,
        entries: backupHead.seq,
        replacedSeq: replacedHead.seq,
        replacedHash: replacedHead.hash,
        unreadableDatabase: false,
      },
    });
    // The restored checkpoint and the new entry after it: the whole chain verifies.
    expect(await verifyAuditLog(db, [keys.publicKey])).toEqual({ ok: true, entries: backupHead.seq + 1, checkpoints: 1, firstProblem: null, acknowledged: [] });
  });

  it('from the error screen (the archive cannot be opened, nobody can sign in) the entry names 系统', async () => {
    const a = await department('市场部');
    const restored = await restoreBackupFile(await backupOf(a), { identities: [a.installation.keys.ageIdentity] }, { stamp: newId(), by: UNREADABLE_DATABASE });
    staged.push(restored.databaseName);
    const entry = await activateRestore(restored, UNREADABLE_DATABASE, { deleteIt: false });
    expect(entry).toMatchObject({ userId: null, userName: '系统', details: { unreadableDatabase: true, replacedSeq: null, replacedHash: null } });
  });
});
