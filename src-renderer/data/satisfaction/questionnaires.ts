import { newId } from '../../core/ids';
import { questionnaireTemplateSchema, type QuestionnaireTemplate } from '../../core/complaints';
import { DEFAULT_QUESTIONNAIRE_ID, DEFAULT_QUESTIONNAIRE_VERSION_FIELDS, type QuestionnaireFields } from '../../core/satisfaction-records';
import type { AirgapDb } from '../db';
import { createRecord } from '../records';
import type { WriteContext } from '../write-context';
import { inTransaction, parseInput } from '../repository/common';
import { satisfactionTables, type QuestionnaireRecord } from './types';

/** A questionnaire version as the screens use it: stored, or the built-in default (`record` null). */
export type QuestionnaireVersion = QuestionnaireFields & { record: QuestionnaireRecord | null };

const builtInDefault = (): QuestionnaireVersion => ({
  ...DEFAULT_QUESTIONNAIRE_VERSION_FIELDS,
  dimensions: [...DEFAULT_QUESTIONNAIRE_VERSION_FIELDS.dimensions],
  record: null,
});
const asVersion = (record: QuestionnaireRecord): QuestionnaireVersion => ({
  questionnaireId: record.questionnaireId,
  version: record.version,
  name: record.name,
  scaleMax: record.scaleMax,
  dimensions: record.dimensions,
  record,
});

/** Every stored version (the table stays small: templates are edited by hand, a few a year). */
async function storedVersions(db: AirgapDb): Promise<QuestionnaireRecord[]> {
  return (await satisfactionTables(db).questionnaires.toArray()).filter((r) => r.deletedAt === null);
}

/**
 * The questionnaires in use: the highest version of each, the default first (it is there from the
 * start, as version 1 of its fixed id, until a new version of it is saved), then by name.
 * Two installations may each save the same next version: the later change (rev) wins.
 */
export async function listQuestionnaires(db: AirgapDb): Promise<QuestionnaireVersion[]> {
  const latest = new Map<string, QuestionnaireVersion>([[DEFAULT_QUESTIONNAIRE_ID, builtInDefault()]]);
  for (const r of await storedVersions(db)) {
    const held = latest.get(r.questionnaireId);
    if (!held || r.version > held.version || (r.version === held.version && held.record !== null && r.rev > held.record.rev))
      latest.set(r.questionnaireId, asVersion(r));
  }
  const [first, ...rest] = [...latest.values()];
  return [first!, ...rest.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))];
}

/** One version, as a survey names it (deleted versions too: old surveys stay readable). Undefined when unknown. */
export async function questionnaireVersion(db: AirgapDb, questionnaireId: string, version: number): Promise<QuestionnaireVersion | undefined> {
  if (questionnaireId === DEFAULT_QUESTIONNAIRE_ID && version === DEFAULT_QUESTIONNAIRE_VERSION_FIELDS.version) return builtInDefault();
  const rows = await satisfactionTables(db).questionnaires.toArray();
  const matches = rows.filter((r) => r.questionnaireId === questionnaireId && r.version === version).sort((a, b) => (a.rev < b.rev ? 1 : -1));
  return matches[0] ? asVersion(matches[0]) : undefined;
}

/** Every version of one questionnaire, newest first (the default's built-in version last). */
export async function questionnaireHistory(db: AirgapDb, questionnaireId: string): Promise<QuestionnaireVersion[]> {
  const stored = (await storedVersions(db))
    .filter((r) => r.questionnaireId === questionnaireId)
    .sort((a, b) => b.version - a.version)
    .map(asVersion);
  return questionnaireId === DEFAULT_QUESTIONNAIRE_ID ? [...stored, builtInDefault()] : stored;
}

/**
 * Saves a template as the next version of `questionnaireId`, or as version 1 of a new
 * questionnaire when it is null. Versions are never edited, so every survey keeps the questions it
 * was answered on. Refused (ValidationError, nothing written) when the template is invalid.
 */
export async function saveQuestionnaire(db: AirgapDb, questionnaireId: string | null, template: unknown, ctx: WriteContext): Promise<QuestionnaireRecord> {
  const body: QuestionnaireTemplate = parseInput(questionnaireTemplateSchema, template);
  return inTransaction(db, ['questionnaires'], async () => {
    const id = questionnaireId ?? newId();
    const history = questionnaireId === null ? [] : await questionnaireHistory(db, id);
    const version = (history[0]?.version ?? 0) + 1;
    return createRecord<QuestionnaireRecord>(
      db,
      'questionnaires',
      { questionnaireId: id, version, name: body.name, scaleMax: body.scaleMax, dimensions: body.dimensions },
      ctx,
    );
  });
}
