import { afterEach, describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../../src-renderer/core/validation';
import {
  contactsOf,
  createContact,
  createCustomer,
  createInteraction,
  createSettlement,
  customerHistory,
  customersMergedInto,
  deleteCustomer,
  deletedRecords,
  deleteInteraction,
  getCustomer,
  handOverCustomer,
  interactionsOf,
  mergeCustomers,
  previewCustomerMerge,
  restoreRecord,
  createBenefitYear,
  updateCustomer,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { archive, counts, INSTITUTE, unitInput } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

const visit = (date: string) => ({ date, kind: 'call', departments: ['marketing'], summary: '电话沟通' });

describe('mergeCustomers', () => {
  it('moves every child of the duplicate to the kept customer and keeps both histories', async () => {
    const w = await archive();
    db = w.db;
    const dup = await createCustomer(
      db,
      unitInput({ name: '航天材料工艺所', shortName: '', level: 3, parentId: w.academy.id, region: '', tags: ['复材'], classification: 'secret' }),
      w.ctx,
      {
        allowDuplicate: true,
      },
    );
    await updateCustomer(
      db,
      dup.id,
      unitInput({ name: '航天材料工艺所', shortName: '', level: 3, parentId: w.academy.id, address: '', tags: ['复材'], classification: 'secret' }),
      w.ctx,
    );
    await createContact(db, w.institute.id, { name: '张伟', phones: [] }, w.ctx);
    const theirPrimary = await createContact(db, dup.id, { name: '李强', phones: ['13900001111'] }, w.ctx);
    await createInteraction(db, w.institute.id, visit('2026-01-05'), w.ctx);
    await createInteraction(db, dup.id, visit('2026-02-05'), w.ctx);
    const deleted = await createInteraction(db, dup.id, visit('2026-03-05'), w.ctx);
    await deleteInteraction(db, deleted.id, w.ctx);
    await createBenefitYear(db, w.institute.id, { year: 2025, contractWan: 100, benefitWan: 10 }, w.ctx);
    await createBenefitYear(db, dup.id, { year: 2025, contractWan: 50, benefitWan: 5 }, w.ctx);
    await createSettlement(db, dup.id, { receivableWan: 5, dueDate: '2025-12-31' }, w.ctx);
    await handOverCustomer(db, dup.id, { toManagerId: w.li.id, date: '2026-10-01', reason: '分工' }, w.ctx);
    const rows = await counts(db);
    const dupHistory = await customerHistory(db, dup.id);

    const { conflicts } = await mergeCustomers(db, w.institute.id, dup.id, w.ctx);
    expect(conflicts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'benefit_year', year: 2025 })]));

    const after = await counts(db);
    for (const t of ['customers', 'contacts', 'interactions', 'benefits', 'settlements', 'handovers'] as const) expect(after[t], t).toBe(rows[t]);
    for (const t of ['contacts', 'interactions', 'benefits', 'settlements', 'handovers']) {
      const owners = new Set((await db.table(t).toArray()).map((r: { customerId: string }) => r.customerId));
      expect(owners.has(dup.id), t).toBe(false);
    }
    expect((await db.table('interactions').get(deleted.id)).deletedAt).not.toBeNull();
    expect((await interactionsOf(db, w.institute.id)).map((i) => i.date)).toEqual(['2026-02-05', '2026-01-05']);
    expect((await contactsOf(db, w.institute.id)).map((c) => [c.name, c.primary])).toEqual([
      ['张伟', true],
      ['李强', false],
    ]);
    expect((await db.table('contacts').get(theirPrimary.id)).customerId).toBe(w.institute.id);

    const kept = await getCustomer(db, w.institute.id);
    expect(kept).toMatchObject({ classification: 'secret', tags: ['复材'], deletedAt: null });
    expect(await getCustomer(db, dup.id)).toMatchObject({ mergedInto: w.institute.id, deletedAt: expect.any(String) });
    const history = await customerHistory(db, dup.id);
    expect(history.slice(0, dupHistory.length)).toEqual(dupHistory);
    expect(history.slice(dupHistory.length).map((e) => e.op)).toEqual(['update', 'delete']);
    expect((await customerHistory(db, w.institute.id)).at(-1)?.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['tags', 'classification']));
  });

  it('re-parents the sub-units of the duplicate, and refuses what the plan refuses', async () => {
    const w = await archive();
    db = w.db;
    const dup = await createCustomer(db, unitInput({ name: '运载火箭研究院', level: 2, parentId: w.group.id }), w.ctx, { allowDuplicate: true });
    const sub = await createCustomer(db, unitInput({ name: '某总体设计部', level: 3, parentId: dup.id }), w.ctx);
    const before = await counts(db);
    const self = await mergeCustomers(db, w.academy.id, w.academy.id, w.ctx).catch((e: unknown) => e);
    expect((self as ValidationError).fieldErrors).toEqual({ _: 'validation.mergeSelf' });
    const levels = await mergeCustomers(db, w.institute.id, dup.id, w.ctx).catch((e: unknown) => e);
    expect((levels as ValidationError).fieldErrors).toEqual({ _: 'validation.mergeLevel' });
    expect(await counts(db)).toEqual(before);
    await mergeCustomers(db, w.academy.id, dup.id, w.ctx);
    expect((await getCustomer(db, sub.id))?.parentId).toBe(w.academy.id);
  });

  it('previews exactly what the merge then writes, and writes nothing itself', async () => {
    const w = await archive();
    db = w.db;
    const dup = await createCustomer(db, unitInput({ name: '航天材料工艺所', shortName: '', level: 3, parentId: w.academy.id, region: '西安' }), w.ctx, {
      allowDuplicate: true,
    });
    const kept = await createContact(db, w.institute.id, { name: '张伟', phones: [] }, w.ctx);
    const theirs = await createContact(db, dup.id, { name: '李强', phones: [] }, w.ctx);
    await createInteraction(db, dup.id, visit('2026-02-05'), w.ctx);
    const gone = await createInteraction(db, dup.id, visit('2026-03-05'), w.ctx);
    await deleteInteraction(db, gone.id, w.ctx);
    await createBenefitYear(db, w.institute.id, { year: 2025, contractWan: 100, benefitWan: 10 }, w.ctx);
    await createBenefitYear(db, dup.id, { year: 2025, contractWan: 50, benefitWan: 5 }, w.ctx);
    const rows = await counts(db);

    const preview = await previewCustomerMerge(db, w.institute.id, dup.id);
    expect(await counts(db)).toEqual(rows);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.summary.moved.contacts).toEqual({ live: 1, deleted: 0 });
    expect(preview.summary.moved.interactions).toEqual({ live: 1, deleted: 1 });
    expect(preview.summary.moved.benefits).toEqual({ live: 1, deleted: 0 });
    expect(preview.summary.demotedContactIds).toEqual([theirs.id]);
    expect(preview.contactNames).toEqual({ [theirs.id]: '李强', [kept.id]: '张伟' });
    expect(preview.unitNames).toEqual({ [w.academy.id]: '中国运载火箭技术研究院' });
    expect(preview.plan.conflicts).toEqual([
      { kind: 'field', field: 'region', target: '北京', source: '西安' },
      { kind: 'benefit_year', year: 2025, targetIds: [expect.any(String)], sourceIds: [expect.any(String)] },
    ]);

    const { conflicts } = await mergeCustomers(db, w.institute.id, dup.id, w.ctx);
    expect(conflicts).toEqual(preview.plan.conflicts);
    expect((await contactsOf(db, w.institute.id)).map((c) => c.name).sort()).toEqual(['张伟', '李强'].sort());
  });

  it('previews a refusal the way the merge refuses', async () => {
    const w = await archive();
    db = w.db;
    expect(await previewCustomerMerge(db, w.institute.id, w.institute.id)).toMatchObject({ ok: false, error: 'validation.mergeSelf' });
    expect(await previewCustomerMerge(db, w.institute.id, w.academy.id)).toMatchObject({ ok: false, error: 'validation.mergeLevel' });
    const other = await createCustomer(db, unitInput({ name: '某基地' }), w.ctx);
    await deleteCustomer(db, other.id, w.ctx);
    expect(await previewCustomerMerge(db, w.group.id, other.id)).toMatchObject({ ok: false, error: 'validation.mergeDeleted', source: { id: other.id } });
  });

  it('the merged-away customer names the kept one in the recycle bin, and the kept one lists it', async () => {
    const w = await archive();
    db = w.db;
    const first = await createCustomer(db, unitInput({ name: '航天材料工艺所', level: 3, parentId: w.academy.id }), w.ctx, { allowDuplicate: true });
    const second = await createCustomer(db, unitInput({ name: '航天材料所', level: 3, parentId: w.academy.id }), w.ctx, { allowDuplicate: true });
    const deleted = await createCustomer(db, unitInput({ name: '某基地' }), w.ctx);
    await deleteCustomer(db, deleted.id, w.ctx);
    expect(await customersMergedInto(db, w.institute.id)).toEqual([]);

    await mergeCustomers(db, w.institute.id, first.id, w.ctx);
    w.ctx.tick(60_000);
    await mergeCustomers(db, w.institute.id, second.id, w.ctx);
    expect((await customersMergedInto(db, w.institute.id)).map((c) => c.name)).toEqual(['航天材料工艺所', '航天材料所']);
    expect(await customersMergedInto(db, w.academy.id)).toEqual([]);

    const bin = await deletedRecords(db);
    const byName = new Map(bin.map((i) => [i.customerName, i]));
    expect(byName.get('航天材料工艺所')?.mergedIntoName).toBe(INSTITUTE);
    expect(byName.get('航天材料所')?.mergedIntoName).toBe(INSTITUTE);
    expect(byName.get('某基地')).not.toHaveProperty('mergedIntoName');
  });
});

describe('a merged-away customer', () => {
  it('cannot be restored: its records live at the kept customer; nothing is written', async () => {
    const w = await archive();
    db = w.db;
    const dup = await createCustomer(db, unitInput({ name: '航天材料工艺所', shortName: '', level: 3, parentId: w.academy.id }), w.ctx, {
      allowDuplicate: true,
    });
    await mergeCustomers(db, w.institute.id, dup.id, w.ctx);
    const before = await counts(db);
    await expect(restoreRecord(db, 'customers', dup.id, w.ctx)).rejects.toMatchObject({ fieldErrors: { _: 'validation.mergedCustomer' } });
    expect(await counts(db)).toEqual(before);
    expect((await getCustomer(db, dup.id))?.deletedAt).not.toBeNull();
  });
});
