import { afterEach, describe, expect, it } from 'vitest';
import {
  createContact,
  createCustomer,
  createInteraction,
  createRequirement,
  createSettlement,
  customerFullHistory,
  deleteInteraction,
  handOverCustomer,
  mergeCustomers,
  restoreRecord,
  createBenefitYear,
  updateContact,
  updateCustomer,
  type InteractionRecord,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { createRecords } from '../../../../src-renderer/data/records';
import { archive, unitInput } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

const VISIT = { date: '2026-03-05', kind: 'tech_exchange', departments: ['design'], summary: '热防护材料技术交流' };

/** What a page of history says, entry by entry: kind, action, record ids. */
const summary = (page: Awaited<ReturnType<typeof customerFullHistory>>) => page.items.map((i) => [i.entry.table, i.entry.op, i.entry.recordIds]);

describe('the full history of a customer', () => {
  it('holds the customer’s changes and those of every kind of child, deleted ones included, newest first', async () => {
    const w = await archive();
    db = w.db;
    const id = w.institute.id;
    const contact = await createContact(db, id, { name: '王建国', title: '副所长', phones: [] }, w.ctx);
    await updateContact(db, contact.id, { name: '王建国', title: '所长', phones: [] }, w.ctx);
    const visit = await createInteraction(db, id, VISIT, w.ctx);
    await deleteInteraction(db, visit.id, w.ctx);
    const requirement = await createRequirement(db, id, { receivedDate: '2026-11-01', title: '试验报告', department: 'quality', dueDate: '2026-11-30' }, w.ctx);
    const benefit = await createBenefitYear(db, id, { year: 2025, contractWan: 100, benefitWan: 20 }, w.ctx);
    const settlement = await createSettlement(db, id, { receivableWan: 80, dueDate: '2026-06-30' }, w.ctx);
    const handover = await handOverCustomer(db, id, { toManagerId: w.li.id, date: '2026-11-26', reason: '岗位调整', notes: '' }, w.ctx);

    const page = await customerFullHistory(db, id);
    expect(page.more).toBe(false);
    const seqs = page.items.map((i) => i.entry.seq!);
    expect(seqs).toEqual(seqs.toSorted((a, b) => b - a));
    // The handover writes the handover, the customer's manager and its open requirement's in one transaction.
    expect(summary(page).toSorted()).toEqual(
      [
        ['customers', 'create', [id]],
        ['customers', 'update', [id]],
        ['contacts', 'create', [contact.id]],
        ['contacts', 'update', [contact.id]],
        ['interactions', 'create', [visit.id]],
        ['interactions', 'delete', [visit.id]],
        ['requirements', 'create', [requirement.id]],
        ['requirements', 'update', [requirement.id]],
        ['benefits', 'create', [benefit.id]],
        ['settlements', 'create', [settlement.id]],
        ['handovers', 'create', [handover.id]],
      ].toSorted(),
    );
    const titleChange = page.items.find((i) => i.entry.table === 'contacts' && i.entry.op === 'update')!;
    expect(titleChange.entry.fields).toEqual([{ field: 'title', before: '副所长', after: '所长' }]);
    // A deleted record is still named: its row is read as stored.
    const deleted = page.items.find((i) => i.entry.op === 'delete')!;
    expect(deleted.records).toEqual([
      { table: 'interactions', id: visit.id, row: expect.objectContaining({ summary: VISIT.summary, deletedAt: expect.any(String) }) },
    ]);
  });

  it('leaves out other customers’ changes, also those of their children', async () => {
    const w = await archive();
    db = w.db;
    await createContact(db, w.academy.id, { name: '刘芳', phones: [] }, w.ctx);
    await createInteraction(db, w.group.id, VISIT, w.ctx);
    await updateCustomer(db, w.academy.id, unitInput({ ...w.academy, notes: '院级客户' }), w.ctx);
    const own = await createContact(db, w.institute.id, { name: '王建国', phones: [] }, w.ctx);

    expect(summary(await customerFullHistory(db, w.institute.id))).toEqual([
      ['contacts', 'create', [own.id]],
      ['customers', 'create', [w.institute.id]],
    ]);
  });

  it('narrows a batch create to this customer’s records and names only its first few', async () => {
    const w = await archive();
    db = w.db;
    const rows = ['institute', 'academy', 'institute', 'institute', 'institute', 'group'].map((who, n) => ({
      ...VISIT,
      customerId: w[who as 'institute' | 'academy' | 'group'].id,
      date: `2026-03-0${n + 1}`,
      participants: [],
      nextStep: '',
      followUpDate: null,
    }));
    const batch = await createRecords<InteractionRecord>(db, 'interactions', rows as never, w.ctx);
    const mine = batch.filter((r) => r.customerId === w.institute.id).map((r) => r.id);

    const [entry] = (await customerFullHistory(db, w.institute.id)).items;
    expect(entry!.entry.recordIds).toEqual(mine);
    expect(entry!.records.map((r) => r.id)).toEqual(mine.slice(0, 3));
    expect(entry!.records.every((r) => r.row?.customerId === w.institute.id)).toBe(true);
    expect(summary(await customerFullHistory(db, w.academy.id))[0]).toEqual(['interactions', 'create', [batch[1]!.id]]);
  });

  it('pages: the newest `limit` entries, then more of the older ones in the same order', async () => {
    const w = await archive();
    db = w.db;
    const id = w.institute.id;
    for (let n = 1; n <= 5; n += 1) {
      w.ctx.tick();
      await createInteraction(db, id, { ...VISIT, summary: `第 ${n} 次交流` }, w.ctx);
    }
    const all = await customerFullHistory(db, id);
    expect(all.items).toHaveLength(6);
    const first = await customerFullHistory(db, id, { limit: 4 });
    expect(first.more).toBe(true);
    expect(first.items.map((i) => i.records[0]!.row?.summary)).toEqual(['第 5 次交流', '第 4 次交流', '第 3 次交流', '第 2 次交流']);
    const next = await customerFullHistory(db, id, { limit: 8 });
    expect(next.more).toBe(false);
    expect(next.items.map((i) => i.entry.seq)).toEqual(all.items.map((i) => i.entry.seq));
    expect(next.items.slice(0, 4)).toEqual(first.items);
  });

  it('filters by kind of record', async () => {
    const w = await archive();
    db = w.db;
    const id = w.institute.id;
    const contact = await createContact(db, id, { name: '王建国', phones: [] }, w.ctx);
    await createInteraction(db, id, VISIT, w.ctx);
    expect(summary(await customerFullHistory(db, id, { kinds: ['contacts'] }))).toEqual([['contacts', 'create', [contact.id]]]);
    expect(summary(await customerFullHistory(db, id, { kinds: ['customers'] }))).toEqual([['customers', 'create', [id]]]);
    expect((await customerFullHistory(db, id, { kinds: [] })).items).toEqual([]);
    // The filter offers the kinds the customer has, whatever is filtered now.
    expect((await customerFullHistory(db, id, { kinds: ['contacts'] })).kinds).toEqual(['customers', 'contacts', 'interactions']);
  });

  it('after a merge, the kept customer’s history holds the children that came with the duplicate, with their earlier changes', async () => {
    const w = await archive();
    db = w.db;
    const dup = await createCustomer(db, unitInput({ name: '航天材料工艺所', shortName: '', level: 3, parentId: w.academy.id }), w.ctx, {
      allowDuplicate: true,
    });
    const contact = await createContact(db, dup.id, { name: '刘芳', phones: [] }, w.ctx);
    const visit = await createInteraction(db, dup.id, VISIT, w.ctx);
    await deleteInteraction(db, visit.id, w.ctx);
    await restoreRecord(db, 'interactions', visit.id, w.ctx);
    await mergeCustomers(db, w.institute.id, dup.id, w.ctx);

    const ops = summary(await customerFullHistory(db, w.institute.id))
      .filter(([table]) => table !== 'customers')
      .map(([table, op, ids]) => `${table}.${op}.${(ids as string[])[0] === (table === 'contacts' ? contact.id : visit.id)}`);
    // Newest first: the merge re-points both (an update each), before it the interaction's delete and restore.
    expect(ops).toEqual([
      'interactions.update.true',
      'contacts.update.true',
      'interactions.restore.true',
      'interactions.delete.true',
      'interactions.create.true',
      'contacts.create.true',
    ]);
    expect(summary(await customerFullHistory(db, dup.id)).map(([table]) => table)).toEqual(['customers', 'customers', 'customers']);
  });
});
