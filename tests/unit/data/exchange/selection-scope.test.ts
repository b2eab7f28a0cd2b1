import { afterEach, describe, expect, it } from 'vitest';
import { OutOfScopeError } from '../../../../src-renderer/core/accounts';
import { customerCountsByManager } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { exportArchive, selectedCustomerIds } from '../../../../src-renderer/data/exchange';
import { gradeCounts } from '../../../../src-renderer/data/grading';
import { saveProfile } from '../../../../src-renderer/data/profile-repo';
import { testActor } from '../../../shared/actors';
import { loadOrCreateInstallation } from '../../../shared/clear-installation';
import { readScope, WHOLE_ARCHIVE } from '../../../shared/scopes';
import { department, type Department } from '../scope-fixture';

/**
 * Issue 15 loose end: the export's 按等级 / 按客户经理 choices counted (and the export took) customers
 * outside the exporter's data scope, so a 本人 or 本部门 user was offered picks the export then refused.
 * They count and list only the customers within it, and a grade picks the scope's customers of it.
 */
let db: AirgapDb;
afterEach(() => db?.close());

/** Every customer of the department graded AAA (a grade is written only by approvals; set directly here). */
async function allAAA(): Promise<Department> {
  const d = await department();
  db = d.db;
  for (const c of Object.values(d.c)) await db.customers.update(c.id, { grade: 'AAA' });
  return d;
}

describe('the export selection within the data scope', () => {
  it('counts by account manager only the customers within the scope', async () => {
    const d = await allAAA();
    const own = readScope('own', d.here.origin, d.wang.id);
    const dept = readScope('department', d.here.origin);
    expect(Object.fromEntries(await customerCountsByManager(db, own))).toEqual({ [d.wang.id]: 2 });
    expect(Object.fromEntries(await customerCountsByManager(db, dept))).toEqual({ [d.wang.id]: 2, [d.li.id]: 1 });
    expect(Object.fromEntries(await customerCountsByManager(db, WHOLE_ARCHIVE))).toEqual({ [d.wang.id]: 2, [d.li.id]: 1, [d.foreign.id]: 1 });
    expect(Object.fromEntries(await customerCountsByManager(db))).toEqual({ [d.wang.id]: 2, [d.li.id]: 1, [d.foreign.id]: 1 });
  });

  it('counts and picks by grade only the customers within the scope', async () => {
    const d = await allAAA();
    const own = readScope('own', d.here.origin, d.wang.id);
    const dept = readScope('department', d.here.origin);
    expect((await gradeCounts(db, own)).AAA).toBe(2);
    expect((await gradeCounts(db, dept)).AAA).toBe(4);
    const aaa = { by: 'grades', grades: ['AAA'] } as const;
    expect((await selectedCustomerIds(db, aaa, own)).sort()).toEqual([d.c.wangs.id, d.c.receivedToWang.id].sort());
    expect((await selectedCustomerIds(db, aaa, dept)).sort()).toEqual([d.c.wangs.id, d.c.lis.id, d.c.unmanagedHere.id, d.c.receivedToWang.id].sort());
    expect(await selectedCustomerIds(db, aaa, WHOLE_ARCHIVE)).toHaveLength(6);
  });

  it('exports a 本人 account’s AAA customers by grade (refused before), still refusing another’s manager', async () => {
    const d = await allAAA();
    const installation = await loadOrCreateInstallation(db);
    const profile = await saveProfile(
      db,
      { organisation: '航天材料及工艺研究所', department: '市场部', defaultMark: { level: 'internal', periodYears: null } },
      d.here,
    );
    const own = { ...testActor('王磊', ['account-manager'], 'own'), managerId: d.wang.id };
    const base = { lock: { passphrase: 'x', testOnlyWorkFactor: 10 }, installation, profile, appVersion: '0.1.0', actor: own, purpose: '报送' };
    const file = await exportArchive(db, { ...base, scope: { type: 'selection', by: 'grades', grades: ['AAA'] } });
    expect(file.counts.customers).toBe(2);
    await expect(exportArchive(db, { ...base, scope: { type: 'selection', by: 'managers', managerIds: [d.li.id] } })).rejects.toBeInstanceOf(OutOfScopeError);
  });
});
