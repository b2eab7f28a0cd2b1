import Dexie from 'dexie';
import { interactionEntrySchema } from '../../core/customers';
import type { AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import { createChild, deleteChild, updateChild } from '../repository/children';
import { recordFollowUpContact } from '../grading/follow-ups';
import { inTransaction, officeDayOf, parseInput, takeLive, withFields } from '../repository/common';
import { archiveTables, type InteractionRecord } from './types';

/**
 * The newest `limit` interactions of a customer: a reverse walk of `[customerId+date]` (a busy
 * customer has thousands; the timeline index reads only what is shown). Same-day ones come newest
 * entered first (ids are time-ordered).
 */
export async function interactionsOf(db: AirgapDb, customerId: string, limit = 100): Promise<InteractionRecord[]> {
  const range = () => archiveTables(db).interactions.where('[customerId+date]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).reverse();
  return takeLive((offset, count) => range().offset(offset).limit(count).toArray(), limit);
}

/**
 * A visit, call, meeting… also fulfils the customer's open follow-up (回访计划) and plans the next,
 * in the same transaction: the plan never disagrees with the interactions. Its date cannot be later
 * than today (the office day of `ctx`); the follow-up date may.
 */
export async function createInteraction(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<InteractionRecord> {
  const values = parseInput(interactionEntrySchema(officeDayOf(ctx)), withFields(input, { customerId }));
  return inTransaction(db, ['interactions', 'customers', 'followUps', 'gradingConfigs'], async () => {
    const created = await createChild<InteractionRecord>(db, 'interactions', customerId, ctx, () => values);
    await recordFollowUpContact(db, created, ctx);
    return created;
  });
}

export async function updateInteraction(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<InteractionRecord> {
  return updateChild<InteractionRecord>(db, 'interactions', id, ctx, (current) =>
    parseInput(interactionEntrySchema(officeDayOf(ctx)), withFields(input, { customerId: current.customerId })),
  );
}

export async function deleteInteraction(db: AirgapDb, id: string, ctx: WriteContext): Promise<InteractionRecord> {
  return deleteChild<InteractionRecord>(db, 'interactions', id, ctx);
}
