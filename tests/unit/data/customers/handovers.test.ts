import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/core/validation';
import {
  acknowledgeHandover,
  bulkHandOver,
  createCustomer,
  createManager,
  createRequirement,
  customerTimeline,
  handOverCustomer,
  handoversOf,
  listManagers,
  openRequirementsOfManager,
  updateManager,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { archive, counts, stored, unitInput } from './fixtures';
import { testActor } from '../../../shared/actors';

let db: AirgapDb;
afterEach(() => db?.close());

const REQUIREMENT = { receivedDate: '2026-11-01', title: '样件', department: 'process', dueDate: '2026-11-20', answeredDate: null };

/** Makes the change log refuse its `n`-th next entry: the transaction writing it must roll back whole. */
function failChangeLogEntry(db: AirgapDb, n: number): () => void {
  let seen = 0;
  const hook = () => {
    seen += 1;
    if (seen === n) throw new Error('disk full');
  };
  db.changes.hook('creating', hook);
  return () => db.changes.hook('creating').unsubscribe(hook);
}

describe('handover of one customer', () => {
  it('writes the handover, the customer manager and its open requirements in one transaction', async () => {
    const w = await archive();
    db = w.db;
    await createRequirement(db, w.institute.id, REQUIREMENT, w.ctx);
    w.ctx.tick();
    const h = await handOverCustomer(db, w.institute.id, { toManagerId: w.li.id, date: '2026-11-26', reason: '岗位调整', notes: '' }, w.ctx);
    expect(h).toMatchObject({ fromManagerId: w.wang.id, fromManagerName: '王磊', toManagerId: w.li.id, toManagerName: '李娜', acknowledgedAt: null });
    expect(await stored(db, w.institute.id)).toMatchObject({ managerId: w.li.id, managerName: '李娜' });
    expect((await openRequirementsOfManager(db, w.li.id)).map((r) => r.customerName)).toEqual(['航天材料及工艺研究所']);
    expect(await openRequirementsOfManager(db, w.wang.id)).toEqual([]);
    expect((await customerTimeline(db, w.institute.id)).map((i) => i.kind)).toEqual(['handover', 'requirement']);

    const ack = await acknowledgeHandover(db, h.id, { ...w.ctx, actor: testActor('李娜') });
    expect(ack).toMatchObject({ acknowledgedBy: '李娜', acknowledgedAt: '2026-11-26T08:00:01.000Z' });
    expect(await acknowledgeHandover(db, h.id, w.ctx)).toEqual(ack);
    expect((await handoversOf(db, w.institute.id)).map((x) => x.id)).toEqual([h.id]);
  });

  it('refuses bad input with every field error, and writes nothing', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    const error = await handOverCustomer(db, w.institute.id, { toManagerId: '', date: '2026-02-30', reason: ' ' }, w.ctx).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ toManagerId: 'validation.required', date: 'validation.date', reason: 'validation.required' });
    const same = await handOverCustomer(db, w.institute.id, { toManagerId: w.wang.id, date: '2026-11-26', reason: '调整' }, w.ctx).catch((e: unknown) => e);
    expect((same as ValidationError).fieldErrors).toEqual({ toManagerId: 'validation.sameManager' });
    await updateManager(db, w.li.id, { name: '李娜', active: false }, w.ctx);
    const mid = await counts(db);
    const inactive = await handOverCustomer(db, w.institute.id, { toManagerId: w.li.id, date: '2026-11-26', reason: '调整' }, w.ctx).catch((e: unknown) => e);
    expect((inactive as ValidationError).fieldErrors).toEqual({ toManagerId: 'validation.managerInactive' });
    expect(before.changes + 1).toBe(mid.changes);
    expect(await counts(db)).toEqual(mid);
  });

  it('a failure midway leaves nothing: no handover, the customer unchanged', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    const release = failChangeLogEntry(db, 2); // the handover is logged, the customer update fails
    await expect(handOverCustomer(db, w.institute.id, { toManagerId: w.li.id, date: '2026-11-26', reason: '调整' }, w.ctx)).rejects.toThrow('disk full');
    release();
    expect(await counts(db)).toEqual(before);
    expect(await stored(db, w.institute.id)).toEqual(w.institute);
  });
});

describe('bulk handover', () => {
  it('moves every live customer of a manager, each with its own handover, in one transaction', async () => {
    const w = await archive();
    db = w.db;
    const zhao = await createManager(db, { name: '赵强' }, w.ctx);
    const other = await createCustomer(db, unitInput({ name: '某部队', type: 'armed_forces', managerId: zhao.id, managerName: '赵强' }), w.ctx);
    const before = await counts(db);
    expect(await bulkHandOver(db, w.wang.id, { toManagerId: w.li.id, date: '2026-11-26', reason: '王磊调岗' }, w.ctx)).toBe(3);
    const after = await counts(db);
    expect(after.handovers - before.handovers).toBe(3);
    expect(after.changes - before.changes).toBe(1 + 3); // one batch entry for the handovers, one per customer
    for (const c of [w.group, w.academy, w.institute]) {
      expect(await stored(db, c.id)).toMatchObject({ managerId: w.li.id, managerName: '李娜' });
      expect(await handoversOf(db, c.id)).toEqual([expect.objectContaining({ fromManagerName: '王磊', toManagerName: '李娜', reason: '王磊调岗' })]);
    }
    expect((await stored(db, other.id)).managerId).toBe(zhao.id);
  });

  it('all or nothing: refused input or a failure midway writes nothing', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    await expect(bulkHandOver(db, w.wang.id, { toManagerId: w.wang.id, date: '2026-11-26', reason: '调岗' }, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    await expect(bulkHandOver(db, w.wang.id, { toManagerId: w.li.id, date: '', reason: '调岗' }, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    const release = failChangeLogEntry(db, 3); // handovers and the first customer written, the second fails
    await expect(bulkHandOver(db, w.wang.id, { toManagerId: w.li.id, date: '2026-11-26', reason: '调岗' }, w.ctx)).rejects.toThrow('disk full');
    release();
    expect(await counts(db)).toEqual(before);
    for (const c of [w.group, w.academy, w.institute]) expect(await stored(db, c.id)).toEqual(c);
  });
});

describe('managers', () => {
  it('list in pinyin order; a rename reaches their customers and requirements in the same transaction', async () => {
    const w = await archive();
    db = w.db;
    await createManager(db, { name: '安然' }, w.ctx);
    expect((await listManagers(db)).map((m) => m.name)).toEqual(['安然', '李娜', '王磊']);
    const r = await createRequirement(db, w.institute.id, REQUIREMENT, w.ctx);
    const before = await counts(db);
    await updateManager(db, w.wang.id, { name: '王石磊', phone: '13812345678' }, w.ctx);
    for (const c of [w.group, w.academy, w.institute]) expect((await stored(db, c.id)).managerName).toBe('王石磊');
    expect((await db.table('requirements').get(r.id)).managerName).toBe('王石磊');
    expect((await counts(db)).changes - before.changes).toBe(1 + 3 + 1);
    // A failure while renaming leaves the old name everywhere.
    const release = failChangeLogEntry(db, 3);
    await expect(updateManager(db, w.wang.id, { name: '王磊' }, w.ctx)).rejects.toThrow('disk full');
    release();
    expect((await listManagers(db)).find((m) => m.id === w.wang.id)?.name).toBe('王石磊');
    expect((await stored(db, w.group.id)).managerName).toBe('王石磊');
  });

  it('refuse invalid input, writing nothing', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    await expect(createManager(db, { name: '', phone: '123' }, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    await expect(updateManager(db, w.li.id, { name: '李娜', active: 'yes' }, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    expect(await counts(db)).toEqual(before);
  });
});
