import { afterEach, describe, expect, it } from 'vitest';
import { OutOfScopeError } from '../../../src-renderer/core/accounts';
import { createRequirement, deleteCustomer, deletedRecords, openRequirementsOfManager } from '../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { exportArchive } from '../../../src-renderer/data/exchange';
import { saveProfile } from '../../../src-renderer/data/profile-repo';
import { loadOrCreateInstallation } from '../../shared/clear-installation';
import { testActor } from '../../shared/actors';
import { readScope, WHOLE_ARCHIVE } from '../../shared/scopes';
import { department } from './scope-fixture';

/**
 * Issue 15.3, the reads the first pass left open: the recycle bin, a manager's open requirements, and the
 * exchange export, which must not carry customers the exporter may not see.
 */
let db: AirgapDb;
afterEach(() => db?.close());

describe('the recycle bin and 客户需求 within the data scope', () => {
  it('本人 sees the deleted customers and the open requirements of its own customers only; 全部 sees all', async () => {
    const d = await department();
    db = d.db;
    const need = (title: string) => ({ receivedDate: '2026-11-01', title, department: 'process', dueDate: '2026-11-20', managerId: d.wang.id });
    // Both requirements are 王磊's to answer; only one is of his own customer.
    await createRequirement(db, d.c.wangs.id, need('王的客户的样件'), d.here);
    await createRequirement(db, d.c.lis.id, need('李的客户的样件'), d.here);
    const wangs = readScope('own', d.here.origin, d.wang.id);
    expect((await openRequirementsOfManager(db, d.wang.id, wangs)).map((r) => r.title)).toEqual(['王的客户的样件']);
    expect((await openRequirementsOfManager(db, d.wang.id, WHOLE_ARCHIVE)).map((r) => r.title).sort()).toEqual(['李的客户的样件', '王的客户的样件']);

    await deleteCustomer(db, d.c.wangs.id, d.here);
    await deleteCustomer(db, d.c.lis.id, d.here);
    const names = async (scope = WHOLE_ARCHIVE) => (await deletedRecords(db, scope)).filter((i) => i.table === 'customers').map((i) => i.customerName);
    expect(await names(wangs)).toEqual(['航天王的客户所']);
    expect((await names(readScope('own', d.here.origin, d.li.id))).sort()).toEqual(['航天李的客户所']);
    expect((await names()).sort()).toEqual(['航天李的客户所', '航天王的客户所']);
  });
});

describe('the exchange export within the data scope', () => {
  it('a 本人 account exports its own customers only: the whole archive or another’s customer is refused, nothing numbered', async () => {
    const d = await department();
    db = d.db;
    const installation = await loadOrCreateInstallation(db);
    const profile = await saveProfile(
      db,
      { organisation: '航天材料及工艺研究所', department: '市场部', defaultMark: { level: 'internal', periodYears: null } },
      d.here,
    );
    const own = { ...testActor('王磊', ['account-manager'], 'own'), managerId: d.wang.id };
    const base = { lock: { passphrase: 'x', testOnlyWorkFactor: 10 }, installation, profile, appVersion: '0.1.0', actor: own, purpose: '报送' };
    await expect(exportArchive(db, { ...base, scope: { type: 'full' } })).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(exportArchive(db, { ...base, scope: { type: 'selection', by: 'customers', customerIds: [d.c.wangs.id, d.c.lis.id] } })).rejects.toBeInstanceOf(
      OutOfScopeError,
    );
    // By manager: 李娜's customers are not his.
    await expect(exportArchive(db, { ...base, scope: { type: 'selection', by: 'managers', managerIds: [d.li.id] } })).rejects.toBeInstanceOf(OutOfScopeError);
    expect(await db.printLog.count()).toBe(0);
    const file = await exportArchive(db, { ...base, scope: { type: 'selection', by: 'customers', customerIds: [d.c.wangs.id] } });
    expect(file.line).toMatchObject({ kind: 'exchange', by: '王磊' });
  });
});
