import type { AirgapDb } from '../db';
import type { ComplaintRecord } from '../rows/complaints';

/** The reports read complaints as the one complaint row type (data/rows/complaints.ts). */
export type { ComplaintRecord };

export function reportTables(db: AirgapDb) {
  return { complaints: db.complaints };
}
