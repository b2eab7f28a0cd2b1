import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { validateBackupRecord } from '../../../src-renderer/core/backup';
import { newId } from '../../../src-renderer/core/ids';
import { activeDatabaseName, newRestoreDatabaseName, setActiveDatabaseName } from '../../../src-renderer/data/active-database';
import { backupRecords, removeOrphanRestores, RestoreStager, summariseForBackup } from '../../../src-renderer/data/backup';
import { openDatabase, type AirgapDb } from '../../../src-renderer/data/db';
import { loadOrCreateInstallation } from '../../../src-renderer/data/installation';
import { saveProfile } from '../../../src-renderer/data/profile-repo';
import { createRecords, softDeleteRecord, updateRecord } from '../../../src-renderer/data/records';
import { freshDb, testContext } from './helpers';

const open: AirgapDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

async function populated() {
  const db = await freshDb();
  open.push(db);
  const ctx = testContext();
  await loadOrCreateInstallation(db);
  await saveProfile(db, { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'internal', periodYears: null } }, ctx);
  const units = await createRecords(db, 'customers', Array.from({ length: 12_001 }, (_, i) => ({ name: `单位${i}`, classification: i === 7 ? 'secret' : 'internal' })), ctx);
  await updateRecord(db, 'customers', units[3]!.id, { name: '改名' }, ctx);
  await softDeleteRecord(db, 'customers', units[4]!.id, ctx);
  return db;
}

describe('whole-database backup (data side)', () => {
  it('summarises counts and the highest classification', async () => {
    const db = await populated();
    const summary = await summariseForBackup(db);
    expect(summary.counts).toMatchObject({ installation: 1, profile: 1, customers: 12_001, contacts: 0, changes: 4 });
    expect(summary.highestClassification).toBe('secret');
  });

  it('yields every record, each valid for its kind, and a stager rebuilds an identical database', async () => {
    const db = await populated();
    const name = newRestoreDatabaseName(newId());
    const stager = await RestoreStager.create(name);
    let n = 0;
    for await (const { kind, record } of backupRecords(db)) {
      expect(validateBackupRecord(kind, record), kind).toBeNull();
      await stager.add(kind, record);
      n++;
    }
    await stager.finish();
    expect(n).toBe(1 + 1 + 12_001 + 4);
    const copy = await openDatabase(name);
    open.push(copy);
    for (const table of ['meta', 'profile', 'customers', 'changes']) {
      expect(await copy.table(table).toArray(), table).toEqual(await db.table(table).toArray());
    }
  });

  it('an aborted restore leaves no database behind; orphans of a crash are removed at boot', async () => {
    const name = newRestoreDatabaseName(newId());
    const stager = await RestoreStager.create(name);
    await stager.add('customers', { id: newId() });
    await stager.abort();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);

    const orphan = newRestoreDatabaseName(newId());
    const active = newRestoreDatabaseName(newId());
    await (await RestoreStager.create(orphan)).finish();
    await (await RestoreStager.create(active)).finish();
    const removed = await removeOrphanRestores(active);
    expect(removed).toContain(orphan);
    expect(removed).not.toContain(active);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(active);
    expect(names).not.toContain(orphan);
    await Dexie.delete(active);
  });

  it('the active-database pointer accepts only our own database names', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as Storage;
    expect(activeDatabaseName(storage)).toBe('airgap-crm');
    setActiveDatabaseName('someone-elses-db', storage);
    expect(activeDatabaseName(storage)).toBe('airgap-crm');
    const restored = newRestoreDatabaseName('x');
    setActiveDatabaseName(restored, storage);
    expect(activeDatabaseName(storage)).toBe(restored);
  });

  it('refuses records of unknown kinds or with a broken envelope', () => {
    expect(validateBackupRecord('users', {})).toMatch(/unknown kind/);
    expect(validateBackupRecord('customers', { id: 'x', rev: 'y' })).not.toBeNull();
    expect(validateBackupRecord('installation', { installationId: newId(), createdAt: new Date().toISOString(), keys: {} })).not.toBeNull();
  });
});
