import { z } from 'zod';
import { TEXT_LIMITS } from '../validation';
import type { AuditCheckpoint, AuditEntry } from './types';

/**
 * The stored shape of audit entries and checkpoints, for files that carry them (backups, the audit
 * export). Shape and bounds only: whether the chain holds is the verifier's question
 * (core/audit/verify.ts), so a backup of a tampered log restores as it was and the tampering stays
 * visible. No transforms: what is restored is byte for byte what was backed up, or the hashes
 * would no longer hold.
 */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const auditEntrySchema: z.ZodType<AuditEntry> = z
  .object({
    seq: z.number().int().positive(),
    at: z.iso.datetime(),
    userId: z.string().min(1).max(100).nullable(),
    userName: z.string().max(TEXT_LIMITS.name),
    action: z.string().min(1).max(100),
    outcome: z.enum(['success', 'failure']),
    object: z
      .object({ kind: z.string().min(1).max(50), id: z.string().max(200), label: z.string().max(500) })
      .strict()
      .nullable(),
    details: z.record(z.string().min(1).max(100), z.union([z.string().max(TEXT_LIMITS.long), z.number(), z.boolean(), z.null()])),
    prevHash: hex(32),
    hash: hex(32),
  })
  .strict();

export const auditCheckpointSchema: z.ZodType<AuditCheckpoint> = z
  .object({
    seq: z.number().int().positive(),
    hash: hex(32),
    at: z.iso.datetime(),
    publicKey: hex(32),
    signature: hex(64),
  })
  .strict();
