import Dexie from 'dexie';
import { z } from 'zod';
import {
  DEFAULT_CRITERIA,
  DEFAULT_SERVICE_POLICY,
  DEFAULT_TEMPLATE,
  gradeCriteriaSchema,
  scoringTemplateSchema,
  servicePolicySchema,
} from '../../core/grading';
import { requirePermission } from '../../core/accounts';
import { TEXT_LIMITS } from '../../core/validation';
import type { AirgapDb } from '../db';
import { createRecord } from '../records';
import type { WriteContext } from '../write-context';
import { inTransaction, parseInput } from '../repository/common';
import { auditRuleVersion } from './audit';
import { gradingTables, type ConfigBodies, type ConfigKind, type CurrentConfig, type GradingConfigRecord } from './types';

const DEFAULTS: { [K in ConfigKind]: ConfigBodies[K] } = {
  template: DEFAULT_TEMPLATE,
  criteria: DEFAULT_CRITERIA,
  policy: DEFAULT_SERVICE_POLICY,
};
/**
 * The version number of each default: the paper's criteria and our default policy are version 0;
 * the default template carries its own number (1), which scoring records. Saved versions follow.
 */
const DEFAULT_VERSIONS: { [K in ConfigKind]: number } = { template: DEFAULT_TEMPLATE.version, criteria: 0, policy: 0 };
const SCHEMAS: { [K in ConfigKind]: z.ZodType<ConfigBodies[K], unknown> } = {
  template: scoringTemplateSchema,
  criteria: gradeCriteriaSchema,
  policy: servicePolicySchema,
};
/**
 * What an approval (a grade run, a rules version) is given: the approver's comment. The approver is
 * the signed-in user (`ctx.actor`, issue 15.3), never a typed name.
 */
export const approvalSchema = z.object({
  note: z.string().trim().max(TEXT_LIMITS.long, 'validation.tooLong').default(''),
});
export type Approval = z.input<typeof approvalSchema>;

/** Who approved, as stored: the name history, reports and backups read, and the account's id. */
export function approverOf(ctx: WriteContext): { approvedBy: string; approvedById: string } {
  return { approvedBy: ctx.actor.name, approvedById: ctx.actor.userId };
}

function rangeOf(db: AirgapDb, kind: ConfigKind) {
  return gradingTables(db).configs.where('[kind+version]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]);
}

/** The configuration in force: the highest saved version, or the default. */
export async function currentConfig<K extends ConfigKind>(db: AirgapDb, kind: K): Promise<CurrentConfig<K>> {
  const rows = (await rangeOf(db, kind).reverse().toArray()) as GradingConfigRecord<K>[];
  const record = rows.find((r) => r.deletedAt === null) ?? null;
  return record ? { version: record.version, body: record.body, record } : { version: DEFAULT_VERSIONS[kind], body: DEFAULTS[kind], record: null };
}

/** One version as a grading used it (the default's number gives the default). Undefined when it does not exist. */
export async function configVersion<K extends ConfigKind>(db: AirgapDb, kind: K, version: number): Promise<ConfigBodies[K] | undefined> {
  if (version === DEFAULT_VERSIONS[kind]) return DEFAULTS[kind];
  const row = (await gradingTables(db).configs.where('[kind+version]').equals([kind, version]).first()) as GradingConfigRecord<K> | undefined;
  return row?.body;
}

/** Every saved version, newest first (the default is not listed: it is always there). */
export async function configHistory<K extends ConfigKind>(db: AirgapDb, kind: K): Promise<GradingConfigRecord<K>[]> {
  return (await rangeOf(db, kind).reverse().toArray()) as GradingConfigRecord<K>[];
}

/**
 * Saves `body` as the next version, after validating it (field messages are i18n keys). The
 * signed-in department head approves it ('rules.approve', checked before anything is read) and is
 * recorded; versions are never edited, so every earlier grading still shows the rules it was made
 * with. A template carries its version inside.
 */
export async function saveConfig<K extends ConfigKind>(
  db: AirgapDb,
  kind: K,
  body: unknown,
  approval: Approval,
  ctx: WriteContext,
): Promise<GradingConfigRecord<K>> {
  requirePermission(ctx.actor, 'rules.approve');
  const parsed = parseInput(SCHEMAS[kind], body) as ConfigBodies[K];
  const { note } = parseInput(approvalSchema, approval);
  return inTransaction(db, ['gradingConfigs'], async () => {
    const version = (await currentConfig(db, kind)).version + 1;
    const stored = (kind === 'template' ? { ...(parsed as ConfigBodies['template']), version } : parsed) as ConfigBodies[K];
    const saved = await createRecord<GradingConfigRecord<K>>(db, 'gradingConfigs', { kind, version, body: stored, ...approverOf(ctx), note } as never, ctx);
    // Audited in this transaction (issue 15.5): a rule version and its approval entry, together.
    await auditRuleVersion(db, ctx, saved);
    return saved;
  });
}

/** "Restore the paper's defaults": saved as a new version like any other change, so it is in the history. */
export async function restoreDefaultConfig<K extends ConfigKind>(
  db: AirgapDb,
  kind: K,
  approval: Approval,
  ctx: WriteContext,
): Promise<GradingConfigRecord<K>> {
  requirePermission(ctx.actor, 'rules.approve');
  return saveConfig(db, kind, DEFAULTS[kind], approval, ctx);
}

export { DEFAULTS as DEFAULT_CONFIGS };
