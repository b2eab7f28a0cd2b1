import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUESTIONNAIRE,
  questionnaireTemplateSchema,
  satisfactionTrend,
  scoreSurvey,
  surveyScoresSchema,
} from '../../../../src-renderer/core/complaints';

describe('satisfaction surveys', () => {
  it('the default questionnaire has the five dimensions on a 1–5 scale and is valid', () => {
    expect(DEFAULT_QUESTIONNAIRE.dimensions.map((d) => d.label)).toEqual(['产品质量', '交付', '技术服务', '沟通', '价格']);
    expect(questionnaireTemplateSchema.safeParse(DEFAULT_QUESTIONNAIRE).success).toBe(true);
  });

  it('scores per dimension and overall (weighted, unanswered left out)', () => {
    const s = scoreSurvey(DEFAULT_QUESTIONNAIRE, { product_quality: 5, delivery: 3, price: 4 });
    expect(s).toEqual({ perDimension: { product_quality: 5, delivery: 3, price: 4 }, overall: 4, percent: 75 });
    const weighted = {
      ...DEFAULT_QUESTIONNAIRE,
      dimensions: [
        { id: 'a', label: '甲', weight: 3 },
        { id: 'b', label: '乙', weight: 1 },
      ],
    };
    expect(scoreSurvey(weighted, { a: 5, b: 1 }).overall).toBe(4);
    expect(scoreSurvey(DEFAULT_QUESTIONNAIRE, {})).toEqual({ perDimension: {}, overall: null, percent: null });
  });

  it('refuses scores off the scale, unknown dimensions and an empty survey', () => {
    const schema = surveyScoresSchema(DEFAULT_QUESTIONNAIRE);
    const messages = (v: unknown) => (schema.safeParse(v).error?.issues ?? []).map((i) => i.message);
    expect(messages({ delivery: 6 })).toEqual(['validation.complaints.score']);
    expect(messages({ delivery: 0 })).toEqual(['validation.complaints.score']);
    expect(messages({ delivery: 2.5 })).toEqual(['validation.complaints.score']);
    expect(messages({ taste: 3 })).toEqual(['validation.complaints.unknownDimension']);
    expect(messages({})).toEqual(['validation.complaints.noScores']);
    expect(messages({ delivery: 4 })).toEqual([]);
  });

  it('refuses a template with duplicate dimension ids or none', () => {
    const dup = { ...DEFAULT_QUESTIONNAIRE, dimensions: [DEFAULT_QUESTIONNAIRE.dimensions[0], DEFAULT_QUESTIONNAIRE.dimensions[0]] };
    expect(questionnaireTemplateSchema.safeParse(dup).error?.issues.map((i) => i.message)).toEqual(['validation.complaints.duplicateDimension']);
    expect(questionnaireTemplateSchema.safeParse({ ...DEFAULT_QUESTIONNAIRE, dimensions: [] }).error?.issues.map((i) => i.message)).toEqual([
      'validation.complaints.noDimensions',
    ]);
  });

  it('trend: the mean per month or quarter, in time order, empty periods absent', () => {
    const surveys = [
      { date: '2026-02-10', percent: 50 },
      { date: '2026-01-05', percent: 100 },
      { date: '2026-01-20', percent: 75 },
      { date: '2026-05-01', percent: 25 },
      { date: '2026-05-02', percent: null },
    ];
    expect(satisfactionTrend(surveys, 'month')).toEqual([
      { period: '2026-01', meanPercent: 87.5, count: 2 },
      { period: '2026-02', meanPercent: 50, count: 1 },
      { period: '2026-05', meanPercent: 25, count: 1 },
    ]);
    expect(satisfactionTrend(surveys, 'quarter')).toEqual([
      { period: '2026-Q1', meanPercent: 75, count: 3 },
      { period: '2026-Q2', meanPercent: 25, count: 1 },
    ]);
  });
});
