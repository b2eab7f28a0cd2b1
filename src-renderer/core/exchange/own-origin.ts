import { compareHlc } from '../hlc';
import { lineageOf, type Lineage, type VersionRef } from './lineage';

/**
 * A file may carry versions made on THIS installation (a department relays what it received), but
 * only versions this installation actually made: its own versions of a record have increasing revs,
 * so what it holds of itself is the highest own rev in the local version's lineage (its own
 * (origin, rev) included). An incoming version claiming this installation as origin with a rev above
 * that — or a lineage claiming to have seen such a version — was made somewhere else under our
 * name: applied, it would overwrite the local version as "updated", with no conflict kept and its
 * history attributed to this installation. Pure: the preview and the apply use the same rule.
 */

/** The highest rev of this installation's own versions that the local version has seen (its own included). */
function heldOwnRev(ownInstallationId: string, local: VersionRef | undefined, localLineage: Lineage | undefined): string | undefined {
  return local ? lineageOf(local, localLineage)[ownInstallationId] : localLineage?.[ownInstallationId];
}

function holds(held: string | undefined, rev: string): boolean {
  return held !== undefined && compareHlc(rev, held) <= 0;
}

/** True when `incoming` claims this installation as origin and this installation does not hold it. */
export function ownVersionForged(ownInstallationId: string, incoming: VersionRef, local: VersionRef | undefined, localLineage: Lineage | undefined): boolean {
  return incoming.origin === ownInstallationId && !holds(heldOwnRev(ownInstallationId, local, localLineage), incoming.rev);
}

/** True when an incoming lineage claims to have seen a version of this installation that it never made. */
export function ownLineageForged(
  ownInstallationId: string,
  incomingLineage: Lineage | undefined,
  local: VersionRef | undefined,
  localLineage: Lineage | undefined,
): boolean {
  const claimed = incomingLineage?.[ownInstallationId];
  return claimed !== undefined && !holds(heldOwnRev(ownInstallationId, local, localLineage), claimed);
}
