import type { Table } from 'dexie';
import { addDeadlineDays, deadlinesFor, DEFAULT_DEADLINE_CONFIG, nextDeadlineOf } from '../../core/complaints';
import type { ComplaintFields } from '../../core/model';

/** A complaint row as schema 2/3 stored it (the fields of the archive's first complaint contract). */
type OldComplaint = Pick<
  ComplaintFields,
  'customerId' | 'number' | 'channel' | 'category' | 'severity' | 'status' | 'receivedAt' | 'dueDate' | 'product' | 'description'
> &
  Partial<ComplaintFields>;

/**
 * Schema 4's upgrade: rows of earlier versions gain the fields complaints have now (model.ts
 * ComplaintFields). Nothing of their past is invented: no history (it was not recorded), no
 * milestones, no handler or contact, grade unknown. The stored `dueDate` stays the answer deadline
 * (it was promised); acknowledge is counted from receipt and close from the answer deadline with
 * the default rules, and
 * `nextDeadline` follows the status like any row's. Rows that already have a history are left alone.
 */
export function upgradedComplaint(row: OldComplaint): ComplaintFields {
  const acknowledge = deadlinesFor({ receivedAt: row.receivedAt, severity: row.severity }, null).acknowledge;
  const close = addDeadlineDays(row.dueDate, DEFAULT_DEADLINE_CONFIG.closeAfterAnswerDays[row.severity], DEFAULT_DEADLINE_CONFIG);
  const deadlines = { acknowledge: acknowledge < row.dueDate ? acknowledge : row.dueDate, answer: row.dueDate, close };
  return {
    ...row,
    contactId: null,
    request: '',
    handlerId: null,
    department: '',
    grade: null,
    deadlines,
    nextDeadline: nextDeadlineOf({ status: row.status, deadlines }),
    history: [],
    zeroing: {},
    answer: null,
    verification: null,
    acknowledgedAt: null,
    answeredAt: null,
    closedAt: null,
    reopenedAt: null,
  };
}

/** `complaints` is the upgrade transaction's table (schema.ts hands it over: it is not this version's typed table). */
export async function fillComplaintFields(complaints: Table<OldComplaint, string>): Promise<void> {
  await complaints.toCollection().modify((row, ref) => {
    if (Array.isArray(row.history)) return;
    // The row carries its envelope: upgradedComplaint keeps every field it had.
    ref.value = upgradedComplaint(row);
  });
}
