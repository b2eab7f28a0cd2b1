import { describe, expect, it } from 'vitest';
import {
  benefitYearFieldsSchema,
  handoverFieldsSchema,
  managerFieldsSchema,
  overpaidWan,
  settlementFieldsSchema,
} from '../../../../src-renderer/core/customers/schemas';
import { HANDOVER, ID, errorsOf, type Case } from './helpers';

describe('benefit year', () => {
  const valid = { customerId: ID.a, year: 2025, contractWan: 1234.5, benefitWan: 200 };
  const cases: Case[] = [
    ['valid', {}, {}],
    ['zero is a figure', { contractWan: 0, benefitWan: 0 }, {}],
    ['four decimals', { contractWan: 0.0001 }, {}],
    ['year 1989', { year: 1989 }, { year: 'validation.year' }],
    ['year 2101', { year: 2101 }, { year: 'validation.year' }],
    ['year not whole', { year: 2025.5 }, { year: 'validation.year' }],
    ['year as text', { year: '2025' }, { year: 'validation.year' }],
    ['year missing', { year: undefined }, { year: 'validation.required' }],
    ['negative contract', { contractWan: -1 }, { contractWan: 'validation.moneyNegative' }],
    ['five decimals', { benefitWan: 1.23456 }, { benefitWan: 'validation.money' }],
    ['infinite', { benefitWan: Infinity }, { benefitWan: 'validation.money' }],
    ['not a number', { benefitWan: Number.NaN }, { benefitWan: 'validation.money' }],
    ['money as text', { contractWan: '200万' }, { contractWan: 'validation.money' }],
    ['money missing', { contractWan: '' }, { contractWan: 'validation.required' }],
    ['a typo with extra zeros', { contractWan: 1e9 }, { contractWan: 'validation.money' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(benefitYearFieldsSchema, { ...valid, ...patch })).toEqual(expected));

  it('rounds away floating-point noise', () => {
    expect(benefitYearFieldsSchema.parse({ ...valid, contractWan: 0.1 + 0.2 }).contractWan).toBe(0.3);
  });
});

describe('settlement', () => {
  const valid = { customerId: ID.a, receivableWan: 50, dueDate: '2025-12-31', paidDate: '2026-01-15', amountPaidWan: 50 };
  const cases: Case[] = [
    ['valid paid', {}, {}],
    ['valid unpaid', { paidDate: null, amountPaidWan: null }, {}],
    ['unpaid from an empty form', { paidDate: '', amountPaidWan: '' }, {}],
    ['partly paid', { amountPaidWan: 20 }, {}],
    ['receivable zero', { receivableWan: 0 }, { receivableWan: 'validation.moneyPositive' }],
    ['receivable negative', { receivableWan: -5 }, { receivableWan: 'validation.moneyPositive' }],
    ['due impossible', { dueDate: '2025-02-29' }, { dueDate: 'validation.date' }],
    ['paid impossible', { paidDate: '2026-13-01' }, { paidDate: 'validation.date' }],
    ['paid date without amount', { amountPaidWan: null }, { amountPaidWan: 'validation.required' }],
    ['amount without paid date', { paidDate: null }, { paidDate: 'validation.required' }],
    ['negative payment', { amountPaidWan: -1 }, { amountPaidWan: 'validation.moneyNegative' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(settlementFieldsSchema, { ...valid, ...patch })).toEqual(expected));
});

describe('handover (交接)', () => {
  const valid = HANDOVER;
  const cases: Case[] = [
    ['valid', {}, {}],
    ['first assignment (no previous manager)', { fromManagerId: null, fromManagerName: '' }, {}],
    ['acknowledged', { acknowledgedAt: '2026-05-02T01:30:00.000Z', acknowledgedBy: '李娜' }, {}],
    ['same manager', { toManagerId: ID.m1 }, { toManagerId: 'validation.sameManager' }],
    ['no successor', { toManagerId: '' }, { toManagerId: 'validation.required' }],
    ['successor not an id', { toManagerId: 'li' }, { toManagerId: 'validation.invalidId' }],
    ['successor without name', { toManagerName: '' }, { toManagerName: 'validation.required' }],
    ['predecessor without name', { fromManagerName: '' }, { fromManagerName: 'validation.required' }],
    ['no reason', { reason: '' }, { reason: 'validation.required' }],
    ['date impossible', { date: '2026-02-29' }, { date: 'validation.date' }],
    ['acknowledged at a non-instant', { acknowledgedAt: '2026-05-02', acknowledgedBy: '李娜' }, { acknowledgedAt: 'validation.instant' }],
    ['acknowledged by nobody', { acknowledgedAt: '2026-05-02T01:30:00.000Z' }, { acknowledgedBy: 'validation.required' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(handoverFieldsSchema, { ...valid, ...patch })).toEqual(expected));
});

describe('account manager', () => {
  const cases: Case[] = [
    ['valid', {}, {}],
    ['no phone', { phone: '' }, {}],
    ['no name', { name: '' }, { name: 'validation.required' }],
    ['bad phone', { phone: '110' }, { phone: 'validation.phone' }],
    ['active not a flag', { active: 1 }, { active: 'validation.choice' }],
  ];
  const valid = { name: '王伟', phone: '139 0000 1111', active: true };
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(managerFieldsSchema, { ...valid, ...patch })).toEqual(expected));

  it('normalises the phone and is active by default', () => {
    expect(managerFieldsSchema.parse({ name: '王伟', phone: '139 0000 1111' })).toEqual({ name: '王伟', phone: '13900001111', active: true });
  });
});

describe('overpayment (issue 12.5: legal, but never silent)', () => {
  it('is what was paid above the receivable, to the yuan; 0 when unpaid, partly or exactly paid', () => {
    expect(overpaidWan({ receivableWan: 120, amountPaidWan: 150 })).toBe(30);
    expect(overpaidWan({ receivableWan: 0.3, amountPaidWan: 0.1 + 0.2 })).toBe(0);
    expect(overpaidWan({ receivableWan: 120, amountPaidWan: 120.0001 })).toBe(0.0001);
    expect(overpaidWan({ receivableWan: 120, amountPaidWan: 120 })).toBe(0);
    expect(overpaidWan({ receivableWan: 120, amountPaidWan: 50 })).toBe(0);
    expect(overpaidWan({ receivableWan: 120, amountPaidWan: null })).toBe(0);
  });

  it('a negative amount is refused with its limit, not turned into 0', () => {
    expect(
      errorsOf(settlementFieldsSchema, { customerId: ID.a, receivableWan: 120, dueDate: '2026-03-01', paidDate: '2026-03-02', amountPaidWan: -50 }),
    ).toEqual({
      amountPaidWan: 'validation.moneyNegative',
    });
  });
});
