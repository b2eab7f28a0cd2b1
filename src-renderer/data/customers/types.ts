import type { AirgapDb, TableRows } from '../db';
import type { ContactRecord, CustomerRecord, RequirementRecord } from '../rows/archive';

/** Every customer-archive row type (customers and what hangs off them), as data/db.ts declares its tables with them. */
export type * from '../rows/archive';

export interface CustomerHit {
  customer: CustomerRecord;
  /** Found by the customer's own keys, or by one of its contacts (name, phone). */
  via: 'customer' | 'contact';
  contact?: ContactRecord;
}

/** An open requirement in a manager's list, with the name of its customer. */
export type OpenRequirement = RequirementRecord & { customerName: string };

/**
 * The tables whose deleted rows the recycle bin shows (complaints: data/complaints, restored like any
 * child; attachments: data/attachments, back only while the record they are attached to is live).
 */
export const RECYCLE_TABLES = ['customers', 'contacts', 'interactions', 'requirements', 'settlements', 'complaints', 'surveys', 'attachments'] as const;
export type RecycleTable = (typeof RECYCLE_TABLES)[number];

export type DeletedItem = {
  [K in RecycleTable]: {
    table: K;
    record: TableRows[K];
    customerName: string;
    /** A customer merged into another: the name of the one it was merged into (the bin says so). */
    mergedIntoName?: string;
  };
}[RecycleTable];

/** The archive tables under the names the archive repositories use (the database declares them all). */
export function archiveTables(db: AirgapDb) {
  const { customers, contacts, interactions, requirements, benefits, settlements, handovers, managers } = db;
  return { customers, contacts, interactions, requirements, benefits, settlements, handovers, managers };
}
