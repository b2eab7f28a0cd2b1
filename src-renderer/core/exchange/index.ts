/** Department exchange, the pure part: the merge rule (merge.ts, lineage.ts) and public-key cards. */
export { hasSeen, joinLineage, lineageOf, sameLineage, type Lineage, type VersionRef } from './lineage';
export { compareVersions, decideMerge, MERGE_OUTCOMES, sameVersion, type MergeDecision, type MergeOutcome } from './merge';
