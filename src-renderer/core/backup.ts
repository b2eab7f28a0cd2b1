import { z } from 'zod';
import { attachmentFieldsSchema } from './attachments/schema';
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
import { CHANGE_SOURCE_KINDS, MAX_RECORDS_PER_ENTRY } from './change-log';
import {
  MAX_MAPPING_COLUMNS,
  MAX_MAPPING_KEY_CHARS,
  MAX_PART_CREATED,
  MAX_PART_UPDATED,
  MAX_SHEET_FILE_NAME,
  SHEET_IMPORT_HEAD_PREFIX,
  SHEET_IMPORT_PART_PREFIX,
  SHEET_MAPPING_PREFIX,
} from './spreadsheet/import-storage';
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
/**
 * 'sheetImports': the spreadsheet imports named in history (their heads and bounded parts, core/spreadsheet/import-storage.ts)
 * and the remembered column mappings, also `meta` rows: a restore that dropped them would leave the import register
 * empty and no import could be undone.
 */
export const BACKUP_KINDS = ['installation', ...RECORD_KINDS, 'changes', ...LOCAL_TABLES, 'policies', 'sheetImports'] as const;
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
    // Optional: changes a spreadsheet import or its undo made name it (issue 16.3).
    source: z
      .object({ kind: z.enum(CHANGE_SOURCE_KINDS), id: z.string().refine(isUuid), fileName: z.string().max(MAX_SHEET_FILE_NAME) })
      .strict()
      .optional(),
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

/** A record's fields as a spreadsheet import kept them to give back on undo: the stored row without its envelope. */
function storedFields(fields: z.ZodObject, derived: z.ZodRawShape = {}): z.ZodType {
  return fields.safeExtend(derived).strict();
}
const uuid = z.string().refine(isUuid);
// The prefixes are letters, '-' and ':', plain characters in a pattern.
const SHEET_KEY_ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const partIds = z.array(uuid).max(MAX_PART_CREATED);

/** The head of a spreadsheet import (data/spreadsheet-import/records.ts): keyed by its id, its lists in `parts` part rows. */
const sheetImportHeadSchema = z
  .object({
    key: z.string().regex(new RegExp(`^${SHEET_IMPORT_HEAD_PREFIX}${SHEET_KEY_ID}$`)),
    value: z
      .object({
        id: uuid,
        kind: z.enum(['customers', 'figures', 'settlements']),
        fileName: z.string().max(MAX_SHEET_FILE_NAME),
        at: z.iso.datetime(),
        by: z.string().min(1).max(100),
        byId: uuid,
        counts: z.object(Object.fromEntries(['created', 'updated', 'contacts', 'skipped', 'leftOut'].map((k) => [k, z.number().int().nonnegative()]))).strict(),
        undone: z
          .object({ at: z.iso.datetime(), by: z.string().min(1).max(100), byId: uuid })
          .strict()
          .nullable(),
        parts: z.number().int().nonnegative().max(1_000_000),
      })
      .strict(),
  })
  .strict()
  .refine((row) => row.key === SHEET_IMPORT_HEAD_PREFIX + row.value.id, "the key is not the import's");

const updatedVersion = <T extends string>(table: T, fields: z.ZodType) =>
  z.object({ table: z.literal(table), id: uuid, before: fields, rev: z.string().refine(isHlc) }).strict();

/** One part of an import's lists: at most MAX_PART_CREATED created ids in all and MAX_PART_UPDATED versions it updated. */
const sheetImportPartSchema = z
  .object({
    key: z.string().regex(new RegExp(`^${SHEET_IMPORT_PART_PREFIX}${SHEET_KEY_ID}:(0|[1-9][0-9]{0,6})$`)),
    value: z
      .object({
        created: z.object({ customers: partIds, contacts: partIds, benefits: partIds.optional(), settlements: partIds.optional() }).strict(),
        updated: z
          .array(
            z.discriminatedUnion('table', [
              updatedVersion('customers', storedFields(customerFieldsSchema, { sortKey: z.string(), searchKeys: keyList, ...customerGradeFieldsShape })),
              updatedVersion('contacts', storedFields(contactFieldsSchema, { searchKeys: keyList })),
              updatedVersion('benefits', storedFields(benefitYearFieldsSchema)),
            ]),
          )
          .max(MAX_PART_UPDATED),
      })
      .strict()
      .refine((v) => Object.values(v.created).reduce((n, ids) => n + (ids?.length ?? 0), 0) <= MAX_PART_CREATED, 'too many ids in one part'),
  })
  .strict();

/** A remembered column mapping: the field (or null: not imported) of each column of one layout. */
const sheetMappingSchema = z
  .object({
    key: z
      .string()
      .max(MAX_MAPPING_KEY_CHARS)
      .regex(new RegExp(`^${SHEET_MAPPING_PREFIX}(customers|figures|settlements):.+$`, 's')),
    value: z.array(z.string().max(100).nullable()).max(MAX_MAPPING_COLUMNS),
  })
  .strict();

/** A row of kind 'sheetImports', by its key's prefix. */
export const sheetImportRowSchema = z.union([sheetImportHeadSchema, sheetImportPartSchema, sheetMappingSchema]);

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
  attachments: storedRow(attachmentFieldsSchema),
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
  sheetImports: sheetImportRowSchema,
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
