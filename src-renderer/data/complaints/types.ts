import type { Table } from 'dexie';
import type { Envelope } from '../../core/envelope';
import type { ComplaintFields } from '../../core/model';
import type { AirgapDb } from '../db';

/** A stored complaint: the fields of core/model.ts and the envelope. */
export type ComplaintRecord = ComplaintFields & Envelope;

/**
 * What the complaint list keeps in memory per row (50,000 rows): the columns, filters and the
 * overdue flag need no more, so the history, texts and zeroing of every complaint are not held.
 */
export type ComplaintListRow = Pick<
  ComplaintRecord,
  'id' | 'number' | 'customerId' | 'category' | 'severity' | 'status' | 'handlerId' | 'receivedAt' | 'deadlines' | 'nextDeadline'
>;

export function complaintsTable(db: AirgapDb): Table<ComplaintRecord, string> {
  return db.table('complaints') as Table<ComplaintRecord, string>;
}
