import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_SETTINGS } from '../../../../src-renderer/core/complaints';
import { newId } from '../../../../src-renderer/core/ids';
import { customerHistory } from '../../../../src-renderer/data/customers';
import { createBackupFile, restoreBackupFile } from '../../../../src-renderer/data/backup-file';
import { complaintSettingsHistory, saveComplaintSettings } from '../../../../src-renderer/data/complaints';
import { openDatabase, type AirgapDb } from '../../../../src-renderer/data/db';
import { getProfile, saveProfile } from '../../../../src-renderer/data/profile-repo';
import { gradeArchive } from '../grading/graded-institute';
import { archive } from '../customers/fixtures';
import { backedUpTables } from './compare';
import { addDepartment, newWorld } from './world';
import { testActor } from '../../../shared/actors';

/**
 * Backups of v0.1.0 hold change entries without `before` (JSON dropped the `undefined` the change
 * log stored): every customer's first grade, the first save of the complaint settings. Today's
 * restore reads an absent side as "no value" (core/backup.ts), and today's change log no longer
 * stores `undefined`-valued keys (core/change-log.ts), so what it stores is what a file carries.
 */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/backup-v0.1.0', name));

const opened: AirgapDb[] = [];
const restoredNames: string[] = [];
afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  for (const name of restoredNames.splice(0)) await Dexie.delete(name);
});

async function restore(bytes: Uint8Array, identity: string): Promise<AirgapDb> {
  const restored = await restoreBackupFile(bytes, { identities: [identity] }, { stamp: newId(), by: testActor() });
  restoredNames.push(restored.databaseName);
  const db = await openDatabase(restored.databaseName);
  opened.push(db);
  return db;
}

describe('backups with change entries that lost `before`', () => {
  it('a backup written by v0.1.0 after the first grading approval restores, and reads as it meant', async () => {
    const identity = fixture('age-identity.txt')
      .toString('utf8')
      .split('\n')
      .find((l) => l.startsWith('AGE-SECRET-KEY-'))!;
    const db = await restore(new Uint8Array(fixture('backup.age')), identity);
    const customers = await db.table('customers').toArray();
    expect(customers.map((c) => c.grade).sort()).toEqual(['AA', 'AA', 'AAA']);
    const institute = customers.find((c) => c.grade === 'AAA')!;
    // The approval's entry: no grade before (absent in the file), AAA after.
    const graded = (await customerHistory(db, institute.id)).find((e) => e.fields.some((f) => f.field === 'grade'))!;
    expect(graded.fields).toEqual([
      { field: 'grade', after: 'AAA' },
      { field: 'gradedOn', after: '2026-11-27' },
    ]);
    expect(graded.fields[0]!.before).toBeUndefined();
    // The settings history shows the defaults before the first save, as it did before the backup.
    expect(await complaintSettingsHistory(db)).toMatchObject([{ before: DEFAULT_COMPLAINT_SETTINGS, after: { departmentCode: 'KF3' } }]);
    expect(await db.changes.count()).toBe(15);
  });

  it('a database written by v0.1.0 (`before: undefined` stored) backs up with today’s writer and restores equal', async () => {
    const world = newWorld();
    try {
      const a = await addDepartment(world, '市场部');
      // The entries as v0.1.0's change log stored them: the key present, its value undefined.
      await a.db.changes.bulkAdd([
        {
          table: 'profile',
          recordIds: [(await getProfile(a.db))!.id],
          op: 'update',
          rev: a.ctx.clock.now(),
          origin: a.ctx.origin,
          by: '张伟',
          at: a.ctx.now().toISOString(),
          fields: [{ field: 'complaintSettings', before: undefined, after: DEFAULT_COMPLAINT_SETTINGS }],
        },
        {
          table: 'customers',
          recordIds: [newId()],
          op: 'update',
          rev: a.ctx.clock.now(),
          origin: a.ctx.origin,
          by: '张伟',
          at: a.ctx.now().toISOString(),
          fields: [
            { field: 'grade', before: undefined, after: 'A' },
            { field: 'gradedOn', before: undefined, after: '2026-11-27' },
          ],
        },
      ]);
      const { bytes } = await createBackupFile(a.db, {
        profile: (await getProfile(a.db))!,
        installation: a.installation,
        appVersion: '0.1.0',
        actor: testActor('张伟'),
        purpose: '测试备份',
        lock: { recipients: [a.installation.keys.ageRecipient] },
      });
      const db = await restore(bytes, a.installation.keys.ageIdentity);
      // Equal as JSON can say it: an `undefined`-valued key is an absent one (compare.ts).
      expect(await backedUpTables(db)).toEqual(await backedUpTables(a.db));
      expect((await db.changes.toArray()).flatMap((e) => e.fields).filter((f) => 'before' in f)).toEqual([]);
    } finally {
      world.close();
    }
  });

  it('today’s change log stores no `undefined`-valued side: the approval and the first settings save', async () => {
    const w = await archive();
    await saveProfile(
      w.db,
      { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'internal', periodYears: null } },
      w.ctx,
    );
    await gradeArchive(w);
    await saveComplaintSettings(w.db, { ...DEFAULT_COMPLAINT_SETTINGS, departmentCode: 'KF3' }, w.ctx);
    const fields = (await w.db.changes.toArray()).flatMap((e) => e.fields);
    expect(fields.filter((f) => f.field === 'grade' || f.field === 'complaintSettings').map((f) => 'before' in f)).toEqual([false, false, false, false]);
    for (const f of fields) for (const side of ['before', 'after'] as const) if (side in f) expect(f[side], `${f.field}.${side}`).not.toBeUndefined();
    w.db.close();
  });
});
