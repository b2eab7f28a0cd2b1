import { newId } from '../../core/ids';
import { printLogEntrySchema, type PrintLogEntry } from '../../core/reports';
import type { AirgapDb } from '../db';
import { reportTables } from './types';

/**
 * 打印记录: the local audit of every print and PDF export. It is written directly, not through
 * data/records.ts: an audit line is never edited or deleted, so a change-log entry for it would
 * only repeat it; and it is local (never exported), like the exchange tables.
 */
export async function logPrint(db: AirgapDb, entry: Omit<PrintLogEntry, 'id'>): Promise<PrintLogEntry> {
  const row = printLogEntrySchema.parse({ id: newId(), ...entry }) as PrintLogEntry;
  await reportTables(db).printLog.add(row);
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
