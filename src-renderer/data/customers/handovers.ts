import { handoverEntrySchema, isRequirementOpen, planBulkHandover } from '../../core/customers';
import type { Fields } from '../../core/envelope';
import { isUuid } from '../../core/ids';
import { fieldErrorsOf, ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';
import { createRecord, createRecords, RecordNotFoundError, updateRecord } from '../records';
import type { WriteContext } from '../write-context';
import { childrenByCustomer } from '../repository/children';
import { compareText, inTransaction, liveCustomer, officeDayOf, refuse } from '../repository/common';
import { archiveTables, type CustomerRecord, type HandoverRecord, type ManagerRecord, type RequirementRecord } from './types';
import { auditAction } from '../audit/record';
import { ARCHIVE_AUDIT_ACTIONS } from '../../core/audit/archive-actions';

/** What the handover form gives; who hands over is the customer's current manager. */
export interface HandoverInput {
  toManagerId: string;
  date: string;
  reason: string;
  notes?: string;
}

const TABLES = ['handovers', 'customers', 'managers', 'requirements'] as const;

/** A customer's handovers, newest first (history: they are never deleted). */
export async function handoversOf(db: AirgapDb, customerId: string): Promise<HandoverRecord[]> {
  const rows = await childrenByCustomer<HandoverRecord>(db, 'handovers', customerId);
  return rows.sort((a, b) => compareText(b.date, a.date) || compareText(b.rev, a.rev));
}

function field(input: unknown, name: keyof HandoverInput): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
}

/** The successor must be a live, active manager (the form offers only those); null means refused. */
async function successor(db: AirgapDb, input: unknown): Promise<{ manager: ManagerRecord | null; error: string | null }> {
  const id = field(input, 'toManagerId');
  const manager = typeof id === 'string' && isUuid(id) ? await archiveTables(db).managers.get(id) : undefined;
  if (!manager || manager.deletedAt !== null) return { manager: null, error: id ? 'validation.choice' : 'validation.required' };
  return { manager, error: manager.active ? null : 'validation.managerInactive' };
}

/** The handover record of `customer`, or every problem with the form at once. */
async function handoverValues(
  db: AirgapDb,
  customer: CustomerRecord,
  input: unknown,
  ctx: WriteContext,
): Promise<{ values: Fields<HandoverRecord>; to: ManagerRecord }> {
  const { manager, error } = await successor(db, input);
  const parsed = handoverEntrySchema(officeDayOf(ctx)).safeParse({
    customerId: customer.id,
    fromManagerId: customer.managerId,
    fromManagerName: customer.managerName,
    toManagerId: manager?.id ?? field(input, 'toManagerId'),
    toManagerName: manager?.name ?? '',
    date: field(input, 'date'),
    reason: field(input, 'reason'),
    notes: field(input, 'notes'),
    acknowledgedAt: null,
    acknowledgedBy: '',
  });
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  delete errors.toManagerName;
  if (error) errors.toManagerId = error;
  if (Object.keys(errors).length > 0 || !parsed.success || !manager) throw new ValidationError(errors);
  return { values: parsed.data, to: manager };
}

/**
 * The customers' open requirements follow them to the new manager: otherwise they would stay in
 * the list of someone who no longer looks after the customer.
 */
async function moveOpenRequirements(db: AirgapDb, customerIds: readonly string[], to: ManagerRecord, ctx: WriteContext): Promise<void> {
  const rows = await archiveTables(db).requirements.where('customerId').anyOf(customerIds).toArray();
  for (const r of rows) {
    if (r.deletedAt !== null || !isRequirementOpen(r) || r.managerId === to.id) continue;
    await updateRecord<RequirementRecord>(db, 'requirements', r.id, { managerId: to.id, managerName: to.name }, ctx);
  }
}

/** 交接 of one customer: the handover record, the customer's manager and its open requirements, in one transaction. */
export async function handOverCustomer(db: AirgapDb, customerId: string, input: HandoverInput | unknown, ctx: WriteContext): Promise<HandoverRecord> {
  return inTransaction(db, TABLES, async () => {
    const customer = await liveCustomer(db, customerId);
    const { values, to } = await handoverValues(db, customer, input, ctx);
    const handover = await createRecord<HandoverRecord>(db, 'handovers', values, ctx);
    await auditAction(
      db,
      ctx,
      ARCHIVE_AUDIT_ACTIONS.handover,
      { kind: 'customers', id: customer.id, label: customer.name },
      {
        from: customer.managerName || null,
        to: to.name,
      },
    );
    await updateRecord<CustomerRecord>(db, 'customers', customerId, { managerId: to.id, managerName: to.name }, ctx);
    await moveOpenRequirements(db, [customerId], to, ctx);
    return handover;
  });
}

/**
 * A manager leaves: every live customer of `fromManagerId` goes to the successor, each with its own
 * handover record (one batch entry in the change log), in ONE transaction — all or nothing.
 * Returns how many customers were handed over.
 */
export async function bulkHandOver(db: AirgapDb, fromManagerId: string, input: HandoverInput | unknown, ctx: WriteContext): Promise<number> {
  const t = archiveTables(db);
  return inTransaction(db, TABLES, async () => {
    const from = await t.managers.get(fromManagerId);
    if (!from) throw new RecordNotFoundError('managers', fromManagerId);
    const { manager: to, error } = await successor(db, input);
    if (!to) return refuse('toManagerId', error!);
    const customers = await t.customers.where('managerId').equals(fromManagerId).toArray();
    const plan = planBulkHandover({
      customers,
      from: { id: from.id, name: from.name },
      to: { id: to.id, name: to.name, active: to.active },
      date: field(input, 'date') as string,
      reason: field(input, 'reason') as string,
      notes: (field(input, 'notes') as string | undefined) ?? '',
      today: officeDayOf(ctx),
    });
    if (!plan.ok) throw new ValidationError(plan.errors);
    await createRecords<HandoverRecord>(db, 'handovers', plan.handovers as Fields<HandoverRecord>[], ctx);
    await auditAction(
      db,
      ctx,
      ARCHIVE_AUDIT_ACTIONS.bulkHandover,
      { kind: 'managers', id: from.id, label: from.name },
      { to: to.name, customers: plan.patches.length },
    );
    for (const p of plan.patches) await updateRecord<CustomerRecord>(db, 'customers', p.id, { managerId: p.managerId, managerName: p.managerName }, ctx);
    await moveOpenRequirements(
      db,
      plan.patches.map((p) => p.id),
      to,
      ctx,
    );
    return plan.patches.length;
  });
}

/** The successor confirms taking over (who: the operator; when: now). A second confirmation changes nothing. */
export async function acknowledgeHandover(db: AirgapDb, handoverId: string, ctx: WriteContext): Promise<HandoverRecord> {
  return inTransaction(db, ['handovers'], async () => {
    const handover = await archiveTables(db).handovers.get(handoverId);
    if (!handover) throw new RecordNotFoundError('handovers', handoverId);
    if (handover.acknowledgedAt !== null) return handover;
    return updateRecord<HandoverRecord>(db, 'handovers', handoverId, { acknowledgedAt: ctx.now().toISOString(), acknowledgedBy: ctx.actor.name }, ctx);
  });
}
