import { newId } from '../../core/ids';
import { printLogEntrySchema, type PrintLogEntry } from '../../core/reports';
import type { AirgapDb } from '../db';
import { reportTables } from './types';
import { ARCHIVE_AUDIT_ACTIONS } from '../../core/audit/archive-actions';
import { appendAudit } from '../audit/append';

/**
 * 打印记录: the local audit of every print and PDF export. It is written directly, not through
 * data/records.ts: an audit line is never edited or deleted, so a change-log entry for it would
 * only repeat it; and it is local (never exported), like the exchange tables.
 */
export async function logPrint(db: AirgapDb, entry: Omit<PrintLogEntry, 'id'>): Promise<PrintLogEntry> {
  const row = printLogEntrySchema.parse({ id: newId(), ...entry }) as PrintLogEntry;
  // The audit log's entry in the same transaction (issue 15.5): the print is in both or in neither.
  await db.transaction('rw', reportTables(db).printLog, db.audit, async () => {
    await reportTables(db).printLog.add(row);
    await appendAudit(db, {
      at: row.at,
      userId: row.byId ?? null,
      userName: row.by,
      action: row.action === 'pdf' ? ARCHIVE_AUDIT_ACTIONS.pdf : ARCHIVE_AUDIT_ACTIONS.print,
      outcome: 'success',
      object: { kind: 'report', id: row.id, label: row.title },
      details: { report: row.report, mark: row.mark.level, markYears: row.mark.periodYears, pages: row.pages, shell: row.shell },
    });
  });
  return row;
}

export interface PrintLogPage {
  entries: PrintLogEntry[];
  total: number;
}

/** One page of the log, newest first (the `at` index, read backwards). */
export async function printLogPage(db: AirgapDb, page: number, pageSize: number): Promise<PrintLogPage> {
  const table = reportTables(db).printLog;
  const [entries, total] = await Promise.all([
    table
      .orderBy('at')
      .reverse()
      .offset(page * pageSize)
      .limit(pageSize)
      .toArray(),
    table.count(),
  ]);
  return { entries, total };
}
