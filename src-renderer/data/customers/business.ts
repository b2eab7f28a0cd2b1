import Dexie from 'dexie';
import { benefitYearFieldsSchema, overpaidWan, settlementEntrySchema, type SettlementValues } from '../../core/customers';
import type { AirgapDb } from '../db';
import { createRecord, restoreRecord, updateRecord } from '../records';
import type { WriteContext } from '../write-context';
import { childrenByCustomer, createChild, deleteChild, updateChild } from '../repository/children';
import { compareText, inTransaction, liveCustomer, officeDayOf, parseInput, refuse, withFields } from '../repository/common';
import { archiveTables, type BenefitYearRecord, type SettlementRecord } from './types';

/** Business figures by year, latest first (`[customerId+year]`, read backwards). */
export async function benefitsOf(db: AirgapDb, customerId: string): Promise<BenefitYearRecord[]> {
  const rows = await archiveTables(db).benefits.where('[customerId+year]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).reverse().toArray();
  return rows.filter((r) => r.deletedAt === null);
}

/**
 * A new year of figures. One row per customer and year: a year that has a live row is refused with a
 * field message (`validation.yearExists`) and nothing is written — figures are changed with
 * `updateBenefitYear`, never overwritten by a create. A deleted row of that year is brought back
 * with the new figures rather than duplicated, so the year keeps one history.
 */
export async function createBenefitYear(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<BenefitYearRecord> {
  const values = parseInput(benefitYearFieldsSchema, withFields(input, { customerId }));
  return inTransaction(db, ['benefits', 'customers'], async () => {
    await liveCustomer(db, customerId);
    const rows = await rowsOfYear(db, customerId, values.year);
    if (rows.some((r) => r.deletedAt === null)) refuse('year', 'validation.yearExists');
    const deleted = rows[0];
    if (!deleted) return createRecord<BenefitYearRecord>(db, 'benefits', values, ctx);
    await restoreRecord(db, 'benefits', deleted.id, ctx);
    return updateRecord<BenefitYearRecord>(db, 'benefits', deleted.id, values, ctx);
  });
}

/** Changes the figures of one year's row; moving it to a year that already has a row (even a deleted one) is refused. */
export async function updateBenefitYear(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<BenefitYearRecord> {
  return updateChild<BenefitYearRecord>(db, 'benefits', id, ctx, async (current) => {
    const values = parseInput(benefitYearFieldsSchema, withFields(input, { customerId: current.customerId }));
    if (values.year !== current.year && (await rowsOfYear(db, current.customerId, values.year)).length > 0) refuse('year', 'validation.yearExists');
    return values;
  });
}

async function rowsOfYear(db: AirgapDb, customerId: string, year: number): Promise<BenefitYearRecord[]> {
  const rows = await archiveTables(db).benefits.where('[customerId+year]').equals([customerId, year]).toArray();
  return rows.sort((a, b) => compareText(a.id, b.id));
}

export async function deleteBenefitYear(db: AirgapDb, id: string, ctx: WriteContext): Promise<BenefitYearRecord> {
  return deleteChild<BenefitYearRecord>(db, 'benefits', id, ctx);
}

/** Receivables, latest due first. */
export async function settlementsOf(db: AirgapDb, customerId: string): Promise<SettlementRecord[]> {
  const rows = await childrenByCustomer<SettlementRecord>(db, 'settlements', customerId);
  return rows.sort((a, b) => compareText(b.dueDate, a.dueDate) || compareText(b.id, a.id));
}

/**
 * A paid amount above the receivable is legal but unusual (an advance, several invoices paid at
 * once) and more often a typo, so it is never taken silently: without `allowOverpayment` the write
 * is refused with OverpaymentError (nothing written) and the form asks the user to confirm.
 */
export interface SettlementWriteOptions {
  allowOverpayment?: boolean;
}

export class OverpaymentError extends Error {
  readonly code = 'overpayment';
  constructor(
    readonly receivableWan: number,
    readonly amountPaidWan: number,
    readonly overpaidWan: number,
  ) {
    super(`paid ${amountPaidWan} above the receivable ${receivableWan}`);
    this.name = 'OverpaymentError';
  }
}

function checkOverpayment(values: SettlementValues, options: SettlementWriteOptions, unchanged = false): void {
  const over = overpaidWan(values);
  if (over > 0 && !options.allowOverpayment && !unchanged) throw new OverpaymentError(values.receivableWan, values.amountPaidWan ?? 0, over);
}

export async function createSettlement(
  db: AirgapDb,
  customerId: string,
  input: unknown,
  ctx: WriteContext,
  options: SettlementWriteOptions = {},
): Promise<SettlementRecord> {
  const values = parseInput(settlementEntrySchema(officeDayOf(ctx)), withFields(input, { customerId }));
  checkOverpayment(values, options);
  return createChild<SettlementRecord>(db, 'settlements', customerId, ctx, () => values);
}

/** An overpayment confirmed before is not asked about again while its two amounts stay as they were. */
export async function updateSettlement(
  db: AirgapDb,
  id: string,
  input: unknown,
  ctx: WriteContext,
  options: SettlementWriteOptions = {},
): Promise<SettlementRecord> {
  return updateChild<SettlementRecord>(db, 'settlements', id, ctx, (current) => {
    const values = parseInput(settlementEntrySchema(officeDayOf(ctx)), withFields(input, { customerId: current.customerId }));
    checkOverpayment(values, options, values.receivableWan === current.receivableWan && values.amountPaidWan === current.amountPaidWan);
    return values;
  });
}

export async function deleteSettlement(db: AirgapDb, id: string, ctx: WriteContext): Promise<SettlementRecord> {
  return deleteChild<SettlementRecord>(db, 'settlements', id, ctx);
}
