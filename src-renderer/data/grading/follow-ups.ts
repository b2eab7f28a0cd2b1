import Dexie from 'dexie';
import { FOLLOW_UP_DUE_SOON_DAYS, FOLLOW_UP_INTERACTION_KINDS, nextFollowUp, type Grade } from '../../core/grading';
import { addDays } from '../../core/days';
import type { IsoDate } from '../../core/model';
import type { AirgapDb } from '../db';
import { createRecords, updateRecords } from '../records';
import type { WriteContext } from '../write-context';
import type { InteractionRecord } from '../rows/archive';
import { currentConfig } from './config';
import { gradingTables, type FollowUpRecord } from './types';
import { customerIdsInScope, isWholeArchive, withCustomerIn, type ReadScope } from '../scope';

type FollowUpFields = Omit<FollowUpRecord, 'id' | 'rev' | 'origin' | 'updatedBy' | 'deletedAt'>;

/** Every open follow-up, by customer (at most one each; an imported duplicate is tolerated). */
async function openTasksByCustomer(db: AirgapDb, customerIds?: readonly string[]): Promise<Map<string, FollowUpRecord[]>> {
  const t = gradingTables(db).followUps;
  const rows =
    customerIds && customerIds.length < 50
      ? (await t.where('customerId').anyOf(customerIds).toArray()).filter((r) => r.status === 'open')
      : await t.where('[status+dueDate]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray();
  const map = new Map<string, FollowUpRecord[]>();
  for (const row of rows) {
    if (row.deletedAt !== null) continue;
    map.set(row.customerId, [...(map.get(row.customerId) ?? []), row]);
  }
  return map;
}

/**
 * The 回访计划 after grades are approved: a customer whose grade changed gets a new task at the new
 * grade's interval from the day of approval (its open task is cancelled); a customer whose grade
 * stayed keeps its task, or gets one if it had none. Counting from the approval day rather than
 * the last contact keeps a first grading of 10,000 customers from reading 500,000 interactions,
 * and from declaring every customer overdue on the day it was graded. Runs inside the caller's
 * transaction (approveRun).
 */
export async function planFollowUpsOnApproval(
  db: AirgapDb,
  items: readonly { customerId: string; grade: Grade; changed: boolean }[],
  day: IsoDate,
  ctx: WriteContext,
): Promise<void> {
  const policy = (await currentConfig(db, 'policy')).body;
  const open = await openTasksByCustomer(
    db,
    items.map((i) => i.customerId),
  );
  const cancel: { id: string; patch: Partial<FollowUpRecord> }[] = [];
  const create: FollowUpFields[] = [];
  for (const item of items) {
    const tasks = open.get(item.customerId) ?? [];
    if (!item.changed && tasks.length > 0) continue;
    for (const task of tasks) cancel.push({ id: task.id, patch: { status: 'cancelled' } });
    create.push(newTask(item.customerId, item.grade, nextFollowUp(item.grade, null, day, policy), day));
  }
  await updateRecords<FollowUpRecord>(db, 'followUps', cancel, ctx);
  await createRecords<FollowUpRecord>(db, 'followUps', create, ctx);
}

function newTask(customerId: string, grade: Grade, dueDate: IsoDate, basisDate: IsoDate): FollowUpFields {
  return { customerId, grade, dueDate, basisDate, status: 'open', doneDate: null, interactionId: null };
}

/**
 * A visit, call, meeting… with a graded customer fulfils its open follow-up (if it happened on or
 * after the day the task was counted from) and plans the next one an interval later. Called by
 * createInteraction inside its transaction, so the interaction and the plan change together.
 */
export async function recordFollowUpContact(db: AirgapDb, interaction: InteractionRecord, ctx: WriteContext): Promise<void> {
  if (!FOLLOW_UP_INTERACTION_KINDS.includes(interaction.kind)) return;
  const tasks = (await openTasksByCustomer(db, [interaction.customerId])).get(interaction.customerId) ?? [];
  const fulfilled = tasks.filter((t) => t.basisDate <= interaction.date);
  if (fulfilled.length === 0) return;
  const customer = await db.customers.get(interaction.customerId);
  const grade = customer?.grade ?? fulfilled[0]!.grade;
  const policy = (await currentConfig(db, 'policy')).body;
  await updateRecords<FollowUpRecord>(
    db,
    'followUps',
    fulfilled.map((t) => ({ id: t.id, patch: { status: 'done', doneDate: interaction.date, interactionId: interaction.id } })),
    ctx,
  );
  const gradedOn = customer?.gradedOn ?? interaction.date;
  await createRecords<FollowUpRecord>(
    db,
    'followUps',
    [newTask(interaction.customerId, grade, nextFollowUp(grade, interaction.date, gradedOn, policy), interaction.date)],
    ctx,
  );
}

export type DueFollowUp = FollowUpRecord & { customerName: string; managerName: string };

/**
 * Open follow-ups due by `today` + the due-soon window (overdue first, then by due day), with the
 * customer's name and manager: the dashboard's list. The counts are index counts of the two ranges
 * (no record read: after a year without visits thousands are overdue) and only the first `limit`
 * rows are read, then their customers. Follow-ups are never soft-deleted (a task ends as done or
 * cancelled), so the index counts are the live counts.
 * Under a data `scope` narrower than 全部 (issue 15.3) only the follow-ups of customers in scope are
 * listed and counted: the range is read whole and filtered. Without a scope: the whole archive.
 */
export async function dueFollowUps(
  db: AirgapDb,
  today: IsoDate,
  limit = 200,
  scope?: ReadScope,
): Promise<{ items: DueFollowUp[]; overdue: number; dueSoon: number }> {
  const until = addDays(today, FOLLOW_UP_DUE_SOON_DAYS);
  const range = (from: IsoDate | typeof Dexie.minKey, to: IsoDate, includeTo: boolean) =>
    gradingTables(db).followUps.where('[status+dueDate]').between(['open', from], ['open', to], true, includeTo);
  if (scope && !isWholeArchive(scope)) {
    const [inScope, all] = await Promise.all([customerIdsInScope(db, scope), range(Dexie.minKey, until, true).toArray()]);
    const mine = withCustomerIn(all, inScope);
    const scoped = await namedDueItems(db, mine.slice(0, limit));
    return { items: scoped, overdue: mine.filter((r) => r.dueDate < today).length, dueSoon: mine.filter((r) => r.dueDate >= today).length };
  }
  const [overdue, dueSoon, rows] = await Promise.all([
    range(Dexie.minKey, today, false).count(),
    range(today, until, true).count(),
    range(Dexie.minKey, until, true).limit(limit).toArray(),
  ]);
  return { items: await namedDueItems(db, rows), overdue, dueSoon };
}

/** The live follow-ups of live customers, with the customer's name and manager. */
async function namedDueItems(db: AirgapDb, rows: readonly FollowUpRecord[]): Promise<DueFollowUp[]> {
  const shown = rows.filter((r) => r.deletedAt === null);
  const customers = await db.customers.bulkGet(shown.map((r) => r.customerId));
  return shown.flatMap((r, i) => {
    const c = customers[i];
    return c && c.deletedAt === null ? [{ ...r, customerName: c.name, managerName: c.managerName }] : [];
  });
}

/** A customer's open follow-up, if it has one. */
export async function openFollowUpOf(db: AirgapDb, customerId: string): Promise<FollowUpRecord | undefined> {
  return (await openTasksByCustomer(db, [customerId])).get(customerId)?.[0];
}
