import { describe, expect, it } from 'vitest';
import { gradeDistribution, paretoAnalysis, type ParetoInput } from '../../../../src-renderer/core/grading';

const rows = (...benefits: (number | null)[]): ParetoInput[] => benefits.map((benefitWan, i) => ({ customerId: `c${i + 1}`, benefitWan }));

describe('paretoAnalysis (80/20)', () => {
  it('orders by benefit with shares and cumulative shares; the customer reaching exactly 80 % is the last key one', () => {
    const result = paretoAnalysis(rows(15, 50, 5, 30));
    expect(result.rows.map((r) => [r.customerId, r.rank, r.share, r.cumulativeShare, r.isKey])).toEqual([
      ['c2', 1, 0.5, 0.5, true],
      ['c4', 2, 0.3, 0.8, true],
      ['c1', 3, 0.15, 0.95, false],
      ['c3', 4, 0.05, 1, false],
    ]);
    expect(result.keyCustomerIds).toEqual(['c2', 'c4']);
    expect(result.totalWan).toBe(100);
  });

  it('includes the customer that crosses 80 %', () => {
    expect(paretoAnalysis(rows(60, 25, 15)).keyCustomerIds).toEqual(['c1', 'c2']);
    expect(paretoAnalysis(rows(79.9999, 0.0001, 20)).keyCustomerIds).toEqual(['c1', 'c3']);
  });

  it('sums in whole yuan: shares of 0.1 + 0.2 style amounts reach 80 % exactly', () => {
    const result = paretoAnalysis(rows(0.4, 0.4, 0.1, 0.1));
    expect(result.keyCustomerIds).toEqual(['c1', 'c2']);
    expect(result.totalWan).toBe(1);
  });

  it('orders equal benefits by customer id, whatever the input order', () => {
    const input: ParetoInput[] = [
      { customerId: 'b', benefitWan: 10 },
      { customerId: 'c', benefitWan: 30 },
      { customerId: 'a', benefitWan: 10 },
    ];
    expect(paretoAnalysis(input).rows.map((r) => r.customerId)).toEqual(['c', 'a', 'b']);
    expect(paretoAnalysis([...input].reverse()).rows.map((r) => r.customerId)).toEqual(['c', 'a', 'b']);
  });

  it('lists customers without figures separately, unranked', () => {
    const result = paretoAnalysis(rows(null, 10, null));
    expect(result.rows.map((r) => r.customerId)).toEqual(['c2']);
    expect(result.unrankedCustomerIds).toEqual(['c1', 'c3']);
    expect(result.keyCustomerIds).toEqual(['c2']);
  });

  it('a zero total has no key customers and zero shares', () => {
    const result = paretoAnalysis(rows(0, 0));
    expect(result.keyCustomerIds).toEqual([]);
    expect(result.rows.map((r) => [r.share, r.cumulativeShare, r.isKey])).toEqual([
      [0, 0, false],
      [0, 0, false],
    ]);
    expect(paretoAnalysis([])).toMatchObject({ rows: [], keyCustomerIds: [], totalWan: 0 });
  });

  it('customers with zero benefit are never key', () => {
    expect(paretoAnalysis(rows(0, 100, 0)).keyCustomerIds).toEqual(['c2']);
  });

  it('takes another key share, and refuses impossible input', () => {
    expect(paretoAnalysis(rows(50, 30, 20), 50).keyCustomerIds).toEqual(['c1']);
    expect(() => paretoAnalysis(rows(-1))).toThrow(RangeError);
    expect(() => paretoAnalysis(rows(1), 0)).toThrow(RangeError);
  });

  it('handles 10,000 customers', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ customerId: `c${String(i).padStart(5, '0')}`, benefitWan: 1000 / (i + 1) }));
    const result = paretoAnalysis(many);
    expect(result.rows).toHaveLength(10_000);
    expect(result.rows.at(-1)!.cumulativeShare).toBe(1);
    const k = result.keyCustomerIds.length;
    expect(result.rows[k - 1]!.cumulativeShare).toBeGreaterThanOrEqual(0.8);
    expect(result.rows[k - 2]!.cumulativeShare).toBeLessThan(0.8);
  });
});

describe('gradeDistribution', () => {
  it('counts each grade and the ungraded', () => {
    expect(gradeDistribution(['AAA', 'B', 'AA', 'AAA', null, 'A'])).toEqual({ AAA: 2, AA: 1, A: 1, B: 1, ungraded: 1, total: 6 });
    expect(gradeDistribution([])).toEqual({ AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total: 0 });
  });
});
