import type { IsoDate } from '../iso-dates';
import { cooperationYears } from './cooperation';
import { DEFAULT_CRITERIA, type GradeCriteria } from './criteria';
import { assessPayment, type PaymentAssessment } from './payment';
import type { GradeFacts, SettlementLike } from './types';

/**
 * The year whose 年综合效益 a grading on `evaluationDate` reads: the last complete calendar year
 * (grading in March 2026 reads 2025). A year still running would understate every customer.
 */
export function benefitYearFor(evaluationDate: IsoDate): number {
  return Number(evaluationDate.slice(0, 4)) - 1;
}

export interface BenefitYearLike {
  year: number;
  benefitWan: number;
  deletedAt?: string | null;
}

/**
 * 年综合效益 of `year`, or null when the archive has no (live) figures for that year. An older year
 * is deliberately not used in its place: stale figures would grade a customer who stopped buying as
 * if it had not.
 */
export function annualBenefitFor<B extends BenefitYearLike>(rows: readonly B[], year: number): number | null {
  for (const row of rows) if (row.year === year && !row.deletedAt) return row.benefitWan;
  return null;
}

/** What the archive and the manager know of one customer, before it is turned into facts. */
export interface CustomerFigures<S extends SettlementLike = SettlementLike> {
  cooperationStart: IsoDate | null;
  annualBenefitWan: number | null;
  settlements: readonly S[];
  communicationDifficult: boolean;
  subjectiveScore: number | null;
}

/** The facts `gradeCustomer` reads, plus the payment figures behind the stability (to show them). */
export function gradingFacts<S extends SettlementLike>(
  figures: CustomerFigures<S>,
  evaluationDate: IsoDate,
  criteria: GradeCriteria = DEFAULT_CRITERIA,
): { facts: GradeFacts; payment: PaymentAssessment } {
  const payment = assessPayment(figures.settlements, evaluationDate, criteria.payment);
  return {
    facts: {
      annualBenefitWan: figures.annualBenefitWan,
      cooperationYears: cooperationYears(figures.cooperationStart, evaluationDate),
      paymentStability: payment.stability,
      communicationDifficult: figures.communicationDifficult,
      subjectiveScore: figures.subjectiveScore,
    },
    payment,
  };
}
