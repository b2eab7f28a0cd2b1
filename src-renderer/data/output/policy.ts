import type { POLICY_SETTING_KEYS } from '../../core/backup';
import { requirePermission, type Actor } from '../../core/accounts';
import { DEFAULT_OUTPUT_POLICY, OUTPUT_AUDIT_ACTIONS, outputPolicySchema, summariseOutputPolicy, type OutputPolicy } from '../../core/output';
import { ValidationError } from '../../core/validation';
import { activeActor } from '../accounts/guards';
import { appendAudit } from '../audit/append';
import type { AirgapDb } from '../db';

/** The output policy's meta row, beside the password policy's (data/accounts/policy.ts). */
export const OUTPUT_POLICY_KEY = 'output-policy' satisfies (typeof POLICY_SETTING_KEYS)[number];

/** The policy in force: the meta row, or the default when there is none (or it does not read as a policy). */
export async function getOutputPolicy(db: AirgapDb): Promise<OutputPolicy> {
  const row = await db.meta.get(OUTPUT_POLICY_KEY);
  const parsed = row ? outputPolicySchema.safeParse(row.value) : null;
  return parsed?.success ? parsed.data : structuredClone(DEFAULT_OUTPUT_POLICY);
}

/** The security administrator sets the output policy; audited with the policy before and after, in the same transaction. */
export async function saveOutputPolicy(db: AirgapDb, actor: Actor, policy: OutputPolicy, now: Date): Promise<OutputPolicy> {
  requirePermission(actor, 'policy.manage');
  const parsed = outputPolicySchema.safeParse(policy);
  if (!parsed.success) throw new ValidationError({ outputPolicy: 'validation.invalid_type' });
  return db.transaction('rw', [db.users, db.meta, db.audit], async () => {
    await activeActor(db, actor, 'policy.manage');
    const before = await getOutputPolicy(db);
    await db.meta.put({ key: OUTPUT_POLICY_KEY, value: parsed.data });
    await appendAudit(db, {
      at: now.toISOString(),
      userId: actor.userId,
      userName: actor.name,
      action: OUTPUT_AUDIT_ACTIONS.policyChange,
      outcome: 'success',
      object: null,
      details: { before: summariseOutputPolicy(before), after: summariseOutputPolicy(parsed.data) },
    });
    return parsed.data;
  });
}
