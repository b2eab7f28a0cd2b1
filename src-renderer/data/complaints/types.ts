import type { Table } from 'dexie';
import type { AirgapDb } from '../db';
import type { ComplaintRecord } from '../rows/complaints';

export type { ComplaintRecord } from '../rows/complaints';

/**
 * What the complaint list keeps in memory per row (50,000 rows): the columns, filters and the
 * overdue flag need no more, so the history, texts and zeroing of every complaint are not held.
 */
export type ComplaintListRow = Pick<
  ComplaintRecord,
  'id' | 'number' | 'customerId' | 'category' | 'severity' | 'status' | 'handlerId' | 'receivedAt' | 'deadlines' | 'nextDeadline'
>;

export function complaintsTable(db: AirgapDb): Table<ComplaintRecord, string> {
  return db.complaints;
}
