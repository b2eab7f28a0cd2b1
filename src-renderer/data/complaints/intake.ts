import { chinaDayOf, complaintEntrySchema, nextComplaintNumber, type ComplaintIntake } from '../../core/complaints';
import type { Fields } from '../../core/envelope';
import type { AirgapDb } from '../db';
import { createRecord, RecordNotFoundError, updateRecord } from '../records';
import { deleteChild, restoreChild } from '../repository/children';
import type { RecordTable } from '../schema';
import type { WriteContext } from '../write-context';
import { inTransaction, liveCustomer, parseInput, refuse } from '../repository/common';
import { deadlineFields, deadlineRules, derivedFields } from './derive';
import { complaintSettings } from './settings';
import { complaintsTable, type ComplaintRecord } from './types';

/** Every table a complaint write may read or write (one transaction each). */
export const COMPLAINT_WRITE_TABLES: readonly RecordTable[] = ['complaints', 'customers', 'contacts', 'managers', 'profile', 'gradingConfigs'];

/** The contact must be the customer's own and live; the handler one of our managers. */
async function checkReferences(db: AirgapDb, intake: ComplaintIntake): Promise<void> {
  if (intake.contactId) {
    const contact = await db.contacts.get(intake.contactId);
    if (!contact || contact.deletedAt !== null || contact.customerId !== intake.customerId) refuse('contactId', 'validation.complaints.contactNotOfCustomer');
  }
  if (intake.handlerId) {
    const handler = await db.managers.get(intake.handlerId);
    if (!handler || handler.deletedAt !== null) refuse('handlerId', 'validation.complaints.unknownHandler');
  }
}

/**
 * The next number of the receipt's year (office day) for this installation's code: the highest
 * given + 1, read from the `number` index inside the write transaction (deleted complaints keep
 * theirs, so no number is ever given twice).
 */
async function nextNumber(db: AirgapDb, receivedAt: string): Promise<string> {
  const year = Number(chinaDayOf(receivedAt).slice(0, 4));
  const code = (await complaintSettings(db)).departmentCode;
  const prefix = code ? `TS-${code}-${year}-` : `TS-${year}-`;
  const given = (await complaintsTable(db).where('number').startsWith(prefix).keys()) as string[];
  return nextComplaintNumber(year, given, code);
}

/**
 * 登记投诉: validates the intake, numbers it, computes its deadlines from the customer's grade now,
 * the grading service policy in force and the complaint deadline config; one transaction.
 */
export async function registerComplaint(db: AirgapDb, input: unknown, ctx: WriteContext): Promise<ComplaintRecord> {
  const intake = parseInput(complaintEntrySchema(ctx.now().toISOString()), input);
  return inTransaction(db, COMPLAINT_WRITE_TABLES, async () => {
    const customer = await liveCustomer(db, intake.customerId);
    await checkReferences(db, intake);
    const grade = customer.grade ?? null;
    const timing = deadlineFields({ ...intake, reopenedAt: null }, grade, await deadlineRules(db));
    const fields: Fields<ComplaintRecord> = {
      ...intake,
      number: await nextNumber(db, intake.receivedAt),
      status: 'registered',
      grade,
      ...timing,
      history: [],
      zeroing: {},
      answer: null,
      verification: null,
      ...derivedFields('registered', [], timing.deadlines),
    };
    return createRecord<ComplaintRecord>(db, 'complaints', fields, ctx);
  });
}

/** A live complaint of a live customer, inside the caller's transaction. */
export async function liveComplaint(db: AirgapDb, id: string): Promise<ComplaintRecord> {
  const current = await complaintsTable(db).get(id);
  if (!current || current.deletedAt !== null) throw new RecordNotFoundError('complaints', id);
  await liveCustomer(db, current.customerId);
  return current;
}

/**
 * Corrects the intake fields (a typo, a wrong severity). The customer and the number never change;
 * a new receipt time or severity moves the deadlines, counted with the grade the complaint was
 * received (or reopened) with and the rules in force now. The change log keeps the old values.
 */
export async function updateComplaintIntake(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<ComplaintRecord> {
  return inTransaction(db, COMPLAINT_WRITE_TABLES, async () => {
    const current = await liveComplaint(db, id);
    const intake = parseInput(complaintEntrySchema(ctx.now().toISOString()), {
      ...(typeof input === 'object' && input !== null ? input : {}),
      customerId: current.customerId,
    });
    await checkReferences(db, intake);
    const timing = deadlineFields({ ...intake, reopenedAt: current.reopenedAt }, current.grade, await deadlineRules(db));
    const patch = { ...intake, ...timing, nextDeadline: derivedFields(current.status, current.history, timing.deadlines).nextDeadline };
    return updateRecord<ComplaintRecord>(db, 'complaints', id, patch, ctx);
  });
}

/** Soft delete: the complaint goes to the recycle bin (its number stays taken). */
export async function deleteComplaint(db: AirgapDb, id: string, ctx: WriteContext): Promise<ComplaintRecord> {
  return deleteChild<ComplaintRecord>(db, 'complaints', id, ctx);
}

/** Restoring under a deleted customer is refused (restore the customer first). */
export async function restoreComplaint(db: AirgapDb, id: string, ctx: WriteContext): Promise<ComplaintRecord> {
  return restoreChild<ComplaintRecord>(db, 'complaints', id, ctx);
}
