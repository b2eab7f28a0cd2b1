import { z } from 'zod';
import { MAX_WAN } from '../customers/business';
import { numberIn } from './number-field';

/**
 * The thresholds of the grade rules (PRODUCT.md §2), editable by a department head. The version is
 * kept OUTSIDE this shape, by whoever stores it (`{ version, criteria }`): the rules depend only on
 * the numbers, two saved versions with equal numbers grade alike, and a grading record names the
 * version it used next to the template version.
 */
export interface PaymentThresholds {
  /** Largest overdue days still "stable" (回款稳定). */
  stableMaxDays: number;
  /** Largest overdue days still "relatively stable" (回款较稳定). */
  relativelyStableMaxDays: number;
  /** Largest overdue days still "unstable"; above it the customer is overdue over one year (B). */
  unstableMaxDays: number;
  /** Paid receivables due in this many months before the evaluation date are counted. */
  lookbackMonths: number;
}

export interface GradeCriteria {
  /** AAA: benefit ≥ this (万元) or cooperation ≥ aaaCooperationYears, … */
  aaaBenefitWan: number;
  aaaCooperationYears: number;
  /** … and payment stable or subjective score ≥ this. */
  aaaSubjectiveScore: number;
  /** AA: any of benefit ≥ this, cooperation ≥ aaCooperationYears, payment at least relatively stable, score ≥ aaSubjectiveScore. */
  aaBenefitWan: number;
  aaCooperationYears: number;
  aaSubjectiveScore: number;
  /** B: subjective score strictly below this (or payment overdue over a year, or communication difficult). */
  bSubjectiveBelow: number;
  payment: PaymentThresholds;
}

/** The paper's payment bands: 30 / 90 / 365 days, over the last 24 months. */
export const DEFAULT_PAYMENT_THRESHOLDS: Readonly<PaymentThresholds> = Object.freeze({
  stableMaxDays: 30,
  relativelyStableMaxDays: 90,
  unstableMaxDays: 365,
  lookbackMonths: 24,
});

/** The paper's grade criteria; "restore defaults" saves these as a new version. Frozen: never edit in place. */
export const DEFAULT_CRITERIA: Readonly<GradeCriteria> = Object.freeze({
  aaaBenefitWan: 200,
  aaaCooperationYears: 2,
  aaaSubjectiveScore: 70,
  aaBenefitWan: 20,
  aaCooperationYears: 1,
  aaSubjectiveScore: 50,
  bSubjectiveBelow: 10,
  payment: DEFAULT_PAYMENT_THRESHOLDS,
});

const wanThreshold = numberIn(0, MAX_WAN, 'validation.grading.nonNegative');
const yearsThreshold = numberIn(0, 100, 'validation.grading.years');
const scoreThreshold = numberIn(0, 100, 'validation.grading.score100');
const wholeDays = numberIn(0, 3650, 'validation.grading.days').int('validation.grading.days');

export const paymentThresholdsSchema = z
  .object({
    stableMaxDays: wholeDays,
    relativelyStableMaxDays: wholeDays,
    unstableMaxDays: wholeDays,
    lookbackMonths: numberIn(1, 120, 'validation.grading.lookbackMonths').int('validation.grading.lookbackMonths'),
  })
  .superRefine((p, ctx) => {
    // Each band must be wider than the one before, or a band would be empty.
    if (p.relativelyStableMaxDays <= p.stableMaxDays)
      ctx.addIssue({ code: 'custom', message: 'validation.grading.paymentOrder', path: ['relativelyStableMaxDays'] });
    if (p.unstableMaxDays <= p.relativelyStableMaxDays) ctx.addIssue({ code: 'custom', message: 'validation.grading.paymentOrder', path: ['unstableMaxDays'] });
  });

/**
 * Refuses criteria that contradict themselves: an AA threshold above the AAA one (a customer could
 * be AAA without qualifying for AA), a B score line above the AA score threshold (a score good
 * enough for AA would make the customer B), payment bands that do not widen. Messages are i18n keys.
 */
export const gradeCriteriaSchema = z
  .object({
    aaaBenefitWan: wanThreshold,
    aaaCooperationYears: yearsThreshold,
    aaaSubjectiveScore: scoreThreshold,
    aaBenefitWan: wanThreshold,
    aaCooperationYears: yearsThreshold,
    aaSubjectiveScore: scoreThreshold,
    bSubjectiveBelow: scoreThreshold,
    payment: paymentThresholdsSchema,
  })
  .superRefine((c, ctx) => {
    const aaAbove = (aa: keyof GradeCriteria, aaa: keyof GradeCriteria) => {
      if ((c[aa] as number) > (c[aaa] as number)) ctx.addIssue({ code: 'custom', message: 'validation.grading.aaAboveAaa', path: [aa] });
    };
    aaAbove('aaBenefitWan', 'aaaBenefitWan');
    aaAbove('aaCooperationYears', 'aaaCooperationYears');
    aaAbove('aaSubjectiveScore', 'aaaSubjectiveScore');
    if (c.bSubjectiveBelow > c.aaSubjectiveScore) ctx.addIssue({ code: 'custom', message: 'validation.grading.bAboveAa', path: ['bSubjectiveBelow'] });
  });

export type GradeCriteriaValues = z.output<typeof gradeCriteriaSchema>;
