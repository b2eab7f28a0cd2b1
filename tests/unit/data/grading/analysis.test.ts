import { describe, expect, it } from 'vitest';
import { deleteBenefitYear, deleteCustomer, createBenefitYear } from '../../../../src-renderer/data/customers';
import { benefitYears, gradeCounts, KEYED_READ_MAX, paretoCustomers, paretoOfYear, paretoRanking } from '../../../../src-renderer/data/grading';
import { generateInstitute } from '../../../../src-renderer/core/synthetic/index';
import { archivePerTest } from '../customers/fixtures';

/** The 80/20 reads: years by a skip scan of the index, the ranking without customer records, names on demand. */
const w = archivePerTest();

describe('80/20 reads', () => {
  it('lists every year with figures, newest first, gaps and all', async () => {
    expect(await benefitYears(w.db)).toEqual([]);
    await createBenefitYear(w.db, w.institute.id, { year: 2019, contractWan: 1, benefitWan: 1 }, w.ctx);
    await createBenefitYear(w.db, w.institute.id, { year: 2025, contractWan: 1, benefitWan: 1 }, w.ctx);
    await createBenefitYear(w.db, w.academy.id, { year: 2025, contractWan: 1, benefitWan: 2 }, w.ctx);
    await createBenefitYear(w.db, w.academy.id, { year: 2022, contractWan: 1, benefitWan: 2 }, w.ctx);
    expect(await benefitYears(w.db)).toEqual([2025, 2022, 2019]);
  });

  it('ranks the live customers of the year, leaving out deleted customers and deleted figures', async () => {
    await createBenefitYear(w.db, w.institute.id, { year: 2025, contractWan: 300, benefitWan: 260 }, w.ctx);
    await createBenefitYear(w.db, w.academy.id, { year: 2025, contractWan: 40, benefitWan: 30 }, w.ctx);
    const group = await createBenefitYear(w.db, w.group.id, { year: 2025, contractWan: 10, benefitWan: 10 }, w.ctx);
    await createBenefitYear(w.db, w.group.id, { year: 2024, contractWan: 10, benefitWan: 999 }, w.ctx);
    expect((await paretoRanking(w.db, 2025)).rows.map((r) => r.customerId)).toEqual([w.institute.id, w.academy.id, w.group.id]);

    await deleteBenefitYear(w.db, group.id, w.ctx);
    await deleteCustomer(w.db, w.institute.id, w.ctx);
    const ranking = await paretoRanking(w.db, 2025);
    expect(ranking.rows.map((r) => r.customerId)).toEqual([w.academy.id]);
    expect(ranking.totalWan).toBe(30);

    const { analysis, customers } = await paretoOfYear(w.db, 2025);
    expect(analysis).toEqual(ranking);
    expect([...customers.values()].map((c) => c.name)).toEqual(['中国运载火箭技术研究院']);
    expect((await paretoCustomers(w.db, [w.group.id, 'missing'])).get(w.group.id)).toMatchObject({
      name: '中国航天科技集团有限公司',
      grade: null,
      managerName: '王磊',
    });
  });

  it('names many customers from one read of the table exactly as a read by key does', async () => {
    for (const batch of generateInstitute({ customers: 2 * KEYED_READ_MAX, contacts: 0, interactions: 0, complaints: 0 }, 7)) {
      if (batch.table !== 'customers') continue;
      await w.db.customers.bulkPut(batch.records.map((r) => ({ ...r, rev: w.ctx.clock.now(), origin: w.ctx.origin, updatedBy: '张伟', deletedAt: null })));
    }
    await deleteCustomer(w.db, w.institute.id, w.ctx);
    const all = (await w.db.customers.toCollection().primaryKeys()) as string[];
    // More than the keyed reads and most of the table, in an order of their own, a missing id and a deleted customer among them.
    const ids = [...all.slice(0, KEYED_READ_MAX + 100).reverse(), 'missing', w.institute.id];
    const byKey = new Map<string, unknown>();
    for (const c of await w.db.customers.bulkGet(ids))
      if (c) byKey.set(c.id, { name: c.name, grade: c.grade ?? null, managerName: c.managerName, classification: c.classification });
    const named = await paretoCustomers(w.db, ids);
    expect([...named.entries()]).toEqual([...byKey.entries()]);
    expect(named.size).toBe(KEYED_READ_MAX + 101);
    // A few ids: the read by key, the same answer.
    expect([...(await paretoCustomers(w.db, ids.slice(-12))).entries()]).toEqual([...byKey.entries()].slice(-11));
  });

  it('counts the grades of the live customers', async () => {
    await w.db.customers.update(w.institute.id, { grade: 'AAA' });
    await w.db.customers.update(w.academy.id, { grade: 'AA' });
    await w.db.customers.update(w.group.id, { grade: 'AA' });
    await deleteCustomer(w.db, w.institute.id, w.ctx);
    expect(await gradeCounts(w.db)).toEqual({ AAA: 0, AA: 2, A: 0, B: 0, ungraded: 0, total: 2 });
  });
});
