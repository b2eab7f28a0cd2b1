import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseQuery, withKeyPrefix } from '../../../../src-renderer/core/search';
import {
  createContact,
  createCustomer,
  customersByContact,
  deleteContact,
  deleteCustomer,
  listCustomers,
  searchCustomers,
  type CustomerRecord,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { archive, INSTITUTE, unitInput } from './fixtures';
import { WHOLE_ARCHIVE } from '../../../shared/scopes';

let db: AirgapDb;
let base: CustomerRecord;
afterAll(() => db?.close());

beforeAll(async () => {
  const w = await archive();
  db = w.db;
  base = await createCustomer(db, unitInput({ name: '西北材料试验基地', shortName: '', type: 'armed_forces' }), w.ctx);
  const gone = await createCustomer(db, unitInput({ name: '航天材料旧址', shortName: '', type: 'other' }), w.ctx);
  await deleteCustomer(db, gone.id, w.ctx);
  await createContact(db, base.id, { name: '张建国', phones: ['010-8888 6666', '139 0000 1111'] }, w.ctx);
  const old = await createContact(db, w.group.id, { name: '赵六', phones: ['13700001111'] }, w.ctx);
  await deleteContact(db, old.id, w.ctx);
});

const names = async (q: string) => (await searchCustomers(db, q)).map((h) => h.customer.name);

describe('searchCustomers', () => {
  it('finds a unit by pinyin initials, full pinyin and characters from inside the name', async () => {
    expect(await names('htcl')).toEqual([INSTITUTE]);
    // Customers first, in pinyin order: hang… before zhong….
    expect(await names('hangtian')).toEqual([INSTITUTE, '中国航天科技集团有限公司']);
    expect(await names('HANGTIAN cai')).toEqual([INSTITUTE]);
    expect(await names('材料')).toEqual([INSTITUTE, '西北材料试验基地']);
    expect(await names('703所')).toEqual([INSTITUTE]);
  });

  it('finds a customer by a contact name or phone digits, after the direct hits', async () => {
    const byName = await searchCustomers(db, '张建国');
    expect(byName).toHaveLength(1);
    expect(byName[0]).toMatchObject({ via: 'contact', customer: { id: base.id }, contact: { name: '张建国' } });
    expect((await searchCustomers(db, 'zjg'))[0]?.contact?.name).toBe('张建国');
    expect(await names('88886666')).toEqual(['西北材料试验基地']);
    expect(await names('010-8888')).toEqual(['西北材料试验基地']);
    expect(await names('1390000')).toEqual(['西北材料试验基地']);
  });

  it('leaves out deleted customers and contacts, blank queries and respects the limit', async () => {
    expect(await names('旧址')).toEqual([]);
    expect(await names('13700001111')).toEqual([]);
    expect(await names('  ')).toEqual([]);
    expect(await searchCustomers(db, '材料', 1)).toHaveLength(1);
    expect((await searchCustomers(db, 'zhongguo')).every((h) => h.via === 'customer')).toBe(true);
  });
});

describe("the list's in-memory matching (withKeyPrefix) and customersByContact", () => {
  it('matches in memory exactly the customers the index finds by their own keys', async () => {
    const all = await listCustomers(db, WHOLE_ARCHIVE);
    for (const q of ['htcl', 'hangtian', 'HANGTIAN cai', '材料', '703所', 'cl', 'zhong', 'x', '旧址', 'zjg']) {
      const indexed = (await searchCustomers(db, q, 1000)).filter((h) => h.via === 'customer').map((h) => h.customer.id);
      const inMemory = withKeyPrefix(all, normaliseQuery(q)!).map((c) => c.id);
      expect(inMemory, q).toEqual(indexed);
    }
  });

  it('finds customers through contacts, leaving out the ones already found and honouring the limit', async () => {
    expect((await customersByContact(db, 'zjg')).map((h) => h.customer.id)).toEqual([base.id]);
    expect(await customersByContact(db, 'zjg', { exclude: new Set([base.id]) })).toEqual([]);
    expect(await customersByContact(db, '1390000', { limit: 0 })).toEqual([]);
    expect(await customersByContact(db, '   ')).toEqual([]);
    // The deleted contact's customer is not found through it.
    expect(await customersByContact(db, '13700001111')).toEqual([]);
  });
});
