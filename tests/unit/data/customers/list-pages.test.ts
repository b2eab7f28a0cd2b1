import { afterEach, describe, expect, it } from 'vitest';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { LIST_PAGE, listCustomers } from '../../../../src-renderer/data/customers';
import { readScope, WHOLE_ARCHIVE } from '../../../shared/scopes';
import { department } from '../scope-fixture';

/**
 * 客户档案's whole-archive read (issue 20): pages by primary key, sorted as the `sortKey` index orders
 * (key, then id), and it stops after the page under way once the list is no longer wanted.
 */
let db: AirgapDb;
afterEach(() => db?.close());

/** More than two pages of customers, many sharing a sort key, some deleted, ids not in sort-key order. */
async function manyCustomers() {
  const d = await department();
  db = d.db;
  const base = d.c.wangs;
  const n = 2 * LIST_PAGE + 123;
  await db.customers.bulkPut(
    Array.from({ length: n }, (_, i) => ({
      ...base,
      id: `${String((i * 7919) % n).padStart(6, '0')}-0000-4000-8000-000000000000`,
      sortKey: `hang tian ${String(i % 97).padStart(2, '0')}`,
      deletedAt: i % 11 === 0 ? '2027-01-01T00:00:00.000Z' : null,
    })),
  );
  return d;
}

describe('listCustomers', () => {
  it('gives what the sortKey index gives, live customers only, for the whole archive and a narrower scope', async () => {
    const d = await manyCustomers();
    const byIndex = (await db.customers.orderBy('sortKey').toArray()).filter((c) => c.deletedAt === null);
    const listed = await listCustomers(db, WHOLE_ARCHIVE);
    expect(listed.length).toBeGreaterThan(LIST_PAGE); // three pages read
    expect(listed.map((c) => c.id)).toEqual(byIndex.map((c) => c.id));
    const own = readScope('own', d.here.origin, d.wang.id);
    expect((await listCustomers(db, own)).map((c) => c.id)).toEqual(byIndex.filter((c) => c.managerId === d.wang.id).map((c) => c.id));
  });

  it('stops after the page under way once it is no longer wanted', async () => {
    await manyCustomers();
    let asked = 0;
    const listed = await listCustomers(db, WHOLE_ARCHIVE, () => ++asked < 1);
    expect(asked).toBe(1);
    // One page read, its live rows kept: not the whole archive.
    expect(listed.length).toBeLessThanOrEqual(LIST_PAGE);
    expect(listed.length).toBeGreaterThan(0);
  });
});
