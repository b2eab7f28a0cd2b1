// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gradeDistribution, paretoAnalysis } from '../../../../src-renderer/core/grading';
import type { ParetoCustomer } from '../../../../src-renderer/data/grading';
import { formatPercent } from '../../../../src-renderer/ui/format';
import { anyGraded, customersWithoutFigures, paretoChartData, paretoSummary } from '../../../../src-renderer/features/grading/pareto/pareto-model';

const customers = (ids: string[]) =>
  new Map<string, ParetoCustomer>(ids.map((id) => [id, { name: `客户${id}`, grade: null, managerName: '', classification: 'internal' }]));

describe('80/20 summary', () => {
  it('counts the key customers, their share of the ranked customers and of the benefit, in whole yuan', () => {
    // 50 + 30 = 80 of 100: two key customers of five, exactly 80 %.
    const analysis = paretoAnalysis([
      { customerId: 'a', benefitWan: 50 },
      { customerId: 'b', benefitWan: 30 },
      { customerId: 'c', benefitWan: 10 },
      { customerId: 'd', benefitWan: 9.9 },
      { customerId: 'e', benefitWan: 0.1 },
    ]);
    expect(paretoSummary(analysis)).toEqual({ ranked: 5, keyCount: 2, keyCustomerShare: 0.4, keyBenefitShare: 0.8, keyWan: 80, totalWan: 100 });
  });

  it('the customer that crosses 80 % is key, and its share is what the sentence reports', () => {
    const analysis = paretoAnalysis([
      { customerId: 'a', benefitWan: 0.1 },
      { customerId: 'b', benefitWan: 0.2 },
    ]);
    const s = paretoSummary(analysis);
    expect(s).toMatchObject({ keyCount: 2, keyCustomerShare: 1, keyBenefitShare: 1, keyWan: 0.3 });
  });

  it('a zero total has no key customers; no rows, nothing to report', () => {
    expect(paretoSummary(paretoAnalysis([{ customerId: 'a', benefitWan: 0 }]))).toMatchObject({ ranked: 1, keyCount: 0, keyBenefitShare: 0, keyWan: 0 });
    expect(paretoSummary(paretoAnalysis([]))).toEqual({ ranked: 0, keyCount: 0, keyCustomerShare: 0, keyBenefitShare: 0, keyWan: 0, totalWan: 0 });
  });
});

describe('Pareto chart data', () => {
  it('charts only the head of the ranking, by rank, with the cumulative share in percent (one decimal)', () => {
    const input = Array.from({ length: 100 }, (_, i) => ({ customerId: `c${String(i).padStart(3, '0')}`, benefitWan: 100 - i }));
    const analysis = paretoAnalysis(input);
    const points = paretoChartData(analysis, customers(input.map((r) => r.customerId)), 30);
    expect(points).toHaveLength(30);
    expect(points[0]).toEqual({ rank: '1', name: '客户c000', benefitWan: 100, cumulativePercent: 2, isKey: true });
    // 100 + 99 + … + 71 = 2565 of 5050.
    expect(points[29]!.cumulativePercent).toBe(50.8);
    expect(points.every((p, i) => i === 0 || p.cumulativePercent >= points[i - 1]!.cumulativePercent)).toBe(true);
  });

  it('names a customer missing from the map by its id rather than dropping the bar', () => {
    const points = paretoChartData(paretoAnalysis([{ customerId: 'x', benefitWan: 1 }]), new Map());
    expect(points[0]!.name).toBe('x');
  });
});

describe('grade distribution and shares', () => {
  it('customers without figures are the live customers not ranked', () => {
    const d = gradeDistribution(['AAA', 'AA', null, null, null]);
    expect(customersWithoutFigures(d, 3)).toBe(2);
    expect(customersWithoutFigures(d, 5)).toBe(0);
    expect(anyGraded(d)).toBe(true);
    expect(anyGraded(gradeDistribution([null, null]))).toBe(false);
  });

  it('percentages with one decimal in both locales', () => {
    expect(formatPercent(0.8, 'zh-CN')).toBe('80.0%');
    expect(formatPercent(0.12345, 'en-US')).toBe('12.3%');
    expect(formatPercent(1, 'zh-CN')).toBe('100.0%');
  });
});
