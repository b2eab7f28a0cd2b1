// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { decideGrade, decisionSentence, explainDecision, PAYMENT_STABILITIES, type GradeFacts } from '../../../../src-renderer/core/grading';
import { createTranslator } from '../../../../src-renderer/i18n';
import { reasonOf } from '../../../../src-renderer/features/grading/decision-text';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');

/** Facts over every branch of the rules: each figure missing, below, at and above its thresholds. */
function* factGrid(): Generator<GradeFacts> {
  for (const annualBenefitWan of [null, 0, 12.5, 20, 199.99, 200, 260])
    for (const cooperationYears of [0, 0.5, 1, 1.99, 2, 11.7])
      for (const paymentStability of [null, ...PAYMENT_STABILITIES])
        for (const communicationDifficult of [false, true])
          for (const subjectiveScore of [null, 9.99, 10, 49.5, 50, 70, 0.1 + 0.2])
            yield { annualBenefitWan, cooperationYears, paymentStability, communicationDifficult, subjectiveScore };
}

describe('decisionSentence', () => {
  it('in zh-CN says exactly what core stores as the official reason, for every branch of the rules', () => {
    let n = 0;
    for (const facts of factGrid()) {
      const decision = decideGrade(facts);
      expect(decisionSentence(decision, zh, 'zh-CN'), JSON.stringify(facts)).toBe(explainDecision(decision)[0]);
      n++;
    }
    expect(n).toBeGreaterThan(2000);
  });

  it('renders the same decision in English from its conditions', () => {
    const aaa = decideGrade({ annualBenefitWan: 260, cooperationYears: 0.5, paymentStability: 'stable', communicationDifficult: false, subjectiveScore: null });
    expect(decisionSentence(aaa, en, 'en-US')).toBe('AAA: annual benefit 260 ≥ 200 (×10k CNY), and payment stable');
    const b = decideGrade({
      annualBenefitWan: 260,
      cooperationYears: 3,
      paymentStability: 'overdue_over_1y',
      communicationDifficult: true,
      subjectiveScore: 9.99,
    });
    expect(decisionSentence(b, en, 'en-US')).toBe('B: payment overdue over one year; business communication difficult; subjective score 9.99 < 10');
    const a = decideGrade({ annualBenefitWan: null, cooperationYears: 0.99, paymentStability: 'unstable', communicationDifficult: false, subjectiveScore: 40 });
    expect(decisionSentence(a, en, 'en-US')).toBe(
      'A: none of the AA conditions is met (no annual benefit figures, cooperation 0.9 < 1 years, payment unstable, subjective score 40 < 50)',
    );
  });

  it('a row shows the stored Chinese sentence in zh-CN and the rendered decision in en-US', () => {
    const decision = decideGrade({ annualBenefitWan: 50, cooperationYears: 0, paymentStability: null, communicationDifficult: false, subjectiveScore: null });
    const entry = { decision, reasons: ['AA：（存档的原文）'] };
    expect(reasonOf(entry, zh, 'zh-CN')).toBe('AA：（存档的原文）');
    expect(reasonOf(entry, en, 'en-US')).toBe('AA: annual benefit 50 ≥ 20 (×10k CNY)');
  });
});
