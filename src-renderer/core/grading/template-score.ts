import { roundScore, roundWan } from './decide';
import { PAYMENT_TEXT } from './explain';
import { scoreText, wanText, yearsText } from './figures';
import type { SubjectiveEntries } from './template-schema';
import type { BandedItem, PaymentItem, ScoringItem, ScoringTemplate } from './template';
import type { GradeFacts } from './types';

export interface ItemScore {
  itemId: string;
  label: string;
  kind: ScoringItem['kind'];
  maxPoints: number;
  /** null: a subjective item not scored yet. An objective item always has points (0 when the figure is unknown). */
  points: number | null;
  /** In Chinese, as printed in the table: 年综合效益 260 万元 ≥ 200 万元，得 40 分. */
  explanation: string;
}

export interface TemplateScore {
  templateVersion: number;
  items: ItemScore[];
  objectivePoints: number;
  objectiveMaxPoints: number;
  /** Sum of the subjective items, 0–100; null unless every subjective item is scored (this is what the criteria read). */
  subjectiveScore: number | null;
  /** Sum of the subjective items scored so far (for a form that is being filled in). */
  subjectiveEnteredPoints: number;
  subjectiveMaxPoints: number;
  /** Objective + subjective points; null while the subjective score is. */
  totalPoints: number | null;
  totalMaxPoints: number;
  /** Subjective items still to be scored, in template order. */
  unscoredItemIds: string[];
}

function scoreBanded(item: BandedItem, facts: GradeFacts): { points: number; explanation: string } {
  const value = item.source === 'benefit' ? (facts.annualBenefitWan === null ? null : roundWan(facts.annualBenefitWan)) : facts.cooperationYears;
  if (value === null) return { points: 0, explanation: `${item.label}无数据，得 0 分` };
  let band: BandedItem['bands'][number] | undefined;
  for (const b of item.bands) if (value >= b.atLeast) band = b;
  const figure = (v: number, met: boolean, threshold: number) => (item.source === 'benefit' ? `${wanText(v)} 万元` : `${yearsText(v, threshold, met)} 年`);
  const unit = (v: number) => (item.source === 'benefit' ? `${wanText(v)} 万元` : `${String(v)} 年`);
  if (band === undefined) {
    const lowest = item.bands[0]?.atLeast ?? 0;
    return { points: 0, explanation: `${item.label} ${figure(value, false, lowest)} < ${unit(lowest)}，得 0 分` };
  }
  return { points: band.points, explanation: `${item.label} ${figure(value, true, band.atLeast)} ≥ ${unit(band.atLeast)}，得 ${scoreText(band.points)} 分` };
}

function scorePayment(item: PaymentItem, facts: GradeFacts): { points: number; explanation: string } {
  const stability = facts.paymentStability;
  if (stability === null) return { points: 0, explanation: `${item.label}：无可计的结算记录，得 0 分` };
  const points = item.bands[stability];
  return { points, explanation: `${item.label}：${PAYMENT_TEXT[stability]}，得 ${scoreText(points)} 分` };
}

/**
 * Scores one customer on `template`: objective items from `facts` (the same facts the grade reads),
 * subjective items from the manager's `entries` (item id → points). Entries must already have passed
 * `subjectiveEntriesSchema(template)`; a value outside 0..maxPoints is a programming error and throws.
 * The subjective score is null until every subjective item is scored: a half-filled form must not
 * grade a customer B for a "score below 10".
 */
export function scoreTemplate(template: ScoringTemplate, facts: GradeFacts, entries: SubjectiveEntries): TemplateScore {
  const items: ItemScore[] = [];
  let objectivePoints = 0;
  let objectiveMaxPoints = 0;
  let subjectiveEnteredPoints = 0;
  let subjectiveMaxPoints = 0;
  const unscoredItemIds: string[] = [];
  for (const item of template.items) {
    // Built field by field (no object spread): spreading items of different shapes is V8's slow path.
    const push = (points: number | null, explanation: string) =>
      items.push({ itemId: item.id, label: item.label, kind: item.kind, maxPoints: item.maxPoints, points, explanation });
    if (item.kind === 'subjective') {
      subjectiveMaxPoints += item.maxPoints;
      const entered = entries[item.id];
      if (entered === null || entered === undefined) {
        unscoredItemIds.push(item.id);
        push(null, `${item.label}：未评分`);
        continue;
      }
      if (!Number.isFinite(entered) || entered < 0 || entered > item.maxPoints)
        throw new RangeError(`subjective entry ${item.id} = ${entered} is outside 0..${item.maxPoints}`);
      subjectiveEnteredPoints += entered;
      push(entered, `${item.label}：客户经理评 ${scoreText(entered)} 分（满分 ${scoreText(item.maxPoints)} 分）`);
      continue;
    }
    const scored = item.source === 'payment' ? scorePayment(item, facts) : scoreBanded(item, facts);
    objectivePoints += scored.points;
    objectiveMaxPoints += item.maxPoints;
    push(scored.points, scored.explanation);
  }
  objectivePoints = roundScore(objectivePoints);
  subjectiveEnteredPoints = roundScore(subjectiveEnteredPoints);
  const subjectiveScore = unscoredItemIds.length === 0 ? subjectiveEnteredPoints : null;
  return {
    templateVersion: template.version,
    items,
    objectivePoints,
    objectiveMaxPoints: roundScore(objectiveMaxPoints),
    subjectiveScore,
    subjectiveEnteredPoints,
    subjectiveMaxPoints: roundScore(subjectiveMaxPoints),
    totalPoints: subjectiveScore === null ? null : roundScore(objectivePoints + subjectiveScore),
    totalMaxPoints: roundScore(objectiveMaxPoints + subjectiveMaxPoints),
    unscoredItemIds,
  };
}
