import { afterEach, describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, HLC_MAX_RECEIVE_LEAD_MS } from '../../../../src-renderer/core/hlc';
import { updateCustomer } from '../../../../src-renderer/data/customers';
import { editDepartment, getDepartment, listOpenConflicts } from '../../../../src-renderer/data/exchange';
import { historyOf } from '../../../../src-renderer/data/records';
import { unitInput } from '../customers/fixtures';
import { closeAll, customerTree, department, introduce, receive, send, tableCounts, type Dept } from './departments-fixture';
import { signedFile } from './forged-files';

/** Issue 14, point 3: forged origin and lineage, every rev drift-checked, the signer in the history, the clock kept. */
afterEach(closeAll);

const later = (rev: string, ms: number) => encodeHlc({ wallMs: decodeHlc(rev).wallMs + ms, counter: 0 });

async function pair() {
  const a = await department('市场部');
  const b = await department('科研处');
  const dir = await introduce(a, b);
  return { a, b, dir };
}

async function refusedWithNothingWritten(to: Dept, bytes: Uint8Array, code: string) {
  const before = await tableCounts(to.db);
  await expect(receive(to, bytes)).rejects.toMatchObject({ code });
  const after = await tableCounts(to.db);
  // Staging rows of the refused read are cleared; nothing else moved.
  expect(after).toEqual(before);
}

describe('a version claiming the receiver as its origin', () => {
  it('is refused when the receiver never made it (a newer rev of its own record), nothing written', async () => {
    const { a, b } = await pair();
    const { customer } = await customerTree(b, '中国运载火箭技术研究院');
    // 市场部 forges a newer version of 科研处's own customer, under 科研处's name.
    const forged = { ...customer, name: '伪造的名称', rev: later(customer.rev, 60_000) };
    await refusedWithNothingWritten(b, await signedFile(a, b, [{ kind: 'customers', record: forged }]), 'forged-own-origin');
    expect((await b.db.table('customers').get(customer.id)).name).toBe('中国运载火箭技术研究院');
  });

  it('is refused for a record the receiver does not hold at all', async () => {
    const { a, b } = await pair();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const forged = { ...customer, origin: b.installation.installationId };
    await expect(receive(b, await signedFile(a, b, [{ kind: 'customers', record: forged }]))).rejects.toMatchObject({
      code: 'forged-own-origin',
      details: [`customers ${customer.id}`],
    });
  });

  it('is refused when a lineage claims to have seen a version of the receiver it never made', async () => {
    const { a, b } = await pair();
    const { customer } = await customerTree(b, '中国运载火箭技术研究院');
    // A version by 市场部 "made on top of" a later 科研处 version that never existed: it would be applied as "updated".
    const claim = later(customer.rev, 60_000);
    const foreign = { ...customer, name: '覆盖', origin: a.installation.installationId, rev: later(customer.rev, 120_000) };
    const lines = [
      { kind: 'customers', record: foreign },
      { kind: 'lineage', record: { id: customer.id, kind: 'customers', seen: { [b.installation.installationId]: claim } } },
    ];
    await refusedWithNothingWritten(b, await signedFile(a, b, lines), 'forged-own-origin');
  });

  it('passes when it is a version the receiver made (a relay of its own records)', async () => {
    const { a, b, dir } = await pair();
    const { customer } = await customerTree(b, '中国运载火箭技术研究院');
    await send(b, a, dir);
    const back = await send(a, b, dir);
    expect(back.report.total).toMatchObject({ unchanged: 4, new: 0, conflict: 0 });
    // 市场部 edits on top of 科研处's version: its lineage names 科研处's rev, which 科研处 holds.
    b.ctx.tick(60_000);
    a.ctx.tick(60_000);
    await updateCustomer(
      a.db,
      customer.id,
      unitInput({ name: customer.name, shortName: '一院', managerId: customer.managerId, managerName: customer.managerName }),
      a.ctx,
    );
    const edited = await send(a, b, dir);
    expect(edited.report.total).toMatchObject({ updated: 1, conflict: 0 });
  });
});

describe('every rev in the file is drift-checked', () => {
  it('a lineage line two days ahead refuses the file', async () => {
    const { a, b } = await pair();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const other = (await department('质量部')).installation.installationId;
    const lines = [
      { kind: 'customers', record: customer },
      { kind: 'lineage', record: { id: customer.id, kind: 'customers', seen: { [other]: later(customer.rev, 2 * 24 * 3600_000) } } },
    ];
    await expect(receive(b, await signedFile(a, b, lines))).rejects.toMatchObject({ code: 'clock-drift', details: [`lineage ${customer.id}`] });
  });
});

describe('the signer is kept with what it brought', () => {
  it('in the history of created and updated records and in the conflict row, under the directory name of the key', async () => {
    const { a, b, dir } = await pair();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    // 科研处 renamed 市场部 in its directory: what it shows is its own name for the key.
    const entryId = dir.get(b)!.get(a)!;
    await editDepartment(b.db, entryId, { name: '市场部（二部）', organisation: '航天材料及工艺研究所', note: '' }, b.ctx);
    const entry = (await getDepartment(b.db, entryId))!;
    const signer = { name: '市场部（二部）', fingerprint: entry.fingerprint };
    await send(a, b, dir);
    expect((await historyOf(b.db, 'customers', customer.id)).map((e) => e.signer)).toEqual([signer]);

    // Both edit: 科研处's import keeps a conflict, signed by 市场部.
    a.ctx.tick(60_000);
    b.ctx.tick(30_000);
    const input = (name: string) => unitInput({ name, shortName: name.slice(0, 4), managerId: customer.managerId, managerName: customer.managerName });
    await updateCustomer(b.db, customer.id, input('科研处改的名称'), b.ctx);
    await updateCustomer(a.db, customer.id, input('市场部改的名称'), a.ctx);
    await send(a, b, dir);
    const history = await historyOf(b.db, 'customers', customer.id);
    expect(history.at(-1)).toMatchObject({ op: 'update', signer });
    const [conflict] = await listOpenConflicts(b.db);
    expect(conflict).toMatchObject({ sourceDepartment: '市场部（二部）', signer });
  });
});

describe('the clock does not follow a sender far ahead', () => {
  it('an import from a PC one hour ahead leaves this clock within the lead, and a later edit still sorts after the import', async () => {
    const start = Date.UTC(2026, 10, 26, 8, 0, 0);
    const a = await department('市场部', start + 3600_000);
    const b = await department('科研处', start);
    const dir = await introduce(a, b);
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    await send(a, b, dir);
    const clock = decodeHlc(b.ctx.clock.peek()).wallMs;
    expect(clock).toBeLessThanOrEqual(start + HLC_MAX_RECEIVE_LEAD_MS);
    const edited = await updateCustomer(
      b.db,
      customer.id,
      unitInput({ name: customer.name, shortName: '一院', managerId: customer.managerId, managerName: customer.managerName }),
      b.ctx,
    );
    expect(edited.rev > customer.rev).toBe(true);
    // The edit made on top of the hour-ahead version wins there too, with no conflict.
    const back = await send(b, a, dir);
    expect(back.report.total).toMatchObject({ updated: 1, conflict: 0 });
    // The clock itself stayed: a new record is stamped with this PC's time, not the sender's.
    expect(decodeHlc(b.ctx.clock.now()).wallMs).toBeLessThanOrEqual(start + HLC_MAX_RECEIVE_LEAD_MS);
  });
});
