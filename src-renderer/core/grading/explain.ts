import { gradingDecisionZhCN, type GradingDecisionKey } from '../../i18n/areas/grading-decision';
import { fillPlaceholders } from '../../i18n/placeholders';
import type { Locale } from '../locale';
import type { GradeCondition, GradeDecision } from './decide';
import { scoreText, wanText, yearsText } from './figures';
import type { PaymentStability } from './types';

/**
 * THE renderer of a grade decision: the sentence that decided and one note per unknown figure,
 * rendered from the structured `GradeDecision`. The Chinese sentence stored with a grading (the
 * official record, printed in the dossier) is this renderer with the zh-CN words; every screen
 * calls it with the app's translator. The words are the `gradingDecision.*` catalog entries
 * (i18n/areas/grading-decision.ts), read here directly because core has no translator of its own.
 *
 * Figures are written by `./figures` (the one formatting of grading figures, shared with the
 * screens and the printed reports): 260 万元, 75 分, 合作 3.2 年 (years cut, not rounded).
 */

/** What the renderer needs of a translator; the app's `Translate` is one. */
export type DecisionWords = (key: GradingDecisionKey, params?: Record<string, string | number>) => string;

/** The zh-CN words: the language of the stored record. */
const ZH_WORDS: DecisionWords = (key, params) => fillPlaceholders(gradingDecisionZhCN[key], params);

/** Separators are typography, not wording (zh-CN: ：、，；), so they are here rather than in the catalogs. */
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

const PUNCTUATION: Record<Locale, Punctuation> = {
  'zh-CN': { colon: '：', and: '、', failings: '；', unmet: '，' },
  'en-US': { colon: ': ', and: ', ', failings: '; ', unmet: ', ' },
};

/** 回款稳定 / payment stable …, as a clause of the decision; unknown when no receivable could be counted. */
export function paymentClause(stability: PaymentStability | null, words: DecisionWords = ZH_WORDS): string {
  return words(`gradingDecision.payment.${stability ?? 'unknown'}`);
}

/** How a payment stability is said in the reasons and in the scoring table's explanations (zh-CN). */
export const PAYMENT_TEXT: Record<PaymentStability, string> = {
  stable: paymentClause('stable'),
  relatively_stable: paymentClause('relatively_stable'),
  unstable: paymentClause('unstable'),
  overdue_over_1y: paymentClause('overdue_over_1y'),
};

const compare = (met: boolean) => (met ? '≥' : '<');

/** One condition as a clause: 年综合效益 260 万元 ≥ 200 万元 / 回款较稳定 / 主观评分未录入. */
export function describeCondition(cond: GradeCondition, words: DecisionWords = ZH_WORDS): string {
  const { code, value, threshold, met } = cond;
  switch (code) {
    case 'b_payment_overdue':
    case 'aaa_payment':
    case 'aa_payment':
      return paymentClause(typeof value === 'string' ? (value as PaymentStability) : null, words);
    case 'b_communication_difficult':
      return words(value ? 'gradingDecision.communication.difficult' : 'gradingDecision.communication.normal');
    case 'b_subjective_low':
      if (typeof value !== 'number') return words('gradingDecision.score.none');
      // This condition is "below": met means the score is under the line.
      return words('gradingDecision.score', { value: scoreText(value), op: met ? '<' : '≥', threshold: scoreText(threshold as number) });
    case 'aaa_benefit':
    case 'aa_benefit':
      if (typeof value !== 'number') return words('gradingDecision.benefit.none');
      return words('gradingDecision.benefit', { value: wanText(value), op: compare(met), threshold: wanText(threshold as number) });
    case 'aaa_cooperation':
    case 'aa_cooperation':
      return words('gradingDecision.cooperation', {
        value: yearsText(value as number, threshold as number, met),
        op: compare(met),
        threshold: String(threshold),
      });
    case 'aaa_subjective':
    case 'aa_subjective':
      if (typeof value !== 'number') return words('gradingDecision.score.none');
      return words('gradingDecision.score', { value: scoreText(value), op: compare(met), threshold: scoreText(threshold as number) });
  }
}

const isScale = (c: GradeCondition) => c.code === 'aaa_benefit' || c.code === 'aaa_cooperation';

/**
 * The sentence that decided: AAA：年综合效益 260 万元 ≥ 200 万元，且回款稳定 · B：结算回款拖欠一年以上 ·
 * A：未满足 AA 类任一条件（年综合效益 12 万元 < 20 万元，…） / AAA: annual benefit 260 ≥ 200 (×10k CNY), and payment stable.
 */
export function decisionSentence(decision: GradeDecision, words: DecisionWords = ZH_WORDS, locale: Locale = 'zh-CN'): string {
  const p = PUNCTUATION[locale];
  const clauses = (list: readonly GradeCondition[], separator: string) => list.map((c) => describeCondition(c, words)).join(separator);
  let body: string;
  switch (decision.grade) {
    case 'B':
      body = clauses(decision.conditions, p.failings);
      break;
    case 'AAA':
      body = words('gradingDecision.sentence.aaa', {
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
      body = words('gradingDecision.sentence.a', { conditions: clauses(decision.conditions, p.unmet) });
      break;
  }
  return `${decision.grade}${p.colon}${body}`;
}

/** One note per figure that was not known (it satisfied no condition). */
export function missingNotes(decision: GradeDecision, words: DecisionWords = ZH_WORDS): string[] {
  return decision.missing.map((fact) => words(`gradingDecision.missing.${fact}`));
}

/** The reasons stored with a grading: the deciding sentence, then one note per unknown figure (zh-CN). */
export function explainDecision(decision: GradeDecision): string[] {
  return [decisionSentence(decision), ...missingNotes(decision)];
}

/**
 * The reasons of a stored grading as a screen shows them. zh-CN shows the stored record as it is
 * (this renderer wrote it; an approved grading is not re-worded after the fact); another locale
 * renders the same decision with its words.
 */
export function shownReasons(
  record: { decision: GradeDecision; reasons: readonly string[] },
  words: DecisionWords,
  locale: Locale,
): { sentence: string; notes: string[] } {
  if (locale === 'zh-CN' && record.reasons[0]) return { sentence: record.reasons[0], notes: record.reasons.slice(1) };
  return { sentence: decisionSentence(record.decision, words, locale), notes: missingNotes(record.decision, words) };
}
