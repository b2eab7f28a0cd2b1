import type { Grade } from '../../../core/grading';
import type { Translate } from '../../../i18n';
import { figureText } from '../shared/config-form';
import { CRITERIA_RULES, criteriaValue, slotOf, type CriteriaFormValues, type CriteriaRule } from './criteria-form';

/** The sentence of each rule in the catalog, with `{gap}`s named after the fields (see CRITERIA_RULES). */
export const RULE_SENTENCE = {
  b: 'gradingRules.criteria.rule.b',
  aaa: 'gradingRules.criteria.rule.aaa',
  aa: 'gradingRules.criteria.rule.aa',
  a: 'gradingRules.criteria.rule.a',
  payment: 'gradingRules.criteria.rule.payment',
} as const satisfies Record<CriteriaRule, string>;

/** The grade a rule gives (the payment bands give none: they are what the rules read). */
export const GRADE_OF_RULE: Partial<Record<CriteriaRule, Grade>> = { b: 'B', aaa: 'AAA', aa: 'AA', a: 'A' };

/** The name of a rule: "AAA 类", or 回款稳定性. */
export function ruleLabel(rule: CriteriaRule, t: Translate): string {
  const grade = GRADE_OF_RULE[rule];
  return grade ? t('gradingRules.criteria.gradeRule', { grade }) : t('gradingRules.criteria.paymentRule');
}

/** Every gap of every sentence, filled with the figure being edited (or the blank mark). */
export function sentenceParams(v: CriteriaFormValues, t: Translate): Record<string, string> {
  const blank = t('gradingRules.blank');
  const params: Record<string, string> = {};
  for (const { fields } of CRITERIA_RULES) for (const field of fields) params[slotOf(field)] = figureText(criteriaValue(v, field), blank);
  return params;
}

/**
 * The rules as they will apply with the values being edited, one line per rule in evaluation order
 * ("AAA 类：年综合效益 ≥ 200 万元 或 合作 ≥ 2 年，且 回款稳定 或 主观评分 ≥ 70 分"): what a change means,
 * read before it is approved. Also the read-only view of a saved version.
 */
export function criteriaSummary(v: CriteriaFormValues, t: Translate): { rule: CriteriaRule; text: string }[] {
  const params = sentenceParams(v, t);
  return CRITERIA_RULES.map(({ rule }) => {
    const grade = GRADE_OF_RULE[rule];
    const sentence = t(RULE_SENTENCE[rule], params);
    return {
      rule,
      text: grade ? t('gradingRules.criteria.summaryGrade', { grade, rule: sentence }) : t('gradingRules.criteria.summaryPayment', { rule: sentence }),
    };
  });
}
