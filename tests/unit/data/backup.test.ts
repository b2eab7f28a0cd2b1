import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { customerFieldsSchema, withCustomerKeys } from '../../../src-renderer/core/customers';
import { validateBackupRecord } from '../../../src-renderer/core/backup';
import { newId } from '../../../src-renderer/core/ids';
import { RECORD_KINDS } from '../../../src-renderer/core/record-kinds';
import {
  acknowledgeHandover,
  createContact,
  createInteraction,
  createManager,
  createRequirement,
  createSettlement,
  handOverCustomer,
  createBenefitYear,
} from '../../../src-renderer/data/customers';
import { activeDatabaseName, newRestoreDatabaseName, setActiveDatabaseName } from '../../../src-renderer/data/active-database';
import { backupRecords, removeOrphanRestores, RestoreStager, summariseForBackup } from '../../../src-renderer/data/backup';
import { openDatabase, type AirgapDb } from '../../../src-renderer/data/db';
import { loadOrCreateInstallation } from '../../shared/clear-installation';
import { saveProfile } from '../../../src-renderer/data/profile-repo';
import { createRecords, softDeleteRecord, updateRecord } from '../../../src-renderer/data/records';
import { freshDb, testContext } from './helpers';

const open: AirgapDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const UNIT = { level: 1, parentId: null, type: 'defence_group', classification: 'internal', managerId: null };

/** 12,001 customers (more than two read pages) and a record of every other archive kind. */
async function populated() {
  const db = await freshDb();
  open.push(db);
  const ctx = testContext();
  await loadOrCreateInstallation(db);
  await saveProfile(
    db,
    { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'internal', periodYears: null } },
    ctx,
  );
  // Valid stored rows; the keys are written out rather than derived, 12,001 pinyin runs being slow.
  const template = withCustomerKeys(customerFieldsSchema.parse({ ...UNIT, name: '单位' }));
  const rows = Array.from({ length: 12_001 }, (_, i) => ({
    ...template,
    name: `单位${i}`,
    sortKey: `dan wei ${i}`,
    searchKeys: [`单位${i}`, `dw${i}`, `danwei${i}`],
    classification: i === 7 ? 'secret' : 'internal',
  }));
  const units = await createRecords(db, 'customers', rows, ctx);
  await updateRecord(db, 'customers', units[3]!.id, { name: '改名' }, ctx);
  await softDeleteRecord(db, 'customers', units[4]!.id, ctx);
  const unit = units[0]!.id;
  const manager = await createManager(db, { name: '王磊', phone: '13812345678' }, ctx);
  await createContact(db, unit, { name: '张伟', phones: ['010-88886666转12'] }, ctx);
  await createInteraction(db, unit, { date: '2026-11-01', kind: 'visit', departments: ['design'], summary: '走访' }, ctx);
  await createRequirement(db, unit, { receivedDate: '2026-11-01', title: '样件', department: 'process', dueDate: '2026-11-20' }, ctx);
  await createBenefitYear(db, unit, { year: 2025, contractWan: 100, benefitWan: 12.5 }, ctx);
  await createSettlement(db, unit, { receivableWan: 10, dueDate: '2026-06-30', paidDate: '2026-07-02', amountPaidWan: 10 }, ctx);
  const handover = await handOverCustomer(db, unit, { toManagerId: manager.id, date: '2026-11-02', reason: '分工' }, ctx);
  await acknowledgeHandover(db, handover.id, ctx);
  return db;
}

describe('whole-database backup (data side)', () => {
  it('summarises counts and the highest classification', async () => {
    const db = await populated();
    const summary = await summariseForBackup(db);
    expect(summary.counts).toMatchObject({
      installation: 1,
      profile: 1,
      managers: 1,
      customers: 12_001,
      contacts: 1,
      handovers: 1,
      complaints: 0,
      changes: 15,
    });
    // 15: the 12,001 customers are one batch logged as two entries (at most 10,000 records each), and
    // the handover also moves the customer's open requirement to the new manager (its own entry).
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
    expect(n).toBe(Object.values((await summariseForBackup(db)).counts).reduce((a, b) => a + b, 0));
    const copy = await openDatabase(name);
    open.push(copy);
    for (const table of ['meta', 'changes', ...RECORD_KINDS]) {
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
    expect(validateBackupRecord('passwords', {})).toMatch(/unknown kind/);
    expect(validateBackupRecord('customers', { id: 'x', rev: 'y' })).not.toBeNull();
    // Archive kinds are checked with their domain schemas, and hold nothing but their fields.
    const envelope = { id: newId(), rev: testContext().clock.now(), origin: newId(), updatedBy: '张伟', deletedAt: null };
    const manager = { name: '王磊', phone: '', active: true, sortKey: 'wang lei' };
    expect(validateBackupRecord('managers', { ...manager, ...envelope })).toBeNull();
    expect(validateBackupRecord('managers', { ...manager, name: '', ...envelope })).not.toBeNull();
    expect(validateBackupRecord('managers', { ...manager, admin: true, ...envelope })).not.toBeNull();
    expect(validateBackupRecord('installation', { installationId: newId(), createdAt: new Date().toISOString(), keys: {} })).not.toBeNull();
  });
});
