/**
 * The record model in one place for the modules that read across domains (data, features,
 * synthetic data): it only re-exports. Each domain owns its types — the customer archive in
 * customers (enums.ts, types.ts), complaints in complaints (enums.ts, types.ts), days and
 * instants in iso-dates.ts — and no domain folder imports this file, so it closes no import circle.
 *
 * Conventions: dates are local calendar days 'YYYY-MM-DD' (string order = date order, so they
 * index well); instants are ISO 8601 strings; money is in 万元 (10,000 CNY) as the institute reports it.
 */
export type { IsoDate, IsoDateTime } from './iso-dates';
export {
  CUSTOMER_LEVELS,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  INTERACTION_KINDS,
  OUR_DEPARTMENTS,
  REQUIREMENT_STATUSES,
  type CustomerLevel,
  type CustomerStatus,
  type CustomerType,
  type InteractionKind,
  type OurDepartment,
  type RequirementStatus,
} from './customers/enums';
export type {
  BenefitYearFields,
  ContactFields,
  CustomerFields,
  HandoverFields,
  InteractionFields,
  ManagerFields,
  RequirementFields,
  SettlementFields,
} from './customers/types';
export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintSeverity,
  type ComplaintStatus,
} from './complaints/enums';
export type { ComplaintAnswer, ComplaintFields, ComplaintVerification } from './complaints/types';
