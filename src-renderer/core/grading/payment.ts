import { addMonths, dayOf } from '../days';
import type { IsoDate } from '../iso-dates';
import { DEFAULT_PAYMENT_THRESHOLDS, type PaymentThresholds } from './criteria';
import type { PaymentStability, SettlementLike } from './types';

export interface PaymentAssessment {
  /** null when no receivable is counted (unknown, not "stable"). */
  stability: PaymentStability | null;
  /** The largest overdue days among counted receivables (null when none is counted). */
  maxOverdueDays: number | null;
  /** How many receivables were counted. */
  counted: number;
}

/**
 * How a customer pays, by PRODUCT.md §2, from its settlement records as they stood on
 * `evaluationDate` ('YYYY-MM-DD'):
 * - overdue days = (date paid, or the evaluation date if unpaid) − due date, at least 0 (due "on" a
 *   day means paid by the end of it, so paying on the due day is 0 days late);
 * - a paid date after the evaluation date is not known on that date: the receivable counts as unpaid;
 * - counted: receivables due in the `lookbackMonths` months before the evaluation date (due after
 *   the day `lookbackMonths` months earlier, up to and including the evaluation date), and every
 *   receivable still unpaid on that date however old; receivables due after it are not yet owed;
 *   settlements in the recycle bin (`deletedAt` set) are not counted;
 * - the largest overdue days decide: ≤ stableMaxDays stable, ≤ relativelyStableMaxDays relatively
 *   stable, ≤ unstableMaxDays unstable, above it overdue over one year.
 * Linear in the number of settlements; day differences are computed in whole UTC days.
 */
export function assessPayment<S extends SettlementLike>(
  settlements: readonly S[],
  evaluationDate: IsoDate,
  thresholds: PaymentThresholds = DEFAULT_PAYMENT_THRESHOLDS,
): PaymentAssessment {
  const windowStart = addMonths(evaluationDate, -thresholds.lookbackMonths);
  let evaluationDay: number | undefined;
  let maxOverdueDays = -1;
  let counted = 0;
  for (const s of settlements) {
    if (s.deletedAt) continue;
    const due = s.dueDate;
    // 'YYYY-MM-DD' strings compare in date order, so most receivables are sorted out without parsing.
    if (due > evaluationDate) continue;
    const paidByThen = s.paidDate !== null && s.paidDate <= evaluationDate;
    if (paidByThen && due <= windowStart) continue;
    evaluationDay ??= dayOf(evaluationDate);
    const end = paidByThen ? dayOf(s.paidDate as IsoDate) : evaluationDay;
    const overdue = Math.max(0, end - dayOf(due));
    counted++;
    if (overdue > maxOverdueDays) maxOverdueDays = overdue;
  }
  if (counted === 0) return { stability: null, maxOverdueDays: null, counted };
  return { stability: stabilityOf(maxOverdueDays, thresholds), maxOverdueDays, counted };
}

/** The band of a number of overdue days. */
export function stabilityOf(overdueDays: number, thresholds: PaymentThresholds = DEFAULT_PAYMENT_THRESHOLDS): PaymentStability {
  if (overdueDays <= thresholds.stableMaxDays) return 'stable';
  if (overdueDays <= thresholds.relativelyStableMaxDays) return 'relatively_stable';
  if (overdueDays <= thresholds.unstableMaxDays) return 'unstable';
  return 'overdue_over_1y';
}

/** Payment stability only (see assessPayment for the rules and for the figures behind it). */
export function paymentStabilityFromSettlements<S extends SettlementLike>(
  settlements: readonly S[],
  evaluationDate: IsoDate,
  thresholds: PaymentThresholds = DEFAULT_PAYMENT_THRESHOLDS,
): PaymentStability | null {
  return assessPayment(settlements, evaluationDate, thresholds).stability;
}
