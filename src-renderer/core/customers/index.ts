/**
 * The customer-archive domain (PRODUCT.md §1): field schemas, hierarchy rules, duplicates, merge
 * and handover plans, requirement deadlines, the customer timeline. Pure: plans return data.
 * (Not to be confused with core/archive-file/, the exchange FILE format.)
 */
export * from './schemas';
export { findDuplicateCandidates, findRenameCandidates, renamedNames, type DuplicateCandidate } from './duplicates';
export { planBulkHandover, type BulkHandoverInput, type BulkHandoverPlan, type CustomerManagerPatch, type HandoverCustomer } from './handover';
export {
  MERGE_CHILD_TABLES,
  planCustomerMerge,
  type ChildPatch,
  type ChildRef,
  type MergeChildTable,
  type MergeChildren,
  type MergeConflict,
  type MergeCustomer,
  type MergeInput,
  type MergePlan,
} from './merge';
export { handoverEntrySchema, interactionEntrySchema, notAfterToday, requirementEntrySchema, settlementEntrySchema } from './happened';
export { summariseMerge, type MergeSummary, type MovedCount } from './merge-summary';
export { isRequirementOpen, isRequirementOverdue, OPEN_REQUIREMENT_STATUSES } from './requirements';
