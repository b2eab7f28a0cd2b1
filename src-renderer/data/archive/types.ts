import type { Table } from 'dexie';
import type { Envelope } from '../../core/envelope';
import type {
  BenefitYearFields,
  ComplaintFields,
  ContactFields,
  CustomerFields,
  HandoverFields,
  InteractionFields,
  ManagerFields,
  RequirementFields,
  SettlementFields,
} from '../../core/model';
import type { Grade } from '../../core/grading';
import type { IsoDate } from '../../core/model';
import type { AirgapDb } from '../db';
import type { SurveyRecord } from '../satisfaction/types';

/**
 * The stored rows of the customer archive: fields (core/model.ts) plus the envelope. A customer's
 * grade is written only by an approved grading (data/grading); never graded: absent.
 */
export type CustomerRecord = CustomerFields & Envelope & { mergedInto: string | null; grade?: Grade | null; gradedOn?: IsoDate | null };
export type ContactRecord = ContactFields & Envelope;
export type InteractionRecord = InteractionFields & Envelope;
export type RequirementRecord = RequirementFields & Envelope;
export type BenefitYearRecord = BenefitYearFields & Envelope;
export type SettlementRecord = SettlementFields & Envelope;
export type HandoverRecord = HandoverFields & Envelope;
/** `sortKey` (pinyin of the name, person reading) is derived on save so the list sorts by index. */
export type ManagerRecord = ManagerFields & Envelope & { sortKey: string };

export interface CustomerHit {
  customer: CustomerRecord;
  /** Found by the customer's own keys, or by one of its contacts (name, phone). */
  via: 'customer' | 'contact';
  contact?: ContactRecord;
}

/** An open requirement in a manager's list, with the name of its customer. */
export type OpenRequirement = RequirementRecord & { customerName: string };

/** The tables whose deleted rows the recycle bin shows (complaints: data/complaints, restored like any child). */
export const RECYCLE_TABLES = ['customers', 'contacts', 'interactions', 'requirements', 'settlements', 'complaints', 'surveys'] as const;
export type RecycleTable = (typeof RECYCLE_TABLES)[number];

interface RecycleRecords {
  customers: CustomerRecord;
  contacts: ContactRecord;
  interactions: InteractionRecord;
  requirements: RequirementRecord;
  settlements: SettlementRecord;
  complaints: ComplaintFields & Envelope;
  surveys: SurveyRecord;
}
export type DeletedItem = {
  [K in RecycleTable]: {
    table: K;
    record: RecycleRecords[K];
    customerName: string;
    /** A customer merged into another: the name of the one it was merged into (the bin says so). */
    mergedIntoName?: string;
  };
}[RecycleTable];

/** The archive tables, typed (AirgapDb declares only the foundation tables). */
export function archiveTables(db: AirgapDb) {
  return {
    customers: db.table('customers') as Table<CustomerRecord, string>,
    contacts: db.table('contacts') as Table<ContactRecord, string>,
    interactions: db.table('interactions') as Table<InteractionRecord, string>,
    requirements: db.table('requirements') as Table<RequirementRecord, string>,
    benefits: db.table('benefits') as Table<BenefitYearRecord, string>,
    settlements: db.table('settlements') as Table<SettlementRecord, string>,
    handovers: db.table('handovers') as Table<HandoverRecord, string>,
    managers: db.table('managers') as Table<ManagerRecord, string>,
  };
}
