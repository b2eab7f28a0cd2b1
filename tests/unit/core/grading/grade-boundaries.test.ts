import { describe, expect, it } from 'vitest';
import { decideGrade, DEFAULT_CRITERIA, gradeCustomer, type Grade, type GradeFacts } from '../../../../src-renderer/core/grading';
import { EXCELLENT, facts, NOTHING } from './helpers';

type Row = [label: string, facts: GradeFacts, grade: Grade];

/** Each criterion on both sides of its boundary, the others held where they do not decide. */
const AA_BOUNDARIES: Row[] = [
  ['nothing met', NOTHING, 'A'],
  ['benefit 19.99 万元', facts({ annualBenefitWan: 19.99 }), 'A'],
  ['benefit 20 万元', facts({ annualBenefitWan: 20 }), 'AA'],
  ['cooperation 0.99 years', facts({ cooperationYears: 0.99 }), 'A'],
  ['cooperation 1 year', facts({ cooperationYears: 1 }), 'AA'],
  ['payment unstable', facts({ paymentStability: 'unstable' }), 'A'],
  ['payment relatively stable', facts({ paymentStability: 'relatively_stable' }), 'AA'],
  ['payment stable (no scale for AAA)', facts({ paymentStability: 'stable' }), 'AA'],
  ['score 49.99', facts({ subjectiveScore: 49.99 }), 'A'],
  ['score 50', facts({ subjectiveScore: 50 }), 'AA'],
];

const SCALE_MET = { annualBenefitWan: 200 };
const QUALITY_MET = { paymentStability: 'stable' as const };
const AAA_BOUNDARIES: Row[] = [
  ['benefit 199.99 万元 with stable payment', facts({ ...QUALITY_MET, annualBenefitWan: 199.99 }), 'AA'],
  ['benefit 200 万元 with stable payment', facts({ ...QUALITY_MET, annualBenefitWan: 200 }), 'AAA'],
  ['cooperation 1.99 years with stable payment', facts({ ...QUALITY_MET, cooperationYears: 1.99 }), 'AA'],
  ['cooperation 2 years with stable payment', facts({ ...QUALITY_MET, cooperationYears: 2 }), 'AAA'],
  ['benefit 200 万元, relatively stable, score 30', facts({ ...SCALE_MET, paymentStability: 'relatively_stable' }), 'AA'],
  ['benefit 200 万元, score 69.99', facts({ ...SCALE_MET, subjectiveScore: 69.99 }), 'AA'],
  ['benefit 200 万元, score 70', facts({ ...SCALE_MET, subjectiveScore: 70 }), 'AAA'],
  ['cooperation 2 years, score 70, unstable payment', facts({ cooperationYears: 2, subjectiveScore: 70 }), 'AAA'],
  ['scale without quality', facts({ annualBenefitWan: 5000, cooperationYears: 20 }), 'AA'],
  ['quality without scale', facts({ paymentStability: 'stable', subjectiveScore: 100 }), 'AA'],
];

const B_BOUNDARIES: Row[] = [
  ['score 9.99', facts({ subjectiveScore: 9.99 }), 'B'],
  ['score 10', facts({ subjectiveScore: 10 }), 'A'],
  ['score 0', facts({ subjectiveScore: 0 }), 'B'],
  ['payment overdue over a year', facts({ paymentStability: 'overdue_over_1y' }), 'B'],
  ['communication difficult', facts({ communicationDifficult: true }), 'B'],
  ['score 9.99 beats every AAA figure', facts({ subjectiveScore: 9.99 }, EXCELLENT), 'B'],
  ['overdue payment beats benefit 260 万元 and 5 years', facts({ paymentStability: 'overdue_over_1y' }, EXCELLENT), 'B'],
  ['difficult communication beats every AAA figure', facts({ communicationDifficult: true }, EXCELLENT), 'B'],
  ['every AAA figure', EXCELLENT, 'AAA'],
];

const NULL_CASES: Row[] = [
  ['null score, nothing else', facts({ subjectiveScore: null }), 'A'],
  ['null score does not stop AAA by benefit and stable payment', facts({ subjectiveScore: null, ...SCALE_MET, ...QUALITY_MET }), 'AAA'],
  ['null score cannot give AAA quality', facts({ subjectiveScore: null, ...SCALE_MET }), 'AA'],
  ['null benefit, nothing else', facts({ annualBenefitWan: null }), 'A'],
  ['null benefit, 2 years and stable', facts({ annualBenefitWan: null, cooperationYears: 2, ...QUALITY_MET }), 'AAA'],
  ['null benefit cannot give AAA scale', facts({ annualBenefitWan: null, ...QUALITY_MET }), 'AA'],
  ['null payment, nothing else', facts({ paymentStability: null }), 'A'],
  ['null payment, benefit 200 and score 70', facts({ paymentStability: null, ...SCALE_MET, subjectiveScore: 70 }), 'AAA'],
  ['null payment, benefit 200 and score 69', facts({ paymentStability: null, ...SCALE_MET, subjectiveScore: 69 }), 'AA'],
  ['everything unknown is A, never B', facts({ annualBenefitWan: null, paymentStability: null, subjectiveScore: null }), 'A'],
];

describe('gradeCustomer at every boundary of PRODUCT.md §2 (default criteria)', () => {
  for (const [name, rows] of [
    ['AA', AA_BOUNDARIES],
    ['AAA', AAA_BOUNDARIES],
    ['B', B_BOUNDARIES],
    ['unknown figures', NULL_CASES],
  ] as const) {
    describe(name, () => {
      it.each(rows)('%s → %s', (_label, f, grade) => {
        expect(gradeCustomer(f).grade).toBe(grade);
        expect(decideGrade(f).grade).toBe(grade);
      });
    });
  }
});

describe('criteria are parameters', () => {
  it('a department head’s thresholds move the boundaries', () => {
    const criteria = { ...DEFAULT_CRITERIA, aaBenefitWan: 30, bSubjectiveBelow: 20 };
    expect(gradeCustomer(facts({ annualBenefitWan: 25 }), criteria).grade).toBe('A');
    expect(gradeCustomer(facts({ annualBenefitWan: 30 }), criteria).grade).toBe('AA');
    expect(gradeCustomer(facts({ subjectiveScore: 19 }), criteria).grade).toBe('B');
  });

  it('floating-point noise never flips a boundary: 0.1 + 0.2 万元 meets a 0.3 万元 line, 19.9999 万元 (one yuan short) does not meet 20', () => {
    const criteria = { ...DEFAULT_CRITERIA, aaBenefitWan: 0.3 };
    expect(gradeCustomer(facts({ annualBenefitWan: 0.1 + 0.2 }), criteria).grade).toBe('AA');
    expect(gradeCustomer(facts({ annualBenefitWan: 19.9999 })).grade).toBe('A');
  });
});
