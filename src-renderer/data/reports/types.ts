import type { AirgapDb } from '../db';
import type { ComplaintRecord } from '../rows/complaints';

/** A stored complaint as the reports read it (the one complaint row type, data/rows/complaints.ts). */
export type ComplaintRow = ComplaintRecord;

export function reportTables(db: AirgapDb) {
  return { complaints: db.complaints, printLog: db.printLog };
}
