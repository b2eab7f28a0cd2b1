import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareGrades,
  DEFAULT_CRITERIA,
  gradeCriteriaSchema,
  gradeCustomer,
  PAYMENT_STABILITIES,
  type GradeCriteria,
  type GradeFacts,
} from '../../../../src-renderer/core/grading';

/** Deterministic runs: the same cases every time, and enough of them to hit every region of the rules. */
const RUNS = { seed: 20_261_127, numRuns: 2_000 };

const money = fc.integer({ min: 0, max: 5_000_000 }).map((x) => x / 10_000); // 0–500 万元 at 1 yuan
const score = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100); // 0–100 at 2 decimals
const payment = fc.constantFrom(...PAYMENT_STABILITIES);
const factsArb: fc.Arbitrary<GradeFacts> = fc.record({
  annualBenefitWan: fc.option(money, { nil: null, freq: 5 }),
  cooperationYears: fc.double({ min: 0, max: 10, noNaN: true }),
  paymentStability: fc.option(payment, { nil: null, freq: 5 }),
  communicationDifficult: fc.boolean(),
  subjectiveScore: fc.option(score, { nil: null, freq: 5 }),
});

/** Any criteria the schema accepts (AA ≤ AAA, B line ≤ AA score): monotonicity must hold for all of them. */
const criteriaArb: fc.Arbitrary<GradeCriteria> = fc
  .record({
    aa: fc.tuple(money, fc.double({ min: 0, max: 5, noNaN: true }), score),
    extra: fc.tuple(money, fc.double({ min: 0, max: 5, noNaN: true }), score),
    bFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ aa, extra, bFraction }) => ({
    aaBenefitWan: aa[0],
    aaCooperationYears: aa[1],
    aaSubjectiveScore: aa[2],
    aaaBenefitWan: Math.min(500, aa[0] + extra[0]),
    aaaCooperationYears: aa[1] + extra[1],
    aaaSubjectiveScore: Math.min(100, aa[2] + extra[2]),
    bSubjectiveBelow: Math.round(aa[2] * bFraction * 100) / 100,
    payment: DEFAULT_CRITERIA.payment,
  }));

const anyCriteria = fc.oneof(fc.constant(DEFAULT_CRITERIA as GradeCriteria), criteriaArb);
const gradeOf = (f: GradeFacts, c: GradeCriteria) => gradeCustomer(f, c).grade;
/** `better` is at least as good a grade as `worse`. */
const notWorse = (better: GradeFacts, worse: GradeFacts, c: GradeCriteria) => compareGrades(gradeOf(better, c), gradeOf(worse, c)) <= 0;

describe('better figures never give a lower grade (any valid criteria)', () => {
  it('the generated criteria are valid', () => {
    fc.assert(
      fc.property(criteriaArb, (c) => gradeCriteriaSchema.safeParse(c).success),
      RUNS,
    );
  });

  it.each([
    ['benefit', 'annualBenefitWan', money],
    ['cooperation years', 'cooperationYears', fc.double({ min: 0, max: 10, noNaN: true })],
    ['subjective score', 'subjectiveScore', score],
  ] as const)('in %s', (_label, field, values) => {
    fc.assert(
      fc.property(factsArb, values, values, anyCriteria, (f, a, b, c) => notWorse({ ...f, [field]: Math.max(a, b) }, { ...f, [field]: Math.min(a, b) }, c)),
      RUNS,
    );
  });

  it('in payment stability (stable > relatively stable > unstable > overdue over a year)', () => {
    const index = fc.integer({ min: 0, max: PAYMENT_STABILITIES.length - 1 });
    fc.assert(
      fc.property(factsArb, index, index, anyCriteria, (f, i, j, c) =>
        notWorse({ ...f, paymentStability: PAYMENT_STABILITIES[Math.min(i, j)]! }, { ...f, paymentStability: PAYMENT_STABILITIES[Math.max(i, j)]! }, c),
      ),
      RUNS,
    );
  });

  it('in communication: not difficult is never worse than difficult', () => {
    fc.assert(
      fc.property(factsArb, anyCriteria, (f, c) => notWorse({ ...f, communicationDifficult: false }, { ...f, communicationDifficult: true }, c)),
      RUNS,
    );
  });
});

describe('B conditions', () => {
  it('any B condition gives B whatever the other figures', () => {
    const bCondition = fc.constantFrom<Partial<GradeFacts>[]>(
      [{ paymentStability: 'overdue_over_1y' }],
      [{ communicationDifficult: true }],
      [{ subjectiveScore: 9.99 }],
      [{ subjectiveScore: 0 }],
    );
    fc.assert(
      fc.property(factsArb, bCondition, (f, [patch]) => gradeOf({ ...f, ...patch }, DEFAULT_CRITERIA) === 'B'),
      RUNS,
    );
  });

  it('a missing figure never by itself makes a customer B', () => {
    const field = fc.constantFrom('annualBenefitWan', 'paymentStability', 'subjectiveScore' as const);
    fc.assert(
      fc.property(factsArb, field, anyCriteria, (f, key, c) => {
        fc.pre(gradeOf(f, c) !== 'B');
        return gradeOf({ ...f, [key]: null }, c) !== 'B';
      }),
      RUNS,
    );
  });

  it('without a B figure, unknown figures never give B', () => {
    fc.assert(
      fc.property(
        factsArb,
        anyCriteria,
        (f, c) =>
          gradeOf(
            {
              ...f,
              communicationDifficult: false,
              paymentStability: f.paymentStability === 'overdue_over_1y' ? null : f.paymentStability,
              subjectiveScore: null,
            },
            c,
          ) !== 'B',
      ),
      RUNS,
    );
  });
});

describe('the reasons match the grade', () => {
  it('the first reason names the grade, and one note follows per unknown figure', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const { grade, reasons } = gradeCustomer(f);
        const unknown = [f.annualBenefitWan, f.paymentStability, f.subjectiveScore].filter((x) => x === null).length;
        expect(reasons[0]!.startsWith(`${grade}：`)).toBe(true);
        expect(reasons).toHaveLength(1 + unknown);
      }),
      RUNS,
    );
  });
});
