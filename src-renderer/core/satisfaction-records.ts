import { z } from 'zod';
import { isoDateSchema } from './customers/dates';
import { notAfterToday } from './customers/happened';
import { ARCHIVE_LIMITS as L, choice, idSchema, multiline, nullableIdSchema, optionalLine } from './customers/fields';
import type { IsoDate } from './iso-dates';
import { DEFAULT_QUESTIONNAIRE, questionnaireTemplateSchema, type QuestionnaireTemplate, type SurveyScores } from './complaints';

/**
 * The stored shapes of satisfaction (满意度, PRODUCT.md §3): questionnaire versions and survey
 * records. The scoring rules are core/complaints/satisfaction.ts; this file says what a row holds.
 *
 * A questionnaire is a series of immutable versions (`questionnaireId` + `version`): a change is
 * saved as the next version, so a survey names the exact version it was answered on and stays
 * readable after the questions change. The default questionnaire is version 1 of a fixed id, built
 * in (never stored): every installation has the same one, so exchanged surveys resolve it.
 */
export const DEFAULT_QUESTIONNAIRE_ID = '00000000-0000-7000-8000-00000000a5a1';
export const DEFAULT_QUESTIONNAIRE_VERSION = 1;

/** Where a survey came from: a filled-in questionnaire, a follow-up call or a visit (回访). */
export const SURVEY_SOURCES = ['questionnaire', 'follow_up_call', 'visit'] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];

export const storedQuestionnaireSchema = questionnaireTemplateSchema.safeExtend({
  questionnaireId: idSchema,
  version: z.number().int().min(1),
});
export type QuestionnaireFields = QuestionnaireTemplate & { questionnaireId: string; version: number };

/** The default as a version like the stored ones. */
export const DEFAULT_QUESTIONNAIRE_VERSION_FIELDS: Readonly<QuestionnaireFields> = Object.freeze({
  ...DEFAULT_QUESTIONNAIRE,
  questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
  version: DEFAULT_QUESTIONNAIRE_VERSION,
});

/** What a form sends for a survey; the scores are checked against the template separately (`surveyScoresSchema`). */
export const surveyInputSchema = z.object({
  customerId: idSchema,
  date: isoDateSchema,
  source: choice(SURVEY_SOURCES),
  questionnaireId: idSchema,
  questionnaireVersion: z.number({ error: 'validation.required' }).int().min(1),
  scores: z.record(z.string(), z.unknown(), { error: 'validation.complaints.noScores' }),
  /** The customer's contact who answered; null when not one of the recorded contacts. */
  respondentId: nullableIdSchema,
  /** The respondent's name as given (a contact's name, or someone not in the archive). */
  respondentName: optionalLine(L.short),
  comment: multiline(L.long),
  /** The 回访 interaction recorded with it, if any. */
  interactionId: nullableIdSchema,
});
export type SurveyInput = z.output<typeof surveyInputSchema>;

/**
 * A survey as entered on `today` (the office day): its date has happened. Not part of the stored
 * schema below — a backup or another department's file keeps its surveys whatever this clock says.
 */
export const surveyEntrySchema = (today: IsoDate) => surveyInputSchema.superRefine(notAfterToday(today, ['date']));

/** A stored survey: the input with valid scores, and what is derived on save (who recorded it, the score). */
export interface SurveyFields extends Omit<SurveyInput, 'scores'> {
  scores: SurveyScores;
  recordedBy: string;
  /** core `scoreSurvey` of the scores on their template version: weighted mean on the scale, and as a percent. */
  overall: number;
  percent: number;
}

const score = z.number().min(0).max(100);
export const storedSurveySchema = surveyInputSchema.safeExtend({
  scores: z.record(z.string(), z.number().int().min(1).max(10)),
  recordedBy: z.string().min(1).max(100),
  overall: z.number().min(1).max(10),
  percent: score,
});
