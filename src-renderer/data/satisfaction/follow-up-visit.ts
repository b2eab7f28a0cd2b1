import type { InteractionRecord } from '../rows/archive';
import { createInteraction } from '../customers/interactions';
import { inTransaction, refuse } from '../repository/common';
import type { AirgapDb } from '../db';
import { createRecord } from '../records';
import type { WriteContext } from '../write-context';
import { buildSurvey } from './surveys';
import type { SurveyRecord } from './types';

/** A 回访 is a visit or a call; the survey taken during it records where it came from. */
const SOURCE_OF_KIND = { visit: 'visit', call: 'follow_up_call' } as const;
export type FollowUpVisitKind = keyof typeof SOURCE_OF_KIND;

export interface FollowUpVisitInput {
  /** The interaction's fields (kind visit or call, date, departments, participants, summary…). */
  interaction: Record<string, unknown> & { kind: FollowUpVisitKind };
  /** The satisfaction asked during it, or null: questionnaire version, scores, respondent, comment. */
  survey: Record<string, unknown> | null;
}

/**
 * 记录回访: the visit or call (which fulfils the customer's open follow-up task and plans the next,
 * createInteraction) and, when asked, the satisfaction survey taken during it — in ONE
 * transaction, so a refused survey leaves no interaction behind and the task is not marked done
 * without the survey the user entered. The survey takes the visit's day and points to it.
 */
export async function recordFollowUpVisit(
  db: AirgapDb,
  customerId: string,
  input: FollowUpVisitInput,
  ctx: WriteContext,
): Promise<{ interaction: InteractionRecord; survey: SurveyRecord | null }> {
  const source = SOURCE_OF_KIND[input.interaction.kind];
  if (!source) refuse('kind', 'validation.satisfaction.visitKind');
  return inTransaction(db, ['interactions', 'customers', 'followUps', 'gradingConfigs', 'surveys', 'questionnaires'], async () => {
    const interaction = await createInteraction(db, customerId, input.interaction, ctx);
    if (input.survey === null) return { interaction, survey: null };
    const fields = await buildSurvey(db, customerId, { ...input.survey, date: interaction.date, source, interactionId: interaction.id }, ctx);
    return { interaction, survey: await createRecord<SurveyRecord>(db, 'surveys', fields, ctx) };
  });
}
