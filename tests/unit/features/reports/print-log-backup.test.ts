// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markFor } from '../../../../src-renderer/core/classification';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';
import { newId } from '../../../../src-renderer/core/ids';
import { newRestoreDatabaseName } from '../../../../src-renderer/data/active-database';
import { backupRecords, RestoreStager } from '../../../../src-renderer/data/backup';
import { openDatabase } from '../../../../src-renderer/data/db';
import { logPrint } from '../../../../src-renderer/data/reports';
import { freshDb } from '../../data/helpers';

describe('the print log in backups', () => {
  it('is backed up, validates, and restores as it was (an audit trail must survive a restore)', async () => {
    const db = await freshDb();
    const origin = newId();
    const line = {
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
    await logPrint(db, line);
    await logPrint(db, { ...line, at: '2026-11-27T08:00:00.000Z', action: 'print', shell: 'browser', pages: null });
    const name = newRestoreDatabaseName(newId());
    const stager = await RestoreStager.create(name);
    const kinds: string[] = [];
    for await (const { kind, record } of backupRecords(db)) {
      expect(validateBackupRecord(kind, record), kind).toBeNull();
      kinds.push(kind);
      await stager.add(kind, record);
    }
    await stager.finish();
    expect(kinds.filter((k) => k === 'printLog')).toHaveLength(2);
    const copy = await openDatabase(name);
    expect(await copy.table('printLog').orderBy('at').toArray()).toEqual(await db.table('printLog').orderBy('at').toArray());
    copy.close();
    expect(validateBackupRecord('printLog', { ...line, id: newId(), pages: -1 })).not.toBeNull();
  });
});
