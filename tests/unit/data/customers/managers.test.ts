import { afterEach, describe, expect, it } from 'vitest';
import { bulkHandOver, createCustomer, createManager, customerCountsByManager, deleteCustomer, restoreCustomer } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { archive, unitInput } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

describe('customerCountsByManager', () => {
  it('counts each manager’s live customers: deleted ones are not counted, restored ones are again', async () => {
    const w = await archive(); // three units of 王磊
    db = w.db;
    const li = { managerId: w.li.id, managerName: w.li.name };
    const a = await createCustomer(db, unitInput({ name: '北京航空材料研究院', ...li }), w.ctx);
    await createCustomer(db, unitInput({ name: '西安航天动力研究所', ...li }), w.ctx);
    await createCustomer(db, unitInput({ name: '无人负责的单位' }), w.ctx);
    const idle = await createManager(db, { name: '赵敏', phone: '' }, w.ctx);
    expect(Object.fromEntries(await customerCountsByManager(db))).toEqual({ [w.wang.id]: 3, [w.li.id]: 2 });

    await deleteCustomer(db, a.id, w.ctx);
    await deleteCustomer(db, w.institute.id, w.ctx);
    const counts = await customerCountsByManager(db);
    expect(Object.fromEntries(counts)).toEqual({ [w.wang.id]: 2, [w.li.id]: 1 });
    expect(counts.get(idle.id)).toBeUndefined();

    await restoreCustomer(db, a.id, w.ctx);
    expect(Object.fromEntries(await customerCountsByManager(db))).toEqual({ [w.wang.id]: 2, [w.li.id]: 2 });
  });

  it('follows a bulk handover, and a manager left with only deleted customers has none', async () => {
    const w = await archive();
    db = w.db;
    await deleteCustomer(db, w.institute.id, w.ctx);
    await bulkHandOver(db, w.wang.id, { toManagerId: w.li.id, date: '2026-11-26', reason: '调岗', notes: '' }, w.ctx);
    // The deleted unit stays with 王磊 (a handover moves live customers): it is not counted for anyone.
    expect(Object.fromEntries(await customerCountsByManager(db))).toEqual({ [w.li.id]: 2 });
  });

  it('reads no customer row while none is deleted: only index counts', async () => {
    const w = await archive();
    db = w.db;
    const read: string[] = [];
    db.table('customers').hook('reading', (row: { name: string }) => {
      read.push(row.name);
      return row;
    });
    expect(Object.fromEntries(await customerCountsByManager(db))).toEqual({ [w.wang.id]: 3 });
    expect(read).toEqual([]);
  });
});
