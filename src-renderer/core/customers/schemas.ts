/**
 * The zod schemas of the customer archive's fields (no envelope: see core/envelope.ts), split by
 * aggregate; this module is the one place to import them from. Validate with `safeParse` and turn
 * failures into field errors with `fieldErrorsOf` (core/validation.ts): every message is an i18n key.
 */
export { checkChildLevels, checkHierarchy, customerFieldsSchema, customerSchema, withCustomerKeys, type CustomerValues } from './customer';
export { contactFieldsSchema, withContactKeys, type ContactValues } from './contact';
export { interactionFieldsSchema, requirementFieldsSchema, type InteractionValues, type RequirementValues } from './activity';
export {
  benefitYearFieldsSchema,
  MAX_WAN,
  overpaidWan,
  positiveWanSchema,
  settlementFieldsSchema,
  wanSchema,
  type BenefitYearValues,
  type SettlementValues,
} from './business';
export { handoverFieldsSchema, managerFieldsSchema, type HandoverValues, type ManagerValues } from './people';
export { isoDateSchema, isValidIsoDate, MAX_YEAR, MIN_YEAR, nullableInstantSchema, nullableIsoDateSchema } from './dates';
export { normalisePhone, optionalPhoneSchema, phoneSchema } from './phone';
export { ARCHIVE_LIMITS, splitList } from './fields';
export { CUSTOMER_LEVELS, CUSTOMER_STATUSES, CUSTOMER_TYPES, INTERACTION_KINDS, OUR_DEPARTMENTS, REQUIREMENT_STATUSES } from './enums';
