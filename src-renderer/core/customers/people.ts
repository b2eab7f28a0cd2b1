import { z } from 'zod';
import { isoDateSchema, nullableInstantSchema } from './dates';
import { ARCHIVE_LIMITS as L, flagSchema, idSchema, multiline, nullableIdSchema, optionalLine, requiredLine } from './fields';
import { optionalPhoneSchema } from './phone';

/** An account manager (客户经理) of our department. Inactive managers keep their history but get no new customers. */
export const managerFieldsSchema = z.object({
  name: requiredLine(L.short),
  phone: optionalPhoneSchema,
  active: flagSchema.default(true),
});

export type ManagerValues = z.output<typeof managerFieldsSchema>;

/**
 * 交接: the customer passes from one manager to another. The record stays with the customer for
 * good (history is never deleted); names are copied so it reads right after a manager leaves.
 * `fromManagerId` is null when the customer had no manager before.
 */
export const handoverFieldsSchema = z
  .object({
    customerId: idSchema,
    fromManagerId: nullableIdSchema,
    fromManagerName: optionalLine(L.short),
    toManagerId: idSchema,
    toManagerName: requiredLine(L.short),
    date: isoDateSchema,
    reason: requiredLine(L.line),
    notes: multiline(L.long),
    /** When the successor confirmed taking over, and who (an operator name). */
    acknowledgedAt: nullableInstantSchema,
    acknowledgedBy: optionalLine(L.short),
  })
  .superRefine((h, ctx) => {
    const issue = (message: string, field: string) => ctx.addIssue({ code: 'custom', message, path: [field] });
    if (h.fromManagerId !== null && h.fromManagerId === h.toManagerId) issue('validation.sameManager', 'toManagerId');
    if (h.fromManagerId && !h.fromManagerName) issue('validation.required', 'fromManagerName');
    if (h.acknowledgedAt !== null && !h.acknowledgedBy) issue('validation.required', 'acknowledgedBy');
  });

export type HandoverValues = z.output<typeof handoverFieldsSchema>;
