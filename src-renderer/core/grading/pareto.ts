import { GRADES, type Grade } from './types';

export interface ParetoInput {
  customerId: string;
  /** 年综合效益 of the chosen year, 万元; null: no figures for that year. */
  benefitWan: number | null;
}

export interface ParetoRow {
  customerId: string;
  benefitWan: number;
  /** 1-based position in benefit order. */
  rank: number;
  /** This customer's part of the total, 0–1 (0 when the total is 0). */
  share: number;
  /** Share of this customer and every one ranked before it, 0–1. */
  cumulativeShare: number;
  /** Among the customers that together make the key share (80 %) of benefit. */
  isKey: boolean;
}

export interface ParetoAnalysis {
  /** Customers with figures, by benefit descending; equal benefits by customer id, so the order is reproducible. */
  rows: ParetoRow[];
  /** The shortest head of `rows` whose cumulative share reaches the key share; the customer that crosses it is included. */
  keyCustomerIds: string[];
  totalWan: number;
  /** Customers without figures for the year: listed, not ranked (unknown is not zero). */
  unrankedCustomerIds: string[];
  keySharePercent: number;
}

/**
 * 80/20 analysis of one year's 年综合效益 (the caller picks the year's figures). Money is summed in
 * whole yuan (4 decimals of 万元) so shares carry no floating-point drift and a customer at exactly
 * 80 % is recognised as reaching it. When the total is 0 nobody makes any share of it: no key
 * customers. O(n log n) for the sort, linear otherwise.
 */
export function paretoAnalysis(input: readonly ParetoInput[], keySharePercent = 80): ParetoAnalysis {
  if (!Number.isInteger(keySharePercent) || keySharePercent < 1 || keySharePercent > 100)
    throw new RangeError(`keySharePercent must be 1..100, got ${keySharePercent}`);
  const ranked: { customerId: string; yuan: number }[] = [];
  const unrankedCustomerIds: string[] = [];
  for (const row of input) {
    if (row.benefitWan === null) {
      unrankedCustomerIds.push(row.customerId);
      continue;
    }
    // The archive schema keeps benefit ≥ 0; a negative figure here would make shares meaningless.
    if (!Number.isFinite(row.benefitWan) || row.benefitWan < 0) throw new RangeError(`benefit of ${row.customerId} must be a finite number ≥ 0`);
    ranked.push({ customerId: row.customerId, yuan: Math.round(row.benefitWan * 10_000) });
  }
  ranked.sort((a, b) => b.yuan - a.yuan || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  let totalYuan = 0;
  for (const r of ranked) totalYuan += r.yuan;

  const rows: ParetoRow[] = [];
  const keyCustomerIds: string[] = [];
  let cumulativeYuan = 0;
  let reached = totalYuan === 0;
  ranked.forEach((r, i) => {
    cumulativeYuan += r.yuan;
    const isKey = !reached;
    if (isKey) {
      keyCustomerIds.push(r.customerId);
      // Integer comparison: cumulative / total ≥ percent / 100.
      reached = cumulativeYuan * 100 >= totalYuan * keySharePercent;
    }
    rows.push({
      customerId: r.customerId,
      benefitWan: r.yuan / 10_000,
      rank: i + 1,
      share: totalYuan === 0 ? 0 : r.yuan / totalYuan,
      cumulativeShare: totalYuan === 0 ? 0 : cumulativeYuan / totalYuan,
      isKey,
    });
  });
  return { rows, keyCustomerIds, totalWan: totalYuan / 10_000, unrankedCustomerIds, keySharePercent };
}

export type GradeDistribution = Record<Grade | 'ungraded', number> & { total: number };

/** How many customers hold each grade (null: not graded yet). */
export function gradeDistribution(grades: Iterable<Grade | null>): GradeDistribution {
  const counts = { AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total: 0 };
  for (const grade of grades) {
    counts.total++;
    if (grade === null) counts.ungraded++;
    else if (GRADES.includes(grade)) counts[grade]++;
    else throw new RangeError(`not a grade: ${String(grade)}`);
  }
  return counts;
}
