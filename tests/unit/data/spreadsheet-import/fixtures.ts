import type { AirgapDb } from '../../../../src-renderer/data/db';
import { createContact, createCustomer, createManager } from '../../../../src-renderer/data/customers';
import { analyseCustomerSheet, type SheetRow } from '../../../../src-renderer/data/spreadsheet-import';
import type { WriteContext } from '../../../../src-renderer/data/write-context';
import { freshDb, testContext } from '../helpers';
import { unitInput } from '../customers/fixtures';

/** A sheet row as the preview (core/spreadsheet.ts) hands it over. */
export function sheetRow(row: number, values: SheetRow['values'], errors: SheetRow['errors'] = []): SheetRow {
  return { row, values, errors };
}

/** A customer row with one contact. */
export function personRow(row: number, customer: string, contact: string, phone = '13800000000', extra: SheetRow['values'] = {}): SheetRow {
  return sheetRow(row, { 'customer.name': customer, 'contact.name': contact, 'contact.phones': [phone], ...extra });
}

/** An archive with one manager and one customer (航天材料及工艺研究所) that has a primary contact. */
export async function importArchive() {
  const db = await freshDb();
  const ctx = testContext();
  const manager = await createManager(db, { name: '王磊', phone: '' }, ctx);
  const existing = await createCustomer(
    db,
    unitInput({ name: '航天材料及工艺研究所', shortName: '703所', region: '北京', managerId: manager.id, managerName: '王磊' }),
    ctx,
  );
  const contact = await createContact(db, existing.id, { name: '赵敏', title: '主任', department: '', phones: ['010-68383000'], notes: '' }, ctx);
  ctx.tick();
  return { db, ctx, manager, existing, contact };
}

export function analyse(db: AirgapDb, rows: readonly SheetRow[], ctx: WriteContext) {
  return analyseCustomerSheet(db, rows, ctx, 'internal');
}
