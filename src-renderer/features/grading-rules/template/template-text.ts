import { PAYMENT_STABILITIES, type ScoringItem } from '../../../core/grading';
import type { Translate } from '../../../i18n';
import { paymentStabilityLabel } from '../../../i18n/enum-labels';

/**
 * How an item is scored, in the current locale, one part per band: the bands of an objective item
 * ("≥ 5 万元 10 分", "≥ 20 万元 20 分"…; payment per stability), or "客户经理打分".
 */
export function scoringParts(item: ScoringItem, t: Translate): string[] {
  if (item.kind === 'subjective') return [t('gradingRules.template.entered')];
  if (item.source === 'payment') {
    return PAYMENT_STABILITIES.map((s) => t('gradingRules.template.bandText.payment', { stability: t(paymentStabilityLabel(s)), points: item.bands[s] }));
  }
  const key = item.source === 'benefit' ? 'gradingRules.template.bandText.benefit' : 'gradingRules.template.bandText.cooperation';
  return item.bands.map((b) => t(key, { atLeast: b.atLeast, points: b.points }));
}
