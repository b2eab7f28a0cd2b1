import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { chainAuditEntry, type AuditEvent } from '../../../../src-renderer/core/audit/chain';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';

/** Test data for the audit log: a chain of plausible entries and installation signing keys. */

const ACTIONS = ['auth.sign-in', 'customer.update', 'customer.delete', 'report.print', 'backup.create'] as const;

export function auditEvent(n: number, at = Date.UTC(2026, 10, 26, 8, 0, 0) + n * 1000): AuditEvent {
  return {
    at: new Date(at).toISOString(),
    userId: n % 7 === 0 ? null : `user-${n % 3}`,
    userName: ['张伟', '李娜', '王强'][n % 3]!,
    action: ACTIONS[n % ACTIONS.length]!,
    outcome: n % 11 === 0 ? 'failure' : 'success',
    object: n % 4 === 0 ? null : { kind: 'customers', id: `customer-${n % 5}`, label: `第${n % 5}研究所` },
    details: n % 2 === 0 ? { fields: 3, mark: '内部' } : {},
  };
}

/** `count` chained entries, seq 1 … count. */
export function auditChain(count: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let n = 0; n < count; n++) entries.push(chainAuditEntry(auditEvent(n), entries[n - 1] ?? null));
  return entries;
}

export interface SigningKeys {
  secretKey: string;
  publicKey: string;
}

export function signingKeys(): SigningKeys {
  const secret = ed25519.utils.randomSecretKey();
  return { secretKey: bytesToHex(secret), publicKey: bytesToHex(ed25519.getPublicKey(secret)) };
}
