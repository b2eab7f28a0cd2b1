import { roundScore, roundWan } from './decide';

/**
 * How a grading figure is written — ONE rounding per figure, used by the stored Chinese reasons,
 * every screen and every printed report (the batch screen and the roster PDF must never disagree):
 *
 * - 年综合效益: at 1 yuan (4 decimals of 万元), no floating-point noise: 260, 12.5, 0.3;
 * - 主观评分: at 2 decimals, the precision it is entered in: 75, 72.45;
 * - 合作年限: **cut** (not rounded) to one decimal: 7.56 years is 7.5, and 1.99 years is 1.9 — a customer
 *   short of its second anniversary never reads "2 年" (rounding would print "2 年 < 2 年").
 */

/** 万元 figure without unit: 260, 12.5, 0.3 (not 0.30000000000000004). */
export function wanText(wan: number): string {
  return String(roundWan(wan));
}

export function scoreText(score: number): string {
  return String(roundScore(score));
}

/** Cooperation years as shown: cut toward zero to one decimal (the epsilon absorbs binary noise: 2.3 × 10 is 22.999…96). */
export function truncateYears(years: number): number {
  return Math.floor(years * 10 + 1e-9) / 10;
}

/**
 * Years to one decimal, cut toward zero (`truncateYears`); with a threshold and `met === false` the
 * guard keeps an unmet condition from printing its threshold.
 */
export function yearsText(years: number, threshold?: number, met?: boolean): string {
  let shown = truncateYears(years);
  if (threshold !== undefined && met === false && shown >= threshold) shown = Math.floor(years * 10) / 10;
  return String(shown);
}
