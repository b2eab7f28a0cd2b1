import { afterEach, describe, expect, it } from 'vitest';
import { deleteCustomer } from '../../../../src-renderer/data/customers';
import { ExportError, selectedCustomerIds } from '../../../../src-renderer/data/exchange';
import { closeAll, customerTree, exportFor, pairOfDepartments, receive } from './departments-fixture';

afterEach(closeAll);

/** Three customers under two managers, graded A, A and B (the grade as an approved grading leaves it). */
async function institute() {
  const { a, b, dir } = await pairOfDepartments();
  const first = await customerTree(a, '中国运载火箭技术研究院');
  const second = await customerTree(a, '航天材料及工艺研究所');
  const third = await customerTree(a, '北京控制工程研究所');
  // The third customer gets the first one's manager: one manager, two customers.
  await a.db.table('customers').update(third.customer.id, { managerId: first.manager.id });
  await a.db.table('customers').update(first.customer.id, { grade: 'A' });
  await a.db.table('customers').update(second.customer.id, { grade: 'A' });
  await a.db.table('customers').update(third.customer.id, { grade: 'B' });
  return { a, b, dir, first, second, third };
}

describe('export selection by grade or by manager', () => {
  it('by grade: the live customers of the chosen grades, each with everything that belongs to it', async () => {
    const { a, b, dir, first, second, third } = await institute();
    expect((await selectedCustomerIds(a.db, { by: 'grades', grades: ['A'] })).sort()).toEqual([first.customer.id, second.customer.id].sort());
    await deleteCustomer(a.db, second.customer.id, a.ctx);
    const file = await exportFor(a, b, dir, { type: 'selection', by: 'grades', grades: ['A', 'AA'] });
    expect(file.counts).toMatchObject({ customers: 1, contacts: 1, interactions: 1, managers: 1 });
    expect(file.scope).toEqual({ type: 'selection', criteria: { by: 'grades', grades: ['A', 'AA'] } });
    await receive(b, file.bytes);
    expect((await b.db.table('customers').toArray()).map((c) => c.id)).toEqual([first.customer.id]);
    expect((await b.db.table('interactions').toArray()).map((c) => c.id)).toEqual([first.interaction.id]);
    expect(await b.db.table('customers').get(third.customer.id)).toBeUndefined();
  });

  it('by manager: every live customer the chosen managers are responsible for, named in the manifest', async () => {
    const { a, b, dir, first, third } = await institute();
    const file = await exportFor(a, b, dir, { type: 'selection', by: 'managers', managerIds: [first.manager.id] });
    expect(file.counts).toMatchObject({ customers: 2, contacts: 2, interactions: 2, managers: 1 });
    expect(file.scope.criteria).toEqual({ by: 'managers', managerIds: [first.manager.id], managerNames: [first.manager.name] });
    const { preview } = await receive(b, file.bytes);
    expect(preview.status === 'ready' && preview.file.manifest.scope.criteria?.by).toBe('managers');
    expect((await b.db.table('customers').toArray()).map((c) => c.id).sort()).toEqual([first.customer.id, third.customer.id].sort());
  });

  it('a grade or manager nobody has selects nothing: the export is refused, not written empty', async () => {
    const { a, b, dir, second } = await institute();
    await expect(exportFor(a, b, dir, { type: 'selection', by: 'grades', grades: ['AAA'] })).rejects.toBeInstanceOf(ExportError);
    await deleteCustomer(a.db, second.customer.id, a.ctx);
    await expect(exportFor(a, b, dir, { type: 'selection', by: 'managers', managerIds: [second.manager.id] })).rejects.toMatchObject({
      code: 'empty-selection',
    });
  });
});
