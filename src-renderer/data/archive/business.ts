import Dexie from 'dexie';
import { benefitYearFieldsSchema, settlementEntrySchema } from '../../core/archive-domain';
import type { AirgapDb } from '../db';
import { createRecord, restoreRecord, updateRecord } from '../records';
import type { WriteContext } from '../write-context';
import { childrenByCustomer, createChild, deleteChild, updateChild } from './children';
import { compareText, inTransaction, liveCustomer, officeDayOf, parseInput, withFields } from './common';
import { archiveTables, type BenefitYearRecord, type SettlementRecord } from './types';

/** Business figures by year, latest first (`[customerId+year]`, read backwards). */
export async function benefitsOf(db: AirgapDb, customerId: string): Promise<BenefitYearRecord[]> {
  const rows = await archiveTables(db).benefits.where('[customerId+year]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).reverse().toArray();
  return rows.filter((r) => r.deletedAt === null);
}

/**
 * One row per customer and year: saving a year that has a row updates it; a deleted row of that
 * year is brought back and updated rather than duplicated, so the year keeps one history.
 */
export async function saveBenefitYear(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<BenefitYearRecord> {
  const values = parseInput(benefitYearFieldsSchema, withFields(input, { customerId }));
  const benefits = archiveTables(db).benefits;
  return inTransaction(db, ['benefits', 'customers'], async () => {
    await liveCustomer(db, customerId);
    const rows = (await benefits.where('[customerId+year]').equals([customerId, values.year]).toArray()).sort((a, b) => compareText(a.id, b.id));
    const row = rows.find((r) => r.deletedAt === null) ?? rows[0];
    if (!row) return createRecord<BenefitYearRecord>(db, 'benefits', values, ctx);
    if (row.deletedAt !== null) await restoreRecord(db, 'benefits', row.id, ctx);
    return updateRecord<BenefitYearRecord>(db, 'benefits', row.id, values, ctx);
  });
}

export async function deleteBenefitYear(db: AirgapDb, id: string, ctx: WriteContext): Promise<BenefitYearRecord> {
  return deleteChild<BenefitYearRecord>(db, 'benefits', id, ctx);
}

/** Receivables, latest due first. */
export async function settlementsOf(db: AirgapDb, customerId: string): Promise<SettlementRecord[]> {
  const rows = await childrenByCustomer<SettlementRecord>(db, 'settlements', customerId);
  return rows.sort((a, b) => compareText(b.dueDate, a.dueDate) || compareText(b.id, a.id));
}

export async function createSettlement(db: AirgapDb, customerId: string, input: unknown, ctx: WriteContext): Promise<SettlementRecord> {
  const values = parseInput(settlementEntrySchema(officeDayOf(ctx)), withFields(input, { customerId }));
  return createChild<SettlementRecord>(db, 'settlements', customerId, ctx, () => values);
}

export async function updateSettlement(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<SettlementRecord> {
  return updateChild<SettlementRecord>(db, 'settlements', id, ctx, (current) => parseInput(settlementEntrySchema(officeDayOf(ctx)), withFields(input, { customerId: current.customerId })));
}

export async function deleteSettlement(db: AirgapDb, id: string, ctx: WriteContext): Promise<SettlementRecord> {
  return deleteChild<SettlementRecord>(db, 'settlements', id, ctx);
}
