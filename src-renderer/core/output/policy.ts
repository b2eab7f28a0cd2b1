import { z } from 'zod';
import { ATTACHMENT_CAP_RANGE, DEFAULT_ATTACHMENT_CAP_BYTES } from '../attachments/schema';
import type { BusinessRole, Role } from '../accounts/types';
import { CLASSIFICATION_LEVELS, classificationName, compareLevels, type ClassificationLevel } from '../classification';
import { deepFreeze } from '../deep-freeze';
import type { OutputKind } from './register';

/**
 * The output policy (输出策略, issue 15.6), set by the security administrator: for each role the
 * highest mark it may print and the highest it may export. `null`: none at all. Business roles print
 * (打印, PDF) and export (exchange files, and tables as .xlsx / .csv: issue 16.4); the system administrator's export limit is for backups,
 * the auditor's for the audit log's export — the only outputs those roles make.
 */
export const PRINT_ROLES = ['account-manager', 'department-head', 'complaint-handler', 'reader'] as const satisfies readonly BusinessRole[];
export const EXPORT_ROLES = [...PRINT_ROLES, 'system-admin', 'audit-admin'] as const satisfies readonly Role[];
export type PrintRole = (typeof PRINT_ROLES)[number];
export type ExportRole = (typeof EXPORT_ROLES)[number];

const limit = z.enum(CLASSIFICATION_LEVELS).nullable();
const MB = 1024 * 1024;

export const outputPolicySchema = z
  .object({
    print: z.object({ 'account-manager': limit, 'department-head': limit, 'complaint-handler': limit, reader: limit }).strict(),
    export: z
      .object({
        'account-manager': limit,
        'department-head': limit,
        'complaint-handler': limit,
        reader: limit,
        'system-admin': limit,
        'audit-admin': limit,
      })
      .strict(),
    /**
     * The cap on one attachment in MB (issue 18.2), absent: DEFAULT_ATTACHMENT_CAP_BYTES. Here
     * because the security administrator sets it with the other rules on files, and so it travels
     * in backups with them; a value outside 1–2048 is refused, never clamped.
     */
    attachmentCapMb: z
      .number({ error: 'validation.attachments.capRange' })
      .int('validation.attachments.capRange')
      .min(ATTACHMENT_CAP_RANGE.minBytes / MB, 'validation.attachments.capRange')
      .max(ATTACHMENT_CAP_RANGE.maxBytes / MB, 'validation.attachments.capRange')
      .optional(),
  })
  .strict();
export type OutputPolicy = z.infer<typeof outputPolicySchema>;

/**
 * What an institute expects (docs/accounts.md "Controlled output"): those who keep the archive
 * (客户经理, 部门负责人) print everything it may hold (机密); 投诉处理人 prints up to 秘密 (complaints
 * and zeroing reports rarely need more); 查阅 reads and prints up to 内部 only. Export files leave the
 * PC, so they are stricter: 部门负责人 up to 机密, 客户经理 up to 秘密, the others none. A backup and the
 * audit log's export must be possible whatever the archive holds, so their administrators reach 机密.
 */
export const DEFAULT_OUTPUT_POLICY: OutputPolicy = deepFreeze<OutputPolicy>({
  print: { 'account-manager': 'confidential', 'department-head': 'confidential', 'complaint-handler': 'secret', reader: 'internal' },
  export: {
    'account-manager': 'secret',
    'department-head': 'confidential',
    'complaint-handler': null,
    reader: null,
    'system-admin': 'confidential',
    'audit-admin': 'confidential',
  },
});

/** Which list of the policy an output kind is judged by. */
export function policyList(kind: OutputKind): 'print' | 'export' {
  return kind === 'print' || kind === 'pdf' ? 'print' : 'export';
}

/** The highest level `roles` may output as `kind` (the highest any of the roles allows), or null for none. */
export function outputLimit(policy: OutputPolicy, roles: readonly Role[], kind: OutputKind): ClassificationLevel | null {
  const list = policyList(kind);
  const relevant: readonly Role[] = kind === 'backup' ? ['system-admin'] : kind === 'audit-export' ? ['audit-admin'] : PRINT_ROLES;
  let best: ClassificationLevel | null = null;
  for (const role of roles) {
    if (!relevant.includes(role)) continue;
    const level = list === 'print' ? policy.print[role as PrintRole] : policy.export[role as ExportRole];
    if (level !== null && (best === null || compareLevels(level, best) > 0)) best = level;
  }
  return best;
}

/** Refused by the output policy: `limit` is the highest the user may output (null: none). Nothing was written. */
export class OutputPolicyError extends Error {
  readonly code = 'output-policy';
  constructor(
    readonly kind: OutputKind,
    readonly level: ClassificationLevel,
    readonly limit: ClassificationLevel | null,
  ) {
    super(`output policy: ${kind} of ${level} above ${limit ?? 'none'}`);
    this.name = 'OutputPolicyError';
  }

  /** The Chinese sentence the data layer refuses with (the UI shows its own translation of the same facts). */
  get chinese(): string {
    const what = policyList(this.kind) === 'print' ? '打印' : '导出';
    return this.limit === null
      ? `输出策略不允许当前账号${what}任何材料`
      : `输出策略只允许当前账号${what}${classificationName(this.limit)}及以下的材料，本次为${classificationName(this.level)}`;
  }
}

/** Throws OutputPolicyError when `roles` may not output `level` as `kind`. */
export function checkOutputPolicy(policy: OutputPolicy, roles: readonly Role[], kind: OutputKind, level: ClassificationLevel): void {
  const allowed = outputLimit(policy, roles, kind);
  if (allowed === null || compareLevels(level, allowed) > 0) throw new OutputPolicyError(kind, level, allowed);
}

/**
 * The policy as one flat line of facts for the audit log, in the password policy's shorthand
 * (`print.reader=internal; …; export.audit-admin=confidential`, `none` for no output), which the
 * auditor's screen reads in words (features/audit/policy-summary.ts).
 */
export function summariseOutputPolicy(policy: OutputPolicy): string {
  const part = (list: 'print' | 'export', levels: Record<string, ClassificationLevel | null>) =>
    Object.entries(levels).map(([role, level]) => `${list}.${role}=${level ?? 'none'}`);
  const cap = policy.attachmentCapMb === undefined ? [] : [`attachment.capMb=${policy.attachmentCapMb}`];
  return [...part('print', policy.print), ...part('export', policy.export), ...cap].join('; ');
}

/** The cap on one attachment in bytes under `policy`. */
export function attachmentCapBytes(policy: Pick<OutputPolicy, 'attachmentCapMb'>): number {
  return policy.attachmentCapMb === undefined ? DEFAULT_ATTACHMENT_CAP_BYTES : policy.attachmentCapMb * MB;
}
