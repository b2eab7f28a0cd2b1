import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideGrade,
  decisionSentence,
  DEFAULT_TEMPLATE,
  explainDecision,
  missingNotes,
  PAYMENT_STABILITIES,
  scoreTemplate,
  type GradeFacts,
  type ScoringTemplate,
} from '../../../../src-renderer/core/grading';
import { gradingReasons, itemGuide, itemLabel, renderItemExplanation } from '../../../../src-renderer/features/customer-detail/grading/grading-text';
import { createTranslator } from '../../../../src-renderer/i18n';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');
const RUNS = { seed: 20_261_128, numRuns: 1_000 };

const money = fc.integer({ min: 0, max: 5_000_000 }).map((x) => x / 10_000);
const score = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100);
const factsArb: fc.Arbitrary<GradeFacts> = fc.record({
  annualBenefitWan: fc.option(money, { nil: null, freq: 5 }),
  cooperationYears: fc.double({ min: 0, max: 10, noNaN: true }),
  paymentStability: fc.option(fc.constantFrom(...PAYMENT_STABILITIES), { nil: null, freq: 5 }),
  communicationDifficult: fc.boolean(),
  subjectiveScore: fc.option(score, { nil: null, freq: 5 }),
});
/** Subjective entries of the default template: each item empty or 0..max. */
const entriesArb = fc.record(
  Object.fromEntries(
    DEFAULT_TEMPLATE.items
      .filter((i) => i.kind === 'subjective')
      .map((i) => [
        i.id,
        fc.option(
          fc.integer({ min: 0, max: i.maxPoints * 100 }).map((x) => x / 100),
          { nil: null },
        ),
      ]),
  ),
);

const facts = (patch: Partial<GradeFacts>): GradeFacts => ({
  annualBenefitWan: 0,
  cooperationYears: 0,
  paymentStability: 'unstable',
  communicationDifficult: false,
  subjectiveScore: 30,
  ...patch,
});

describe('the decision rendered from its data', () => {
  it('in zh-CN says exactly what core writes as the official record, for any facts', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const decision = decideGrade(f);
        expect([decisionSentence(decision, zh, 'zh-CN'), ...missingNotes(decision, zh)]).toEqual(explainDecision(decision));
      }),
      RUNS,
    );
  });

  it('in en-US names the grade, the conditions that decided and their figures', () => {
    const sentence = (patch: Partial<GradeFacts>) => decisionSentence(decideGrade(facts(patch)), en, 'en-US');
    expect(sentence({ annualBenefitWan: 260, paymentStability: 'stable' })).toBe('AAA: annual benefit 260 ≥ 200 (×10k CNY), and payment stable');
    expect(sentence({ cooperationYears: 3.25, subjectiveScore: 75 })).toBe('AAA: cooperation 3.2 ≥ 2 years, and subjective score 75 ≥ 70');
    expect(sentence({ annualBenefitWan: 50, paymentStability: 'relatively_stable' })).toBe('AA: annual benefit 50 ≥ 20 (×10k CNY), payment relatively stable');
    expect(sentence({ annualBenefitWan: 12.5, cooperationYears: 0.5, subjectiveScore: 40 })).toBe(
      'A: none of the AA conditions is met (annual benefit 12.5 < 20 (×10k CNY), cooperation 0.5 < 1 years, payment unstable, subjective score 40 < 50)',
    );
    expect(sentence({ annualBenefitWan: 500, paymentStability: 'overdue_over_1y', communicationDifficult: true })).toBe(
      'B: payment overdue over one year; business communication difficult',
    );
    expect(sentence({ subjectiveScore: 9.99 })).toBe('B: subjective score 9.99 < 10');
    // 0.999 years never reads as a contradictory "1 < 1".
    expect(sentence({ cooperationYears: 0.999 })).toContain('cooperation 0.9 < 1 years');
  });

  it('in en-US notes each unknown figure; zh-CN shows the stored reasons as they are', () => {
    const decision = decideGrade(facts({ annualBenefitWan: null, paymentStability: null, subjectiveScore: null }));
    expect(missingNotes(decision, en)).toEqual([
      'No annual benefit figures: the conditions on it count as not met',
      'No receivables to count, payment stability unknown: the conditions on it count as not met',
      'Subjective score not entered (not every subjective item is scored): the conditions on it count as not met',
    ]);
    expect(decisionSentence(decision, en, 'en-US')).toContain('no annual benefit figures');
    const stored = { decision, reasons: ['A：档案中的原文', '备注'] };
    expect(gradingReasons(stored, zh, 'zh-CN')).toEqual({ sentence: 'A：档案中的原文', notes: ['备注'] });
    expect(gradingReasons(stored, en, 'en-US').sentence).toMatch(/^A: none of the AA conditions is met/);
  });
});

describe('the scoring table rendered from its data', () => {
  const explain = (template: ScoringTemplate, f: GradeFacts, entries: Record<string, number | null>, t = zh, locale: 'zh-CN' | 'en-US' = 'zh-CN') => {
    const scored = scoreTemplate(template, f, entries);
    return template.items.map((item, i) => renderItemExplanation(item, scored.items[i]!, f, t, locale));
  };

  it('in zh-CN gives core’s explanation of every item, for any facts and entries', () => {
    fc.assert(
      fc.property(factsArb, entriesArb, (f, entries) => {
        expect(explain(DEFAULT_TEMPLATE, f, entries)).toEqual(scoreTemplate(DEFAULT_TEMPLATE, f, entries).items.map((s) => s.explanation));
      }),
      RUNS,
    );
  });

  it('in en-US explains each band, payment and subjective score', () => {
    const lines = explain(
      DEFAULT_TEMPLATE,
      facts({ annualBenefitWan: 150, cooperationYears: 0.4, paymentStability: null }),
      { communication: 20, loyalty: null },
      en,
      'en-US',
    );
    expect(lines).toEqual([
      'Annual benefit 150 ×10k CNY ≥ 100 ×10k CNY: 30 points',
      'Years of cooperation 0.4 years < 1 years: 0 points',
      'Payment stability: no receivables to count, 0 points',
      'Communication and cooperation: 20 of 25 points, scored by the account manager',
      'Match with our capabilities: not scored yet',
      'Willingness and loyalty: not scored yet',
      'Development potential: not scored yet',
    ]);
    expect(explain(DEFAULT_TEMPLATE, facts({ annualBenefitWan: null, paymentStability: 'relatively_stable' }), {}, en, 'en-US').slice(0, 3)).toEqual([
      'Annual benefit: no figures, 0 points',
      'Years of cooperation 0 years < 1 years: 0 points',
      'Payment stability: payment relatively stable, 20 points',
    ]);
  });

  it('translates the default items only while they keep the default wording', () => {
    const loyalty = DEFAULT_TEMPLATE.items.find((i) => i.id === 'loyalty')!;
    expect(itemLabel(loyalty, en, 'en-US')).toBe('Willingness and loyalty');
    expect(itemLabel(loyalty, zh, 'zh-CN')).toBe('合作意愿与忠诚度');
    expect(itemLabel({ id: 'loyalty', label: '客户忠诚度' }, en, 'en-US')).toBe('客户忠诚度');
    expect(itemLabel({ id: 'item_5', label: '保密资质' }, en, 'en-US')).toBe('保密资质');
    expect(itemGuide(loyalty, en, 'en-US')).toMatch(/^The customer's willingness/);
    expect(itemGuide({ id: 'loyalty', guide: '自定说明' }, en, 'en-US')).toBe('自定说明');
    expect(itemGuide(loyalty, zh, 'zh-CN')).toBe(loyalty.guide);
  });
});
