import {
  complaintAnswerTextSchema,
  confirmZeroingItem as confirmItem,
  transition,
  type ComplaintAction,
  type TransitionRefusal,
  type ZeroingItemId,
} from '../../core/complaints';
import { z } from 'zod';
import type { ComplaintFields } from '../../core/model';
import { ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';
import { updateRecord } from '../records';
import type { WriteContext } from '../write-context';
import { inTransaction, liveCustomer, officeDayOf, parseInput } from '../repository/common';
import { deadlineFields, deadlineRules, derivedFields } from './derive';
import { COMPLAINT_WRITE_TABLES, liveComplaint } from './intake';
import type { ComplaintRecord } from './types';

/**
 * A step the workflow refuses (core `transition`): a ValidationError whose message key is the
 * core refusal code, so the screen says the same as it would before trying; `refusal.missing`
 * lists the zeroing items still open.
 */
export class ComplaintRefusedError extends ValidationError {
  constructor(readonly refusal: TransitionRefusal) {
    super({ _: refusal.code });
    this.name = 'ComplaintRefusedError';
  }
}

const answerSchema = z.object({ answer: complaintAnswerTextSchema });

/** What a person gives with an action: a comment, a reason (reject, reopen), the answer text, the customer's verification. */
export interface ActionInput {
  comment?: string;
  reason?: string;
  /** Required for 'answer': the text we answer the customer with. */
  answer?: string;
  /** Required for 'verify'. */
  verification?: { accepted: boolean; satisfaction: number };
}

/**
 * Takes one workflow step: core `transition` decides (a refusal writes nothing), the history entry
 * is appended with the operator and the time of the write, and the derived fields follow — on a
 * reopen, new deadlines counted from the reopening with the customer's grade now and the rules in
 * force. The answer and the verification are kept on the record. One transaction.
 */
export async function actOnComplaint(db: AirgapDb, id: string, action: ComplaintAction, input: ActionInput, ctx: WriteContext): Promise<ComplaintRecord> {
  return inTransaction(db, COMPLAINT_WRITE_TABLES, async () => {
    const current = await liveComplaint(db, id);
    const at = ctx.now().toISOString();
    const result = transition(current, action, { by: ctx.actor.name, at, comment: input.comment, reason: input.reason, verification: input.verification });
    if (!result.ok) throw new ComplaintRefusedError(result.refusal);
    const answerText = action === 'answer' ? parseInput(answerSchema, { answer: input.answer }).answer : null;
    const history = [...current.history, result.entry];
    const patch: Partial<ComplaintFields> = { status: result.status, history };
    let deadlines = current.deadlines;
    if (result.status === 'reopened') {
      const customer = await liveCustomer(db, current.customerId);
      const grade = customer.grade ?? null;
      const timing = deadlineFields({ receivedAt: current.receivedAt, severity: current.severity, reopenedAt: at }, grade, await deadlineRules(db));
      Object.assign(patch, { grade, ...timing });
      deadlines = timing.deadlines;
    }
    if (answerText !== null) patch.answer = { text: answerText, by: ctx.actor.name, at };
    if (action === 'verify' && input.verification) {
      patch.verification = { ...input.verification, comment: result.entry.comment, by: ctx.actor.name, at };
    }
    Object.assign(patch, derivedFields(result.status, history, deadlines));
    return updateRecord<ComplaintRecord>(db, 'complaints', id, patch, ctx);
  });
}

/**
 * Confirms (or re-confirms) one item of the quality zeroing: evidence text, who confirmed it (a
 * name, often an expert other than the operator) and when. Bad input: ValidationError, nothing written.
 */
export async function confirmComplaintZeroingItem(db: AirgapDb, id: string, item: ZeroingItemId, input: unknown, ctx: WriteContext): Promise<ComplaintRecord> {
  return inTransaction(db, COMPLAINT_WRITE_TABLES, async () => {
    const current = await liveComplaint(db, id);
    const result = confirmItem(current.zeroing, item, input, officeDayOf(ctx));
    if (!result.ok) throw new ValidationError(Object.fromEntries(result.issues.map((i) => [i.path || '_', i.message])));
    return updateRecord<ComplaintRecord>(db, 'complaints', id, { zeroing: result.zeroing }, ctx);
  });
}
