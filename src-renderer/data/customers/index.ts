/**
 * The data API of the customer archive (contract: docs/archive-data-api.md). Every mutation
 * validates with the core schemas (ValidationError, nothing written) and writes through
 * data/records.ts, so each change has its change-log entry in the same transaction.
 */
export * from './types';
export { DuplicateCustomerError } from './duplicates';
export {
  ancestorsOf,
  childrenOf,
  createCustomer,
  customerHistory,
  deleteCustomer,
  firstCustomers,
  getCustomer,
  LIST_PAGE,
  listCustomers,
  openCustomer,
  OUT_OF_SCOPE,
  recordHistory,
  restoreCustomer,
  updateCustomer,
  type CreateCustomerOptions,
  type UpdateCustomerOptions,
} from './customers';
export { customersByContact, searchCustomers } from './customer-search';
export { deletedRecords, restoreRecord } from './recycle-bin';
export { customersMergedInto, mergeCustomers, previewCustomerMerge, type MergePreview } from './merge';
export { contactsOf, createContact, deleteContact, getContact, restoreContact, setPrimaryContact, updateContact } from './contacts';
export { createInteraction, deleteInteraction, interactionsOf, updateInteraction } from './interactions';
export { createRequirement, deleteRequirement, openRequirementsOfManager, requirementsOf, updateRequirement } from './requirements';
export {
  benefitsOf,
  createBenefitYear,
  createSettlement,
  deleteBenefitYear,
  deleteSettlement,
  OverpaymentError,
  settlementsOf,
  updateBenefitYear,
  updateSettlement,
  type SettlementWriteOptions,
} from './business';
export { acknowledgeHandover, bulkHandOver, handOverCustomer, handoversOf, type HandoverInput } from './handovers';
export { createManager, customerCountsByManager, getManager, listManagers, updateManager, withManagerKey } from './managers';
export { customerTimeline } from './timeline';
export {
  customerFullHistory,
  HISTORY_KINDS,
  type CustomerHistoryItem,
  type CustomerHistoryOptions,
  type CustomerHistoryPage,
  type HistoryKind,
  type HistoryRecord,
} from './history';
