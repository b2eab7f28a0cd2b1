/**
 * The audit log (issue 15.5, docs/accounts.md): append-only, one entry per audited action written in
 * the same transaction as the action, each entry hash-chained to the one before, with checkpoints
 * signed by the installation's Ed25519 key.
 */

/** Flat details of an entry: what the auditor filters and reads (counts, marks, names, reasons). */
export type AuditDetails = Record<string, string | number | boolean | null>;

export type AuditOutcome = 'success' | 'failure';

/** The object an action was about (a customer, a user, a report, a file). */
export interface AuditObject {
  kind: string;
  id: string;
  /** Readable at audit time without the record (a customer's name, a file's name). */
  label: string;
}

export interface AuditEntry {
  /** 1, 2, 3 … without gaps: the chain's order (primary key). */
  seq: number;
  /** ISO instant. */
  at: string;
  /** The signed-in user, or null when nobody is (a failed sign-in of an unknown name). */
  userId: string | null;
  userName: string;
  /** Dotted action name, e.g. `auth.sign-in`, `customer.delete` (core/audit/actions.ts). */
  action: string;
  outcome: AuditOutcome;
  object: AuditObject | null;
  details: AuditDetails;
  /** Hex SHA-256 of the previous entry (64 zeros for the first). */
  prevHash: string;
  /** Hex SHA-256 over this entry's canonical form (every field above, prevHash included). */
  hash: string;
}

/** A signed statement "entry `seq` has hash `hash`" (table `auditCheckpoints`, keyed by seq). */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  /** Hex Ed25519 public key of the installation that signed. */
  publicKey: string;
  /** Hex Ed25519 signature over the checkpoint's canonical form. */
  signature: string;
}
