import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditDetails, AuditEntry } from './types';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller supplies: the entry without its place in the chain. */
export type AuditEvent = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

function sortedDetails(details: AuditDetails): [string, AuditDetails[string]][] {
  return Object.keys(details)
    .sort()
    .map((key) => [key, details[key]!]);
}

/**
 * The bytes an entry's hash covers: a JSON array in a fixed order (object keys sorted), so the
 * same entry always hashes the same whatever order its details were built in.
 */
export function canonicalAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const object = entry.object === null ? null : [entry.object.kind, entry.object.id, entry.object.label];
  return JSON.stringify([entry.seq, entry.at, entry.userId, entry.userName, entry.action, entry.outcome, object, sortedDetails(entry.details), entry.prevHash]);
}

export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalAuditEntry(entry))));
}

/** The entry that follows `previous` (null: the first of the chain). */
export function chainAuditEntry(event: AuditEvent, previous: Pick<AuditEntry, 'seq' | 'hash'> | null): AuditEntry {
  const unhashed = { ...event, seq: previous ? previous.seq + 1 : 1, prevHash: previous ? previous.hash : GENESIS_HASH };
  return { ...unhashed, hash: hashAuditEntry(unhashed) };
}
