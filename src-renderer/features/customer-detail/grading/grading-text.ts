import type { Locale } from '../../../core/locale';
import {
  DEFAULT_TEMPLATE,
  paymentClause,
  roundWan,
  scoreText,
  shownReasons,
  wanText,
  yearsText,
  type GradeDecision,
  type GradeFacts,
  type ItemScore,
  type ScoringItem,
} from '../../../core/grading';
import type { Translate } from '../../../i18n';

/**
 * A grading in words on the customer page and in the dossier. The decision (its sentence and notes)
 * is rendered by the one renderer of grade decisions, core/grading/explain.ts; the scoring table's
 * items are rendered here from the template's items and the facts through the catalogs. The zh-CN
 * catalog entries say exactly what core says, so the two renderings of an item can be compared
 * (a unit test does). Pure: the caller passes the translator and the locale.
 */

/** The deciding sentence and the notes, as the locale shows them: core's Chinese record, or rendered. */
export function gradingReasons(
  record: { decision: GradeDecision; reasons: readonly string[] },
  t: Translate,
  locale: Locale,
): { sentence: string; notes: string[] } {
  return shownReasons(record, t, locale);
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
export function itemLabel(item: Pick<ScoringItem, 'id' | 'label'>, t: Translate, locale: Locale): string {
  if (locale === 'zh-CN' || !isDefaultItemId(item.id) || DEFAULT_ITEMS.get(item.id)?.label !== item.label) return item.label;
  return t(`gradingCustomer.itemLabel.${item.id}`);
}

const DEFAULT_GUIDE_IDS = ['communication', 'demand_match', 'loyalty', 'potential'] as const;
type GuideId = (typeof DEFAULT_GUIDE_IDS)[number];
const hasDefaultGuide = (id: string): id is GuideId => (DEFAULT_GUIDE_IDS as readonly string[]).includes(id);

/** A subjective item's scoring guide: the department's text, translated only while it is the default's. */
export function itemGuide(item: Pick<ScoringItem, 'id' | 'guide'>, t: Translate, locale: Locale): string {
  if (locale === 'zh-CN' || !hasDefaultGuide(item.id) || DEFAULT_ITEMS.get(item.id)?.guide !== item.guide) return item.guide;
  return t(`gradingCustomer.itemGuide.${item.id}`);
}

/**
 * Why an item got its points, in the words of the locale. zh-CN prints core's explanation (stored
 * with the grading); en-US renders it from the item's bands and the facts.
 */
export function itemExplanation(item: ScoringItem, score: ItemScore, facts: GradeFacts, t: Translate, locale: Locale): string {
  return locale === 'zh-CN' ? score.explanation : renderItemExplanation(item, score, facts, t, locale);
}

/** The explanation rendered from the data, the way core words it (so zh-CN gives core's very text). */
export function renderItemExplanation(item: ScoringItem, score: ItemScore, facts: GradeFacts, t: Translate, locale: Locale): string {
  const label = itemLabel(item, t, locale);
  if (item.kind === 'subjective') {
    return score.points === null
      ? t('gradingCustomer.item.unscored', { label })
      : t('gradingCustomer.item.subjective', { label, points: scoreText(score.points), max: scoreText(item.maxPoints) });
  }
  if (item.source === 'payment') {
    const stability = facts.paymentStability;
    if (stability === null) return t('gradingCustomer.item.paymentUnknown', { label });
    return t('gradingCustomer.item.payment', { label, stability: paymentClause(stability, t), points: scoreText(item.bands[stability]) });
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
