/**
 * The words of a grade decision (PRODUCT.md §2, "every grading shows why"): rendered from the
 * structured decision by the one renderer, core/grading/explain.ts — for the Chinese sentence
 * stored with the grading and printed in the dossier, and for every screen in either locale.
 * core imports this file directly (it is pure data), so the stored sentence and the screens cannot
 * drift apart. Punctuation is typography, not wording: the renderer adds it per locale.
 */
export const gradingDecisionZhCN = {
  'gradingDecision.payment.stable': '回款稳定',
  'gradingDecision.payment.relatively_stable': '回款较稳定',
  'gradingDecision.payment.unstable': '回款不稳定',
  'gradingDecision.payment.overdue_over_1y': '结算回款拖欠一年以上',
  'gradingDecision.payment.unknown': '回款情况未知',
  'gradingDecision.communication.difficult': '业务沟通困难',
  'gradingDecision.communication.normal': '业务沟通正常',
  'gradingDecision.benefit': '年综合效益 {value} 万元 {op} {threshold} 万元',
  'gradingDecision.benefit.none': '年综合效益无数据',
  'gradingDecision.cooperation': '合作 {value} 年 {op} {threshold} 年',
  'gradingDecision.score': '主观评分 {value} 分 {op} {threshold} 分',
  'gradingDecision.score.none': '主观评分未录入',
  'gradingDecision.sentence.aaa': '{scale}，且{quality}',
  'gradingDecision.sentence.a': '未满足 AA 类任一条件（{conditions}）',
  'gradingDecision.missing.annualBenefitWan': '年综合效益无数据，与之有关的条件均按未满足处理',
  'gradingDecision.missing.paymentStability': '无可计的结算记录，回款稳定性未知，与之有关的条件均按未满足处理',
  'gradingDecision.missing.subjectiveScore': '主观评分未录入（打分表主观项未全部评分），与之有关的条件均按未满足处理',
} as const;

export type GradingDecisionKey = keyof typeof gradingDecisionZhCN;

export const gradingDecisionEnUS: Record<GradingDecisionKey, string> = {
  'gradingDecision.payment.stable': 'payment stable',
  'gradingDecision.payment.relatively_stable': 'payment relatively stable',
  'gradingDecision.payment.unstable': 'payment unstable',
  'gradingDecision.payment.overdue_over_1y': 'payment overdue over one year',
  'gradingDecision.payment.unknown': 'payment stability unknown',
  'gradingDecision.communication.difficult': 'business communication difficult',
  'gradingDecision.communication.normal': 'business communication normal',
  'gradingDecision.benefit': 'annual benefit {value} {op} {threshold} (×10k CNY)',
  'gradingDecision.benefit.none': 'no annual benefit figures',
  'gradingDecision.cooperation': 'cooperation {value} {op} {threshold} years',
  'gradingDecision.score': 'subjective score {value} {op} {threshold}',
  'gradingDecision.score.none': 'subjective score not entered',
  'gradingDecision.sentence.aaa': '{scale}, and {quality}',
  'gradingDecision.sentence.a': 'none of the AA conditions is met ({conditions})',
  'gradingDecision.missing.annualBenefitWan': 'No annual benefit figures: the conditions on it count as not met',
  'gradingDecision.missing.paymentStability': 'No receivables to count, payment stability unknown: the conditions on it count as not met',
  'gradingDecision.missing.subjectiveScore': 'Subjective score not entered (not every subjective item is scored): the conditions on it count as not met',
};
