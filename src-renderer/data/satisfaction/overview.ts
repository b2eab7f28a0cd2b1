import { satisfactionTrend, type TrendPeriod, type TrendPoint } from '../../core/complaints';
import { DEFAULT_QUESTIONNAIRE_VERSION_FIELDS, type QuestionnaireFields } from '../../core/satisfaction-records';
import type { AirgapDb } from '../db';
import { latestSurveys, surveysBetween, surveysOf } from './surveys';
import { satisfactionTables, type SurveyRecord } from './types';
import { customerIdsInScope, withCustomerIn, type ReadScope } from '../scope';

export interface DimensionMean {
  /** Dimension id (stable across versions and questionnaires that share it). */
  id: string;
  /** Its label in the newest version that has it. */
  label: string;
  /** Mean score as a percent of each survey's scale (so 5- and 10-point questionnaires combine). */
  meanPercent: number;
  count: number;
}

export type ListedSurvey = SurveyRecord & { customerName: string; questionnaireName: string; scaleMax: number };

export interface SatisfactionOverview {
  trend: TrendPoint[];
  dimensions: DimensionMean[];
  latest: ListedSurvey[];
  /** Surveys counted (live, dated within the range). */
  count: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const versionKey = (id: string, version: number) => `${id}#${version}`;

/** Every questionnaire version by `id#version`, the built-in default included (a few rows). */
export async function versionsByKey(db: AirgapDb): Promise<Map<string, QuestionnaireFields>> {
  const map = new Map<string, QuestionnaireFields>([
    [versionKey(DEFAULT_QUESTIONNAIRE_VERSION_FIELDS.questionnaireId, DEFAULT_QUESTIONNAIRE_VERSION_FIELDS.version), DEFAULT_QUESTIONNAIRE_VERSION_FIELDS],
  ]);
  for (const r of await satisfactionTables(db).questionnaires.toArray()) map.set(versionKey(r.questionnaireId, r.version), r);
  return map;
}

export const versionOf = (versions: ReadonlyMap<string, QuestionnaireFields>, s: Pick<SurveyRecord, 'questionnaireId' | 'questionnaireVersion'>) =>
  versions.get(versionKey(s.questionnaireId, s.questionnaireVersion));

/** Mean per dimension over surveys, each score as a percent of its own version's scale. */
export function dimensionMeans(surveys: readonly SurveyRecord[], versions: ReadonlyMap<string, QuestionnaireFields>): DimensionMean[] {
  const sums = new Map<string, { sum: number; count: number; label: string; labelVersion: number }>();
  for (const s of surveys) {
    const template = versionOf(versions, s);
    if (!template) continue;
    for (const d of template.dimensions) {
      const score = s.scores[d.id];
      if (score === undefined) continue;
      const entry = sums.get(d.id) ?? { sum: 0, count: 0, label: d.label, labelVersion: template.version };
      entry.sum += ((score - 1) / (template.scaleMax - 1)) * 100;
      entry.count += 1;
      if (template.version > entry.labelVersion) Object.assign(entry, { label: d.label, labelVersion: template.version });
      sums.set(d.id, entry);
    }
  }
  return [...sums.entries()].map(([id, e]) => ({ id, label: e.label, meanPercent: round2(e.sum / e.count), count: e.count }));
}

/** Surveys with the names the lists show (customer, questionnaire) and the scale of their version. */
export async function withNames(db: AirgapDb, surveys: readonly SurveyRecord[], versions: ReadonlyMap<string, QuestionnaireFields>): Promise<ListedSurvey[]> {
  const customers = await db.customers.bulkGet([...new Set(surveys.map((s) => s.customerId))]);
  const names = new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c.name]));
  return surveys.map((s) => {
    const template = versionOf(versions, s);
    return { ...s, customerName: names.get(s.customerId) ?? '', questionnaireName: template?.name ?? '', scaleMax: template?.scaleMax ?? 5 };
  });
}

/**
 * 满意度 overall: the trend of every live survey dated in [from, to] by month or quarter, the mean
 * of each dimension over them, and the newest `latestCount` surveys with their customers' names.
 * Under a data `scope` narrower than 全部 (issue 15.3) only its customers' surveys count.
 */
export async function satisfactionOverview(
  db: AirgapDb,
  period: TrendPeriod,
  from: string,
  to: string,
  latestCount = 20,
  scope?: ReadScope,
): Promise<SatisfactionOverview> {
  const inScope = scope ? await customerIdsInScope(db, scope) : null;
  const [between, versions, latest] = await Promise.all([surveysBetween(db, from, to), versionsByKey(db), latestSurveys(db, latestCount, inScope)]);
  const surveys = withCustomerIn(between, inScope);
  return {
    trend: satisfactionTrend(surveys, period),
    dimensions: dimensionMeans(surveys, versions),
    latest: await withNames(db, latest, versions),
    count: surveys.length,
  };
}

/** A customer's 满意度 tab: its trend and its surveys, newest first, with their questionnaires' names. */
export async function customerSatisfaction(db: AirgapDb, customerId: string, period: TrendPeriod): Promise<{ trend: TrendPoint[]; surveys: ListedSurvey[] }> {
  const [surveys, versions] = await Promise.all([surveysOf(db, customerId), versionsByKey(db)]);
  return { trend: satisfactionTrend(surveys, period), surveys: await withNames(db, surveys, versions) };
}
