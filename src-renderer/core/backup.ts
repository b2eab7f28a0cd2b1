import { z } from 'zod';
import {
  benefitYearFieldsSchema,
  contactFieldsSchema,
  customerFieldsSchema,
  handoverFieldsSchema,
  interactionFieldsSchema,
  managerFieldsSchema,
  requirementFieldsSchema,
  settlementFieldsSchema,
} from './customers/schemas';
import { CLASSIFICATION_LEVELS, compareLevels, type ClassificationLevel } from './classification';
import { envelopeSchema } from './envelope';
import { fileNameMinute, fileNamePart } from './file-names';
import { changeSignerSchema, conflictRowSchema } from './exchange/conflict';
import { departmentSchema } from './exchange/department';
import { lineageLineSchema } from './exchange/kinds';
import { isHlc } from './hlc';
import { isUuid } from './ids';
import {
  customerGradeFieldsShape,
  storedAssessmentSchema,
  storedFollowUpSchema,
  storedGradeRunSchema,
  storedGradingConfigSchema,
  storedGradingSchema,
} from './grading';
import { complaintSettingsSchema, storedComplaintSchema } from './complaints';
import { profileFieldsSchema } from './profile';
import { storedUserSchema } from './accounts/user';
import { securityPolicySchema } from './accounts/policy';
import { outputPolicySchema } from './output/policy';
import { registerRowSchema } from './output/register';
import { auditCheckpointSchema, auditEntrySchema } from './audit/schemas';
import { RECORD_KINDS } from './record-kinds';
import { storedQuestionnaireSchema, storedSurveySchema } from './satisfaction-records';
import { MAX_SEARCH_KEYS } from './search/keys';
import { MAX_RECORDS_PER_ENTRY } from './change-log';
import { TEXT_LIMITS } from './validation';

/**
 * What a whole-database backup holds, kind by kind: the installation (id and keys, so a restored PC
 * keeps its identity), every enveloped record, the change log (history is part of the archive), and
 * the local exchange tables — the department directory, kept conflicts (losing versions must not be
 * lost by a restore) and record lineages (without them the next exchange reports false conflicts).
 */
export const LOCAL_EXCHANGE_TABLES = ['departments', 'conflicts', 'lineages'] as const;
/**
 * Local audit: 打印记录 (reports, issue 6) and the hash-chained audit log with its signed checkpoints
 * (issue 15.5). Never exported to another department; a restore must not lose them, and writes them
 * back unchanged so the chain and the checkpoints still verify.
 */
export const LOCAL_AUDIT_TABLES = ['printLog', 'audit', 'auditCheckpoints'] as const;
/**
 * The accounts (issue 15): a restored installation signs in with the same users, passwords and roles;
 * never exported to another department. Before the audit log, so a restored log names known users.
 */
export const LOCAL_ACCOUNT_TABLES = ['users'] as const;
/** Every local (never exported) table a backup carries, after the change log. */
export const LOCAL_TABLES = [...LOCAL_EXCHANGE_TABLES, ...LOCAL_ACCOUNT_TABLES, ...LOCAL_AUDIT_TABLES] as const;
/**
 * The security administrator's policies, `meta` rows of their own (password and session; output):
 * a restore that dropped them would put the presets back in force without anyone deciding it.
 * The other meta rows are this PC's state (keys sealed at rest, counters, reminders) and stay its own.
 */
export const POLICY_SETTING_KEYS = ['security-policy', 'output-policy'] as const;
export const BACKUP_KINDS = ['installation', ...RECORD_KINDS, 'changes', ...LOCAL_TABLES, 'policies'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const installationSchema = z
  .object({
    installationId: z.string().refine(isUuid),
    createdAt: z.iso.datetime(),
    keys: z
      .object({
        ageIdentity: z.string().regex(/^AGE-SECRET-KEY-1[0-9A-Z]+$/),
        ageRecipient: z.string().regex(/^age1[0-9a-z]+$/),
        signingSecretKey: z.string().regex(/^[0-9a-f]{64}$/),
        signingPublicKey: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict(),
  })
  .strict();

/**
 * One field of a change entry. `before` / `after` may be absent: JSON has no `undefined`, and an
 * absent side means the field had no value there (core/change-log.ts FieldChange). Absent must be
 * accepted, not only tolerated: backups written before the change log stopped storing
 * `undefined`-valued keys hold such entries (every customer graded for the first time, the first
 * save of the complaint settings, an imported version with a field the local one lacked), and
 * under zod 4 a bare `z.unknown()` key is required — which refused those whole files.
 */
const fieldChangeSchema = z.object({ field: z.string().min(1).max(100), before: z.unknown().optional(), after: z.unknown().optional() }).strict();

const changeEntrySchema = z
  .object({
    seq: z.number().int().positive(),
    table: z.enum(RECORD_KINDS),
    recordIds: z.array(z.string().refine(isUuid)).min(1),
    op: z.enum(['create', 'update', 'delete', 'restore']),
    rev: z.string().refine(isHlc),
    origin: z.string().refine(isUuid),
    by: z.string().min(1).max(100),
    byId: z.string().refine(isUuid).optional(),
    at: z.iso.datetime(),
    fields: z.array(fieldChangeSchema),
    // Optional: imported changes record their file's signer (issue 14.3); older backups have none.
    signer: changeSignerSchema.optional(),
  })
  .strict();

/**
 * A stored archive row: its fields (the domain schema, so the same rules as a form), the keys derived
 * on save, and the envelope. Strict: a backup of this version holds nothing else.
 */
function storedRow(fields: z.ZodObject, derived: z.ZodRawShape = {}): z.ZodType {
  return fields.safeExtend({ ...envelopeSchema.shape, ...derived }).strict();
}
const keyList = z.array(z.string().max(1000)).max(MAX_SEARCH_KEYS);

export const recordSchemas: Record<BackupKind, z.ZodType> = {
  installation: installationSchema,
  // The complaint settings (number code, deadlines) live on the profile (data/complaints/settings.ts).
  profile: profileFieldsSchema.extend({ ...envelopeSchema.shape, complaintSettings: complaintSettingsSchema.optional() }).strict(),
  managers: storedRow(managerFieldsSchema, { sortKey: z.string() }),
  customers: storedRow(customerFieldsSchema, { sortKey: z.string(), searchKeys: keyList, ...customerGradeFieldsShape }),
  contacts: storedRow(contactFieldsSchema, { searchKeys: keyList }),
  interactions: storedRow(interactionFieldsSchema),
  requirements: storedRow(requirementFieldsSchema),
  benefits: storedRow(benefitYearFieldsSchema),
  settlements: storedRow(settlementFieldsSchema),
  handovers: storedRow(handoverFieldsSchema),
  complaints: storedComplaintSchema.safeExtend(envelopeSchema.shape).strict(),
  gradingConfigs: z.intersection(storedGradingConfigSchema, z.object(envelopeSchema.shape)),
  assessments: storedRow(storedAssessmentSchema),
  gradeRuns: storedRow(storedGradeRunSchema),
  gradings: storedRow(storedGradingSchema),
  followUps: storedRow(storedFollowUpSchema),
  questionnaires: storedRow(storedQuestionnaireSchema),
  surveys: storedRow(storedSurveySchema),
  changes: changeEntrySchema,
  departments: departmentSchema.strict(),
  conflicts: conflictRowSchema,
  lineages: lineageLineSchema,
  printLog: registerRowSchema,
  users: storedUserSchema,
  audit: auditEntrySchema,
  auditCheckpoints: auditCheckpointSchema,
  policies: z.discriminatedUnion('key', [
    z.object({ key: z.literal('security-policy'), value: securityPolicySchema }).strict(),
    z.object({ key: z.literal('output-policy'), value: outputPolicySchema }).strict(),
  ]),
};

/**
 * Raw bounds, checked on the record AS READ, before any schema tidies it (issue 14.1). The schemas
 * trim and collapse text before they check its length, so a `notes` of "x" + 1 MiB of blanks would
 * pass as "x" — after costing the whole MiB to tidy, and it would be stored as read. Far beyond
 * any field's limit is refused outright: no text field allows more than TEXT_LIMITS.long (2,000)
 * characters and no list more than MAX_RECORDS_PER_ENTRY (10,000 ids of a change entry), so 10 × and
 * 2 × those leave room for any record this app writes (search keys, sort keys, kept versions) and
 * none for padding.
 */
export const MAX_RAW_TEXT_CHARS = 10 * TEXT_LIMITS.long;
export const MAX_RAW_LIST_ITEMS = 2 * MAX_RECORDS_PER_ENTRY;

/** Null when no string or list in `value` is far beyond every field's limit, else where and how long. */
export function rawBoundsProblem(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > MAX_RAW_TEXT_CHARS)
        return `${path || '(record)'}: text of ${v.length} characters, far beyond any field's limit (at most ${MAX_RAW_TEXT_CHARS} before tidying)`;
    } else if (Array.isArray(v)) {
      if (v.length > MAX_RAW_LIST_ITEMS)
        return `${path || '(record)'}: list of ${v.length} items, far beyond any field's limit (at most ${MAX_RAW_LIST_ITEMS})`;
      for (let i = 0; i < v.length; i++) stack.push([v[i], `${path}.${i}`]);
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, child] of Object.entries(v)) stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}

/** A record checked for its kind: the schema's output (tidied as every path in tidies it), or the first problem. */
export type RecordVerdict = { ok: true; record: Record<string, unknown> } | { ok: false; problem: string };

/**
 * Checks a record read from a file and returns what may be stored: the schema's parsed value —
 * trimmed and collapsed as a form's input is — never the raw record (issue 14.1). Raw bounds first,
 * so that padding is refused before it costs anything to tidy.
 */
export function checkBackupRecord(kind: string, record: unknown): RecordVerdict {
  const schema = Object.hasOwn(recordSchemas, kind) ? recordSchemas[kind as BackupKind] : undefined;
  if (!schema) return { ok: false, problem: `unknown kind ${kind.slice(0, 40)}` };
  const raw = rawBoundsProblem(record);
  if (raw !== null) return { ok: false, problem: raw };
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, record: result.data as Record<string, unknown> };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: `${issue.path.join('.') || '(record)'}: ${issue.message}` };
}

/** `checkBackupRecord` as the archive reader's `validate`: its events then carry the record to store. */
export function recordToStore(kind: string, record: unknown): { record: Record<string, unknown> } | string {
  const verdict = checkBackupRecord(kind, record);
  return verdict.ok ? { record: verdict.record } : verdict.problem;
}

/** Null when the record is valid for its kind, else a short description of the first problem. */
export function validateBackupRecord(kind: string, record: unknown): string | null {
  const verdict = checkBackupRecord(kind, record);
  return verdict.ok ? null : verdict.problem;
}

/** The highest classification among records that carry one (customers do), or null. */
export function highestClassification(levels: Iterable<unknown>): ClassificationLevel | null {
  let highest: ClassificationLevel | null = null;
  for (const level of levels) {
    if (!CLASSIFICATION_LEVELS.includes(level as ClassificationLevel)) continue;
    if (highest === null || compareLevels(level as ClassificationLevel, highest) > 0) highest = level as ClassificationLevel;
  }
  return highest;
}

/** `客户档案备份-市场部-20261126-2355-FH-KF3-2026-000123.age`: what the user sees in the save dialog, with the file's 份号. */
export function backupFileName(department: string, at: Date, number?: string): string {
  const copy = number ? `-${fileNamePart(number, 40, '')}` : '';
  return `客户档案备份-${fileNamePart(department, 40, 'backup')}-${fileNameMinute(at)}${copy}.age`;
}
