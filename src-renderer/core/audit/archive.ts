import { AuditVerifier, type AuditProblem } from './verify';
import type { AuditCheckpoint } from './types';
import { auditCheckpointSchema, auditEntrySchema } from './schemas';

/**
 * The audit export (data/audit/export.ts): an archive file of scope `audit` holding the signed
 * checkpoints, then the log's entries in seq order, then the print log (打印记录). Checkpoints come
 * first so a reader can verify the chain as the entries stream past (AuditFileCheck).
 */
export const AUDIT_SCOPE = 'audit';
export const AUDIT_ARCHIVE_KINDS = ['auditCheckpoints', 'audit', 'printLog'] as const;
export type AuditArchiveKind = (typeof AUDIT_ARCHIVE_KINDS)[number];

/**
 * The chain check of an audit file, fed its records in file order (the CLI's verify): the entries
 * must form an intact chain whose checkpoints were signed by the file's signer — the installation
 * that exported its own log. Null from `problem()` when they do.
 */
export class AuditFileCheck {
  private readonly checkpoints: AuditCheckpoint[] = [];
  private verifier: AuditVerifier | null = null;
  private checkpointAfterEntries = false;

  constructor(private readonly signerPublicKey: string) {}

  add(kind: string, record: Record<string, unknown>): void {
    if (kind === 'auditCheckpoints') {
      if (this.verifier) this.checkpointAfterEntries = true;
      else this.checkpoints.push(auditCheckpointSchema.parse(record));
    } else if (kind === 'audit') {
      this.verifier ??= new AuditVerifier(this.checkpoints, [this.signerPublicKey]);
      this.verifier.add([auditEntrySchema.parse(record)]);
    }
  }

  /** A sentence for a log line (English, the Chinese in brackets, as the CLI writes), or null. */
  problem(): string | null {
    if (this.checkpointAfterEntries) return 'audit checkpoints after the entries: not an audit file this app writes (审计检查点位置错误)';
    const verdict = (this.verifier ?? new AuditVerifier(this.checkpoints, [this.signerPublicKey])).finish();
    return verdict.firstProblem ? describeAuditProblem(verdict.firstProblem) : null;
  }
}

const PROBLEM_TEXT: Record<AuditProblem['code'], (p: AuditProblem) => string> = {
  'audit.problem.gap': (p) => `audit entry ${p.seq} is missing (第 ${p.seq} 条审计记录缺失)`,
  'audit.problem.outOfOrder': (p) => `audit entry ${p.seq} is out of order (第 ${p.seq} 条审计记录顺序错误)`,
  'audit.problem.hashMismatch': (p) => `audit entry ${p.seq} was altered (第 ${p.seq} 条审计记录被改动)`,
  'audit.problem.chainBreak': (p) => `audit entry ${p.seq} does not link to the one before (第 ${p.seq} 条审计记录链接断开)`,
  'audit.problem.checkpointMismatch': (p) => `audit entry ${p.seq} does not match its signed checkpoint (第 ${p.seq} 条审计记录与检查点不符)`,
  'audit.problem.badCheckpointSignature': (p) => `the audit checkpoint at entry ${p.seq} is not signed by the file's signer (检查点签名无效)`,
  'audit.problem.missingAfterCheckpoint': (p) =>
    `audit entries ${p.seq} to ${p.checkpointSeq} are missing (第 ${p.seq} 条至第 ${p.checkpointSeq} 条审计记录缺失)`,
};

export function describeAuditProblem(problem: AuditProblem): string {
  return PROBLEM_TEXT[problem.code](problem);
}
