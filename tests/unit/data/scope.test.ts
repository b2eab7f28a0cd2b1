import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError, OutOfScopeError, type Role } from '../../../src-renderer/core/accounts';
import type { DataScope } from '../../../src-renderer/core/accounts/types';
import {
  createContact,
  createCustomer,
  createManager,
  firstCustomers,
  handOverCustomer,
  listCustomers,
  mergeCustomers,
  searchCustomers,
  updateCustomer,
  type CustomerRecord,
} from '../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { customerIdsInScope, customerInScope, keepCustomersInScope } from '../../../src-renderer/data/scope';
import type { WriteContext } from '../../../src-renderer/data/write-context';
import { testActor } from '../../shared/actors';
import { readScope, WHOLE_ARCHIVE } from '../../shared/scopes';
import { counts, unitInput } from './customers/fixtures';
import { department, type Department } from './scope-fixture';
import { freshDb, testContext } from './helpers';

/**
 * Issue 15.3: the data scope (本人 / 本部门 / 全部) filters what a business user reads and refuses
 * what they write outside it. "Another department" is simulated by writing with another
 * installation's context: its change-log entries carry that origin, as an import's do.
 */
let db: AirgapDb;
afterEach(() => db?.close());

const names = (rows: readonly CustomerRecord[]) => rows.map((r) => r.name).sort();

describe('reads within the data scope', () => {
  it('本人 sees its linked manager’s customers; 本部门 this department’s; 全部 everything', async () => {
    const d = await department();
    db = d.db;
    const own = readScope('own', d.here.origin, d.wang.id);
    expect(names(await listCustomers(db, own))).toEqual(names([d.c.wangs, d.c.receivedToWang]));
    const dept = readScope('department', d.here.origin);
    expect(names(await listCustomers(db, dept))).toEqual(names([d.c.wangs, d.c.lis, d.c.unmanagedHere, d.c.receivedToWang]));
    expect(names(await listCustomers(db, readScope('all', d.here.origin)))).toEqual(names(Object.values(d.c)));
    // 本人 without a linked manager sees nothing.
    expect(await listCustomers(db, readScope('own', d.here.origin, null))).toEqual([]);
    expect(names(await firstCustomers(db, 1, own))).toEqual(names(await listCustomers(db, own)).slice(0, 1));
  });

  it('search (the palette and the list before its full read) finds only customers in scope, also through their contacts', async () => {
    const d = await department();
    db = d.db;
    await createContact(db, d.c.lis.id, { name: '研究员甲', phones: ['13800000001'] }, d.here);
    await createContact(db, d.c.wangs.id, { name: '研究员乙', phones: ['13800000002'] }, d.here);
    const own = readScope('own', d.here.origin, d.wang.id);
    const hits = await searchCustomers(db, '航天', 50, own);
    expect(names(hits.map((h) => h.customer))).toEqual(names([d.c.wangs, d.c.receivedToWang]));
    const byPhone = await searchCustomers(db, '138000000', 50, own);
    expect(byPhone.map((h) => [h.customer.name, h.via])).toEqual([[d.c.wangs.name, 'contact']]);
    expect(await searchCustomers(db, '13800000001', 50, own)).toEqual([]);
    expect((await searchCustomers(db, '13800000001', 50, WHOLE_ARCHIVE)).map((h) => h.customer.id)).toEqual([d.c.lis.id]);
  });

  it('the ids in scope (for follow-ups, complaints, reports) and one customer’s check agree with the list', async () => {
    const d = await department();
    db = d.db;
    for (const scope of [readScope('own', d.here.origin, d.li.id), readScope('department', d.here.origin)]) {
      const ids = await customerIdsInScope(db, scope);
      expect([...ids!].sort()).toEqual((await listCustomers(db, scope)).map((c) => c.id).sort());
      for (const customer of Object.values(d.c)) expect(await customerInScope(db, scope, customer)).toBe(ids!.has(customer.id));
    }
    expect(await customerIdsInScope(db, readScope('all', d.here.origin))).toBeNull();
  });

  it('全部 filters nothing and reads nothing: the list is the same array', async () => {
    const rows = [{ id: 'x', managerId: 'm', origin: 'elsewhere' }];
    // No database at all: a read would throw.
    expect(await keepCustomersInScope(undefined as never, WHOLE_ARCHIVE, rows)).toBe(rows);
  });

  it('property: every customer a scoped list returns is in scope, and every customer in scope is returned', async () => {
    const here = testContext();
    const there = testContext('外部门');
    const customerArb = fc.record({
      manager: fc.constantFrom('local-0', 'local-1', 'foreign', 'none'),
      madeHere: fc.boolean(),
      editedHere: fc.boolean(),
      deleted: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(customerArb, { maxLength: 8 }),
        fc.constantFrom<DataScope>('own', 'department', 'all'),
        fc.nat(1),
        async (specs, scope, linked) => {
          db?.close();
          db = await freshDb();
          const local = [await createManager(db, { name: '王磊', phone: '' }, here), await createManager(db, { name: '李娜', phone: '' }, here)];
          const foreign = await createManager(db, { name: '赵外', phone: '' }, there);
          const expected: string[] = [];
          let n = 0;
          for (const spec of specs) {
            const manager = spec.manager === 'none' ? null : spec.manager === 'foreign' ? foreign : local[Number(spec.manager.slice(-1))]!;
            const input = unitInput({ name: `客户${(n += 1)}所`, shortName: '', managerId: manager?.id ?? null, managerName: manager?.name ?? '' });
            const made = await createCustomer(db, input, spec.madeHere ? here : there, { allowDuplicate: true });
            if (spec.editedHere) await updateCustomer(db, made.id, { ...input, notes: '改' }, here, { allowDuplicate: true });
            if (spec.deleted) await db.customers.update(made.id, { deletedAt: '2026-01-01T00:00:00.000Z' });
            // The oracle, written from the definition (docs/accounts.md), not from the code.
            const visible =
              scope === 'all' ||
              (scope === 'own' && manager === local[linked]) ||
              (scope === 'department' && (manager === null ? spec.madeHere : manager !== foreign));
            if (visible && !spec.deleted) expected.push(made.id);
          }
          const listed = await listCustomers(db, readScope(scope, here.origin, local[linked]!.id));
          expect(listed.map((c) => c.id).sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('writes within the data scope', () => {
  const userOf = (d: Department, scope: DataScope, roles: readonly Role[] = ['account-manager'], managerId: string | null = d.wang.id): WriteContext => ({
    ...d.here,
    actor: { ...testActor(`${scope}用户`, roles, scope), managerId },
  });

  async function refusedWithNothingWritten(write: () => Promise<unknown>): Promise<OutOfScopeError> {
    const before = await counts(db);
    const error = await write().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutOfScopeError);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ messageKey: 'accounts.outOfScope' });
    expect(await counts(db)).toEqual(before);
    return error as OutOfScopeError;
  }

  it('本人: its customers and their records are written; another manager’s are refused, nothing written', async () => {
    const d = await department();
    db = d.db;
    const me = userOf(d, 'own');
    await createContact(db, d.c.wangs.id, { name: '联系人甲', phones: [] }, me);
    await refusedWithNothingWritten(() => createContact(db, d.c.lis.id, { name: '联系人乙', phones: [] }, me));
    await refusedWithNothingWritten(() =>
      updateCustomer(db, d.c.lis.id, { ...unitInput({ name: d.c.lis.name, managerId: d.li.id, managerName: d.li.name }), notes: 'x' }, me),
    );
  });

  it('本人: a new customer must be the linked manager’s, and an edit cannot give one away', async () => {
    const d = await department();
    db = d.db;
    const me = userOf(d, 'own');
    const mine = await createCustomer(db, unitInput({ name: '新客户研究所', managerId: d.wang.id, managerName: d.wang.name }), me);
    expect(mine.managerId).toBe(d.wang.id);
    await refusedWithNothingWritten(() => createCustomer(db, unitInput({ name: '别人的新客户所', managerId: d.li.id, managerName: d.li.name }), me));
    await refusedWithNothingWritten(() => createCustomer(db, unitInput({ name: '无人负责的新客户所' }), me));
    await refusedWithNothingWritten(() => updateCustomer(db, mine.id, unitInput({ name: '新客户研究所', managerId: d.li.id, managerName: d.li.name }), me));
  });

  it('本部门: a received customer of another department’s manager is refused, also when merging it with one of ours', async () => {
    const d = await department();
    db = d.db;
    const head = userOf(d, 'department', ['department-head'], null);
    await refusedWithNothingWritten(() => createContact(db, d.c.foreigns.id, { name: '联系人丙', phones: [] }, head));
    await refusedWithNothingWritten(() => mergeCustomers(db, d.c.wangs.id, d.c.foreigns.id, head));
    await refusedWithNothingWritten(() => mergeCustomers(db, d.c.foreigns.id, d.c.wangs.id, head));
    // Handing over between two managers of this department stays within it.
    await handOverCustomer(db, d.c.wangs.id, { toManagerId: d.li.id, date: '2026-11-20', reason: '岗位调整' }, head);
    expect((await db.customers.get(d.c.wangs.id))?.managerId).toBe(d.li.id);
    // Handing over to the other department's manager would put it out of this user's reach.
    await refusedWithNothingWritten(() => handOverCustomer(db, d.c.lis.id, { toManagerId: d.foreign.id, date: '2026-11-20', reason: '岗位调整' }, head));
  });

  it('全部 writes any customer, also a received one', async () => {
    const d = await department();
    db = d.db;
    const head = userOf(d, 'all', ['department-head'], null);
    await createContact(db, d.c.foreigns.id, { name: '联系人丁', phones: [] }, head);
    await mergeCustomers(db, d.c.wangs.id, d.c.foreigns.id, head);
    expect((await db.customers.get(d.c.foreigns.id))?.mergedInto).toBe(d.c.wangs.id);
  });
});
