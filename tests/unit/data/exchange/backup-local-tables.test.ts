import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_EXCHANGE_TABLES, validateBackupRecord } from '../../../../src-renderer/core/backup';
import { newId } from '../../../../src-renderer/core/ids';
import { updateCustomer } from '../../../../src-renderer/data/customers';
import { newRestoreDatabaseName } from '../../../../src-renderer/data/active-database';
import { backupRecords, RestoreStager } from '../../../../src-renderer/data/backup';
import { openDatabase } from '../../../../src-renderer/data/db';
import { unitInput } from '../customers/fixtures';
import { closeAll, customerTree, department, exportFor, introduce, receive } from './departments-fixture';

afterEach(closeAll);

describe('backups keep the local exchange tables', () => {
  it('directory, kept conflicts and lineages validate and restore as they were', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const dir = await introduce(a, b);
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    await receive(b, (await exportFor(a, b, dir)).bytes);
    const base = { name: customer.name, managerId: customer.managerId, managerName: customer.managerName };
    b.ctx.tick(2000);
    await updateCustomer(a.db, customer.id, unitInput({ ...base, shortName: '甲' }), a.ctx);
    await updateCustomer(b.db, customer.id, unitInput({ ...base, shortName: '乙' }), b.ctx);
    await receive(a, (await exportFor(b, a, dir)).bytes);
    for (const table of LOCAL_EXCHANGE_TABLES) expect(await a.db.table(table).count(), table).toBeGreaterThan(0);

    const name = newRestoreDatabaseName(newId());
    const stager = await RestoreStager.create(name);
    for await (const { kind, record } of backupRecords(a.db)) {
      expect(validateBackupRecord(kind, record), kind).toBeNull();
      await stager.add(kind, record);
    }
    await stager.finish();
    const copy = await openDatabase(name);
    for (const table of LOCAL_EXCHANGE_TABLES) expect(await copy.table(table).toArray(), table).toEqual(await a.db.table(table).toArray());
    copy.close();
  });
});
