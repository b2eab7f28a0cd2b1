import { DEFAULT_CRITERIA, type GradeCriteria } from './criteria';
import type { Grade, GradeFacts, PaymentStability } from './types';

/**
 * Which condition of which rule; the comparison each one makes:
 * - b_payment_overdue: payment = overdue_over_1y · b_communication_difficult: ticked · b_subjective_low: score < threshold
 * - aaa_benefit / aa_benefit: benefit ≥ threshold · aaa_cooperation / aa_cooperation: years ≥ threshold
 * - aaa_payment: payment = stable · aa_payment: payment stable or relatively stable (threshold = the worst accepted)
 * - aaa_subjective / aa_subjective: score ≥ threshold
 */
export const GRADE_CONDITION_CODES = [
  'b_payment_overdue',
  'b_communication_difficult',
  'b_subjective_low',
  'aaa_benefit',
  'aaa_cooperation',
  'aaa_payment',
  'aaa_subjective',
  'aa_benefit',
  'aa_cooperation',
  'aa_payment',
  'aa_subjective',
] as const;
export type GradeConditionCode = (typeof GRADE_CONDITION_CODES)[number];

export interface GradeCondition {
  code: GradeConditionCode;
  /** The figure compared (null when not known; a boolean for communication). */
  value: number | PaymentStability | boolean | null;
  /** What it was compared with (null for the communication tick). */
  threshold: number | PaymentStability | null;
  met: boolean;
}

export type MissingFact = 'annualBenefitWan' | 'paymentStability' | 'subjectiveScore';

/** A grade and why, as data: the UI renders it in either locale; `gradeCustomer` writes the Chinese sentence. */
export interface GradeDecision {
  grade: Grade;
  /**
   * The conditions that decided, in rule order. B: every B condition met. AAA: the met conditions of
   * both halves (benefit / years, and payment / score). AA: every AA condition met. A: every AA
   * condition (none met).
   */
  conditions: GradeCondition[];
  /** Every condition evaluated, in rule order (B, AAA, AA), for a detailed view. */
  checked: GradeCondition[];
  /** The facts that were not known: they satisfied no condition. */
  missing: MissingFact[];
}

/**
 * Money is compared at 1 yuan (4 decimals of 万元) and scores at 2 decimals, the precision they are
 * entered in, so floating-point noise (0.1 + 0.2) can never flip a boundary, and the figure printed
 * in the explanation is the figure that was compared. Rounding keeps the order of figures, so
 * better figures still never give a lower grade.
 */
export const roundWan = (x: number): number => Math.round(x * 10_000) / 10_000;
export const roundScore = (x: number): number => Math.round(x * 100) / 100;

const atLeast = (value: number | null, threshold: number) => value !== null && value >= threshold;

/** PRODUCT.md §2 rules, in their order: B, then AAA, then AA, else A. Pure; a dozen small objects per call. */
export function decideGrade(facts: GradeFacts, criteria: GradeCriteria = DEFAULT_CRITERIA): GradeDecision {
  const benefit = facts.annualBenefitWan === null ? null : roundWan(facts.annualBenefitWan);
  const score = facts.subjectiveScore === null ? null : roundScore(facts.subjectiveScore);
  const years = facts.cooperationYears;
  const payment = facts.paymentStability;
  const c = criteria;

  const cond = (code: GradeConditionCode, value: GradeCondition['value'], threshold: GradeCondition['threshold'], met: boolean): GradeCondition => ({
    code,
    value,
    threshold,
    met,
  });
  const bPayment = cond('b_payment_overdue', payment, 'overdue_over_1y', payment === 'overdue_over_1y');
  const bCommunication = cond('b_communication_difficult', facts.communicationDifficult, null, facts.communicationDifficult);
  const bScore = cond('b_subjective_low', score, c.bSubjectiveBelow, score !== null && score < c.bSubjectiveBelow);
  const aaaBenefit = cond('aaa_benefit', benefit, c.aaaBenefitWan, atLeast(benefit, c.aaaBenefitWan));
  const aaaYears = cond('aaa_cooperation', years, c.aaaCooperationYears, years >= c.aaaCooperationYears);
  const aaaPayment = cond('aaa_payment', payment, 'stable', payment === 'stable');
  const aaaScore = cond('aaa_subjective', score, c.aaaSubjectiveScore, atLeast(score, c.aaaSubjectiveScore));
  const aa = [
    cond('aa_benefit', benefit, c.aaBenefitWan, atLeast(benefit, c.aaBenefitWan)),
    cond('aa_cooperation', years, c.aaCooperationYears, years >= c.aaCooperationYears),
    cond('aa_payment', payment, 'relatively_stable', payment === 'stable' || payment === 'relatively_stable'),
    cond('aa_subjective', score, c.aaSubjectiveScore, atLeast(score, c.aaSubjectiveScore)),
  ];
  const checked = [bPayment, bCommunication, bScore, aaaBenefit, aaaYears, aaaPayment, aaaScore, ...aa];
  const missing: MissingFact[] = [];
  if (benefit === null) missing.push('annualBenefitWan');
  if (payment === null) missing.push('paymentStability');
  if (score === null) missing.push('subjectiveScore');
  const metOf = (list: GradeCondition[]) => list.filter((x) => x.met);

  const b = metOf([bPayment, bCommunication, bScore]);
  if (b.length > 0) return { grade: 'B', conditions: b, checked, missing };
  // AAA needs both halves: scale (benefit or years) AND quality (stable payment or a high score).
  const scale = metOf([aaaBenefit, aaaYears]);
  const quality = metOf([aaaPayment, aaaScore]);
  if (scale.length > 0 && quality.length > 0) return { grade: 'AAA', conditions: [...scale, ...quality], checked, missing };
  const aaMet = metOf(aa);
  if (aaMet.length > 0) return { grade: 'AA', conditions: aaMet, checked, missing };
  return { grade: 'A', conditions: aa, checked, missing };
}
