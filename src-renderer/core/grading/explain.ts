import type { GradeCondition, GradeDecision, MissingFact } from './decide';
import { scoreText, wanText, yearsText } from './figures';
import type { PaymentStability } from './types';

/**
 * The Chinese sentence of a grading, as it is stored with the grading record and printed in the
 * customer dossier: an official record in the institute's language, like the classification mark,
 * so it is written here rather than through the UI catalogs. Screens in en-US render the same
 * decision from `GradeDecision.conditions` with their own messages.
 *
 * Figures are written by `./figures` (the one formatting of grading figures, shared with the
 * screens and the printed reports): 260 万元, 75 分, 合作 3.2 年 (years cut, not rounded).
 */

/** How a payment stability is said, in the reasons and in the scoring table. */
export const PAYMENT_TEXT: Record<PaymentStability, string> = {
  stable: '回款稳定',
  relatively_stable: '回款较稳定',
  unstable: '回款不稳定',
  overdue_over_1y: '结算回款拖欠一年以上',
};

function comparison(met: boolean, value: string, threshold: string): string {
  return `${value} ${met ? '≥' : '<'} ${threshold}`;
}

/** One condition as a clause: 年综合效益 260 万元 ≥ 200 万元 / 回款较稳定 / 主观评分未录入. */
export function describeCondition(cond: GradeCondition): string {
  const { code, value, threshold, met } = cond;
  switch (code) {
    case 'b_payment_overdue':
    case 'aaa_payment':
    case 'aa_payment':
      return typeof value === 'string' ? PAYMENT_TEXT[value as PaymentStability] : '回款情况未知';
    case 'b_communication_difficult':
      return value ? '业务沟通困难' : '业务沟通正常';
    case 'b_subjective_low':
      if (typeof value !== 'number') return '主观评分未录入';
      // This condition is "below": met means the score is under the line.
      return `主观评分 ${scoreText(value)} 分 ${met ? '<' : '≥'} ${scoreText(threshold as number)} 分`;
    case 'aaa_benefit':
    case 'aa_benefit':
      if (typeof value !== 'number') return '年综合效益无数据';
      return `年综合效益 ${comparison(met, `${wanText(value)} 万元`, `${wanText(threshold as number)} 万元`)}`;
    case 'aaa_cooperation':
    case 'aa_cooperation':
      return `合作 ${comparison(met, `${yearsText(value as number, threshold as number, met)} 年`, `${String(threshold)} 年`)}`;
    case 'aaa_subjective':
    case 'aa_subjective':
      if (typeof value !== 'number') return '主观评分未录入';
      return `主观评分 ${comparison(met, `${scoreText(value)} 分`, `${scoreText(threshold as number)} 分`)}`;
  }
}

const MISSING_NOTE: Record<MissingFact, string> = {
  annualBenefitWan: '年综合效益无数据，与之有关的条件均按未满足处理',
  paymentStability: '无可计的结算记录，回款稳定性未知，与之有关的条件均按未满足处理',
  subjectiveScore: '主观评分未录入（打分表主观项未全部评分），与之有关的条件均按未满足处理',
};

const isScale = (c: GradeCondition) => c.code === 'aaa_benefit' || c.code === 'aaa_cooperation';

/**
 * The reasons of a decision in Chinese: first the sentence that decided
 * (AAA：年综合效益 260 万元 ≥ 200 万元，且回款稳定 · B：结算回款拖欠一年以上 ·
 * A：未满足 AA 类任一条件（年综合效益 12 万元 < 20 万元，…）), then one note per unknown figure.
 */
export function explainDecision(decision: GradeDecision): string[] {
  const clauses = (list: GradeCondition[], separator: string) => list.map(describeCondition).join(separator);
  let sentence: string;
  switch (decision.grade) {
    case 'B':
      sentence = `B：${clauses(decision.conditions, '；')}`;
      break;
    case 'AAA':
      sentence = `AAA：${clauses(decision.conditions.filter(isScale), '、')}，且${clauses(
        decision.conditions.filter((c) => !isScale(c)),
        '、',
      )}`;
      break;
    case 'AA':
      sentence = `AA：${clauses(decision.conditions, '、')}`;
      break;
    case 'A':
      sentence = `A：未满足 AA 类任一条件（${clauses(decision.conditions, '，')}）`;
      break;
  }
  return [sentence, ...decision.missing.map((fact) => MISSING_NOTE[fact])];
}
