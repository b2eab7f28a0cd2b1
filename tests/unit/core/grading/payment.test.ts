import { describe, expect, it } from 'vitest';
import {
  assessPayment,
  DEFAULT_PAYMENT_THRESHOLDS,
  paymentStabilityFromSettlements,
  type PaymentStability,
  type SettlementLike,
} from '../../../../src-renderer/core/grading';
import { addDays } from '../../../../src-renderer/core/days';

const EVAL = '2026-06-30';
/** A receivable due 2026-03-01 and paid `late` days after it. */
const paidLate = (late: number, due = '2026-03-01'): SettlementLike => ({ dueDate: due, paidDate: addDays(due, late) });
const unpaid = (due: string): SettlementLike => ({ dueDate: due, paidDate: null });

type Row = [label: string, settlements: SettlementLike[], expected: PaymentStability | null];
const rows: Row[] = [
  ['paid on the due day', [paidLate(0)], 'stable'],
  ['paid early', [paidLate(-20)], 'stable'],
  ['paid 30 days late', [paidLate(30)], 'stable'],
  ['paid 31 days late', [paidLate(31)], 'relatively_stable'],
  ['paid 90 days late', [paidLate(90, '2025-06-01')], 'relatively_stable'],
  ['paid 91 days late', [paidLate(91, '2025-06-01')], 'unstable'],
  ['paid 365 days late', [paidLate(365, '2025-01-01')], 'unstable'],
  ['paid 366 days late', [paidLate(366, '2025-01-01')], 'overdue_over_1y'],
  ['unpaid, due 30 days before the evaluation', [unpaid(addDays(EVAL, -30))], 'stable'],
  ['unpaid, due 31 days before the evaluation', [unpaid(addDays(EVAL, -31))], 'relatively_stable'],
  ['unpaid, due 366 days before the evaluation', [unpaid(addDays(EVAL, -366))], 'overdue_over_1y'],
  ['unpaid, due on the evaluation day', [unpaid(EVAL)], 'stable'],
  ['old unpaid receivable (2019) still counts', [unpaid('2019-05-01'), paidLate(0)], 'overdue_over_1y'],
  ['paid receivable due exactly 24 months before is outside the window', [paidLate(500, '2024-06-30')], null],
  ['paid receivable due the day after that is counted', [paidLate(500, '2024-07-01')], 'overdue_over_1y'],
  ['paid receivables older than 24 months are ignored, recent ones decide', [paidLate(700, '2023-01-01'), paidLate(10)], 'stable'],
  ['not yet due (unpaid) is ignored', [unpaid('2026-07-01')], null],
  ['not yet due (paid early) is ignored', [{ dueDate: '2026-09-01', paidDate: '2026-06-01' }], null],
  // Unpaid on 2026-06-30: 60 days overdue then, not the 92 days it finally took.
  ['paid after the evaluation date counts as unpaid at it', [{ dueDate: '2026-05-01', paidDate: '2026-08-01' }], 'relatively_stable'],
  ['the largest overdue decides', [paidLate(3), paidLate(45), paidLate(12)], 'relatively_stable'],
  ['a settlement in the recycle bin is not counted', [{ ...paidLate(400, '2025-01-01'), deletedAt: '2026-01-01T00:00:00.000Z' }, paidLate(5)], 'stable'],
  ['no settlements: unknown', [], null],
];

describe('paymentStabilityFromSettlements (PRODUCT.md §2), evaluated on 2026-06-30', () => {
  it.each(rows)('%s', (_label, settlements, expected) => expect(paymentStabilityFromSettlements(settlements, EVAL)).toBe(expected));

  it('crosses a leap day by calendar days: 2024-02-28 → 2024-03-30 is 31 days', () => {
    expect(assessPayment([{ dueDate: '2024-02-28', paidDate: '2024-03-30' }], '2024-06-30')).toEqual({
      stability: 'relatively_stable',
      maxOverdueDays: 31,
      counted: 1,
    });
  });

  it('reports the figures behind the stability', () => {
    expect(assessPayment([paidLate(3), unpaid('2026-06-01'), unpaid('2027-01-01'), paidLate(9, '2023-01-01')], EVAL)).toEqual({
      stability: 'stable',
      maxOverdueDays: 29,
      counted: 2,
    });
    expect(assessPayment([], EVAL)).toEqual({ stability: null, maxOverdueDays: null, counted: 0 });
    // Paying early is 0 days overdue, not a credit against another receivable.
    expect(assessPayment([paidLate(-20)], EVAL)).toEqual({ stability: 'stable', maxOverdueDays: 0, counted: 1 });
  });

  it('takes stored settlements with their other fields', () => {
    const stored = [{ id: 'x', customerId: 'c', receivableWan: 50, amountPaidWan: 50, dueDate: '2026-01-10', paidDate: '2026-02-20', deletedAt: null }];
    expect(paymentStabilityFromSettlements(stored, EVAL)).toBe('relatively_stable');
  });

  it('uses configured thresholds and lookback', () => {
    const thresholds = { stableMaxDays: 10, relativelyStableMaxDays: 20, unstableMaxDays: 30, lookbackMonths: 6 };
    expect(paymentStabilityFromSettlements([paidLate(25)], EVAL, thresholds)).toBe('unstable');
    expect(paymentStabilityFromSettlements([paidLate(31)], EVAL, thresholds)).toBe('overdue_over_1y');
    expect(paymentStabilityFromSettlements([paidLate(50, '2025-12-30')], EVAL, thresholds)).toBeNull();
    expect(DEFAULT_PAYMENT_THRESHOLDS).toEqual({ stableMaxDays: 30, relativelyStableMaxDays: 90, unstableMaxDays: 365, lookbackMonths: 24 });
  });

  it('a lookback window ending on 29 February starts on the 28th, two years before', () => {
    expect(paymentStabilityFromSettlements([paidLate(100, '2022-02-28')], '2024-02-29')).toBeNull();
    expect(paymentStabilityFromSettlements([paidLate(100, '2022-03-01')], '2024-02-29')).toBe('unstable');
  });
});
