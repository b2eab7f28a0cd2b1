import { chinaDayOf } from '../../core/complaints';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../core/model';
import type { AirgapDb } from '../db';
import { compareText, liveOnly, takeLive } from '../repository/common';
import { complaintsTable, type ComplaintListRow, type ComplaintRecord } from './types';
import { customerIdsInScope, type ReadScope } from '../scope';

/**
 * The data scope (issue 15.3): each list read below takes the reader's `scope` and keeps only the
 * complaints of customers within it. Without a scope, or with 全部, nothing is filtered and the
 * reads are the index reads they always were. (Callers without a signed-in reader's scope — the
 * customer's own tab, opened only for a customer in scope — pass none.)
 */
async function scopeFilter(db: AirgapDb, scope: ReadScope | undefined): Promise<((row: { customerId: string }) => boolean) | undefined> {
  const ids = scope ? await customerIdsInScope(db, scope) : null;
  return ids === null ? undefined : (row) => ids.has(row.customerId);
}

/** Statuses in which a complaint still needs work (the handler's list): every one but the two that end it. */
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((s) => s !== 'closed' && s !== 'rejected');

/** Today as the deadlines count it: the office day in China time, whatever the PC's time zone. */
export function officeToday(now: Date = new Date()): string {
  return chinaDayOf(now.toISOString());
}

/** One complaint, deleted ones too (its page offers restore). */
export async function getComplaint(db: AirgapDb, id: string): Promise<ComplaintRecord | undefined> {
  return complaintsTable(db).get(id);
}

/** The newest received first, `limit` of them, from the `receivedAt` index (the list's first screen). */
export async function firstComplaints(db: AirgapDb, limit: number, scope?: ReadScope): Promise<ComplaintRecord[]> {
  const keep = await scopeFilter(db, scope);
  return takeLive<ComplaintRecord>((offset, count) => complaintsTable(db).orderBy('receivedAt').reverse().offset(offset).limit(count).toArray(), limit, keep);
}

/**
 * The overdue complaints: `nextDeadline` below today. Only open complaints have a next deadline
 * and IndexedDB leaves null out of an index, so this range holds exactly the overdue rows and
 * nothing else is read. Most overdue first.
 */
export async function overdueComplaints(db: AirgapDb, today: string, scope?: ReadScope): Promise<ComplaintRecord[]> {
  const [rows, keep] = await Promise.all([overdueRange(db, today).toArray(), scopeFilter(db, scope)]);
  const live = liveOnly(rows);
  return (keep ? live.filter(keep) : live).sort(mostOverdueFirst);
}

/**
 * The `limit` most overdue complaints, read in index order (the first screen of the overdue list,
 * the dashboard's few): at full scale the overdue range holds thousands of ~2 KB records.
 */
export async function mostOverdueComplaints(db: AirgapDb, today: string, limit: number, scope?: ReadScope): Promise<ComplaintRecord[]> {
  const keep = await scopeFilter(db, scope);
  const rows = await takeLive<ComplaintRecord>((offset, count) => overdueRange(db, today).offset(offset).limit(count).toArray(), limit, keep);
  return rows.sort(mostOverdueFirst);
}

/**
 * How many complaints are overdue, from index keys alone (deleted ones, a handful, left out by their
 * keys); under a narrower data scope the overdue rows are read and those of its customers counted.
 */
export async function overdueCount(db: AirgapDb, today: string, scope?: ReadScope): Promise<number> {
  const keep = await scopeFilter(db, scope);
  if (keep) return (await overdueComplaints(db, today, scope)).length;
  const [keys, deleted] = await Promise.all([overdueRange(db, today).primaryKeys(), complaintsTable(db).where('deletedAt').above('').primaryKeys()]);
  const gone = new Set<string>(deleted);
  return keys.filter((k) => !gone.has(k)).length;
}

const overdueRange = (db: AirgapDb, today: string) => complaintsTable(db).where('nextDeadline').below(today);
const mostOverdueFirst = (a: ComplaintRecord, b: ComplaintRecord) => compareText(a.nextDeadline!, b.nextDeadline!) || compareText(a.number, b.number);

/** A handler's open complaints (我的投诉) through `[handlerId+status]`: overdue first, then by next deadline. */
export async function openComplaintsOfHandler(db: AirgapDb, handlerId: string, scope?: ReadScope): Promise<ComplaintRecord[]> {
  const rows = await complaintsTable(db)
    .where('[handlerId+status]')
    .anyOf(OPEN_COMPLAINT_STATUSES.map((s) => [handlerId, s]))
    .toArray();
  const keep = await scopeFilter(db, scope);
  const live = liveOnly(rows);
  return (keep ? live.filter(keep) : live).sort((a, b) => compareText(a.nextDeadline ?? '9999', b.nextDeadline ?? '9999') || compareText(a.number, b.number));
}

/** A customer's complaints, newest received first. */
export async function complaintsOfCustomer(db: AirgapDb, customerId: string): Promise<ComplaintRecord[]> {
  const rows = await complaintsTable(db).where('customerId').equals(customerId).toArray();
  return liveOnly(rows).sort((a, b) => compareText(b.receivedAt, a.receivedAt));
}

const CHUNK = 5000;

/**
 * Every live complaint as a list row, newest received first. Read in primary-key chunks and cut
 * down to the list's columns as it goes, so 50,000 complaints never sit in memory whole (history,
 * texts, zeroing). The list shows `firstComplaints` meanwhile.
 */
export async function complaintListRows(db: AirgapDb, scope?: ReadScope): Promise<ComplaintListRow[]> {
  const keep = await scopeFilter(db, scope);
  const out: ComplaintListRow[] = [];
  let after: string | null = null;
  for (;;) {
    const range = after === null ? complaintsTable(db).orderBy(':id') : complaintsTable(db).where(':id').above(after);
    const rows: ComplaintRecord[] = await range.limit(CHUNK).toArray();
    for (const r of rows) if (r.deletedAt === null && (keep === undefined || keep(r))) out.push(listRowOf(r));
    if (rows.length < CHUNK) break;
    after = rows[rows.length - 1]!.id;
  }
  return out.sort((a, b) => compareText(b.receivedAt, a.receivedAt) || compareText(b.number, a.number));
}

export function listRowOf(r: ComplaintRecord): ComplaintListRow {
  return {
    id: r.id,
    number: r.number,
    customerId: r.customerId,
    category: r.category,
    severity: r.severity,
    status: r.status,
    handlerId: r.handlerId,
    receivedAt: r.receivedAt,
    deadlines: r.deadlines,
    nextDeadline: r.nextDeadline,
  };
}

/** The names of the customers of these rows, by one bulkGet (deleted customers included: a row still names its customer). */
export async function customerNamesOf(db: AirgapDb, rows: readonly { customerId: string }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.customerId))];
  const customers = await db.customers.bulkGet(ids);
  return new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c.name]));
}
