import { OPEN_REQUIREMENT_STATUSES, requirementEntrySchema, type RequirementValues } from '../../core/customers';
import { isUuid } from '../../core/ids';
import type { AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import { childrenByCustomer, createChild, deleteChild, updateChild } from '../repository/children';
import { compareText, isLiveRow, officeDayOf, parseInput, withFields } from '../repository/common';
import { managerNameFor } from './managers';
import { archiveTables, type CustomerRecord, type OpenRequirement, type RequirementRecord } from './types';
import { customerIdsInScope, type ReadScope } from '../scope';

/** A customer's requirements, newest received first. */
export async function requirementsOf(db: AirgapDb, customerId: string): Promise<RequirementRecord[]> {
  const rows = await childrenByCustomer<RequirementRecord>(db, 'requirements', customerId);
  return rows.sort((a, b) => compareText(b.receivedDate, a.receivedDate) || compareText(b.id, a.id));
}

/**
 * What a manager still owes customers ("one-stop" service), most urgent first: the
 * `[managerId+status]` index, one range per open status; customers' names by one bulkGet.
 * Requirements of deleted customers are left out, like the customers.
 */
export async function openRequirementsOfManager(db: AirgapDb, managerId: string, scope?: ReadScope): Promise<OpenRequirement[]> {
  const t = archiveTables(db);
  // The data scope (issue 15.3): a manager's requirements of customers the reader may not see are left out.
  const inScope = scope ? await customerIdsInScope(db, scope) : null;
  const rows = await t.requirements
    .where('[managerId+status]')
    .anyOf(OPEN_REQUIREMENT_STATUSES.map((s) => [managerId, s]))
    .toArray();
  const live = rows.filter((r) => r.deletedAt === null && (inScope === null || inScope.has(r.customerId)));
  const customers = await t.customers.bulkGet([...new Set(live.map((r) => r.customerId))]);
  const names = new Map(customers.filter((c): c is CustomerRecord => isLiveRow(c)).map((c) => [c.id, c.name]));
  return live
    .filter((r) => names.has(r.customerId))
    .map((r) => ({ ...r, customerName: names.get(r.customerId)! }))
    .sort((a, b) => compareText(a.dueDate, b.dueDate) || compareText(a.receivedDate, b.receivedDate));
}

/**
 * Parses the form with the responsible manager filled in: as chosen on the form (named as the
 * manager list names them now, so the form need not send the name), else the customer's own
 * manager — the account manager is the customer's one interface. Received and answered days cannot
 * be later than the office day of `ctx`. Runs inside the transaction.
 */
async function requirementValues(
  db: AirgapDb,
  input: unknown,
  ctx: WriteContext,
  customer: CustomerRecord,
  current?: RequirementRecord,
): Promise<RequirementValues> {
  const chosen = typeof input === 'object' && input !== null ? (input as { managerId?: unknown }).managerId : undefined;
  const manager = typeof chosen === 'string' && isUuid(chosen) ? await archiveTables(db).managers.get(chosen) : undefined;
  const values = parseInput(
    requirementEntrySchema(officeDayOf(ctx)),
    withFields(input, { customerId: customer.id, ...(manager ? { managerName: manager.name } : {}) }),
  );
  if (values.managerId === null) return { ...values, managerId: customer.managerId, managerName: customer.managerName };
  return { ...values, managerName: await managerNameFor(db, values.managerId, current) };
}

export async function createRequirement(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<RequirementRecord> {
  return createChild<RequirementRecord>(db, 'requirements', customerId, ctx, (customer) => requirementValues(db, input, ctx, customer), ['managers']);
}

export async function updateRequirement(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<RequirementRecord> {
  return updateChild<RequirementRecord>(db, 'requirements', id, ctx, (current, customer) => requirementValues(db, input, ctx, customer, current), ['managers']);
}

export async function deleteRequirement(db: AirgapDb, id: string, ctx: WriteContext): Promise<RequirementRecord> {
  return deleteChild<RequirementRecord>(db, 'requirements', id, ctx);
}
