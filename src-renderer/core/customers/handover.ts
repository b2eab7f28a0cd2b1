import type { IsoDate } from '../iso-dates';
import type { HandoverFields } from './types';
import { fieldErrorsOf, type FieldErrors } from '../validation';
import { handoverEntrySchema } from './happened';

export interface HandoverCustomer {
  id: string;
  managerId: string | null;
  deletedAt?: string | null;
}

export interface BulkHandoverInput {
  /** The customers to look at; only live ones managed by `from` are handed over. */
  customers: readonly HandoverCustomer[];
  from: { id: string; name: string };
  to: { id: string; name: string; active: boolean };
  date: IsoDate;
  reason: string;
  notes?: string;
  /** The office day it is entered on: the handover day cannot be later (happened.ts). */
  today: IsoDate;
}

export interface CustomerManagerPatch {
  id: string;
  managerId: string;
  managerName: string;
}

export type BulkHandoverPlan = { ok: true; handovers: HandoverFields[]; patches: CustomerManagerPatch[] } | { ok: false; errors: FieldErrors };

/**
 * A manager leaves or changes job: every customer of `from` goes to `to`, each with its own 交接
 * record (the history stays with each customer) and a patch of its manager fields. Returns data
 * for the repository to write in one transaction; changes nothing itself. Refused, with field
 * errors keyed like the handover form: same person, an inactive successor, or invalid date/reason
 * (a day after `today` included).
 */
export function planBulkHandover(input: BulkHandoverInput): BulkHandoverPlan {
  const { from, to } = input;
  if (from.id === to.id) return { ok: false, errors: { toManagerId: 'validation.sameManager' } };
  if (!to.active) return { ok: false, errors: { toManagerId: 'validation.managerInactive' } };

  const customers = input.customers.filter((c) => !c.deletedAt && c.managerId === from.id);
  const draft = (customerId: string) => ({
    customerId,
    fromManagerId: from.id,
    fromManagerName: from.name,
    toManagerId: to.id,
    toManagerName: to.name,
    date: input.date,
    reason: input.reason,
    notes: input.notes ?? '',
    acknowledgedAt: null,
    acknowledgedBy: '',
  });
  // Validate the shared part once (with the first customer, or the manager id standing in for an
  // empty list so a bad date or reason is still reported); every record then differs only by id.
  const probe = handoverEntrySchema(input.today).safeParse(draft(customers[0]?.id ?? from.id));
  if (!probe.success) return { ok: false, errors: fieldErrorsOf(probe.error) };
  const template = probe.data;

  return {
    ok: true,
    handovers: customers.map((c) => ({ ...template, customerId: c.id })),
    patches: customers.map((c) => ({ id: c.id, managerId: to.id, managerName: template.toManagerName })),
  };
}
