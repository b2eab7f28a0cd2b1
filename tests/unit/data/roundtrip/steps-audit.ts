import { appendAuditAlone } from '../../../../src-renderer/data/audit/append';
import { writeCheckpointIfDue } from '../../../../src-renderer/data/audit/checkpoint';
import { presetPolicy } from '../../../../src-renderer/core/accounts/policy';
import { CLASSIFICATION_LEVELS } from '../../../../src-renderer/core/classification';
import { DEFAULT_OUTPUT_POLICY } from '../../../../src-renderer/core/output/policy';
import { rowOf, text, nth, type Params } from './pick';
import type { Dept } from './world';

/**
 * The audit log (issue 15.5): entries as the audited actions append them, and the checkpoints the
 * session signs with the installation's key — both must come back from a backup unchanged.
 */
export const AUDIT_STEPS: Record<string, (d: Dept, p: Params) => Promise<unknown>> = {
  async auditAppend(d, [p0, p1, p2]) {
    const customer = await rowOf(d.db, 'customers', p0);
    return appendAuditAlone(d.db, {
      at: d.ctx.now().toISOString(),
      userId: p1 % 3 === 0 ? null : `user-${p1 % 3}`,
      userName: d.ctx.actor.name,
      action: nth(['auth.sign-in', 'auth.sign-out', 'customer.update', 'report.print'], p1),
      outcome: p2 % 5 === 0 ? 'failure' : 'success',
      object: customer ? { kind: 'customers', id: customer.id, label: text(100, p2 + 1) || '客户' } : null,
      details: p2 % 2 ? { fields: p2, reason: text(200, p2), approved: p2 % 4 === 1, note: null } : {},
    });
  },
  /** The security administrator's policies (meta rows a backup carries): a preset, or a changed output limit. */
  policySet(d, [p0, p1]) {
    if (p0 % 2 === 0) return d.db.meta.put({ key: 'security-policy', value: presetPolicy(nth(['secret', 'basic'] as const, p1)) });
    const output = structuredClone(DEFAULT_OUTPUT_POLICY);
    output.print.reader = nth([null, ...CLASSIFICATION_LEVELS], p1);
    return d.db.meta.put({ key: 'output-policy', value: output });
  },
  auditCheckpoint(d, [p0]) {
    const keys = d.installation.keys;
    return writeCheckpointIfDue(d.db, { secretKey: keys.signingSecretKey, publicKey: keys.signingPublicKey }, d.ctx.now(), { minEntries: 1 + (p0 % 3) });
  },
};
