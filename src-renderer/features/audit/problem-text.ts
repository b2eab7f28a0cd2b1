import { AUDIT_PROBLEM_CODES, type AuditProblemCode } from '../../core/audit/verify';
import type { Translate } from '../../i18n';

/**
 * A chain problem in words (i18n audit.problem.*), from a verification or from the details an entry
 * stored (`audit.tamper-detected`, `audit.re-anchored`): what and where.
 */
export function problemText(t: Translate, problem: { code: unknown; seq: unknown; checkpointSeq?: unknown }): string {
  const code = AUDIT_PROBLEM_CODES.find((known): known is AuditProblemCode => known === problem.code);
  const seq = typeof problem.seq === 'number' ? problem.seq : 0;
  const checkpointSeq = typeof problem.checkpointSeq === 'number' ? problem.checkpointSeq : seq;
  return code ? t(code, { seq, checkpointSeq }) : t('auditLog.detail.other', { key: String(problem.code) });
}
