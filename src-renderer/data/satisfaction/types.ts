import type { AirgapDb } from '../db';

export type { QuestionnaireRecord, SurveyRecord } from '../rows/satisfaction';

export function satisfactionTables(db: AirgapDb) {
  return { questionnaires: db.questionnaires, surveys: db.surveys };
}
