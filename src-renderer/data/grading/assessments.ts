import { z } from 'zod';
import { subjectiveEntriesSchema } from '../../core/grading';
import { TEXT_LIMITS } from '../../core/validation';
import type { AirgapDb } from '../db';
import { createRecord, restoreRecord, updateRecord } from '../records';
import type { WriteContext } from '../write-context';
import { compareText, inTransaction, liveCustomer, parseInput } from '../repository/common';
import { currentConfig } from './config';
import { gradingTables, type AssessmentRecord } from './types';

const assessmentFieldsSchema = z.object({
  year: z.number({ error: 'validation.year' }).int('validation.year').min(1990, 'validation.year').max(2100, 'validation.year'),
  communicationDifficult: z.boolean({ error: 'validation.required' }),
  note: z.string().trim().max(TEXT_LIMITS.long, 'validation.tooLong').default(''),
});

/** The manager's assessment of a customer for a grading year, if there is one. */
export async function assessmentOf(db: AirgapDb, customerId: string, year: number): Promise<AssessmentRecord | undefined> {
  const rows = await gradingTables(db).assessments.where('[customerId+year]').equals([customerId, year]).toArray();
  return rows.find((r) => r.deletedAt === null);
}

/**
 * Saves the subjective scores (each item 0 to its maximum, or empty while not judged yet) and the
 * 业务沟通困难 mark of one customer for one year, against the template in force. One record per
 * customer and year: saving again updates it, so its history shows every change of opinion.
 */
export async function saveAssessment(
  db: AirgapDb,
  customerId: string,
  input: { year: unknown; entries: unknown; communicationDifficult: unknown; note?: unknown },
  ctx: WriteContext,
): Promise<AssessmentRecord> {
  const { year, communicationDifficult, note } = parseInput(assessmentFieldsSchema, input);
  const template = await currentConfig(db, 'template');
  const entries = parseInput(subjectiveEntriesSchema(template.body), input.entries ?? {}) as AssessmentRecord['entries'];
  const values = { customerId, year, entries, communicationDifficult, note, templateVersion: template.body.version };
  return inTransaction(db, ['assessments', 'customers'], async () => {
    await liveCustomer(db, customerId);
    const rows = (await gradingTables(db).assessments.where('[customerId+year]').equals([customerId, year]).toArray()).sort((a, b) => compareText(a.id, b.id));
    const row = rows.find((r) => r.deletedAt === null) ?? rows[0];
    if (!row) return createRecord<AssessmentRecord>(db, 'assessments', values, ctx);
    if (row.deletedAt !== null) await restoreRecord(db, 'assessments', row.id, ctx);
    return updateRecord<AssessmentRecord>(db, 'assessments', row.id, values, ctx);
  });
}
