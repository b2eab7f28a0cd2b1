import type { Table } from 'dexie';
import type { PrintLogEntry } from '../../core/reports';
import type { ComplaintRecord } from '../complaints/types';
import type { AirgapDb } from '../db';

export function reportTables(db: AirgapDb) {
  return {
    complaints: db.table('complaints') as Table<ComplaintRecord, string>,
    printLog: db.table('printLog') as Table<PrintLogEntry, string>,
  };
}
