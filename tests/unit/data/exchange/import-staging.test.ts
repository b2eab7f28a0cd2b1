import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, ImportRefusedError, previewImport } from '../../../../src-renderer/data/exchange';
import { stagingTable, VERIFIED_SEQ } from '../../../../src-renderer/data/exchange/staging';
import { newId } from '../../../../src-renderer/core/ids';
import { closeAll, customerTree, department, exchangedRecords, exportFor, introduce, pairOfDepartments, tableCounts, type Dept } from './departments-fixture';

afterEach(closeAll);

/** Small batches, so that a few records span several (the app's default is STAGED_BATCH_RECORDS). */
const BATCH = 4;

function preview(to: Dept, bytes: Uint8Array) {
  return previewImport(
    to.db,
    bytes,
    { identities: [to.installation.keys.ageIdentity] },
    { installation: to.installation, now: () => to.ctx.now().getTime(), batchRecords: BATCH },
  );
}

async function ready(to: Dept, bytes: Uint8Array) {
  const result = await preview(to, bytes);
  if (result.status !== 'ready') throw new Error(result.status);
  return result;
}

/** The preview parks the file's records in the staging table; the apply takes them from there in its one transaction. */
describe('import staging', () => {
  it('a file larger than one batch is staged in batches, applied whole, and leaves no staging row', async () => {
    const { a, b, dir } = await pairOfDepartments();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    // More customers than one batch holds, written raw (valid copies with their own ids). No short name is '', as
    // the schema stores it: the import stores the schema's output (issue 14.1), so a raw null would come back ''.
    const copies = Array.from({ length: 2 * BATCH + 1 }, (_, i) => ({ ...customer, id: newId(), name: `${customer.name}${i}`, shortName: '' }));
    await a.db.table('customers').bulkPut(copies);
    const file = await exportFor(a, b, dir);

    const staged = await ready(b, file.bytes);
    // customers (2 * BATCH + 2: three batches), managers, contacts, interactions — each kind its own batches.
    expect(staged.file.batches).toBe(6);
    expect(staged.file.records).toBe(2 * BATCH + 5);
    expect(staged.total.new).toBe(2 * BATCH + 5);
    expect(await stagingTable(b.db).count()).toBe(staged.file.batches + 1);
    // The preview's result holds no records: they are only in the staging table.
    expect(JSON.stringify(staged.file).length).toBeLessThan(2_000);
    expect(await b.db.table('customers').count()).toBe(0);

    const changesBefore = await b.db.changes.count();
    const report = await applyImport(b.db, staged.file, b.ctx);
    expect(report.total.new).toBe(2 * BATCH + 5);
    expect(await exchangedRecords(b.db)).toEqual(await exchangedRecords(a.db));
    expect(await stagingTable(b.db).count()).toBe(0);
    // Still one create entry per kind for the whole file, however many batches it took.
    const entries = (await b.db.changes.toArray()).slice(changesBefore);
    expect(entries.filter((e) => e.table === 'customers').map((e) => e.recordIds.length)).toEqual([2 * BATCH + 2]);

    // The same file again: every batch meets its local versions, all unchanged, nothing written.
    const before = await tableCounts(b.db);
    const again = await ready(b, file.bytes);
    expect(again.total).toMatchObject({ new: 0, unchanged: 2 * BATCH + 5 });
    await applyImport(b.db, again.file, b.ctx);
    // Nothing written but the import's own audit entry (issue 15.5: an applied import is audited, whatever it changed).
    expect(await tableCounts(b.db)).toEqual({ ...before, audit: before.audit! + 1 });
  });

  it('a new preview clears the staging of the one before: applying the older preview is refused and writes nothing', async () => {
    const { a, b, dir } = await pairOfDepartments();
    await customerTree(a, '中国运载火箭技术研究院');
    const file = await exportFor(a, b, dir);
    const first = await ready(b, file.bytes);
    const second = await ready(b, file.bytes);
    const before = await tableCounts(b.db);
    await expect(applyImport(b.db, first.file, b.ctx)).rejects.toMatchObject({ code: 'preview-expired' });
    expect(await tableCounts(b.db)).toEqual(before);
    expect((await applyImport(b.db, second.file, b.ctx)).total.new).toBe(4);
  });

  it('staged batches without the verification row are never applied', async () => {
    const { a, b, dir } = await pairOfDepartments();
    await customerTree(a, '中国运载火箭技术研究院');
    const file = await exportFor(a, b, dir);
    const staged = await ready(b, file.bytes);
    await stagingTable(b.db).delete([staged.file.importId, VERIFIED_SEQ]);
    const before = await tableCounts(b.db);
    const refused = applyImport(b.db, staged.file, b.ctx);
    await expect(refused).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(refused).rejects.toMatchObject({ code: 'preview-expired' });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('a verified staging set missing a batch (cleared by a preview in another window) is refused, not applied in part', async () => {
    const { a, b, dir } = await pairOfDepartments();
    await customerTree(a, '中国运载火箭技术研究院');
    const file = await exportFor(a, b, dir);
    const staged = await ready(b, file.bytes);
    await stagingTable(b.db).delete([staged.file.importId, staged.file.batches]);
    const before = await tableCounts(b.db);
    await expect(applyImport(b.db, staged.file, b.ctx)).rejects.toMatchObject({ code: 'preview-expired' });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('a file refused after its records were staged leaves no staging row; leftovers of a crash go with the next preview', async () => {
    // A sender whose clock is two days ahead: refused (clock-drift) only once the whole file verified.
    const b = await department('科研处');
    const ahead = await department('市场部', Date.UTC(2026, 10, 28, 8, 0, 0));
    const dir = await introduce(ahead, b);
    await customerTree(ahead, '中国运载火箭技术研究院');
    const file = await exportFor(ahead, b, dir);
    // A crashed import's rows (never verified).
    await stagingTable(b.db).add({ importId: 'crashed', seq: 1, kind: 'customers', records: [], hasLocals: false });
    let staged = 0;
    stagingTable(b.db).hook('creating', () => void staged++);
    await expect(preview(b, file.bytes)).rejects.toMatchObject({ code: 'clock-drift' });
    expect(staged).toBeGreaterThan(0);
    expect(await stagingTable(b.db).count()).toBe(0);
  });
});
