import type { POLICY_SETTING_KEYS } from '../../core/backup';
import {
  accountFieldErrors,
  ACCOUNT_AUDIT_ACTIONS,
  DEFAULT_SECURITY_POLICY,
  requirePermission,
  securityPolicySchema,
  summarisePolicy,
  type Actor,
  type SecurityPolicy,
} from '../../core/accounts';
import { ValidationError } from '../../core/validation';
import { appendAudit } from '../audit/append';
import type { AirgapDb } from '../db';
import { accountEvent, byActor } from './audit-events';
import { activeActor } from './guards';

export const SECURITY_POLICY_KEY = 'security-policy' satisfies (typeof POLICY_SETTING_KEYS)[number];

/**
 * The security policy in force: the meta row, or the 秘密级常用 preset when there is none. A row
 * that does not read as a policy (changed outside the app) also gives the preset — the strictest
 * shipped setting — rather than refusing every sign-in.
 */
export async function getSecurityPolicy(db: AirgapDb): Promise<SecurityPolicy> {
  const row = await db.meta.get(SECURITY_POLICY_KEY);
  const parsed = row ? securityPolicySchema.safeParse(row.value) : null;
  return parsed?.success ? parsed.data : structuredClone(DEFAULT_SECURITY_POLICY);
}

/** The security administrator sets the policy; audited with the policy before and after. */
export async function saveSecurityPolicy(db: AirgapDb, actor: Actor, policy: SecurityPolicy, now: Date): Promise<SecurityPolicy> {
  requirePermission(actor, 'policy.manage');
  const parsed = securityPolicySchema.safeParse(policy);
  if (!parsed.success) throw new ValidationError(accountFieldErrors(parsed.error));
  return db.transaction('rw', [db.users, db.meta, db.audit], async () => {
    await activeActor(db, actor, 'policy.manage');
    const before = await getSecurityPolicy(db);
    await db.meta.put({ key: SECURITY_POLICY_KEY, value: parsed.data });
    await appendAudit(
      db,
      accountEvent(
        byActor(actor),
        ACCOUNT_AUDIT_ACTIONS.policyChange,
        'success',
        null,
        { before: summarisePolicy(before), after: summarisePolicy(parsed.data) },
        now,
      ),
    );
    return parsed.data;
  });
}
