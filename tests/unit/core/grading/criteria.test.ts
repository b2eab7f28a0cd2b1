import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, gradeCriteriaSchema } from '../../../../src-renderer/core/grading';
import { errorsOf, type Case } from '../customers/helpers';

describe('grade criteria schema', () => {
  const valid = { ...DEFAULT_CRITERIA, payment: { ...DEFAULT_CRITERIA.payment } };
  const payment = (patch: Record<string, unknown>) => ({ payment: { ...DEFAULT_CRITERIA.payment, ...patch } });
  const cases: Case[] = [
    ['the paper’s defaults', {}, {}],
    ['AA equal to AAA is allowed', { aaBenefitWan: 200, aaCooperationYears: 2, aaSubjectiveScore: 70 }, {}],
    ['negative benefit threshold', { aaBenefitWan: -1 }, { aaBenefitWan: 'validation.grading.nonNegative' }],
    ['negative years', { aaCooperationYears: -0.5 }, { aaCooperationYears: 'validation.grading.years' }],
    ['score above 100', { aaaSubjectiveScore: 101 }, { aaaSubjectiveScore: 'validation.grading.score100' }],
    ['AA benefit above AAA', { aaBenefitWan: 250 }, { aaBenefitWan: 'validation.grading.aaAboveAaa' }],
    ['AA years above AAA', { aaCooperationYears: 3 }, { aaCooperationYears: 'validation.grading.aaAboveAaa' }],
    ['AA score above AAA', { aaSubjectiveScore: 80 }, { aaSubjectiveScore: 'validation.grading.aaAboveAaa' }],
    ['B line above the AA score', { bSubjectiveBelow: 51 }, { bSubjectiveBelow: 'validation.grading.bAboveAa' }],
    ['threshold missing', { aaaBenefitWan: undefined }, { aaaBenefitWan: 'validation.required' }],
    ['threshold as text', { aaaBenefitWan: '200' }, { aaaBenefitWan: 'validation.grading.number' }],
    ['payment bands equal', payment({ relativelyStableMaxDays: 30 }), { 'payment.relativelyStableMaxDays': 'validation.grading.paymentOrder' }],
    ['payment bands falling', payment({ unstableMaxDays: 60 }), { 'payment.unstableMaxDays': 'validation.grading.paymentOrder' }],
    ['payment days not whole', payment({ stableMaxDays: 30.5 }), { 'payment.stableMaxDays': 'validation.grading.days' }],
    ['lookback of 0 months', payment({ lookbackMonths: 0 }), { 'payment.lookbackMonths': 'validation.grading.lookbackMonths' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(gradeCriteriaSchema, { ...valid, ...patch })).toEqual(expected));

  it('the defaults are frozen, so "restore defaults" always restores the paper’s numbers', () => {
    expect(Object.isFrozen(DEFAULT_CRITERIA)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CRITERIA.payment)).toBe(true);
    expect(DEFAULT_CRITERIA).toMatchObject({
      aaaBenefitWan: 200,
      aaaCooperationYears: 2,
      aaaSubjectiveScore: 70,
      aaBenefitWan: 20,
      aaCooperationYears: 1,
      aaSubjectiveScore: 50,
      bSubjectiveBelow: 10,
    });
  });
});
