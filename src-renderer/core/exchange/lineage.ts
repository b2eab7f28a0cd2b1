import { compareHlc } from '../hlc';

/**
 * What a version of a record "has seen": per installation (origin), the highest rev of that
 * record's versions made there that are in this version's past. A version vector (Parker et al.,
 * 1983) whose entries are HLC revs instead of counters: an installation's own versions of one
 * record have increasing revs, so "rev ≤ seen[origin]" means "that version, or a later one made
 * after it on the same installation, is in my past".
 *
 * Stored per record in a local table (only for records that ever came through an import) and sent
 * along in exchange files; a record made and edited only here needs none: its own
 * `{origin: rev}` is implied. See docs/exchange.md for why this rule converges and loses nothing.
 */
export type Lineage = Readonly<Record<string, string>>;

export interface VersionRef {
  rev: string;
  origin: string;
}

/** The lineage of a version: what was stored for it plus its own (origin, rev). */
export function lineageOf(version: VersionRef, stored: Lineage | undefined): Lineage {
  return joinLineage(stored ?? {}, { [version.origin]: version.rev });
}

/** Pointwise maximum: everything either side has seen. */
export function joinLineage(a: Lineage, b: Lineage): Lineage {
  const joined: Record<string, string> = { ...a };
  for (const [origin, rev] of Object.entries(b)) {
    const mine = joined[origin];
    if (mine === undefined || compareHlc(rev, mine) > 0) joined[origin] = rev;
  }
  return joined;
}

/** True when `version` is in the past described by `lineage`. */
export function hasSeen(lineage: Lineage, version: VersionRef): boolean {
  const seen = lineage[version.origin];
  return seen !== undefined && compareHlc(seen, version.rev) >= 0;
}

export function sameLineage(a: Lineage, b: Lineage): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
