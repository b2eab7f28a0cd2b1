import { afterEach, describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  childrenOf,
  createCustomer,
  customerHistory,
  deleteCustomer,
  DuplicateCustomerError,
  firstCustomers,
  getCustomer,
  listCustomers,
  restoreCustomer,
  updateCustomer,
  updateManager,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { freshDb, testContext, refusal } from '../helpers';
import { archive, counts, INSTITUTE, unitInput } from './fixtures';
import { WHOLE_ARCHIVE } from '../../../shared/scopes';

let db: AirgapDb;
afterEach(() => db?.close());

describe('customers: create and update', () => {
  it('stores the parsed values with derived keys and logs the creation', async () => {
    db = await freshDb();
    const ctx = testContext();
    const c = await createCustomer(db, unitInput({ name: '  航天材料 及工艺研究所 ', level: 1, tags: ['重点', '', '重点'] }), ctx);
    expect(c).toMatchObject({ name: '航天材料 及工艺研究所', tags: ['重点'], mergedInto: null, deletedAt: null, updatedBy: '张伟' });
    expect(c.sortKey).toMatch(/^hang tian cai liao/);
    expect(c.searchKeys).toContain('htcljgyyjs');
    expect(await customerHistory(db, c.id)).toEqual([expect.objectContaining({ op: 'create' })]);
  });

  it('refuses invalid input with field errors and writes nothing', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    expect(await refusal(createCustomer(db, unitInput({ name: '', type: 'pirate' }), w.ctx))).toMatchObject({
      name: 'validation.required',
      type: 'validation.choice',
    });
    expect(await refusal(createCustomer(db, unitInput({ name: '新单位', cooperationStart: '2026-12-01' }), w.ctx, { today: '2026-11-26' }))).toEqual({
      cooperationStart: 'validation.dateInFuture',
    });
    expect(await refusal(updateCustomer(db, w.group.id, unitInput({ level: 4 }), w.ctx))).toEqual({ level: 'validation.choice' });
    expect(await refusal(createCustomer(db, 'not an object', w.ctx))).toHaveProperty('_');
    expect(await counts(db)).toEqual(before);
  });

  it('defaults "today" to the local date of the write', async () => {
    db = await freshDb();
    const ctx = testContext('张伟', Date.UTC(2026, 10, 26, 8));
    expect(await refusal(createCustomer(db, unitInput({ cooperationStart: '2027-01-01' }), ctx))).toEqual({ cooperationStart: 'validation.dateInFuture' });
  });

  it('checks the hierarchy against the stored parent', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    expect(await refusal(createCustomer(db, unitInput({ name: '某所', level: 3, parentId: w.group.id }), w.ctx))).toEqual({
      parentId: 'validation.parentLevel',
    });
    expect(await refusal(createCustomer(db, unitInput({ name: '某院', level: 2, parentId: null }), w.ctx))).toEqual({ parentId: 'validation.parentRequired' });
    const unknownParent = '01900000-0000-7000-8000-000000000000';
    expect(await refusal(createCustomer(db, unitInput({ name: '某院', level: 2, parentId: unknownParent }), w.ctx))).toEqual({
      parentId: 'validation.parentMissing',
    });
    // A level change that would leave the sub-units two levels below.
    expect(await refusal(updateCustomer(db, w.academy.id, unitInput({ name: '中国运载火箭技术研究院', level: 3, parentId: w.group.id }), w.ctx))).toEqual({
      parentId: 'validation.parentLevel',
    });
    expect(await counts(db)).toEqual(before); // every refusal so far wrote nothing
    const other = await createCustomer(db, unitInput({ name: '中国空间技术研究院', level: 2, parentId: w.group.id }), w.ctx);
    const mid = await counts(db);
    expect(await refusal(updateCustomer(db, w.academy.id, unitInput({ name: '中国运载火箭技术研究院', level: 3, parentId: other.id }), w.ctx))).toEqual({
      level: 'validation.childLevel',
    });
    expect(await counts(db)).toEqual(mid);
  });

  it('warns of duplicates by normalised name and by pinyin; allowDuplicate creates anyway', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    const same = await createCustomer(db, unitInput({ name: '中国航天科技集团公司' }), w.ctx).catch((e: unknown) => e);
    expect(same).toBeInstanceOf(DuplicateCustomerError);
    expect((same as DuplicateCustomerError).candidates).toEqual([{ id: w.group.id, name: '中国航天科技集团有限公司', reason: 'same_name' }]);
    const sound = await createCustomer(db, unitInput({ name: '航天材料及工艺研究锁', level: 3, parentId: w.academy.id }), w.ctx).catch((e: unknown) => e);
    expect((sound as DuplicateCustomerError).candidates).toEqual([{ id: w.institute.id, name: INSTITUTE, reason: 'same_pinyin' }]);
    expect(await counts(db)).toEqual(before);
    const created = await createCustomer(db, unitInput({ name: '中国航天科技集团公司' }), w.ctx, { allowDuplicate: true });
    expect(await getCustomer(db, created.id)).toEqual(created);
    // A deleted unit is no longer a duplicate.
    await deleteCustomer(db, created.id, w.ctx);
    await deleteCustomer(db, w.institute.id, w.ctx);
    await expect(createCustomer(db, unitInput({ name: INSTITUTE, level: 3, parentId: w.academy.id }), w.ctx)).resolves.toMatchObject({ name: INSTITUTE });
  });

  it('warns when a rename collides with another live customer, never with itself; allowDuplicate saves anyway', async () => {
    const w = await archive();
    db = w.db;
    const other = await createCustomer(db, unitInput({ name: '北京雷达研究所', shortName: '雷达所', level: 3, parentId: w.academy.id }), w.ctx);
    const input = (values: Record<string, unknown>) => unitInput({ name: '北京雷达研究所', shortName: '雷达所', level: 3, parentId: w.academy.id, ...values });
    const before = await counts(db);

    // Same sound as the institute (锁 for 所), and the short name of the group's name: both listed, nothing written.
    const renamed = await updateCustomer(db, other.id, input({ name: '航天材料及工艺研究锁', shortName: '中国航天科技集团' }), w.ctx).catch((e: unknown) => e);
    expect(renamed).toBeInstanceOf(DuplicateCustomerError);
    expect((renamed as DuplicateCustomerError).candidates).toEqual([
      { id: w.group.id, name: '中国航天科技集团有限公司', reason: 'same_name' },
      { id: w.institute.id, name: INSTITUTE, reason: 'same_pinyin' },
    ]);
    expect(await counts(db)).toEqual(before);

    // Its own name, written differently, and edits that leave the name alone: no warning.
    await expect(updateCustomer(db, other.id, input({ name: '北京雷达研究所（）', region: '西安' }), w.ctx)).resolves.toMatchObject({ region: '西安' });
    const saved = await updateCustomer(db, other.id, input({ name: '航天材料及工艺研究锁' }), w.ctx, { allowDuplicate: true });
    expect(saved.name).toBe('航天材料及工艺研究锁');
    // The accepted duplicate does not warn again on the next edit that keeps the name.
    await expect(updateCustomer(db, other.id, input({ name: '航天材料及工艺研究锁', notes: '与703所不是同一单位' }), w.ctx)).resolves.toMatchObject({
      notes: '与703所不是同一单位',
    });
    // A deleted customer is no longer a duplicate.
    await deleteCustomer(db, w.institute.id, w.ctx);
    await expect(updateCustomer(db, other.id, input({ name: INSTITUTE }), w.ctx)).resolves.toMatchObject({ name: INSTITUTE });
  });

  it('takes the manager name from the manager list and refuses unknown or inactive managers', async () => {
    const w = await archive();
    db = w.db;
    const c = await createCustomer(db, unitInput({ name: '某基地', managerId: w.li.id, managerName: '打错的名字' }), w.ctx);
    expect(c.managerName).toBe('李娜');
    await updateManager(db, w.li.id, { name: '李娜', phone: '', active: false }, w.ctx);
    expect(await refusal(createCustomer(db, unitInput({ name: '某站', managerId: w.li.id, managerName: '李娜' }), w.ctx))).toEqual({
      managerId: 'validation.managerInactive',
    });
    // Its present customer keeps the inactive manager on other edits.
    await expect(
      updateCustomer(db, c.id, unitInput({ name: '某基地', region: '西安', managerId: w.li.id, managerName: '李娜' }), w.ctx),
    ).resolves.toMatchObject({ region: '西安' });
    const unknown = '01900000-0000-7000-8000-000000000001';
    expect(await refusal(createCustomer(db, unitInput({ name: '某站', managerId: unknown, managerName: '某人' }), w.ctx))).toEqual({
      managerId: 'validation.choice',
    });
  });

  it('an update that changes nothing writes nothing; mergedInto is not a form field', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    const input = unitInput({ name: '中国航天科技集团有限公司', shortName: '航天科技', managerId: w.wang.id, managerName: '王磊', mergedInto: w.academy.id });
    expect(await updateCustomer(db, w.group.id, input, w.ctx)).toEqual(w.group);
    expect(await counts(db)).toEqual(before);
  });
});

describe('customers: reads, delete and restore', () => {
  it('lists live customers in pinyin order, first ones by the index, children and ancestors', async () => {
    const w = await archive();
    db = w.db;
    const extra = await createCustomer(db, unitInput({ name: '阿里巴巴', type: 'private' }), w.ctx);
    await deleteCustomer(db, extra.id, w.ctx);
    await createCustomer(db, unitInput({ name: '北方工业', type: 'private' }), w.ctx);
    const names = (await listCustomers(db, WHOLE_ARCHIVE)).map((c) => c.name);
    expect(names).toEqual(['北方工业', INSTITUTE, '中国航天科技集团有限公司', '中国运载火箭技术研究院']);
    expect((await firstCustomers(db, 2, WHOLE_ARCHIVE)).map((c) => c.name)).toEqual(names.slice(0, 2));
    expect((await childrenOf(db, w.group.id)).map((c) => c.id)).toEqual([w.academy.id]);
    expect((await ancestorsOf(db, w.institute)).map((c) => c.id)).toEqual([w.group.id, w.academy.id]);
    expect(await ancestorsOf(db, w.group)).toEqual([]);
  });

  it('refuses to delete a unit with live sub-units, and to restore one under a deleted parent', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    expect(await refusal(deleteCustomer(db, w.academy.id, w.ctx))).toEqual({ _: 'validation.hasSubUnits' });
    expect(await counts(db)).toEqual(before);

    await deleteCustomer(db, w.institute.id, w.ctx);
    await deleteCustomer(db, w.academy.id, w.ctx);
    expect((await getCustomer(db, w.academy.id))?.deletedAt).not.toBeNull();
    const afterDeletes = await counts(db);
    expect(await refusal(restoreCustomer(db, w.institute.id, w.ctx))).toEqual({ _: 'validation.parentMissing' });
    expect(await counts(db)).toEqual(afterDeletes);

    await restoreCustomer(db, w.academy.id, w.ctx);
    await expect(restoreCustomer(db, w.institute.id, w.ctx)).resolves.toMatchObject({ deletedAt: null });
    const ops = (await customerHistory(db, w.institute.id)).map((e) => e.op);
    expect(ops).toEqual(['create', 'delete', 'restore']);
  });
});
