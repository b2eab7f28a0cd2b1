// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markFor } from '../../../../src-renderer/core/classification';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';
import { newId } from '../../../../src-renderer/core/ids';
import { newRestoreDatabaseName } from '../../../../src-renderer/data/active-database';
import { backupRecords, RestoreStager } from '../../../../src-renderer/data/backup';
import { openDatabase } from '../../../../src-renderer/data/db';
import { registerPage, reserveOutput, settleOutput } from '../../../../src-renderer/data/output';
import { freshDb } from '../../data/helpers';
import { testActor } from '../../../shared/actors';

describe('the output register in backups', () => {
  it('is backed up, validates, and restores as it was — older print-log lines and numbered lines alike', async () => {
    const db = await freshDb();
    const origin = newId();
    // A line of the print log written before the register (issue 6): no 份号, no purpose.
    const legacy = {
      id: newId(),
      at: '2026-11-27T07:30:00.000Z',
      by: '张伟',
      report: 'dossier' as const,
      title: '客户档案：某所',
      params: { customerId: newId(), customer: '某所' },
      mark: markFor('secret'),
      action: 'pdf' as const,
      shell: 'electron' as const,
      pages: 4,
      origin,
    };
    await db.printLog.add(legacy);
    const actor = testActor('张伟');
    const ctx = { actor, origin, now: new Date('2026-11-28T08:00:00.000Z') };
    const printed = await reserveOutput(db, ctx, {
      kind: 'print',
      title: '客户分级名册',
      mark: markFor('secret'),
      purpose: '例会',
      report: 'roster',
      params: {},
    });
    await settleOutput(db, ctx, printed.id, true, { pages: 2 });
    const voided = await reserveOutput(db, ctx, {
      kind: 'exchange',
      title: '交换文件：整个档案',
      mark: markFor('internal'),
      purpose: '报送',
      recipients: ['质量部'],
    });
    await settleOutput(db, ctx, voided.id, false);
    const name = newRestoreDatabaseName(newId());
    const stager = await RestoreStager.create(name);
    const kinds: string[] = [];
    for await (const { kind, record } of backupRecords(db)) {
      expect(validateBackupRecord(kind, record), kind).toBeNull();
      kinds.push(kind);
      await stager.add(kind, record);
    }
    await stager.finish();
    expect(kinds.filter((k) => k === 'printLog')).toHaveLength(3);
    const copy = await openDatabase(name);
    expect(await copy.table('printLog').orderBy('at').toArray()).toEqual(await db.table('printLog').orderBy('at').toArray());
    expect((await registerPage(copy, 0, 10, 'fh-')).entries.map((e) => ('number' in e ? e.status : ''))).toEqual(['cancelled', 'completed']);
    copy.close();
    expect(validateBackupRecord('printLog', { ...legacy, id: newId(), pages: -1 })).not.toBeNull();
    const numbered = (await db.printLog.get(printed.id))!;
    expect(validateBackupRecord('printLog', { ...numbered, id: newId(), status: 'lost' })).not.toBeNull();
    expect(validateBackupRecord('printLog', { ...numbered, id: newId(), purpose: '' })).not.toBeNull();
  });
});
