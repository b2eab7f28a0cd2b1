import type { InteractionValues, RequirementValues } from './activity';
import type { BenefitYearValues, SettlementValues } from './business';
import type { HandoverValues, ManagerValues } from './people';

/**
 * The fields of the customer-archive records, without the envelope (id, rev, origin, updatedBy,
 * deletedAt — see envelope.ts). A stored row is `CustomerFields & Envelope` (data/rows/archive.ts).
 * They are inferred from the zod schemas of this folder (one source of truth), plus the derived
 * keys a row stores. Money is in 万元 (10,000 CNY) as the institute reports it.
 */
export type { CustomerFields } from './customer';
export type { ContactFields } from './contact';

/** 往来记录: one contact between us and the customer. */
export type InteractionFields = InteractionValues;
export type RequirementFields = RequirementValues;
/** Business figures of one customer in one year (grading reads the latest year). */
export type BenefitYearFields = BenefitYearValues;
/** One receivable; payment stability is derived from how late these were paid. */
export type SettlementFields = SettlementValues;
/** 交接 of a customer from one account manager to another. */
export type HandoverFields = HandoverValues;
/** One of our account managers (客户经理). */
export type ManagerFields = ManagerValues;
