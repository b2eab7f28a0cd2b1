import type { ClassificationLevel } from '../../core/classification';
import { chinaInstant, complaintStatistics, type ComplaintStatistics } from '../../core/complaints';
import { addDays } from '../../core/days';
import type { IsoDate } from '../../core/model';
import { archiveTables, type ContactRecord, type CustomerRecord, type ManagerRecord } from '../customers/types';
import type { AirgapDb } from '../db';
import type { ComplaintRecord } from '../complaints/types';
import { complaintAttachments, levelsWith, type ReportAttachment } from './attachments';
import { reportTables } from './types';
import { customerIdsInScope, withCustomerIn, type ReadScope } from '../scope';

/** 00:00 of a calendar day in China time as the stored UTC instant (receivedAt is stored that way). */
const chinaMidnight = (day: IsoDate) => new Date(chinaInstant(day)).toISOString();

export interface ComplaintPeriodStats {
  statistics: ComplaintStatistics;
  /** The classification levels of the customers concerned: the report's mark is at least their highest. */
  levels: ClassificationLevel[];
}

/**
 * Statistics of the live complaints received from `from` to `to` (both days included, China time):
 * one range of the `receivedAt` index, then core `complaintStatistics` (on time counted at `now`).
 * Under a data `scope` narrower than 全部 (issue 15.3) only its customers' complaints are counted.
 */
export async function complaintStatsOfPeriod(db: AirgapDb, from: IsoDate, to: IsoDate, now: Date, scope?: ReadScope): Promise<ComplaintPeriodStats> {
  const [rows, inScope] = await Promise.all([
    reportTables(db)
      .complaints.where('receivedAt')
      .between(chinaMidnight(from), chinaMidnight(addDays(to, 1)), true, false)
      .toArray(),
    scope ? customerIdsInScope(db, scope) : null,
  ]);
  const live = withCustomerIn(
    rows.filter((r) => r.deletedAt === null),
    inScope,
  );
  const statistics = complaintStatistics(
    live.map((r) => ({
      category: r.category,
      severity: r.severity,
      department: r.department,
      grade: r.grade,
      receivedAt: r.receivedAt,
      answerDeadline: r.deadlines?.answer ?? r.dueDate,
      answeredAt: r.answeredAt,
      closedAt: r.closedAt,
    })),
    {},
    now.toISOString(),
  );
  const customers = await archiveTables(db).customers.bulkGet([...new Set(live.map((r) => r.customerId))]);
  return { statistics, levels: customers.flatMap((c) => (c ? [c.classification] : [])) };
}

/** The live complaint with this number (TS-2026-0001), trimmed and upper-cased as typed; undefined when none. */
export async function complaintByNumber(db: AirgapDb, number: string): Promise<ComplaintRecord | undefined> {
  const rows = await reportTables(db).complaints.where('number').equals(number.trim().toUpperCase()).toArray();
  return rows.find((r) => r.deletedAt === null);
}

export interface ZeroingReportData {
  complaint: ComplaintRecord;
  customer: CustomerRecord | undefined;
  contact: ContactRecord | undefined;
  handler: ManagerRecord | undefined;
  /** The complaint's live files and its zeroing items', its own first then item by item (issue 18.6). */
  attachments: ReportAttachment[];
  /** The levels the report's mark must reach: the customer's and every listed file's. */
  levels: ClassificationLevel[];
}

/** One complaint with the customer, the customer's contact who raised it and our handler. */
export async function zeroingReportData(db: AirgapDb, complaintId: string): Promise<ZeroingReportData | undefined> {
  const complaint = await reportTables(db).complaints.get(complaintId);
  if (!complaint) return undefined;
  const t = archiveTables(db);
  const [customer, contact, handler, attachments] = await Promise.all([
    t.customers.get(complaint.customerId),
    complaint.contactId ? t.contacts.get(complaint.contactId) : undefined,
    complaint.handlerId ? t.managers.get(complaint.handlerId) : undefined,
    complaintAttachments(db, complaint),
  ]);
  const levels = levelsWith([customer?.classification ?? 'public'], attachments);
  return { complaint, customer, contact, handler, attachments, levels };
}
