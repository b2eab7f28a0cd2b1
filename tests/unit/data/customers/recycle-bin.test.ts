import { afterEach, describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../../src-renderer/core/validation';
import {
  createContact,
  createInteraction,
  createRequirement,
  createSettlement,
  deleteContact,
  deleteCustomer,
  deletedRecords,
  deleteInteraction,
  deleteRequirement,
  deleteSettlement,
  getCustomer,
  interactionsOf,
  recordHistory,
  restoreRecord,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { archive, counts } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

describe('recycle bin', () => {
  it('lists deleted records of every kind, newest deletion first, with their customer', async () => {
    const w = await archive();
    db = w.db;
    const contact = await createContact(db, w.institute.id, { name: '张伟', phones: [] }, w.ctx);
    const interaction = await createInteraction(
      db,
      w.institute.id,
      { date: '2026-11-01', kind: 'visit', departments: ['quality'], summary: '质量回访' },
      w.ctx,
    );
    const requirement = await createRequirement(
      db,
      w.academy.id,
      { receivedDate: '2026-11-01', title: '资料', department: 'design', dueDate: '2026-11-30' },
      w.ctx,
    );
    const settlement = await createSettlement(db, w.group.id, { receivableWan: 10, dueDate: '2026-06-30' }, w.ctx);
    expect(await deletedRecords(db)).toEqual([]);
    const steps = [
      () => deleteInteraction(db, interaction.id, w.ctx),
      () => deleteContact(db, contact.id, w.ctx),
      () => deleteRequirement(db, requirement.id, w.ctx),
      () => deleteSettlement(db, settlement.id, w.ctx),
      () => deleteCustomer(db, w.institute.id, w.ctx),
    ];
    for (const step of steps) {
      w.ctx.tick(60_000);
      await step();
    }
    const bin = await deletedRecords(db);
    expect(bin.map((i) => [i.table, i.customerName])).toEqual([
      ['customers', '航天材料及工艺研究所'],
      ['settlements', '中国航天科技集团有限公司'],
      ['requirements', '中国运载火箭技术研究院'],
      ['contacts', '航天材料及工艺研究所'],
      ['interactions', '航天材料及工艺研究所'],
    ]);
    expect(bin[4]!.record.id).toBe(interaction.id);
  });

  it('restores a record, refusing children of a deleted customer until it is back', async () => {
    const w = await archive();
    db = w.db;
    const interaction = await createInteraction(
      db,
      w.institute.id,
      { date: '2026-11-01', kind: 'visit', departments: ['quality'], summary: '质量回访' },
      w.ctx,
    );
    await deleteInteraction(db, interaction.id, w.ctx);
    await deleteCustomer(db, w.institute.id, w.ctx);
    const before = await counts(db);
    const refused = await restoreRecord(db, 'interactions', interaction.id, w.ctx).catch((e: unknown) => e);
    expect((refused as ValidationError).fieldErrors).toEqual({ _: 'validation.customerDeleted' });
    expect(await counts(db)).toEqual(before);

    await restoreRecord(db, 'customers', w.institute.id, w.ctx);
    expect((await getCustomer(db, w.institute.id))?.deletedAt).toBeNull();
    await restoreRecord(db, 'interactions', interaction.id, w.ctx);
    expect((await interactionsOf(db, w.institute.id)).map((i) => i.id)).toEqual([interaction.id]);
    expect(await deletedRecords(db)).toEqual([]);
    expect((await recordHistory(db, 'interactions', interaction.id)).map((e) => e.op)).toEqual(['create', 'delete', 'restore']);
  });
});
