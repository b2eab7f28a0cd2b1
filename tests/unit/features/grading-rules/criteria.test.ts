// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, gradeCriteriaSchema } from '../../../../src-renderer/core/grading';
import {
  CRITERIA_RULES,
  criteriaErrors,
  criteriaToForm,
  criteriaValue,
  fieldOfSlot,
  formToCriteria,
  slotOf,
  type CriteriaField,
} from '../../../../src-renderer/features/grading-rules/criteria/criteria-form';
import { criteriaSummary, RULE_SENTENCE } from '../../../../src-renderer/features/grading-rules/criteria/criteria-summary';
import { splitSentence } from '../../../../src-renderer/features/grading-rules/shared/sentence';
import { createTranslator, LOCALES } from '../../../../src-renderer/i18n';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');
const ALL_FIELDS = CRITERIA_RULES.flatMap((r) => r.fields as readonly CriteriaField[]);

describe('criteria form ↔ body', () => {
  it('round-trips the paper defaults into exactly what the schema accepts', () => {
    const body = formToCriteria(criteriaToForm(DEFAULT_CRITERIA));
    expect(body).toEqual(DEFAULT_CRITERIA);
    expect(gradeCriteriaSchema.parse(body)).toEqual(DEFAULT_CRITERIA);
    expect(criteriaErrors(criteriaToForm(DEFAULT_CRITERIA))).toEqual({});
  });

  it('the form is a copy: editing it leaves the frozen defaults alone', () => {
    const v = criteriaToForm(DEFAULT_CRITERIA);
    v.payment.stableMaxDays = 45;
    expect(DEFAULT_CRITERIA.payment.stableMaxDays).toBe(30);
  });

  it('a blank field is sent blank, so the schema says which one is required; typed text with commas becomes a number', () => {
    const v = { ...criteriaToForm(DEFAULT_CRITERIA), aaaBenefitWan: '1,200', aaBenefitWan: '' };
    expect(formToCriteria(v)).toMatchObject({ aaaBenefitWan: 1200, aaBenefitWan: '' });
    expect(criteriaErrors(v)).toEqual({ aaBenefitWan: 'validation.required' });
  });

  it('a contradiction is reported at the field the schema names, by the path the inputs use', () => {
    const aboveAaa = { ...criteriaToForm(DEFAULT_CRITERIA), aaBenefitWan: 500 };
    expect(criteriaErrors(aboveAaa)).toEqual({ aaBenefitWan: 'validation.grading.aaAboveAaa' });
    const bands = { ...criteriaToForm(DEFAULT_CRITERIA), payment: { ...DEFAULT_CRITERIA.payment, relativelyStableMaxDays: 30 } };
    expect(criteriaErrors(bands)).toEqual({ 'payment.relativelyStableMaxDays': 'validation.grading.paymentOrder' });
    // Every path the schema can name is a field of some rule sentence.
    for (const path of [...Object.keys(criteriaErrors(aboveAaa)), ...Object.keys(criteriaErrors(bands))]) expect(ALL_FIELDS).toContain(path);
  });

  it('names each gap after its field and reads the field’s value', () => {
    expect(slotOf('payment.lookbackMonths')).toBe('lookbackMonths');
    expect(fieldOfSlot('lookbackMonths')).toBe('payment.lookbackMonths');
    expect(fieldOfSlot('aaaBenefitWan')).toBe('aaaBenefitWan');
    expect(fieldOfSlot('nothing')).toBeUndefined();
    const v = criteriaToForm(DEFAULT_CRITERIA);
    expect(criteriaValue(v, 'payment.unstableMaxDays')).toBe(365);
    expect(criteriaValue(v, 'bSubjectiveBelow')).toBe(10);
  });
});

describe('rule sentences', () => {
  it.each(LOCALES)('in %s, every gap is a criteria field and every field has its input in its own rule', (locale) => {
    const t = createTranslator(locale);
    for (const { rule, fields } of CRITERIA_RULES) {
      const slots = splitSentence(t(RULE_SENTENCE[rule])).flatMap((p) => ('slot' in p ? [p.slot] : []));
      for (const slot of slots) expect(fieldOfSlot(slot), `${locale} ${rule}: {${slot}}`).toBeDefined();
      for (const field of fields) expect(slots, `${locale} ${rule}`).toContain(slotOf(field));
    }
  });

  it('split keeps the words in order around the gaps', () => {
    expect(splitSentence('≥ {a} 万元 或 {b}')).toEqual([{ text: '≥ ' }, { slot: 'a' }, { text: ' 万元 或 ' }, { slot: 'b' }]);
    expect(splitSentence('{a}')).toEqual([{ slot: 'a' }]);
    expect(splitSentence('no gap')).toEqual([{ text: 'no gap' }]);
  });
});

describe('summary of the rules as they will apply', () => {
  it('reads the paper defaults as PRODUCT.md §2 states them, in evaluation order', () => {
    expect(criteriaSummary(criteriaToForm(DEFAULT_CRITERIA), zh).map((l) => l.text)).toEqual([
      'B 类：结算回款拖欠超过 365 天，或 业务沟通困难，或 主观评分 < 10 分',
      'AAA 类：年综合效益 ≥ 200 万元 或 合作 ≥ 2 年，且 回款稳定 或 主观评分 ≥ 70 分',
      'AA 类：年综合效益 ≥ 20 万元，或 合作 ≥ 1 年，或 回款稳定或较稳定，或 主观评分 ≥ 50 分',
      'A 类：其余客户（不属于 B 类，也未满足 AAA 类、AA 类的条件）',
      '回款稳定性：统计近 24 个月内到期的应收款和至今未付的应收款，按最长拖欠天数：≤ 30 天为稳定，≤ 90 天为较稳定，≤ 365 天为不稳定，更长为拖欠一年以上',
    ]);
  });

  it('follows the values being edited, including a value another rule shows (B reads the unstable band)', () => {
    const v = {
      ...criteriaToForm(DEFAULT_CRITERIA),
      aaaBenefitWan: 250.5,
      aaaCooperationYears: '',
      payment: { ...DEFAULT_CRITERIA.payment, unstableMaxDays: 300 },
    };
    const lines = criteriaSummary(v, zh);
    expect(lines[0]!.text).toBe('B 类：结算回款拖欠超过 300 天，或 业务沟通困难，或 主观评分 < 10 分');
    expect(lines[1]!.text).toBe('AAA 类：年综合效益 ≥ 250.5 万元 或 合作 ≥ （未填） 年，且 回款稳定 或 主观评分 ≥ 70 分');
    expect(lines[4]!.text).toContain('≤ 300 天为不稳定');
  });

  it('is rendered in en-US from the catalog', () => {
    expect(criteriaSummary(criteriaToForm(DEFAULT_CRITERIA), en)[1]!.text).toBe(
      'AAA: annual benefit ≥ 200 ×10k CNY or cooperation ≥ 2 years, and payment stable or subjective score ≥ 70',
    );
  });
});
