import { afterEach, describe, expect, it } from 'vitest';
import { deleteCustomer, updateCustomer } from '../../../../src-renderer/data/customers';
import { applyImport, listOpenConflicts, previewImport } from '../../../../src-renderer/data/exchange';
import { historyOf } from '../../../../src-renderer/data/records';
import { unitInput } from '../customers/fixtures';
import { closeAll, customerTree, exportFor, pairOfDepartments, receive, send } from './departments-fixture';

afterEach(closeAll);

/** A customer of 市场部, exported and imported at 科研处. */
async function importedAtB() {
  const { a, b, dir } = await pairOfDepartments();
  const { customer } = await customerTree(a, '中国运载火箭技术研究院');
  const file = await exportFor(a, b, dir);
  await receive(b, file.bytes);
  return { a, b, dir, customer, file };
}

/** The import's fast paths (batched history, the preview's reads reused, lineages only where needed) keep its rules. */
describe('import fast paths', () => {
  it('logs the new records of an import as one create entry per origin and operator, each record findable in its history', async () => {
    const { a, b, dir } = await pairOfDepartments();
    const first = await customerTree(a, '中国运载火箭技术研究院');
    const second = await customerTree(a, '航天材料及工艺研究所');
    const before = await b.db.changes.count();
    await send(a, b, dir);
    const entries = (await b.db.changes.toArray()).slice(before);
    expect(entries.filter((e) => e.table === 'customers')).toHaveLength(1);
    expect(entries.find((e) => e.table === 'customers')!.recordIds.sort()).toEqual([first.customer.id, second.customer.id].sort());
    expect((await historyOf(b.db, 'customers', second.customer.id)).map((e) => [e.op, e.by, e.recordIds])).toEqual([
      ['create', second.customer.updatedBy, [second.customer.id]],
    ]);
  });

  it('an edit made between the preview and the apply is seen by the apply: kept as a conflict, not overwritten unseen', async () => {
    const { a, b, dir } = await pairOfDepartments();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    await send(a, b, dir);
    const base = { name: customer.name, managerId: customer.managerId, managerName: customer.managerName };
    b.ctx.tick(1000);
    a.ctx.tick(5000);
    await updateCustomer(a.db, customer.id, unitInput({ ...base, shortName: '市场部改' }), a.ctx);
    const file = await exportFor(a, b, dir);
    const preview = await previewImport(
      b.db,
      file.bytes,
      { identities: [b.installation.keys.ageIdentity] },
      { installation: b.installation, now: () => b.ctx.now().getTime() },
    );
    if (preview.status !== 'ready') throw new Error(preview.status);
    expect(preview.total).toMatchObject({ updated: 1, conflict: 0 });
    await updateCustomer(b.db, customer.id, unitInput({ ...base, shortName: '科研处改' }), b.ctx);
    const report = await applyImport(b.db, preview.file, b.ctx);
    expect(report.total).toMatchObject({ updated: 0, conflict: 1 });
    expect((await listOpenConflicts(b.db)).map((c) => c.loser.shortName)).toEqual(['科研处改']);
  });

  it('a record imported and then edited here has seen the imported version: the old file again is older, not a conflict', async () => {
    const { a, b, dir, customer, file } = await importedAtB();
    b.ctx.tick(1000);
    await updateCustomer(
      b.db,
      customer.id,
      unitInput({ name: customer.name, shortName: '一院', managerId: customer.managerId, managerName: customer.managerName }),
      b.ctx,
    );
    const { report } = await receive(b, file.bytes);
    expect(report.total.conflict).toBe(0);
    expect(report.counts.customers).toMatchObject({ older: 1 });
    // …and A, receiving B's edit, takes it as an update of its own version.
    const back = await send(b, a, dir);
    expect(back.report.counts.customers).toMatchObject({ updated: 1, conflict: 0 });
  });

  it('so has a deletion made here of an imported record', async () => {
    const { a, b, customer, file } = await importedAtB();
    expect(await b.db.table('lineages').count()).toBe(0);
    b.ctx.tick(1000);
    await deleteCustomer(b.db, customer.id, b.ctx);
    expect(await b.db.table('lineages').get(customer.id)).toMatchObject({ seen: { [a.installation.installationId]: customer.rev } });
    const { report } = await receive(b, file.bytes);
    expect(report.counts.customers).toMatchObject({ older: 1, conflict: 0 });
  });
});
