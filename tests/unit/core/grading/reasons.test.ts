import { describe, expect, it } from 'vitest';
import { decideGrade, gradeCustomer, type GradeFacts } from '../../../../src-renderer/core/grading';
import { facts } from './helpers';

const cases: [label: string, facts: GradeFacts, reasons: string[]][] = [
  [
    'AAA by benefit and stable payment',
    facts({ annualBenefitWan: 260, cooperationYears: 1, paymentStability: 'stable', subjectiveScore: 60 }),
    ['AAA：年综合效益 260 万元 ≥ 200 万元，且回款稳定'],
  ],
  [
    'AAA by years and score',
    facts({ annualBenefitWan: 100, cooperationYears: 3.25, paymentStability: 'unstable', subjectiveScore: 75 }),
    ['AAA：合作 3.2 年 ≥ 2 年，且主观评分 75 分 ≥ 70 分'],
  ],
  [
    'AAA by both halves twice',
    facts({ annualBenefitWan: 1234.5, cooperationYears: 12, paymentStability: 'stable', subjectiveScore: 88.5 }),
    ['AAA：年综合效益 1234.5 万元 ≥ 200 万元、合作 12 年 ≥ 2 年，且回款稳定、主观评分 88.5 分 ≥ 70 分'],
  ],
  ['B by payment', facts({ annualBenefitWan: 260, paymentStability: 'overdue_over_1y' }), ['B：结算回款拖欠一年以上']],
  ['B by two conditions', facts({ paymentStability: 'overdue_over_1y', communicationDifficult: true }), ['B：结算回款拖欠一年以上；业务沟通困难']],
  ['B by score', facts({ subjectiveScore: 8 }), ['B：主观评分 8 分 < 10 分']],
  ['AA by years (cut, not rounded)', facts({ annualBenefitWan: 12, cooperationYears: 1.99 }), ['AA：合作 1.9 年 ≥ 1 年']],
  ['AA by benefit and payment', facts({ annualBenefitWan: 50, paymentStability: 'relatively_stable' }), ['AA：年综合效益 50 万元 ≥ 20 万元、回款较稳定']],
  [
    'A lists every AA condition',
    facts({ annualBenefitWan: 12.5, cooperationYears: 0.5, paymentStability: 'unstable', subjectiveScore: 40 }),
    ['A：未满足 AA 类任一条件（年综合效益 12.5 万元 < 20 万元，合作 0.5 年 < 1 年，回款不稳定，主观评分 40 分 < 50 分）'],
  ],
  [
    'A just under the lines (no rounding up into a contradiction)',
    facts({ annualBenefitWan: 19.9999, cooperationYears: 0.99999999, subjectiveScore: 49.99 }),
    ['A：未满足 AA 类任一条件（年综合效益 19.9999 万元 < 20 万元，合作 0.9 年 < 1 年，回款不稳定，主观评分 49.99 分 < 50 分）'],
  ],
  [
    'unknown figures are said, and noted',
    facts({ annualBenefitWan: null, paymentStability: null, subjectiveScore: null }),
    [
      'A：未满足 AA 类任一条件（年综合效益无数据，合作 0 年 < 1 年，回款情况未知，主观评分未录入）',
      '年综合效益无数据，与之有关的条件均按未满足处理',
      '无可计的结算记录，回款稳定性未知，与之有关的条件均按未满足处理',
      '主观评分未录入（打分表主观项未全部评分），与之有关的条件均按未满足处理',
    ],
  ],
  [
    'no floating-point noise in money',
    facts({ annualBenefitWan: 0.1 + 0.2 }),
    ['A：未满足 AA 类任一条件（年综合效益 0.3 万元 < 20 万元，合作 0 年 < 1 年，回款不稳定，主观评分 30 分 < 50 分）'],
  ],
];

describe('gradeCustomer reasons (exact Chinese sentences)', () => {
  it.each(cases)('%s', (_label, f, reasons) => expect(gradeCustomer(f).reasons).toEqual(reasons));
});

describe('decideGrade: the same decision as data', () => {
  it('names the deciding conditions with their figures and thresholds', () => {
    const decision = decideGrade(facts({ annualBenefitWan: 260, cooperationYears: 1, paymentStability: 'stable', subjectiveScore: 60 }));
    expect(decision.grade).toBe('AAA');
    expect(decision.conditions).toEqual([
      { code: 'aaa_benefit', value: 260, threshold: 200, met: true },
      { code: 'aaa_payment', value: 'stable', threshold: 'stable', met: true },
    ]);
    expect(decision.checked.map((c) => c.code)).toEqual([
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
    ]);
    expect(decision.missing).toEqual([]);
  });

  it('A carries every AA condition, unmet, and the unknown facts', () => {
    const decision = decideGrade(facts({ subjectiveScore: null }));
    expect(decision.grade).toBe('A');
    expect(decision.conditions.map((c) => [c.code, c.met])).toEqual([
      ['aa_benefit', false],
      ['aa_cooperation', false],
      ['aa_payment', false],
      ['aa_subjective', false],
    ]);
    expect(decision.missing).toEqual(['subjectiveScore']);
  });

  it('B lists every B condition met, and the compared figure is the rounded one', () => {
    const decision = decideGrade(facts({ communicationDifficult: true, subjectiveScore: 9.994 }));
    expect(decision.conditions).toEqual([
      { code: 'b_communication_difficult', value: true, threshold: null, met: true },
      { code: 'b_subjective_low', value: 9.99, threshold: 10, met: true },
    ]);
  });
});
