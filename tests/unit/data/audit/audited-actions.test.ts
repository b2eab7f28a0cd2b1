import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_SETTINGS } from '../../../../src-renderer/core/complaints';
import { handOverCustomer, mergeCustomers, createCustomer } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { saveProfile } from '../../../../src-renderer/data/profile-repo';
import { restoreRecord, softDeleteRecord } from '../../../../src-renderer/data/records';
import { saveComplaintSettings } from '../../../../src-renderer/data/complaints/settings';
import { archive, unitInput } from '../customers/fixtures';
import { testActor } from '../../../shared/actors';

let db: AirgapDb;
afterEach(() => db?.close());

const PROFILE = { organisation: '航天材料及工艺研究所', department: '市场部', defaultMark: { level: 'internal', periodYears: null } };

const entries = async (db: AirgapDb) =>
  (await db.audit.orderBy('seq').toArray()).map((e) => ({
    action: e.action,
    userId: e.userId,
    userName: e.userName,
    label: e.object?.label,
    details: e.details,
  }));

/** The archive's audited actions (issue 15.5) write their entry in the action's own transaction, naming the user. */
describe('audited archive actions', () => {
  it('a profile save is audited once; a save that changes nothing is not; a refused one writes nothing', async () => {
    const w = await archive();
    db = w.db;
    const before = await db.audit.count();
    await saveProfile(db, PROFILE, w.ctx);
    await saveProfile(db, PROFILE, w.ctx);
    await saveProfile(db, { ...PROFILE, organisation: '' }, w.ctx).catch(() => undefined);
    const audit = (await entries(db)).slice(before);
    expect(audit).toEqual([
      {
        action: 'settings.profile',
        userId: w.ctx.actor.userId,
        userName: w.ctx.actor.name,
        label: '市场部',
        details: { organisation: '航天材料及工艺研究所', department: '市场部', defaultMark: 'internal' },
      },
    ]);
    await saveComplaintSettings(db, { ...DEFAULT_COMPLAINT_SETTINGS, departmentCode: 'KF3' }, w.ctx);
    expect((await entries(db)).at(-1)).toMatchObject({ action: 'settings.complaints', details: { departmentCode: 'KF3' } });
  });

  it('a handover and a merge name the customer, the user and what happened', async () => {
    const w = await archive();
    db = w.db;
    const li = { ...w.ctx, actor: testActor('李娜') };
    await handOverCustomer(db, w.institute.id, { toManagerId: w.li.id, date: '2026-11-26', reason: '岗位调整', notes: '' }, li);
    const twin = await createCustomer(db, unitInput({ name: '航天材料及工艺研究所（重复）' }), w.ctx);
    await mergeCustomers(db, w.institute.id, twin.id, li);
    const audit = await entries(db);
    expect(audit.find((e) => e.action === 'customer.handover')).toMatchObject({
      userName: '李娜',
      userId: li.actor.userId,
      label: '航天材料及工艺研究所',
      details: { from: '王磊', to: '李娜' },
    });
    expect(audit.find((e) => e.action === 'customer.merge')).toMatchObject({
      userName: '李娜',
      label: '航天材料及工艺研究所',
      details: { mergedId: twin.id, mergedName: '航天材料及工艺研究所（重复）' },
    });
    // The merged duplicate went to the recycle bin: that is audited too, by name.
    expect(audit.find((e) => e.action === 'record.delete')).toMatchObject({
      userName: '李娜',
      label: '航天材料及工艺研究所（重复）',
      details: { kind: 'customers' },
    });
  });

  it('the recycle bin: a delete and a restore, each with its entry; deleting a deleted record again writes none', async () => {
    const w = await archive();
    db = w.db;
    const before = await db.audit.count();
    await softDeleteRecord(db, 'customers', w.institute.id, w.ctx);
    await softDeleteRecord(db, 'customers', w.institute.id, w.ctx);
    await restoreRecord(db, 'customers', w.institute.id, w.ctx);
    expect((await entries(db)).slice(before).map((e) => [e.action, e.label])).toEqual([
      ['record.delete', '航天材料及工艺研究所'],
      ['record.restore', '航天材料及工艺研究所'],
    ]);
  });
});
