import type { Envelope } from '../../core/envelope';
import type { QuestionnaireFields, SurveyFields } from '../../core/satisfaction-records';

/** One saved version of a questionnaire template (never edited: a change is the next version). */
export type QuestionnaireRecord = QuestionnaireFields & Envelope;
/** One satisfaction survey of a customer. */
export type SurveyRecord = SurveyFields & Envelope;
