import { z } from 'zod';
import { ARCHIVE_LIMITS as L, choice, idSchema, multiline, nullableIdSchema, optionalLine, requiredLine } from '../customers/fields';
import type { IsoDateTime } from '../iso-dates';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from './enums';
import { chinaDayOf, complaintDeadlineConfigSchema, DEFAULT_DEADLINE_CONFIG, type ComplaintDeadlineConfig } from './deadlines';
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

/**
 * How far past the PC's clock a typed receipt time may be: the time is read off a phone or a wall
 * clock, which may run a few minutes ahead of the PC, and refusing the call that "just came in" for
 * that would be wrong. Five minutes covers ordinary clock differences; a later day never passes.
 */
export const RECEIPT_CLOCK_TOLERANCE_MS = 5 * 60_000;

/**
 * The intake as a person enters it at `now` (the caller's clock, an ISO instant): a complaint cannot
 * have been received in the future (issue 12.4: one dated 2027-01-15 on 2026-12-06 was numbered
 * TS-2027-0001). A later office day (China time) says "不能晚于今天"; a later time today "不能晚于现在".
 * Only for what a person enters: stored rows (backup, exchange: stored.ts) never get this rule.
 */
export function complaintEntrySchema(now: IsoDateTime) {
  const limit = Date.parse(now) + RECEIPT_CLOCK_TOLERANCE_MS;
  const today = chinaDayOf(now);
  return complaintIntakeSchema.superRefine((intake, ctx) => {
    const at = Date.parse(intake.receivedAt);
    if (!(at > limit)) return;
    const message = chinaDayOf(intake.receivedAt) > today ? 'validation.dateInFuture' : 'validation.complaints.timeInFuture';
    ctx.addIssue({ code: 'custom', message, path: ['receivedAt'] });
  });
}

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
