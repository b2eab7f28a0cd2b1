import type { Envelope } from '../../core/envelope';
import type { ExchangeKind } from '../../core/exchange/kinds';
import type { Lineage } from '../../core/exchange/lineage';

/** A record of any kind, as code written for every kind sees it: the envelope and its fields. */
export type AnyRecord = Envelope & Record<string, unknown>;

/** The stored lineage of a record (core/exchange/lineage.ts), keyed by the record's id. */
export interface LineageRow {
  id: string;
  kind: ExchangeKind;
  seen: Lineage;
}

/**
 * Conflicts: the losing versions of records both sides changed since they last agreed. The
 * winner is already in the table; the loser waits here until someone reviews it.
 */
export interface ConflictRow {
  id: string;
  kind: ExchangeKind;
  recordId: string;
  /** The version that lost, whole, with its envelope. */
  loser: AnyRecord;
  /** Which side lost on this installation: its own version, or the file's. */
  loserSide: 'local' | 'incoming';
  winnerRev: string;
  winnerOrigin: string;
  /** The department whose file caused it. */
  sourceInstallationId: string;
  /** The directory's name for the signing key (rows before issue 14: the manifest's claim). */
  sourceDepartment: string;
  /** Who signed the file: directory name and key fingerprint (absent in rows written before issue 14). */
  signer?: { name: string; fingerprint: string };
  detectedAt: string;
  status: 'open' | 'kept-winner' | 'took-loser';
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** Resolved field by field (issue 17.8): which side each differing field was taken from. */
  fields?: Record<string, ConflictSide>;
}

export type ConflictSide = 'winner' | 'loser';

/** One batch of an import's validated records, parked between the preview and the apply (data/exchange/staging.ts). */
export interface StagedBatch {
  importId: string;
  seq: number;
  kind: ExchangeKind;
  records: AnyRecord[];
  /** Whether this database held any of these ids (record or lineage) when the preview read them. */
  hasLocals: boolean;
}

/** The row at seq 0 of an import: the preview verified the whole file (its batches and digest). */
export interface StagedVerification {
  importId: string;
  seq: 0;
  verified: true;
  batches: number;
  /** Attachment parts staged after the batches (seq batches+1 … batches+blobParts); absent before issue 18. */
  blobParts?: number;
  sha256: string;
}

/** One part of an attachment's bytes (≤ 1 MiB, a Blob), parked after the batches (data/exchange/staging.ts). */
export interface StagedBlobPart {
  importId: string;
  seq: number;
  blobPart: { sha256: string; part: number; parts: number; size: number; data: Blob };
}

export type StagingRow = StagedBatch | StagedVerification | StagedBlobPart;
