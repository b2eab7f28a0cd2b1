import type { Table } from 'dexie';
import type { Envelope } from '../../core/envelope';
import type { QuestionnaireFields, SurveyFields } from '../../core/satisfaction-records';
import type { AirgapDb } from '../db';

/** One saved version of a questionnaire template (never edited: a change is the next version). */
export type QuestionnaireRecord = QuestionnaireFields & Envelope;
/** One satisfaction survey of a customer. */
export type SurveyRecord = SurveyFields & Envelope;

export function satisfactionTables(db: AirgapDb) {
  return {
    questionnaires: db.table('questionnaires') as Table<QuestionnaireRecord, string>,
    surveys: db.table('surveys') as Table<SurveyRecord, string>,
  };
}
