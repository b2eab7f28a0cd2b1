import { z } from 'zod';
import type { IsoDate } from '../iso-dates';
import { requiredText } from '../validation';
import { TEXT_LIMITS } from '../validation';
import { deepFreeze } from '../deep-freeze';
import { isCarriableKey } from '../archive-file/safe-json';

/**
 * Satisfaction surveys (满意度调查, PRODUCT.md §3): a questionnaire template names the dimensions and
 * the scale; a survey record holds one customer's scores (from a questionnaire or a follow-up call).
 * Templates are user data like the grading 打分表, so their labels are the Chinese text as printed.
 */
export interface SatisfactionDimension {
  /** Stable id (scores are keyed by it, so a label can be reworded without losing history). */
  id: string;
  label: string;
  /** Weight in the overall score; equal weights by default. */
  weight: number;
}

export interface QuestionnaireTemplate {
  name: string;
  /** The scale is 1…scaleMax (5 by default: 1 very dissatisfied, 5 very satisfied). */
  scaleMax: number;
  dimensions: SatisfactionDimension[];
}

export const DEFAULT_QUESTIONNAIRE: Readonly<QuestionnaireTemplate> = deepFreeze({
  name: '客户满意度调查表',
  scaleMax: 5,
  dimensions: [
    { id: 'product_quality', label: '产品质量', weight: 1 },
    { id: 'delivery', label: '交付', weight: 1 },
    { id: 'tech_service', label: '技术服务', weight: 1 },
    { id: 'communication', label: '沟通', weight: 1 },
    { id: 'price', label: '价格', weight: 1 },
  ],
} satisfies QuestionnaireTemplate);

const DIMENSION_ID = /^[a-z][a-z0-9_]{0,39}$/;

export const questionnaireTemplateSchema = z
  .object({
    name: requiredText(TEXT_LIMITS.name),
    scaleMax: z
      .number({ error: 'validation.complaints.scale' })
      .int('validation.complaints.scale')
      .min(3, 'validation.complaints.scale')
      .max(10, 'validation.complaints.scale'),
    dimensions: z
      .array(
        z.object({
          // Scores are keyed by it: it must be a key an archive file can carry.
          id: z.string().regex(DIMENSION_ID, 'validation.complaints.dimensionId').refine(isCarriableKey, 'validation.reservedId'),
          label: requiredText(TEXT_LIMITS.short),
          weight: z.number({ error: 'validation.complaints.weight' }).positive('validation.complaints.weight').max(100, 'validation.complaints.weight'),
        }),
      )
      .min(1, 'validation.complaints.noDimensions')
      .max(30, 'validation.complaints.tooManyDimensions'),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.dimensions.forEach((d, i) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', message: 'validation.complaints.duplicateDimension', path: ['dimensions', i, 'id'] });
      seen.add(d.id);
    });
  });

/** Scores per dimension id; a dimension left out was not asked (a follow-up call rarely asks all). */
export type SurveyScores = Record<string, number>;

/** The scores of a survey against its template: whole numbers on the scale, only the template's dimensions, at least one. */
export function surveyScoresSchema(template: QuestionnaireTemplate) {
  const ids = new Set(template.dimensions.map((d) => d.id));
  return z
    .record(
      z.string(),
      z
        .number({ error: 'validation.complaints.score' })
        .int('validation.complaints.score')
        .min(1, 'validation.complaints.score')
        .max(template.scaleMax, 'validation.complaints.score'),
    )
    .superRefine((scores, ctx) => {
      const keys = Object.keys(scores);
      if (keys.length === 0) ctx.addIssue({ code: 'custom', message: 'validation.complaints.noScores', path: [] });
      for (const k of keys) if (!ids.has(k)) ctx.addIssue({ code: 'custom', message: 'validation.complaints.unknownDimension', path: [k] });
    });
}

export interface SurveyScore {
  /** Per answered dimension, on the template's scale. */
  perDimension: Record<string, number>;
  /** Weighted mean of the answered dimensions, on the template's scale; null when none was answered. */
  overall: number | null;
  /** `overall` as a percentage of the scale (1 → 0 %, scaleMax → 100 %), to compare templates with other scales. */
  percent: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Scores a survey: unanswered dimensions are left out of the mean, not counted as zero. */
export function scoreSurvey(template: QuestionnaireTemplate, scores: SurveyScores): SurveyScore {
  const perDimension: Record<string, number> = {};
  let sum = 0;
  let weights = 0;
  for (const d of template.dimensions) {
    const s = scores[d.id];
    if (typeof s !== 'number') continue;
    perDimension[d.id] = s;
    sum += s * d.weight;
    weights += d.weight;
  }
  if (weights === 0) return { perDimension, overall: null, percent: null };
  const overall = sum / weights;
  return { perDimension, overall: round2(overall), percent: round2(((overall - 1) / (template.scaleMax - 1)) * 100) };
}

export type TrendPeriod = 'month' | 'quarter';

export interface TrendPoint {
  /** '2026-03' (month) or '2026-Q1' (quarter); points are in time order. */
  period: string;
  /** Mean of the surveys' percentages in the period (surveys with other scales stay comparable). */
  meanPercent: number;
  count: number;
}

/** The period key of a day. */
export function periodOf(day: IsoDate, period: TrendPeriod): string {
  if (period === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * Satisfaction trend: the mean percentage per month or quarter, for one customer's surveys or all
 * (the caller filters). Periods without a survey are left out: the chart shows no point rather than
 * a made-up zero.
 */
export function satisfactionTrend(surveys: readonly { date: IsoDate; percent: number | null }[], period: TrendPeriod): TrendPoint[] {
  const buckets = new Map<string, { sum: number; count: number }>();
  for (const s of surveys) {
    if (s.percent === null) continue;
    const key = periodOf(s.date, period);
    const b = buckets.get(key) ?? { sum: 0, count: 0 };
    b.sum += s.percent;
    b.count += 1;
    buckets.set(key, b);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, b]) => ({ period: key, meanPercent: round2(b.sum / b.count), count: b.count }));
}
