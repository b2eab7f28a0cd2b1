import { GENESIS_HASH, hashAuditEntry } from './chain';
import { verifyCheckpoint } from './checkpoint';
import { acknowledgedBreak, isReAnchorEntry, type AcknowledgedBreak } from './re-anchor';
import type { AuditCheckpoint, AuditEntry } from './types';

/**
 * What can be wrong with the audit log, as i18n keys (i18n/areas/audit-messages.ts):
 * - gap: the entry at `seq` is missing (deleted), a later one follows;
 * - outOfOrder: an entry whose seq is not above the one before (only a caller feeding out of order);
 * - hashMismatch: the entry at `seq` does not hash to its stored hash (记录被改动);
 * - chainBreak: the entry at `seq` does not name the previous entry's hash (re-chained or inserted);
 * - checkpointMismatch: a signed checkpoint at `seq` names another hash than the entry there;
 * - badCheckpointSignature: the checkpoint at `seq` is not signed by one of the installation's keys;
 * - missingAfterCheckpoint: entries from `seq` up to `checkpointSeq` are gone (a table emptied or cut short).
 */
export const AUDIT_PROBLEM_CODES = [
  'audit.problem.gap',
  'audit.problem.outOfOrder',
  'audit.problem.hashMismatch',
  'audit.problem.chainBreak',
  'audit.problem.checkpointMismatch',
  'audit.problem.badCheckpointSignature',
  'audit.problem.missingAfterCheckpoint',
] as const;
export type AuditProblemCode = (typeof AUDIT_PROBLEM_CODES)[number];

export interface AuditProblem {
  /** The first entry that is wrong or missing. */
  seq: number;
  code: AuditProblemCode;
  /** missingAfterCheckpoint only: the signed checkpoint that proves entries up to it existed. */
  checkpointSeq?: number;
}

export interface AuditVerification {
  /** No problem but acknowledged ones: the chain holds from the log's start, or from each anchor on. */
  ok: boolean;
  /** Entries verified (a broken stretch an anchor acknowledged is not; an unacknowledged break ends the count). */
  entries: number;
  /** Checkpoints whose signature verified and whose hash matched the entry at their seq. */
  checkpoints: number;
  /** The first problem no auditor acknowledged. */
  firstProblem: AuditProblem | null;
  /** Breaks an auditor acknowledged by re-anchoring (core/audit/re-anchor.ts), oldest first: always named. */
  acknowledged: AcknowledgedBreak[];
}

/** Where a verification starts: the log's beginning, or an entry already trusted (a checkpoint). */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

/**
 * Verifies the audit log incrementally, so a caller can read it page by page: `add` entries in seq
 * order (as the primary key gives them), then `finish`. Checkpoint signatures are checked once, up
 * front (there are few), and each checkpoint's hash when its entry passes by.
 *
 * After a break the verifier looks on for an `audit.re-anchored` entry vouched for by a checkpoint
 * signed at its seq: there the break is acknowledged (named in `acknowledged`) and verification starts
 * again from that entry, against the checkpoints signed since. Without one the break is `firstProblem`.
 * So a break does not end the reading: an anchor may come later. A log cut short after its newest checkpoint cannot be told from a
 * shorter log: checkpoints bound what can be lost undetected to the entries since the last one.
 */
export class AuditVerifier {
  private expectedSeq: number;
  private previousHash: string;
  /** A break found, not yet acknowledged by an anchor further on. */
  private pending: AuditProblem | null = null;
  private readonly acknowledged: AcknowledgedBreak[] = [];
  private verifiedEntries = 0;
  private confirmedCheckpoints = 0;
  /** Checkpoints with a valid signature, by seq ascending; `nextCheckpoint` indexes the next to meet. */
  private trusted: AuditCheckpoint[];
  private nextCheckpoint = 0;
  /** The lowest checkpoint whose signature failed, if any (acknowledged by an anchor above it). */
  private signatureProblem: AuditProblem | null;

  constructor(checkpoints: readonly AuditCheckpoint[], publicKeys: readonly string[], anchor: AuditAnchor = { seq: 0, hash: GENESIS_HASH }) {
    this.expectedSeq = anchor.seq + 1;
    this.previousHash = anchor.hash;
    const relevant = [...checkpoints].filter((c) => c.seq > anchor.seq).sort((a, b) => a.seq - b.seq);
    const verdicts = relevant.map((checkpoint) => ({ checkpoint, valid: verifyCheckpoint(checkpoint, publicKeys) }));
    const bad = verdicts.find((v) => !v.valid);
    this.signatureProblem = bad ? { seq: bad.checkpoint.seq, code: 'audit.problem.badCheckpointSignature' } : null;
    this.trusted = verdicts.filter((v) => v.valid).map((v) => v.checkpoint);
  }

  /** Feeds the next entries, in seq order. */
  add(entries: readonly AuditEntry[]): void {
    for (const entry of entries) {
      if (!this.pending) {
        const problem = this.check(entry);
        if (!problem) {
          this.accept(entry);
          if (isReAnchorEntry(entry)) this.anchorAt(entry, null);
          continue;
        }
        this.pending = problem;
      }
      // Past a break: only a signed anchor above it lets verification go on.
      if (entry.seq > this.pending.seq && this.isSignedAnchor(entry)) {
        this.accept(entry);
        this.anchorAt(entry, this.pending);
        this.pending = null;
      }
    }
  }

  /** The verdict once every entry was fed. */
  finish(): AuditVerification {
    let problem = this.pending;
    if (!problem) {
      // The newest signed checkpoint proves the log reached its seq: anything short of it was removed.
      const newest = this.trusted[this.trusted.length - 1];
      if (newest && newest.seq >= this.expectedSeq) {
        problem = { seq: this.expectedSeq, code: 'audit.problem.missingAfterCheckpoint', checkpointSeq: newest.seq };
      }
    }
    if (this.signatureProblem && (!problem || this.signatureProblem.seq < problem.seq)) problem = this.signatureProblem;
    return {
      ok: problem === null,
      entries: this.verifiedEntries,
      checkpoints: this.confirmedCheckpoints,
      firstProblem: problem,
      acknowledged: [...this.acknowledged],
    };
  }

  private accept(entry: AuditEntry): void {
    this.verifiedEntries += 1;
    this.expectedSeq = entry.seq + 1;
    this.previousHash = entry.hash;
  }

  /**
   * A signed anchor: the break before it (the one pending, or what the checkpoints signed before the
   * anchor still prove: entries they vouched for that are gone, a checkpoint whose signature fails) is
   * acknowledged; those older checkpoints vouch for the old chain, not for what follows the anchor.
   */
  private anchorAt(anchor: AuditEntry, pending: AuditProblem | null): void {
    const own = this.trusted.find((c) => c.seq === anchor.seq && c.hash === anchor.hash);
    if (!own) return;
    const older = this.trusted.filter((c) => c !== own && c.at < own.at);
    const stillProven = older.filter((c) => c.seq >= anchor.seq).sort((a, b) => b.seq - a.seq)[0];
    let problem = pending;
    if (!problem && stillProven) problem = { seq: anchor.seq, code: 'audit.problem.missingAfterCheckpoint', checkpointSeq: stillProven.seq };
    if (this.signatureProblem && this.signatureProblem.seq < anchor.seq && (!problem || this.signatureProblem.seq < problem.seq))
      problem = this.signatureProblem;
    if (!problem) return;
    if (problem === this.signatureProblem) this.signatureProblem = null;
    this.acknowledged.push(acknowledgedBreak(problem, anchor));
    // Past a break the anchor's own checkpoint was not compared on the way (checkCheckpoint): it is now.
    if (pending) this.confirmedCheckpoints += 1;
    this.trusted = this.trusted.filter((c) => !older.includes(c));
    this.nextCheckpoint = this.trusted.findIndex((c) => c.seq > anchor.seq);
    if (this.nextCheckpoint < 0) this.nextCheckpoint = this.trusted.length;
  }

  private isSignedAnchor(entry: AuditEntry): boolean {
    return isReAnchorEntry(entry) && hashHolds(entry) && this.trusted.some((c) => c.seq === entry.seq && c.hash === entry.hash);
  }

  private check(entry: AuditEntry): AuditProblem | null {
    const expected = this.expectedSeq;
    if (entry.seq > expected) return { seq: expected, code: 'audit.problem.gap' };
    if (entry.seq !== expected) return { seq: expected, code: 'audit.problem.outOfOrder' };
    if (!hashHolds(entry)) return { seq: expected, code: 'audit.problem.hashMismatch' };
    if (entry.prevHash !== this.previousHash) return { seq: expected, code: 'audit.problem.chainBreak' };
    return this.checkCheckpoint(entry);
  }

  /** Compares the entry with a checkpoint at its seq; skips checkpoints whose entries never came (a gap says so). */
  private checkCheckpoint(entry: AuditEntry): AuditProblem | null {
    while (this.nextCheckpoint < this.trusted.length && this.trusted[this.nextCheckpoint]!.seq < entry.seq) this.nextCheckpoint += 1;
    const checkpoint = this.trusted[this.nextCheckpoint];
    if (!checkpoint || checkpoint.seq !== entry.seq) return null;
    this.nextCheckpoint += 1;
    if (checkpoint.hash !== entry.hash) return { seq: entry.seq, code: 'audit.problem.checkpointMismatch' };
    this.confirmedCheckpoints += 1;
    return null;
  }
}

/** True when the entry hashes to its stored hash; a row edited by hand into another shape does not. */
function hashHolds(entry: AuditEntry): boolean {
  try {
    return hashAuditEntry(entry) === entry.hash;
  } catch {
    return false;
  }
}

/** Verifies a whole log held in memory (tests, small logs); the data layer feeds pages instead. */
export function verifyAuditEntries(entries: readonly AuditEntry[], checkpoints: readonly AuditCheckpoint[], publicKeys: readonly string[]): AuditVerification {
  const verifier = new AuditVerifier(checkpoints, publicKeys);
  verifier.add(entries);
  return verifier.finish();
}
