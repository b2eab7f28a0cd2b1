import type { Table } from 'dexie';
import type { Envelope } from '../../core/envelope';
import type { ComplaintFields } from '../../core/model';
import type { PrintLogEntry } from '../../core/reports';
import type { AirgapDb } from '../db';

/** A stored complaint as the reports read it (the record shape is core/model.ts ComplaintFields). */
export type ComplaintRow = ComplaintFields & Envelope;

export function reportTables(db: AirgapDb) {
  return {
    complaints: db.table('complaints') as Table<ComplaintRow, string>,
    printLog: db.table('printLog') as Table<PrintLogEntry, string>,
  };
}
