import { z } from 'zod';
import { GRADES } from '../grading/types';
import { isUuid } from '../ids';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES } from './enums';
import { DEADLINE_STAGES } from './deadlines';
import { COMPLAINT_ACTIONS } from './workflow';
import { zeroingSchema } from './zeroing';

/**
 * A stored complaint row's fields (model.ts ComplaintFields), for backups and exchange files:
 * strict, so a file holds exactly what this version stores. Texts are bounded but not re-normalised
 * (a backup restores what was saved); the workflow's own rules are the repository's, at write time.
 */
const id = z.string().refine(isUuid);
const text = (max: number) => z.string().max(max);
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const verification = z.object({ accepted: z.boolean(), satisfaction: z.number().int().min(1).max(5) }).strict();

const historyEntrySchema = z
  .object({
    action: z.enum(COMPLAINT_ACTIONS),
    from: z.enum(COMPLAINT_STATUSES),
    to: z.enum(COMPLAINT_STATUSES),
    by: text(100),
    at: instant,
    comment: text(2000),
    reason: text(2000).optional(),
    verification: verification.optional(),
  })
  .strict();

export const storedComplaintSchema = z
  .object({
    customerId: id,
    number: text(50),
    channel: z.enum(COMPLAINT_CHANNELS),
    category: z.enum(COMPLAINT_CATEGORIES),
    severity: z.enum(COMPLAINT_SEVERITIES),
    status: z.enum(COMPLAINT_STATUSES),
    receivedAt: instant,
    contactId: id.nullable(),
    product: text(200),
    description: text(2000),
    request: text(2000),
    handlerId: id.nullable(),
    department: text(100),
    grade: z.enum(GRADES).nullable(),
    deadlines: z.object(Object.fromEntries(DEADLINE_STAGES.map((s) => [s, day])) as Record<(typeof DEADLINE_STAGES)[number], typeof day>).strict(),
    dueDate: day,
    nextDeadline: day.nullable(),
    history: z.array(historyEntrySchema).max(10_000),
    zeroing: zeroingSchema,
    answer: z
      .object({ text: text(2000), by: text(100), at: instant })
      .strict()
      .nullable(),
    verification: verification
      .extend({ comment: text(2000), by: text(100), at: instant })
      .strict()
      .nullable(),
    acknowledgedAt: instant.nullable(),
    answeredAt: instant.nullable(),
    closedAt: instant.nullable(),
    reopenedAt: instant.nullable(),
  })
  .strict();
