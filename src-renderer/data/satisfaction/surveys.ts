import Dexie from 'dexie';
import { satisfactionTrend, scoreSurvey, surveyScoresSchema, type TrendPeriod, type TrendPoint } from '../../core/complaints';
import { surveyEntrySchema, type SurveyFields } from '../../core/satisfaction-records';
import { fieldErrorsOf, ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';
import { createRecord, restoreRecord, softDeleteRecord } from '../records';
import type { WriteContext } from '../write-context';
import { inTransaction, liveCustomer, liveOnly, officeDayOf, parseInput, refuse, takeLive, withFields } from '../repository/common';
import { questionnaireVersion } from './questionnaires';
import { satisfactionTables, type SurveyRecord } from './types';

/**
 * Validates a survey and derives what is stored with it: the scores against the exact
 * questionnaire version (a score past its scale, an unknown dimension or no score at all is
 * refused; a date after today too), the weighted score (core scoreSurvey) and who recorded it. Reads inside the caller's
 * transaction; writes nothing.
 */
export async function buildSurvey(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<SurveyFields> {
  const values = parseInput(surveyEntrySchema(officeDayOf(ctx)), withFields(input, { customerId }));
  const template = await questionnaireVersion(db, values.questionnaireId, values.questionnaireVersion);
  if (!template) refuse('questionnaireId', 'validation.satisfaction.unknownQuestionnaire');
  const scores = surveyScoresSchema(template).safeParse(values.scores);
  if (!scores.success) {
    const errors = fieldErrorsOf(scores.error);
    throw new ValidationError(Object.fromEntries(Object.entries(errors).map(([path, key]) => [path === '_' ? 'scores' : `scores.${path}`, key])));
  }
  const { overall, percent } = scoreSurvey(template, scores.data);
  return { ...values, scores: scores.data, recordedBy: ctx.actor.name, overall: overall!, percent: percent! };
}

/** Records a survey of a live customer (one transaction with its change-log entry). */
export async function createSurvey(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<SurveyRecord> {
  return inTransaction(db, ['surveys', 'questionnaires', 'customers'], async () => {
    await liveCustomer(db, customerId);
    return createRecord<SurveyRecord>(db, 'surveys', await buildSurvey(db, customerId, input, ctx), ctx);
  });
}

/** Soft delete: the survey leaves the trend and the lists, and stays in the history. */
export async function deleteSurvey(db: AirgapDb, id: string, ctx: WriteContext): Promise<SurveyRecord> {
  return softDeleteRecord<SurveyRecord>(db, 'surveys', id, ctx);
}

export async function restoreSurvey(db: AirgapDb, id: string, ctx: WriteContext): Promise<SurveyRecord> {
  return inTransaction(db, ['surveys', 'customers'], async () => {
    const survey = await satisfactionTables(db).surveys.get(id);
    if (survey) await liveCustomer(db, survey.customerId);
    return restoreRecord<SurveyRecord>(db, 'surveys', id, ctx);
  });
}

const customerRange = (db: AirgapDb, customerId: string) =>
  satisfactionTables(db).surveys.where('[customerId+date]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]);

/** A customer's live surveys, newest first (`[customerId+date]`). */
export async function surveysOf(db: AirgapDb, customerId: string): Promise<SurveyRecord[]> {
  return liveOnly(await customerRange(db, customerId).reverse().toArray());
}

/** A customer's satisfaction trend by month or quarter (core satisfactionTrend). */
export async function customerTrend(db: AirgapDb, customerId: string, period: TrendPeriod): Promise<TrendPoint[]> {
  return satisfactionTrend(await surveysOf(db, customerId), period);
}

/** Live surveys of every customer dated within [from, to] (the `date` index), oldest first. */
export async function surveysBetween(db: AirgapDb, from: string, to: string): Promise<SurveyRecord[]> {
  return liveOnly(await satisfactionTables(db).surveys.where('date').between(from, to, true, true).toArray());
}

/** The newest `limit` live surveys of every customer, newest first. */
export async function latestSurveys(db: AirgapDb, limit: number, inScope: ReadonlySet<string> | null = null): Promise<SurveyRecord[]> {
  const keep = inScope === null ? undefined : (s: SurveyRecord) => inScope.has(s.customerId);
  return takeLive<SurveyRecord>((offset, count) => satisfactionTables(db).surveys.orderBy('date').reverse().offset(offset).limit(count).toArray(), limit, keep);
}

/** The years that have surveys, newest first (from the two ends of the `date` index). */
export async function surveyYears(db: AirgapDb): Promise<number[]> {
  const t = satisfactionTables(db).surveys;
  const [first, last] = await Promise.all([t.orderBy('date').first(), t.orderBy('date').last()]);
  if (!first || !last) return [];
  const years: number[] = [];
  for (let y = Number(last.date.slice(0, 4)); y >= Number(first.date.slice(0, 4)); y -= 1) years.push(y);
  return years;
}
