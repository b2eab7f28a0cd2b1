/** Department exchange, the pure part: the merge rule (merge.ts, lineage.ts) and public-key cards. */
export { hasSeen, joinLineage, lineageOf, sameLineage, type Lineage, type VersionRef } from './lineage';
export { compareVersions, decideMerge, MERGE_OUTCOMES, sameVersion, type MergeDecision, type MergeOutcome } from './merge';
export { CUSTOMER_CHILD_KINDS, EXCHANGE_KINDS, LINEAGE_KIND, lineageLineSchema, type ExchangeKind, type LineageLine } from './kinds';
export { CardError, makeKeyCard, parseKeyCard, serialiseKeyCard, type CardProblem, type KeyCard } from './card';
export { departmentEditSchema, departmentSchema, type Department, type DepartmentEdit, type DepartmentEvent } from './department';
export { CONFLICT_STATUSES, conflictRowSchema } from './conflict';
