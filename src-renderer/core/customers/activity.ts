import { z } from 'zod';
import { INTERACTION_KINDS, OUR_DEPARTMENTS, REQUIREMENT_STATUSES } from './enums';
import { isBefore, isoDateSchema, nullableIsoDateSchema } from './dates';
import { ARCHIVE_LIMITS as L, choice, idSchema, multiline, nullableIdSchema, optionalLine, requiredLine, unique, wordList } from './fields';

/** 往来记录: one contact between us and the customer, and which of our departments took part. */
export const interactionFieldsSchema = z
  .object({
    customerId: idSchema,
    date: isoDateSchema,
    kind: choice(INTERACTION_KINDS),
    departments: z.array(choice(OUR_DEPARTMENTS), { error: 'validation.required' }).overwrite(unique).min(1, 'validation.required'),
    participants: wordList(L.participants, L.short, 'names'),
    summary: multiline(L.long, true),
    nextStep: optionalLine(L.line),
    followUpDate: nullableIsoDateSchema,
  })
  .superRefine((i, ctx) => {
    if (isBefore(i.followUpDate, i.date)) ctx.addIssue({ code: 'custom', message: 'validation.followUpBeforeDate', path: ['followUpDate'] });
  });

export type InteractionValues = z.output<typeof interactionFieldsSchema>;

/** Statuses in which the requirement has been answered, so the answer must be there. */
const ANSWERED: ReadonlySet<string> = new Set(['answered', 'closed']);

/**
 * 需求: a request from the customer, routed to one of our departments and tracked to an answer by
 * the account manager ("one-stop" service).
 */
export const requirementFieldsSchema = z
  .object({
    customerId: idSchema,
    receivedDate: isoDateSchema,
    title: requiredLine(L.name),
    detail: multiline(L.long),
    department: choice(OUR_DEPARTMENTS),
    dueDate: isoDateSchema,
    status: choice(REQUIREMENT_STATUSES).default('open'),
    answer: multiline(L.long),
    answeredDate: nullableIsoDateSchema,
    managerId: nullableIdSchema,
    managerName: optionalLine(L.short),
  })
  .superRefine((r, ctx) => {
    const issue = (message: string, field: string) => ctx.addIssue({ code: 'custom', message, path: [field] });
    if (isBefore(r.dueDate, r.receivedDate)) issue('validation.dueBeforeReceived', 'dueDate');
    if (isBefore(r.answeredDate, r.receivedDate)) issue('validation.answeredBeforeReceived', 'answeredDate');
    if (ANSWERED.has(r.status)) {
      if (r.answer === '') issue('validation.answerRequired', 'answer');
      if (r.answeredDate === null) issue('validation.required', 'answeredDate');
    }
    if (r.managerId && !r.managerName) issue('validation.required', 'managerName');
  });

export type RequirementValues = z.output<typeof requirementFieldsSchema>;
