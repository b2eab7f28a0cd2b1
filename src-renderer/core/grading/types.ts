import type { IsoDate } from '../iso-dates';

/** The grades of PRODUCT.md §2, best first: sort with `compareGrades` to list AAA before B. */
export const GRADES = ['AAA', 'AA', 'A', 'B'] as const;
export type Grade = (typeof GRADES)[number];

const GRADE_RANK: Record<Grade, number> = { AAA: 0, AA: 1, A: 2, B: 3 };

/** Negative when `a` is the better grade, 0 when equal: `grades.sort(compareGrades)` lists AAA first. */
export function compareGrades(a: Grade, b: Grade): number {
  return GRADE_RANK[a] - GRADE_RANK[b];
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && value in GRADE_RANK;
}

/**
 * How a customer pays, best first, derived from settlement records (payment.ts):
 * stable ≤ 30 overdue days, relatively stable ≤ 90, unstable ≤ 365, overdue over one year > 365.
 */
export const PAYMENT_STABILITIES = ['stable', 'relatively_stable', 'unstable', 'overdue_over_1y'] as const;
export type PaymentStability = (typeof PAYMENT_STABILITIES)[number];

/**
 * The figures one grading reads. `null` means "not known" (no figures for the year, no counted
 * receivable, subjective score not entered): a null satisfies no condition that needs the value,
 * and never by itself makes a customer B.
 */
export interface GradeFacts {
  /** 年综合效益 of the year graded, in 万元. */
  annualBenefitWan: number | null;
  /** Years since the cooperation start (cooperation.ts); 0 when no start date is known. */
  cooperationYears: number;
  paymentStability: PaymentStability | null;
  /** 业务沟通困难, ticked by the account manager: alone it makes the customer B. */
  communicationDifficult: boolean;
  /** Sum of the subjective items of the scoring template, 0–100; null unless every item is scored. */
  subjectiveScore: number | null;
}

/**
 * One receivable as grading reads it; any other fields of a stored settlement may ride along.
 * A settlement with `deletedAt` set (in the recycle bin) is not counted.
 */
export interface SettlementLike {
  dueDate: IsoDate;
  paidDate: IsoDate | null;
  deletedAt?: string | null;
}
