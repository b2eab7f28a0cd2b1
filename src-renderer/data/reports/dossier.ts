import { benefitsOf, contactsOf, getCustomer, interactionsOf, settlementsOf } from '../customers';
import type { BenefitYearRecord, ContactRecord, CustomerRecord, InteractionRecord, SettlementRecord } from '../customers/types';
import type { AirgapDb } from '../db';
import { gradeHistory, type GradeRunRecord, type GradingRecord } from '../grading';
import type { ComplaintRecord } from '../complaints/types';
import { dossierAttachments, levelsWith, type ReportAttachment } from './attachments';
import { reportTables } from './types';
import type { ClassificationLevel } from '../../core/classification';

/** Interactions a dossier prints: the most recent ones (the full list lives in the app). */
export const DOSSIER_INTERACTIONS = 20;

export interface Dossier {
  customer: CustomerRecord;
  contacts: ContactRecord[];
  /** Approved gradings, newest first, each with its deciding sentence. */
  grades: (GradingRecord & { run: GradeRunRecord })[];
  benefits: BenefitYearRecord[];
  settlements: SettlementRecord[];
  /** Live complaints, newest first. */
  complaints: ComplaintRecord[];
  interactions: InteractionRecord[];
  /** Every live file of the customer and of its live records, with the record it belongs to (issue 18.6). */
  attachments: ReportAttachment[];
  /** The levels the dossier's mark must reach: the customer's and every listed file's. */
  levels: ClassificationLevel[];
}

/** Everything one customer's dossier prints, read at once; undefined when the customer does not exist. */
export async function customerDossier(db: AirgapDb, customerId: string): Promise<Dossier | undefined> {
  const customer = await getCustomer(db, customerId);
  if (!customer) return undefined;
  const [contacts, grades, benefits, settlements, complaints, interactions, attachments] = await Promise.all([
    contactsOf(db, customerId),
    gradeHistory(db, customerId),
    benefitsOf(db, customerId),
    settlementsOf(db, customerId),
    reportTables(db).complaints.where('customerId').equals(customerId).toArray(),
    interactionsOf(db, customerId, DOSSIER_INTERACTIONS),
    dossierAttachments(db, customerId),
  ]);
  const live = complaints.filter((c) => c.deletedAt === null).sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1));
  const levels = levelsWith([customer.classification], attachments);
  return { customer, contacts, grades, benefits, settlements, complaints: live, interactions, attachments, levels };
}
