import { z } from 'zod';
import { ARCHIVE_LIMITS as L, choice, idSchema, multiline, nullableIdSchema, optionalLine, requiredLine } from '../archive-domain/fields';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from '../model';
import { complaintDeadlineConfigSchema, DEFAULT_DEADLINE_CONFIG, type ComplaintDeadlineConfig } from './deadlines';
import { isDepartmentCode } from './numbering';

/**
 * 投诉登记 (intake): what a person types when a complaint comes in. Everything else of a complaint
 * record — number, status, deadlines, history — the repository derives (data/complaints), so a form
 * cannot send it. Messages are i18n keys. Also what "edit intake" may change (the customer and the
 * number never change once given).
 */
export const complaintIntakeSchema = z.object({
  customerId: idSchema,
  /** When it reached us (ISO instant): the deadlines count from its office day. */
  receivedAt: z.iso.datetime({ offset: true, error: 'validation.complaints.instant' }).transform((s) => new Date(s).toISOString()),
  channel: choice(COMPLAINT_CHANNELS),
  category: choice(COMPLAINT_CATEGORIES),
  severity: choice(COMPLAINT_SEVERITIES),
  /** The customer's contact who raised it (must belong to the customer: the repository checks). */
  contactId: nullableIdSchema,
  product: requiredLine(L.line),
  description: multiline(L.long, true),
  /** 诉求: what the customer asks for. */
  request: multiline(L.long),
  /** 经办人: one of our managers. */
  handlerId: nullableIdSchema,
  /** 责任部门, as the institute names it. */
  department: optionalLine(L.short),
});
export type ComplaintIntake = z.output<typeof complaintIntakeSchema>;

/** 答复: the text we answer the customer with (required for the `answer` action). */
export const complaintAnswerTextSchema = multiline(L.long, true);

/**
 * This installation's complaint settings: the department code of its numbers (TS-KF3-2026-0001;
 * null: TS-2026-0001) and the deadline config (days, holidays, 调休). Kept on the department
 * profile: both are the department's own (never exchanged), and every save is in its history.
 */
export const complaintSettingsSchema = z.object({
  departmentCode: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim().toUpperCase()) : v),
    z.string().refine(isDepartmentCode, 'validation.complaints.departmentCode').nullable(),
  ),
  deadlines: complaintDeadlineConfigSchema,
});
export interface ComplaintSettings {
  departmentCode: string | null;
  deadlines: ComplaintDeadlineConfig;
}
export const DEFAULT_COMPLAINT_SETTINGS: Readonly<ComplaintSettings> = { departmentCode: null, deadlines: DEFAULT_DEADLINE_CONFIG };
