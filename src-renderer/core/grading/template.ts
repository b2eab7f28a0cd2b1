import { deepFreeze } from '../deep-freeze';
import type { PaymentStability } from './types';

/**
 * The scoring template (打分表, the paper's 表1). The paper prints the table only as "如表1", so the
 * default below is our design for a research institute: three objective items computed from the
 * archive (objective points: 100) and four subjective items the account manager scores (subjective
 * points: 100; their sum is the subjective score the grade criteria read). A template is versioned
 * (the version travels inside it): a grading records the version it used, an edit saves a new one.
 */

/** From `atLeast` (inclusive) upward the item gives `points`; below the lowest band, 0 points. */
export interface ScoringBand {
  atLeast: number;
  points: number;
}

interface ScoringItemBase {
  /** Stable key of the item across versions (subjective entries are stored under it): a–z, 0–9, _. */
  id: string;
  /** Chinese label as printed: 年综合效益. */
  label: string;
  maxPoints: number;
  /** How to score it, in Chinese, shown next to the entry field and printed with the table. */
  guide: string;
}

/** 年综合效益 (万元) or 合作年限 (years), scored by bands. */
export interface BandedItem extends ScoringItemBase {
  kind: 'objective';
  source: 'benefit' | 'cooperation';
  /** Ascending by `atLeast`; points never fall as the figure rises; the top band gives maxPoints. */
  bands: ScoringBand[];
}

/** 结算回款稳定性, points per stability (unknown stability gives 0). */
export interface PaymentItem extends ScoringItemBase {
  kind: 'objective';
  source: 'payment';
  bands: Record<PaymentStability, number>;
}

/** Scored by the account manager, 0 to maxPoints. */
export interface SubjectiveItem extends ScoringItemBase {
  kind: 'subjective';
}

export type ObjectiveItem = BandedItem | PaymentItem;
export type ScoringItem = ObjectiveItem | SubjectiveItem;
export type ObjectiveSource = ObjectiveItem['source'];

export interface ScoringTemplate {
  version: number;
  items: ScoringItem[];
}

/** The subjective items' points always add up to this: the criteria's score thresholds are out of 100. */
export const SUBJECTIVE_TOTAL = 100;

/**
 * Version 1. Objective bands meet the grade criteria's lines (20 and 200 万元; 1 and 2 years;
 * the payment bands), so the points and the grade tell the same story. Subjective weights: loyalty
 * counts most (a customer that keeps coming back is what the 80/20 rule protects), potential least
 * (the most speculative judgement).
 */
export const DEFAULT_TEMPLATE: ScoringTemplate = deepFreeze({
  version: 1,
  items: [
    {
      id: 'benefit',
      kind: 'objective',
      source: 'benefit',
      label: '年综合效益',
      maxPoints: 40,
      guide:
        '按上一完整年度的年综合效益计分：200 万元及以上 40 分；100 万元至不足 200 万元 30 分；20 万元至不足 100 万元 20 分；5 万元至不足 20 万元 10 分；不足 5 万元或无数据 0 分。',
      bands: [
        { atLeast: 5, points: 10 },
        { atLeast: 20, points: 20 },
        { atLeast: 100, points: 30 },
        { atLeast: 200, points: 40 },
      ],
    },
    {
      id: 'cooperation',
      kind: 'objective',
      source: 'cooperation',
      label: '合作年限',
      maxPoints: 30,
      guide: '按开始合作日期至评定日的年数计分：5 年及以上 30 分；2 年至不足 5 年 20 分；1 年至不足 2 年 10 分；不足 1 年或无开始合作日期 0 分。',
      bands: [
        { atLeast: 1, points: 10 },
        { atLeast: 2, points: 20 },
        { atLeast: 5, points: 30 },
      ],
    },
    {
      id: 'payment',
      kind: 'objective',
      source: 'payment',
      label: '结算回款稳定性',
      maxPoints: 30,
      guide:
        '按近 24 个月内到期的应收款及至今未付的应收款中最长拖欠天数计分：回款稳定（不超过 30 天）30 分；较稳定（31–90 天）20 分；不稳定（91–365 天）10 分；拖欠一年以上或无结算记录 0 分。',
      bands: { stable: 30, relatively_stable: 20, unstable: 10, overdue_over_1y: 0 },
    },
    {
      id: 'communication',
      kind: 'subjective',
      label: '业务沟通配合度',
      maxPoints: 25,
      guide:
        '对方业务沟通与配合情况：沟通顺畅、响应及时、主动配合 21–25 分；基本顺畅 13–20 分；响应慢、配合一般 6–12 分；沟通困难 0–5 分（沟通困难的另须勾选“业务沟通困难”，该客户直接评为 B 类）。',
    },
    {
      id: 'demand_match',
      kind: 'subjective',
      label: '技术需求匹配度',
      maxPoints: 25,
      guide: '客户需求与我所专业方向、产品和工艺能力的契合程度：核心专业、长期型号配套 21–25 分；较为契合 13–20 分；部分契合 6–12 分；基本不契合 0–5 分。',
    },
    {
      id: 'loyalty',
      kind: 'subjective',
      label: '合作意愿与忠诚度',
      maxPoints: 30,
      guide: '客户与我所合作的意愿和稳定性：长期稳定、同类需求优先选择我所 25–30 分；合作稳定 16–24 分；时常转向其他供方 6–15 分；合作意愿弱 0–5 分。',
    },
    {
      id: 'potential',
      kind: 'subjective',
      label: '发展潜力',
      maxPoints: 20,
      guide: '客户今后的型号任务、经费与合作拓展前景：前景广阔 16–20 分；较好 10–15 分；一般 5–9 分；任务萎缩 0–4 分。',
    },
  ],
});
