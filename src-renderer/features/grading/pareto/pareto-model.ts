import { GRADES, type GradeDistribution, type ParetoAnalysis } from '../../../core/grading';
import type { ParetoCustomer } from '../../../data/grading';

/** Bars in the chart: the head of the ranking. 10,000 bars would be a grey smear and slow to draw. */
export const CHART_TOP = 30;

export interface ParetoPoint {
  /** The x-axis label: the rank (names would overlap); the name is in the tooltip. */
  rank: string;
  name: string;
  benefitWan: number;
  /** Cumulative share in percent, one decimal (the right axis, 0–100). */
  cumulativePercent: number;
  isKey: boolean;
}

export function paretoChartData(analysis: ParetoAnalysis, customers: ReadonlyMap<string, ParetoCustomer>, top = CHART_TOP): ParetoPoint[] {
  return analysis.rows.slice(0, top).map((row) => ({
    rank: String(row.rank),
    name: customers.get(row.customerId)?.name ?? row.customerId,
    benefitWan: row.benefitWan,
    cumulativePercent: Math.round(row.cumulativeShare * 1000) / 10,
    isKey: row.isKey,
  }));
}

export interface ParetoSummary {
  /** Customers ranked (with figures for the year). */
  ranked: number;
  keyCount: number;
  /** The key customers' part of the ranked customers, 0–1. */
  keyCustomerShare: number;
  /** The benefit share the key customers make together, 0–1 (≥ the key share; the last one crosses it). */
  keyBenefitShare: number;
  keyWan: number;
  totalWan: number;
}

/** The figures of the 80/20 sentence. Sums in whole yuan, as the analysis does, so 0.1 + 0.2 stays 0.3. */
export function paretoSummary(analysis: ParetoAnalysis): ParetoSummary {
  const keyCount = analysis.keyCustomerIds.length;
  const last = keyCount > 0 ? analysis.rows[keyCount - 1]! : null;
  let keyYuan = 0;
  for (let i = 0; i < keyCount; i++) keyYuan += Math.round(analysis.rows[i]!.benefitWan * 10_000);
  return {
    ranked: analysis.rows.length,
    keyCount,
    keyCustomerShare: analysis.rows.length === 0 ? 0 : keyCount / analysis.rows.length,
    keyBenefitShare: last?.cumulativeShare ?? 0,
    keyWan: keyYuan / 10_000,
    totalWan: analysis.totalWan,
  };
}

/** Live customers without figures for the year: every live customer not ranked (grade counts know the total). */
export function customersWithoutFigures(distribution: GradeDistribution, ranked: number): number {
  return Math.max(0, distribution.total - ranked);
}

export type DistributionKey = (typeof GRADES)[number] | 'ungraded';
export const DISTRIBUTION_ORDER: readonly DistributionKey[] = [...GRADES, 'ungraded'];

/** Whether anyone holds a grade: without one the distribution chart would be one grey ring. */
export const anyGraded = (d: GradeDistribution): boolean => GRADES.some((g) => d[g] > 0);
