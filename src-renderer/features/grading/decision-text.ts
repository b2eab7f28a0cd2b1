import { scoreText, wanText, yearsText, type GradeCondition, type GradeDecision } from '../../core/grading';
import type { LocaleTag } from '../../core/format';
import type { Translate } from '../../i18n';

/**
 * A grading decision as one sentence in the UI's language. Core writes the Chinese sentence that is
 * stored with the grading (the official record); an en-US screen renders the same decision from its
 * conditions through the catalogs. The zh-CN messages mirror core's wording, and a unit test holds
 * the two equal, so both locales say exactly the same thing.
 */

type Payment = 'stable' | 'relatively_stable' | 'unstable' | 'overdue_over_1y';

/** "≥" when a "reaches" condition is met; the B score condition is "below", so its sign is the other way. */
function sign(cond: GradeCondition): string {
  const below = cond.code === 'b_subjective_low';
  return cond.met !== below ? '≥' : '<';
}

export function conditionText(cond: GradeCondition, t: Translate): string {
  const { code, value, threshold } = cond;
  switch (code) {
    case 'b_payment_overdue':
    case 'aaa_payment':
    case 'aa_payment':
      return typeof value === 'string' ? t(`gradingSection.reason.payment.${value as Payment}`) : t('gradingSection.reason.payment.unknown');
    case 'b_communication_difficult':
      return t(value ? 'gradingSection.reason.communication.difficult' : 'gradingSection.reason.communication.normal');
    case 'b_subjective_low':
    case 'aaa_subjective':
    case 'aa_subjective':
      if (typeof value !== 'number') return t('gradingSection.reason.score.none');
      return t('gradingSection.reason.score', { value: scoreText(value), op: sign(cond), threshold: scoreText(threshold as number) });
    case 'aaa_benefit':
    case 'aa_benefit':
      if (typeof value !== 'number') return t('gradingSection.reason.benefit.none');
      return t('gradingSection.reason.benefit', { value: wanText(value), op: sign(cond), threshold: wanText(threshold as number) });
    case 'aaa_cooperation':
    case 'aa_cooperation':
      return t('gradingSection.reason.cooperation', {
        value: yearsText(value as number, threshold as number, cond.met),
        op: sign(cond),
        threshold: String(threshold),
      });
  }
}

/** Separators are typography, not wording (zh-CN: ：、，；), so they live here rather than in the catalogs. */
const SEPARATORS: Record<LocaleTag, { colon: string; list: string; failings: string; unmet: string }> = {
  'zh-CN': { colon: '：', list: '、', failings: '；', unmet: '，' },
  'en-US': { colon: ': ', list: ', ', failings: '; ', unmet: ', ' },
};

const isScale = (c: GradeCondition) => c.code === 'aaa_benefit' || c.code === 'aaa_cooperation';

/** The sentence that decided: B：结算回款拖欠一年以上 / AAA: annual benefit 260 ≥ 200, and payment stable. */
export function decisionSentence(decision: GradeDecision, t: Translate, locale: LocaleTag): string {
  const sep = SEPARATORS[locale];
  const join = (list: GradeCondition[], separator: string) => list.map((c) => conditionText(c, t)).join(separator);
  switch (decision.grade) {
    case 'B':
      return `B${sep.colon}${join(decision.conditions, sep.failings)}`;
    case 'AAA':
      return t('gradingSection.reason.AAA', {
        scale: join(decision.conditions.filter(isScale), sep.list),
        quality: join(
          decision.conditions.filter((c) => !isScale(c)),
          sep.list,
        ),
      });
    case 'AA':
      return `AA${sep.colon}${join(decision.conditions, sep.list)}`;
    case 'A':
      return t('gradingSection.reason.A', { clauses: join(decision.conditions, sep.unmet) });
  }
}

/** What a run's row says: the stored Chinese sentence in zh-CN, the decision rendered in en-US. */
export function reasonOf(entry: { decision: GradeDecision; reasons: readonly string[] }, t: Translate, locale: LocaleTag): string {
  return locale === 'zh-CN' && entry.reasons[0] ? entry.reasons[0] : decisionSentence(entry.decision, t, locale);
}
