import { describe, expect, it } from 'vitest';
import { isUuid } from '../../../src-renderer/core/ids';
import { COMPLAINT_STATUSES, OUR_DEPARTMENTS } from '../../../src-renderer/core/model';
import { customerLayout } from '../../../src-renderer/core/synthetic/customers';
import { countsOf, searchKeysOf, sortKeyOf, type InstituteCounts } from '../../../src-renderer/core/synthetic/index';
import { collectInstitute } from './synthetic-institute';

const TINY: InstituteCounts = { customers: 120, contacts: 400, interactions: 2_500, complaints: 300 };

const collect = (scale: InstituteCounts, seed: number) => collectInstitute(scale, seed, { batchSize: 1_000 });

const data = collect(TINY, 42);

describe('generateInstitute', () => {
  it('is deterministic: same seed, same records; another seed, other records', () => {
    expect(JSON.stringify(collect(TINY, 42))).toBe(JSON.stringify(data));
    expect(collect(TINY, 43).customers.map((c) => c.id)).not.toEqual(data.customers.map((c) => c.id));
  });

  it('has the design scale of PRODUCT.md as "full", and "small" in the same proportions', () => {
    expect(countsOf('full')).toEqual({ customers: 10_000, contacts: 50_000, interactions: 500_000, complaints: 50_000 });
    const small = countsOf('small');
    expect(small.contacts / small.customers).toBe(5);
    expect(small.interactions / small.customers).toBe(50);
  });

  it('yields the requested counts in batches no larger than asked', () => {
    expect(data.customers).toHaveLength(TINY.customers);
    expect(data.contacts).toHaveLength(TINY.contacts);
    expect(data.interactions).toHaveLength(TINY.interactions);
    expect(data.complaints).toHaveLength(TINY.complaints);
    expect(data.benefits.length).toBeGreaterThan(TINY.customers);
    expect(data.settlements.length).toBeGreaterThan(TINY.customers / 2);
    expect(Math.max(...data.batchSizes)).toBeLessThanOrEqual(1_000);
  });

  it('makes unique UUID v7 ids that increase within each table', () => {
    const all = [data.customers, data.contacts, data.benefits, data.settlements, data.interactions, data.complaints];
    const ids = all.flatMap((t) => t.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 500)) expect(isUuid(id) && id[14] === '7').toBe(true);
    for (const table of all) for (let i = 1; i < table.length; i++) expect(table[i]!.id > table[i - 1]!.id).toBe(true);
  });

  it('builds a consistent group → second level → third level hierarchy, parents first', () => {
    const seen = new Map<string, number>();
    for (const c of data.customers) {
      if (c.level === 1) expect(c.parentId).toBeNull();
      else {
        const parentLevel = seen.get(c.parentId!);
        expect(parentLevel).toBe(c.level - 1);
        expect(c.type).toBe('defence_group');
      }
      seen.set(c.id, c.level);
    }
    const layout = customerLayout(TINY.customers);
    expect(data.customers.filter((c) => c.level === 3)).toHaveLength(layout.level3);
    expect(data.customers.filter((c) => c.type === 'armed_forces')).toHaveLength(layout.armed);
    expect(data.customers[1]!.name).toBe('中国航天科技集团有限公司');
    expect(new Set(data.customers.map((c) => c.name)).size).toBe(TINY.customers);
  });

  it('references only existing customers', () => {
    const ids = new Set(data.customers.map((c) => c.id));
    for (const table of [data.contacts, data.benefits, data.settlements, data.interactions, data.complaints]) {
      for (const r of table) expect(ids.has(r.customerId)).toBe(true);
    }
    const withPrimary = new Set(data.contacts.filter((c) => c.primary).map((c) => c.customerId));
    expect(withPrimary.size).toBe(TINY.customers);
  });

  it('writes phones as mobiles 1[3-9]x or landlines with an area code', () => {
    for (const contact of data.contacts) {
      expect(contact.phones.length).toBeGreaterThan(0);
      for (const phone of contact.phones) expect(phone).toMatch(/^(1[3-9]\d{9}|0\d{2,3}-[2-8]\d{7})$/);
    }
  });

  it('keeps dates, money and workflow values in range', () => {
    for (const i of data.interactions) {
      expect(i.date >= '2016-06-01' && i.date <= '2026-06-30').toBe(true);
      for (const d of i.departments) expect(OUR_DEPARTMENTS).toContain(d);
    }
    for (const c of data.complaints) {
      expect(c.number).toMatch(/^TS-20\d\d-\d{4}$/);
      expect(COMPLAINT_STATUSES).toContain(c.status);
      expect(c.dueDate > c.receivedAt.slice(0, 10)).toBe(true);
    }
    expect(new Set(data.complaints.map((c) => c.number)).size).toBe(TINY.complaints);
    for (const s of data.settlements) if (s.paidDate) expect(s.paidDate <= '2026-06-30').toBe(true);
    expect(data.settlements.some((s) => s.paidDate === null && s.dueDate < '2026-06-30')).toBe(true);
    expect(data.benefits.every((b) => b.benefitWan > 0 && b.benefitWan < b.contractWan)).toBe(true);
  });
});

describe('pinyin keys', () => {
  it('sorts by syllables and finds by initials and full pinyin', () => {
    expect(sortKeyOf('航天材料及工艺研究所')).toBe('hang tian cai liao ji gong yi yan jiu suo');
    expect(searchKeysOf(['航天材料及工艺研究所', '航天材料'])).toEqual(
      expect.arrayContaining(['航天材料及工艺研究所', 'htcljgyyjs', 'hangtiancailiaojigongyiyanjiusuo', '航天材料', 'htcl']),
    );
    expect(searchKeysOf(['曾伟'], { person: true })).toContain('zengwei');
  });

  it('gives every generated customer and contact lowercase keys including its initials', () => {
    for (const c of data.customers) {
      expect(c.searchKeys).toContain(c.name.toLowerCase());
      expect(c.searchKeys.some((k) => /^[a-z0-9]+$/.test(k) && k.length < c.name.length + 1)).toBe(true);
      expect(c.searchKeys.every((k) => k === k.toLowerCase())).toBe(true);
      expect(c.sortKey).toMatch(/^[a-z0-9 ]+$/);
    }
    const contact = data.contacts[0]!;
    expect(contact.searchKeys).toContain(contact.phones[0]!.replace('-', ''));
  });
});
