import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { chainAuditEntry, type AuditEvent } from '../../../../src-renderer/core/audit/chain';
import { signCheckpoint } from '../../../../src-renderer/core/audit/checkpoint';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';
import type { AuditSigningKeys } from '../../../../src-renderer/data/audit/checkpoint';
import type { AirgapDb } from '../../../../src-renderer/data/db';

/**
 * Audit test data for the data layer (tests/unit/core/audit/builders.ts is the core tests' copy:
 * the two test folders are type-checked by different projects and cannot share a file).
 */
export const CHECKPOINT_AT = '2026-11-27T00:00:00.000Z';
const ACTIONS = ['auth.sign-in', 'customer.update', 'customer.delete', 'report.print', 'backup.create'] as const;

/** A plausible event: three users and nobody, five actions, objects on three entries of four, one failure in eleven. */
export function auditEvent(n: number): AuditEvent {
  return {
    at: new Date(Date.UTC(2026, 10, 26, 8, 0, 0) + n * 1000).toISOString(),
    userId: n % 7 === 0 ? null : `user-${n % 3}`,
    userName: ['张伟', '李娜', '王强'][n % 3]!,
    action: ACTIONS[n % ACTIONS.length]!,
    outcome: n % 11 === 0 ? 'failure' : 'success',
    object: n % 4 === 0 ? null : { kind: 'customers', id: `customer-${n % 5}`, label: `第${n % 5}研究所` },
    details: n % 2 === 0 ? { fields: 3, mark: '内部' } : {},
  };
}

export function signingKeys(): AuditSigningKeys {
  const secret = ed25519.utils.randomSecretKey();
  return { secretKey: bytesToHex(secret), publicKey: bytesToHex(ed25519.getPublicKey(secret)) };
}

/** A database holding a chain of `count` entries and, optionally, checkpoints signed at the given seqs. */
export async function seedAuditLog(db: AirgapDb, count: number, checkpointSeqs: number[] = [], keys: AuditSigningKeys = signingKeys()) {
  const entries: AuditEntry[] = [];
  for (let n = 0; n < count; n++) entries.push(chainAuditEntry(auditEvent(n), entries[n - 1] ?? null));
  await db.audit.bulkAdd(entries);
  await db.auditCheckpoints.bulkAdd(checkpointSeqs.map((seq) => signCheckpoint(entries[seq - 1]!, CHECKPOINT_AT, keys.secretKey)));
  return { entries, keys };
}
