import { z } from 'zod';
import { isoDateSchema, nullableIsoDateSchema } from '../customers/dates';
import { idSchema } from '../customers/fields';
import { gradeCriteriaSchema } from './criteria';
import { REGRADE_CHANGES } from './regrade';
import { servicePolicySchema } from './service-policy';
import { scoringTemplateSchema } from './template-schema';
import { GRADES, PAYMENT_STABILITIES } from './types';

/**
 * The fields of the stored grading rows (data/grading), for files that bring rows back from
 * outside the app — a backup now, an exchange import later: the same rules the repositories
 * apply, so a tampered file cannot put an impossible grade or an invalid rule set into the archive.
 * Envelope fields are added by the caller.
 */
const grade = z.enum(GRADES);

/**
 * Where a run stands: a draft waits for approval; approved and discarded are the two decisions;
 * superseded = a newer approved run decided every one of its customers while it was open.
 */
export const GRADE_RUN_STATUSES = ['draft', 'approved', 'discarded', 'superseded'] as const;
export type GradeRunStatus = (typeof GRADE_RUN_STATUSES)[number];
const text = (max: number) => z.string().max(max);
const nonNegative = z.number().min(0);

/**
 * The approver's account (issue 15): versions and runs approved before accounts have none, their
 * name was typed. `approvedBy` stays the name every screen, report and older reader shows.
 */
const approvedById = idSchema.optional();
const approval = { approvedBy: text(50), approvedById, note: text(2000) };

export const storedGradingConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), version: z.number().int().min(0), body: scoringTemplateSchema, ...approval }),
  z.object({ kind: z.literal('criteria'), version: z.number().int().min(0), body: gradeCriteriaSchema, ...approval }),
  z.object({ kind: z.literal('policy'), version: z.number().int().min(0), body: servicePolicySchema, ...approval }),
]);

export const storedAssessmentSchema = z.object({
  customerId: idSchema,
  year: z.number().int().min(1990).max(2100),
  entries: z.record(z.string().max(50), z.number().min(0).max(100).nullable()),
  communicationDifficult: z.boolean(),
  templateVersion: z.number().int().min(0),
  note: text(2000),
});

const summarySchema = z.object({ up: nonNegative, down: nonNegative, new: nonNegative, same: nonNegative, overridden: nonNegative, total: nonNegative });

export const storedGradeRunSchema = z.object({
  kind: z.enum(['batch', 'single']),
  customerId: idSchema.nullable(),
  evaluationDate: isoDateSchema,
  benefitYear: z.number().int().min(1989).max(2100),
  status: z.enum(GRADE_RUN_STATUSES),
  templateVersion: z.number().int().min(0),
  criteriaVersion: z.number().int().min(0),
  summary: summarySchema,
  approvedBy: text(50).nullable(),
  approvedById,
  approvedAt: z.iso.datetime().nullable(),
  note: text(2000),
  // Added after the first release: rows of older versions (and their backups) have neither.
  /** The approver's comment, kept apart from the run's own 备注. */
  approvalNote: text(2000).optional(),
  /** The approved run that superseded this draft (status 'superseded'). */
  supersededBy: idSchema.nullable().optional(),
});

export const storedGradingSchema = z.object({
  runId: idSchema,
  customerId: idSchema,
  evaluationDate: isoDateSchema,
  facts: z.object({
    annualBenefitWan: nonNegative.nullable(),
    cooperationYears: nonNegative,
    paymentStability: z.enum(PAYMENT_STABILITIES).nullable(),
    communicationDifficult: z.boolean(),
    subjectiveScore: z.number().min(0).max(100).nullable(),
  }),
  payment: z.object({ maxOverdueDays: nonNegative.nullable(), counted: nonNegative }),
  // The scoring table and the decision as computed: checked for shape, recomputable from the facts.
  items: z.array(z.looseObject({ itemId: z.string(), points: z.number().nullable() })).max(100),
  objectiveTotal: nonNegative,
  decision: z.looseObject({ grade }),
  reasons: z.array(text(1000)).max(20),
  previousGrade: grade.nullable(),
  proposedGrade: grade,
  override: z.object({ grade, reason: text(500).min(1) }).nullable(),
  finalGrade: grade,
  change: z.enum(REGRADE_CHANGES),
  /** Added after the first release: the approved run that decided this customer while this draft was open. */
  supersededBy: idSchema.nullable().optional(),
});

export const storedFollowUpSchema = z.object({
  customerId: idSchema,
  grade,
  dueDate: isoDateSchema,
  basisDate: isoDateSchema,
  status: z.enum(['open', 'done', 'cancelled']),
  doneDate: nullableIsoDateSchema,
  interactionId: idSchema.nullable(),
});

/** What an approved grading adds to a stored customer row. */
export const customerGradeFieldsShape = { grade: grade.nullable().optional(), gradedOn: nullableIsoDateSchema.optional() };
