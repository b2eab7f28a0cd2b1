import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { chainAuditEntry, type AuditEvent } from '../../src-renderer/core/audit/chain';
import type { AuditEntry } from '../../src-renderer/core/audit/types';

/**
 * Audit test data shared by the core tests (tsconfig.node.json) and the data tests (tsconfig.web.json): it
 * imports only core and the audited crypto libraries, so both projects type-check it (both include it).
 */
const ACTIONS = ['auth.sign-in', 'customer.update', 'customer.delete', 'report.print', 'backup.create'] as const;

/** A plausible event: three users and nobody, five actions, objects on three entries of four, one failure in eleven. */
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

/** An installation's Ed25519 signing keys, hex (the shape data/audit's AuditSigningKeys has). */
export interface SigningKeys {
  secretKey: string;
  publicKey: string;
}

export function signingKeys(): SigningKeys {
  const secret = ed25519.utils.randomSecretKey();
  return { secretKey: bytesToHex(secret), publicKey: bytesToHex(ed25519.getPublicKey(secret)) };
}
