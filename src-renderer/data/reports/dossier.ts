import { benefitsOf, contactsOf, getCustomer, interactionsOf, settlementsOf } from '../customers';
import type { BenefitYearRecord, ContactRecord, CustomerRecord, InteractionRecord, SettlementRecord } from '../customers/types';
import type { AirgapDb } from '../db';
import { gradeHistory, type GradeRunRecord, type GradingRecord } from '../grading';
import type { ComplaintRecord } from '../complaints/types';
import { reportTables } from './types';

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
}

/** Everything one customer's dossier prints, read at once; undefined when the customer does not exist. */
export async function customerDossier(db: AirgapDb, customerId: string): Promise<Dossier | undefined> {
  const customer = await getCustomer(db, customerId);
  if (!customer) return undefined;
  const [contacts, grades, benefits, settlements, complaints, interactions] = await Promise.all([
    contactsOf(db, customerId),
    gradeHistory(db, customerId),
    benefitsOf(db, customerId),
    settlementsOf(db, customerId),
    reportTables(db).complaints.where('customerId').equals(customerId).toArray(),
    interactionsOf(db, customerId, DOSSIER_INTERACTIONS),
  ]);
  const live = complaints.filter((c) => c.deletedAt === null).sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1));
  return { customer, contacts, grades, benefits, settlements, complaints: live, interactions };
}
