import { signCheckpoint } from '../../../../src-renderer/core/audit/checkpoint';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';
import type { AuditSigningKeys } from '../../../../src-renderer/data/audit/checkpoint';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { auditChain, auditEvent, signingKeys } from '../../../shared/audit-builders';

/** Audit test data for the data layer: the events and keys of tests/shared/audit-builders.ts, in a database. */
export const CHECKPOINT_AT = '2026-11-27T00:00:00.000Z';
export { auditEvent, signingKeys };

/** A database holding a chain of `count` entries and, optionally, checkpoints signed at the given seqs. */
export async function seedAuditLog(db: AirgapDb, count: number, checkpointSeqs: number[] = [], keys: AuditSigningKeys = signingKeys()) {
  const entries: AuditEntry[] = auditChain(count);
  await db.audit.bulkAdd(entries);
  await db.auditCheckpoints.bulkAdd(checkpointSeqs.map((seq) => signCheckpoint(entries[seq - 1]!, CHECKPOINT_AT, keys.secretKey)));
  return { entries, keys };
}
