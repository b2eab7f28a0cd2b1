import type { Envelope } from '../../core/envelope';
import type { Grade } from '../../core/grading';
import type {
  BenefitYearFields,
  ContactFields,
  CustomerFields,
  HandoverFields,
  InteractionFields,
  IsoDate,
  ManagerFields,
  RequirementFields,
  SettlementFields,
} from '../../core/model';

/**
 * The stored rows of the customer archive: fields (core/model.ts) plus the envelope. A customer's
 * grade is written only by an approved grading (data/grading); never graded: absent.
 * (Row types live under data/rows so the database type can list them without importing a repository.)
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
