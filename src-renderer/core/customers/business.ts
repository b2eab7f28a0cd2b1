import { z } from 'zod';
import { idSchema } from './fields';
import { isoDateSchema, nullableIsoDateSchema } from './dates';

/**
 * Money is in 万元 with at most 4 decimals (4 decimals of 万元 = 1 yuan: the books never need less).
 * A value that is 4-decimal up to floating-point noise (0.1 + 0.2) is accepted and rounded, so sums
 * computed in the UI do not fail; 1.23456 is refused. The ceiling (10^8 万元 = 1 trillion yuan) only
 * stops typos with extra zeros.
 */
export const MAX_WAN = 100_000_000;

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

function hasFourDecimals(x: number): boolean {
  const scaled = x * 10_000;
  return Math.abs(scaled - Math.round(scaled)) <= 1e-6 * Math.max(1, Math.abs(scaled));
}

function wan(options: { positive: boolean }) {
  const number = z
    .number({ error: (issue) => (isBlank(issue.input) ? 'validation.required' : 'validation.money') })
    .refine(hasFourDecimals, 'validation.money')
    .overwrite((x) => Math.round(x * 10_000) / 10_000)
    .max(MAX_WAN, 'validation.money');
  return options.positive ? number.gt(0, 'validation.moneyPositive') : number.min(0, 'validation.moneyNegative');
}

/** Non-negative money (a contract amount, a payment). */
export const wanSchema = wan({ positive: false });
/** Money that must be more than zero (a receivable). */
export const positiveWanSchema = wan({ positive: true });

/** Business figures of one customer in one year. One row per customer and year is a repository rule. */
export const benefitYearFieldsSchema = z.object({
  customerId: idSchema,
  year: z
    .number({ error: (issue) => (isBlank(issue.input) ? 'validation.required' : 'validation.year') })
    .int('validation.year')
    .min(1990, 'validation.year')
    .max(2100, 'validation.year'),
  contractWan: wanSchema,
  benefitWan: wanSchema,
});

export type BenefitYearValues = z.output<typeof benefitYearFieldsSchema>;

/**
 * One receivable. A payment has both a date and an amount (overdue days are counted from the date
 * paid, so an amount without a date would be read as still unpaid); a partial payment is an amount
 * below the receivable.
 */
export const settlementFieldsSchema = z
  .object({
    customerId: idSchema,
    receivableWan: positiveWanSchema,
    dueDate: isoDateSchema,
    paidDate: nullableIsoDateSchema,
    amountPaidWan: z.preprocess((v) => (isBlank(v) ? null : v), wanSchema.nullable()),
  })
  .superRefine((s, ctx) => {
    if (s.paidDate !== null && s.amountPaidWan === null) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['amountPaidWan'] });
    if (s.amountPaidWan !== null && s.paidDate === null) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['paidDate'] });
  });

export type SettlementValues = z.output<typeof settlementFieldsSchema>;

/**
 * What was paid above the receivable (0 when not overpaid), to the yuan. Overpayment is legal (an
 * advance, a settlement of several invoices at once) but unusual, so the repository takes it only
 * when the user confirmed it, and the settlements table marks it (超额回款).
 */
export function overpaidWan(s: { receivableWan: number; amountPaidWan: number | null }): number {
  if (s.amountPaidWan === null) return 0;
  return Math.max(0, Math.round((s.amountPaidWan - s.receivableWan) * 10_000) / 10_000);
}
