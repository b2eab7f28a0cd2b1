import type { LocaleTag } from '../../../core/format';
import {
  DEFAULT_TEMPLATE,
  roundWan,
  scoreText,
  wanText,
  yearsText,
  type GradeCondition,
  type GradeDecision,
  type GradeFacts,
  type ItemScore,
  type PaymentStability,
  type ScoringItem,
} from '../../../core/grading';
import type { Translate } from '../../../i18n';

/**
 * A grading in words, rendered from its data (`GradeDecision`, the template's items) through the
 * catalogs. The zh-CN screens print core's Chinese sentences as they are (they are the official
 * record, stored with the grading); en-US screens use these. The zh-CN catalog entries say exactly
 * what core says, so the two renderings of one decision can be compared (a unit test does).
 * Pure: the caller passes the translator and the locale (punctuation differs by locale, and
 * punctuation alone is not catalog text).
 */

interface Punctuation {
  /** Between the grade and its reason: AAA：… / AAA: … */
  colon: string;
  /** Conditions that held together: 、 / , */
  and: string;
  /** Separate failings of a B: ； / ; */
  failings: string;
  /** The unmet conditions listed for an A: ， / , */
  unmet: string;
}

const PUNCTUATION: Record<LocaleTag, Punctuation> = {
  'zh-CN': { colon: '：', and: '、', failings: '；', unmet: '，' },
  'en-US': { colon: ': ', and: ', ', failings: '; ', unmet: ', ' },
};

const PAYMENT_KEYS = {
  stable: 'gradingCustomer.payment.stable',
  relatively_stable: 'gradingCustomer.payment.relatively_stable',
  unstable: 'gradingCustomer.payment.unstable',
  overdue_over_1y: 'gradingCustomer.payment.overdue_over_1y',
} as const;

/** 回款稳定 / payment stable …; unknown when no receivable could be counted. */
export function paymentText(stability: PaymentStability | null, t: Translate): string {
  return stability === null ? t('gradingCustomer.payment.unknown') : t(PAYMENT_KEYS[stability]);
}

const compare = (met: boolean) => (met ? '≥' : '<');

/** One condition as a clause: annual benefit 260 ×10k CNY ≥ 200 ×10k CNY / payment relatively stable. */
export function conditionText(cond: GradeCondition, t: Translate): string {
  const { code, value, threshold, met } = cond;
  switch (code) {
    case 'b_payment_overdue':
    case 'aaa_payment':
    case 'aa_payment':
      return paymentText(typeof value === 'string' ? (value as PaymentStability) : null, t);
    case 'b_communication_difficult':
      return t(value ? 'gradingCustomer.cond.communicationDifficult' : 'gradingCustomer.cond.communicationNormal');
    case 'b_subjective_low':
      if (typeof value !== 'number') return t('gradingCustomer.cond.subjectiveUnknown');
      // "Below" the line: met means the score is under it.
      return t('gradingCustomer.cond.subjective', { value: scoreText(value), op: met ? '<' : '≥', threshold: scoreText(threshold as number) });
    case 'aaa_benefit':
    case 'aa_benefit':
      if (typeof value !== 'number') return t('gradingCustomer.cond.benefitUnknown');
      return t('gradingCustomer.cond.benefit', { value: wanText(value), op: compare(met), threshold: wanText(threshold as number) });
    case 'aaa_cooperation':
    case 'aa_cooperation':
      return t('gradingCustomer.cond.cooperation', {
        value: yearsText(value as number, threshold as number, met),
        op: compare(met),
        threshold: String(threshold),
      });
    case 'aaa_subjective':
    case 'aa_subjective':
      if (typeof value !== 'number') return t('gradingCustomer.cond.subjectiveUnknown');
      return t('gradingCustomer.cond.subjective', { value: scoreText(value), op: compare(met), threshold: scoreText(threshold as number) });
  }
}

const isScale = (c: GradeCondition) => c.code === 'aaa_benefit' || c.code === 'aaa_cooperation';

/** The sentence that decided: "AAA: annual benefit 260 ×10k CNY ≥ 200 ×10k CNY, and payment stable". */
export function decisionSentence(decision: GradeDecision, t: Translate, locale: LocaleTag): string {
  const p = PUNCTUATION[locale];
  const clauses = (list: readonly GradeCondition[], separator: string) => list.map((c) => conditionText(c, t)).join(separator);
  let body: string;
  switch (decision.grade) {
    case 'B':
      body = clauses(decision.conditions, p.failings);
      break;
    case 'AAA':
      body = t('gradingCustomer.sentence.aaa', {
        scale: clauses(decision.conditions.filter(isScale), p.and),
        quality: clauses(
          decision.conditions.filter((c) => !isScale(c)),
          p.and,
        ),
      });
      break;
    case 'AA':
      body = clauses(decision.conditions, p.and);
      break;
    case 'A':
      body = t('gradingCustomer.sentence.a', { conditions: clauses(decision.conditions, p.unmet) });
      break;
  }
  return `${decision.grade}${p.colon}${body}`;
}

/** One note per figure that was not known (it satisfied no condition). */
export function missingNotes(decision: GradeDecision, t: Translate): string[] {
  return decision.missing.map((fact) => t(`gradingCustomer.missing.${fact}`));
}

/** The deciding sentence and the notes, as the locale shows them: core's Chinese record, or rendered. */
export function gradingReasons(
  record: { decision: GradeDecision; reasons: readonly string[] },
  t: Translate,
  locale: LocaleTag,
): { sentence: string; notes: string[] } {
  if (locale === 'zh-CN') return { sentence: record.reasons[0] ?? '', notes: record.reasons.slice(1) };
  return { sentence: decisionSentence(record.decision, t, locale), notes: missingNotes(record.decision, t) };
}

// ── the scoring table ──────────────────────────────────────────────────────────────────────────

const DEFAULT_ITEMS = new Map(DEFAULT_TEMPLATE.items.map((item) => [item.id, item]));
const DEFAULT_ITEM_IDS = ['benefit', 'cooperation', 'payment', 'communication', 'demand_match', 'loyalty', 'potential'] as const;
type DefaultItemId = (typeof DEFAULT_ITEM_IDS)[number];
const isDefaultItemId = (id: string): id is DefaultItemId => (DEFAULT_ITEM_IDS as readonly string[]).includes(id);

/**
 * An item's label as the locale shows it. Labels are the department's own text (a template can be
 * edited); only an item still worded as in the default template has an English label to give.
 */
export function itemLabel(item: Pick<ScoringItem, 'id' | 'label'>, t: Translate, locale: LocaleTag): string {
  if (locale === 'zh-CN' || !isDefaultItemId(item.id) || DEFAULT_ITEMS.get(item.id)?.label !== item.label) return item.label;
  return t(`gradingCustomer.itemLabel.${item.id}`);
}

const DEFAULT_GUIDE_IDS = ['communication', 'demand_match', 'loyalty', 'potential'] as const;
type GuideId = (typeof DEFAULT_GUIDE_IDS)[number];
const hasDefaultGuide = (id: string): id is GuideId => (DEFAULT_GUIDE_IDS as readonly string[]).includes(id);

/** A subjective item's scoring guide: the department's text, translated only while it is the default's. */
export function itemGuide(item: Pick<ScoringItem, 'id' | 'guide'>, t: Translate, locale: LocaleTag): string {
  if (locale === 'zh-CN' || !hasDefaultGuide(item.id) || DEFAULT_ITEMS.get(item.id)?.guide !== item.guide) return item.guide;
  return t(`gradingCustomer.itemGuide.${item.id}`);
}

/**
 * Why an item got its points, in the words of the locale. zh-CN prints core's explanation (stored
 * with the grading); en-US renders it from the item's bands and the facts.
 */
export function itemExplanation(item: ScoringItem, score: ItemScore, facts: GradeFacts, t: Translate, locale: LocaleTag): string {
  return locale === 'zh-CN' ? score.explanation : renderItemExplanation(item, score, facts, t, locale);
}

/** The explanation rendered from the data, the way core words it (so zh-CN gives core's very text). */
export function renderItemExplanation(item: ScoringItem, score: ItemScore, facts: GradeFacts, t: Translate, locale: LocaleTag): string {
  const label = itemLabel(item, t, locale);
  if (item.kind === 'subjective') {
    return score.points === null
      ? t('gradingCustomer.item.unscored', { label })
      : t('gradingCustomer.item.subjective', { label, points: scoreText(score.points), max: scoreText(item.maxPoints) });
  }
  if (item.source === 'payment') {
    const stability = facts.paymentStability;
    if (stability === null) return t('gradingCustomer.item.paymentUnknown', { label });
    return t('gradingCustomer.item.payment', { label, stability: paymentText(stability, t), points: scoreText(item.bands[stability]) });
  }
  // Benefit is compared at 1 yuan, as core compares it.
  const value = item.source === 'benefit' ? (facts.annualBenefitWan === null ? null : roundWan(facts.annualBenefitWan)) : facts.cooperationYears;
  if (value === null) return t('gradingCustomer.item.noFigures', { label });
  const unit = (v: number, met?: boolean, threshold?: number) =>
    item.source === 'benefit'
      ? t('gradingCustomer.unit.wan', { value: wanText(v) })
      : t('gradingCustomer.unit.years', { value: threshold === undefined ? String(v) : yearsText(v, threshold, met) });
  let band: (typeof item.bands)[number] | undefined;
  for (const b of item.bands) if (value >= b.atLeast) band = b;
  if (band === undefined) {
    const lowest = item.bands[0]?.atLeast ?? 0;
    return t('gradingCustomer.item.band', { label, figure: unit(value, false, lowest), op: '<', threshold: unit(lowest), points: '0' });
  }
  return t('gradingCustomer.item.band', {
    label,
    figure: unit(value, true, band.atLeast),
    op: '≥',
    threshold: unit(band.atLeast),
    points: scoreText(band.points),
  });
}
