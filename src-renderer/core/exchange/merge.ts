import { compareHlc } from '../hlc';
import { hasSeen, joinLineage, lineageOf, type Lineage, type VersionRef } from './lineage';

/**
 * The merge rule of department exchange, per record: pure, so that the import preview, the import
 * itself and the convergence property test all use the same decision.
 *
 * - the WINNER is always the version with the higher `rev` (HLC), ties broken by `origin`: a total
 *   order every installation computes the same way, which is what makes replicas converge;
 * - lineages (lineage.ts) only say whether the loser was already in the winner's past — then
 *   nothing is lost (`updated` / `older`) — or not: a `conflict`, whose losing version is kept.
 */
export const MERGE_OUTCOMES = ['new', 'updated', 'unchanged', 'older', 'conflict'] as const;
export type MergeOutcome = (typeof MERGE_OUTCOMES)[number];

export interface MergeDecision {
  outcome: MergeOutcome;
  /** Which version the database holds afterwards. */
  winner: 'incoming' | 'local';
  /** For conflicts: the version to keep in the conflicts list. */
  loser: 'incoming' | 'local' | null;
  /** The lineage to store for the record afterwards (everything both sides have seen). */
  lineage: Lineage;
}

/** Positive when `a` wins over `b`. Same rev and origin: the same version. */
export function compareVersions(a: VersionRef, b: VersionRef): number {
  return compareHlc(a.rev, b.rev) || (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0);
}

export function sameVersion(a: VersionRef, b: VersionRef): boolean {
  return a.rev === b.rev && a.origin === b.origin;
}

/**
 * Classifies an incoming version against the local one. `incomingLineage` and `localLineage` are
 * the STORED lineages (without the versions' own dots; undefined when none).
 */
export function decideMerge(
  incoming: VersionRef,
  incomingLineage: Lineage | undefined,
  local: VersionRef | undefined,
  localLineage: Lineage | undefined,
): MergeDecision {
  const seenByIncoming = lineageOf(incoming, incomingLineage);
  if (!local) return { outcome: 'new', winner: 'incoming', loser: null, lineage: seenByIncoming };
  const seenByLocal = lineageOf(local, localLineage);
  const lineage = joinLineage(seenByLocal, seenByIncoming);
  if (sameVersion(incoming, local)) return { outcome: 'unchanged', winner: 'local', loser: null, lineage };
  if (compareVersions(incoming, local) > 0) {
    return hasSeen(seenByIncoming, local)
      ? { outcome: 'updated', winner: 'incoming', loser: null, lineage }
      : { outcome: 'conflict', winner: 'incoming', loser: 'local', lineage };
  }
  return hasSeen(seenByLocal, incoming)
    ? { outcome: 'older', winner: 'local', loser: null, lineage }
    : { outcome: 'conflict', winner: 'local', loser: 'incoming', lineage };
}
