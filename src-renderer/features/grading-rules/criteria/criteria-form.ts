import { gradeCriteriaSchema, type GradeCriteria } from '../../../core/grading';
import { schemaErrors, toNumber, type NumberField } from '../shared/config-form';

/** The criteria as the form edits them: the shape of GradeCriteria, every figure as a NumberInput holds it. */
export interface CriteriaFormValues {
  aaaBenefitWan: NumberField;
  aaaCooperationYears: NumberField;
  aaaSubjectiveScore: NumberField;
  aaBenefitWan: NumberField;
  aaCooperationYears: NumberField;
  aaSubjectiveScore: NumberField;
  bSubjectiveBelow: NumberField;
  payment: { stableMaxDays: NumberField; relativelyStableMaxDays: NumberField; unstableMaxDays: NumberField; lookbackMonths: NumberField };
}

/**
 * The rules in the order they are evaluated (B, AAA, AA, A), then the payment bands they read; each
 * with the fields its sentence holds. A gap of another rule's field (B names the unstable band's
 * days) shows that field's value as text: each figure has one input.
 */
export const CRITERIA_RULES = [
  { rule: 'b', fields: ['bSubjectiveBelow'] },
  { rule: 'aaa', fields: ['aaaBenefitWan', 'aaaCooperationYears', 'aaaSubjectiveScore'] },
  { rule: 'aa', fields: ['aaBenefitWan', 'aaCooperationYears', 'aaSubjectiveScore'] },
  { rule: 'a', fields: [] },
  { rule: 'payment', fields: ['payment.stableMaxDays', 'payment.relativelyStableMaxDays', 'payment.unstableMaxDays', 'payment.lookbackMonths'] },
] as const;
export type CriteriaRule = (typeof CRITERIA_RULES)[number]['rule'];
export type CriteriaField = (typeof CRITERIA_RULES)[number]['fields'][number];

/** A sentence gap is named by the field's last segment (`{stableMaxDays}` is `payment.stableMaxDays`). */
export type CriteriaSlot = CriteriaField extends infer F ? (F extends `payment.${infer S}` ? S : F) : never;
export const slotOf = (field: CriteriaField): CriteriaSlot => field.split('.').pop() as CriteriaSlot;
export const fieldOfSlot = (slot: string): CriteriaField | undefined =>
  CRITERIA_RULES.flatMap((r) => r.fields as readonly CriteriaField[]).find((f) => slotOf(f) === slot);

export function criteriaToForm(c: GradeCriteria): CriteriaFormValues {
  return {
    aaaBenefitWan: c.aaaBenefitWan,
    aaaCooperationYears: c.aaaCooperationYears,
    aaaSubjectiveScore: c.aaaSubjectiveScore,
    aaBenefitWan: c.aaBenefitWan,
    aaCooperationYears: c.aaCooperationYears,
    aaSubjectiveScore: c.aaSubjectiveScore,
    bSubjectiveBelow: c.bSubjectiveBelow,
    payment: { ...c.payment },
  };
}

/** What is sent to the schema and to saveConfig: blanks stay '' so the schema says which field is empty. */
export function formToCriteria(v: CriteriaFormValues): unknown {
  const p = v.payment;
  return {
    aaaBenefitWan: toNumber(v.aaaBenefitWan),
    aaaCooperationYears: toNumber(v.aaaCooperationYears),
    aaaSubjectiveScore: toNumber(v.aaaSubjectiveScore),
    aaBenefitWan: toNumber(v.aaBenefitWan),
    aaCooperationYears: toNumber(v.aaCooperationYears),
    aaSubjectiveScore: toNumber(v.aaSubjectiveScore),
    bSubjectiveBelow: toNumber(v.bSubjectiveBelow),
    payment: {
      stableMaxDays: toNumber(p.stableMaxDays),
      relativelyStableMaxDays: toNumber(p.relativelyStableMaxDays),
      unstableMaxDays: toNumber(p.unstableMaxDays),
      lookbackMonths: toNumber(p.lookbackMonths),
    },
  };
}

/** The schema's messages (i18n keys) by field path; {} when the criteria can be saved. */
export const criteriaErrors = (v: CriteriaFormValues) => schemaErrors(gradeCriteriaSchema, formToCriteria(v));

/** The value of a field path in the form values. */
export function criteriaValue(v: CriteriaFormValues, field: CriteriaField): NumberField {
  return field.startsWith('payment.')
    ? v.payment[slotOf(field) as keyof CriteriaFormValues['payment']]
    : v[field as Exclude<CriteriaField, `payment.${string}`>];
}
