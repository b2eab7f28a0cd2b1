import { z } from 'zod';
import { CLASSIFICATION_LEVELS } from '../classification';
import { isHlc } from '../hlc';
import { isUuid } from '../ids';
import { plainText } from '../validation';
import { ArchiveError } from './errors';

/** Line 1 of every archive payload. The format is documented in docs/archive-format.md. */
export const ARCHIVE_FORMAT = 'airgap-crm-archive';
/**
 * 2: line 2 signs the manifest, so the signer is known and checked before any record is read, and a
 * per-sender `sequence` may be declared. Version 1 files (no manifest signature) are still read.
 * 3: the manifest may carry the file's copy number (`copyNumber`, 份号, issue 15.6), covered by the
 * manifest signature and the trailer's; otherwise as version 2, which is still read (no number).
 */
export const ARCHIVE_FORMAT_VERSION = 3;
/**
 * 4: the file carries attachment bytes (`attachmentData` lines after the records, before the trailer)
 * and the manifest declares them (`blobs`: how many distinct contents, how many bytes). Written only
 * when there are bytes to carry, so a file without attachments stays version 3, readable by
 * installations that predate attachments.
 */
export const BLOB_FORMAT_VERSION = 4;
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2, 3, 4];
/** Bytes of one attachment in one `attachmentData` line (the last part may be shorter). */
export const BLOB_PART_BYTES = 1024 * 1024;
/** The most bytes of attachments a manifest may declare (64 GiB: far beyond the institute's archive). */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024 * 1024;
/** `audit`: the audit log's export (core/audit/archive.ts), for the auditor; never imported or restored. */
export const SCOPE_TYPES = ['backup', 'full', 'selection', 'changes', 'audit'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

const text = (max: number) => plainText(max, 1);
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
/** Kinds are short identifiers: they name tables and appear as `kind` on record lines. */
export const KIND_PATTERN = /^[a-z][a-zA-Z0-9_-]{0,39}$/;

const criterionValue = z.union([plainText(1000), z.number(), z.boolean(), z.null(), z.array(plainText(1000)).max(10_000)]);

export const archiveScopeSchema = z
  .object({
    type: z.enum(SCOPE_TYPES),
    /** Free description, e.g. "A 级客户（张三）". */
    description: plainText(500).optional(),
    /** For 'changes': the HLC rev after which changes are included. */
    sinceRev: z.string().refine(isHlc).optional(),
    /** The department the file is meant for (exchange), if any. */
    target: z
      .object({ installationId: z.string().refine(isUuid).optional(), department: text(100).optional() })
      .strict()
      .optional(),
    /** For 'selection': the criteria that chose the records (grade, manager, ids…). */
    criteria: z.record(z.string().regex(KIND_PATTERN), criterionValue).optional(),
  })
  .strict();

const manifestShape = {
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int().min(1),
  appVersion: text(50),
  source: z.object({ installationId: z.string().refine(isUuid), organisation: text(100), department: text(100) }).strict(),
  exporter: text(100),
  createdAt: z.iso.datetime({ offset: true }),
  scope: archiveScopeSchema,
  counts: z.record(z.string().regex(KIND_PATTERN), z.number().int().min(0).max(1_000_000_000)),
  highestClassification: z.enum(CLASSIFICATION_LEVELS).nullable(),
  /** Ed25519 public key of the exporting installation, 32 bytes hex. */
  signerPublicKey: hex(32),
};
const manifestV1Schema = z.object(manifestShape).strict();
const manifestV2Schema = z
  .object({
    ...manifestShape,
    formatVersion: z.literal(2),
    /**
     * The sender's count of the exchange files it made (one counter per installation, whatever the
     * target), so a receiver can tell an older file arriving after a newer one (docs/exchange.md).
     */
    sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();
const manifestV3Schema = z
  .object({
    ...manifestV2Schema.shape,
    formatVersion: z.literal(3),
    /** The file's copy number (份号) in the writer's output register: letters, digits and '-'. */
    copyNumber: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/)
      .optional(),
  })
  .strict();
export const blobsDeclarationSchema = z
  .object({
    /** Distinct contents (one per sha256) the file carries. */
    count: z.number().int().min(0).max(10_000_000),
    /** Their bytes, all together (decoded, not base64). */
    bytes: z.number().int().min(0).max(MAX_BLOB_BYTES),
  })
  .strict();
export type BlobsDeclaration = z.infer<typeof blobsDeclarationSchema>;
const manifestV4Schema = z
  .object({
    ...manifestV3Schema.shape,
    formatVersion: z.literal(BLOB_FORMAT_VERSION),
    blobs: blobsDeclarationSchema,
  })
  .strict();
export const archiveManifestSchema = z.discriminatedUnion('formatVersion', [manifestV1Schema, manifestV2Schema, manifestV3Schema, manifestV4Schema]);

export type ArchiveScope = z.infer<typeof archiveScopeSchema>;
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;
/** What the writer's caller supplies; the writer adds format, formatVersion and signerPublicKey. */
export type ArchiveManifestInput = Omit<z.infer<typeof manifestV3Schema>, 'format' | 'formatVersion' | 'signerPublicKey'> & {
  /** Declared only when the file carries attachment bytes: the file is then format version 4. */
  blobs?: BlobsDeclaration;
};

/** What the manifest declares of attachment bytes (none before format version 4). */
export function declaredBlobs(manifest: ArchiveManifest): BlobsDeclaration {
  return manifest.formatVersion === BLOB_FORMAT_VERSION ? manifest.blobs : { count: 0, bytes: 0 };
}

/** Line 2 of a version-2 payload: Ed25519 over the SHA-256 of line 1's bytes, its LF included. */
export const manifestSignatureSchema = z.object({ manifestSignature: hex(64) }).strict();

export const archiveTrailerSchema = z.object({ trailer: z.object({ sha256: hex(32), signature: hex(64) }).strict() }).strict();
export type ArchiveTrailer = z.infer<typeof archiveTrailerSchema>['trailer'];

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || '(manifest)'}: ${issue.message}`;
}

/** The writer's check: a manifest it would refuse to read back is never written. */
export function completeManifest(input: ArchiveManifestInput, signerPublicKey: string): ArchiveManifest {
  const formatVersion = input.blobs === undefined ? ARCHIVE_FORMAT_VERSION : BLOB_FORMAT_VERSION;
  const candidate = { format: ARCHIVE_FORMAT, formatVersion, ...input, signerPublicKey };
  const result = archiveManifestSchema.safeParse(candidate);
  if (!result.success) throw new ArchiveError('bad-manifest', describe(result.error));
  return result.data;
}

/**
 * The reader's check of line 1, in the order that gives the most useful code: not ours at all,
 * a format version we do not know, a schema newer than ours, then the full shape.
 */
export function parseManifest(value: unknown, supportedSchemaVersion: number, knownKinds: readonly string[] | null): ArchiveManifest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArchiveError('bad-manifest', 'line 1 is not an object', { line: 1 });
  }
  const v = value as Record<string, unknown>;
  if (v.format !== ARCHIVE_FORMAT) throw new ArchiveError('bad-manifest', 'line 1 is not an archive manifest', { line: 1 });
  if (typeof v.formatVersion !== 'number' || !READABLE_FORMAT_VERSIONS.includes(v.formatVersion)) {
    throw new ArchiveError('unknown-format-version', `format version ${String(v.formatVersion).slice(0, 20)} is not supported`, { line: 1 });
  }
  if (typeof v.schemaVersion === 'number' && v.schemaVersion > supportedSchemaVersion) {
    throw new ArchiveError('newer-schema', `schema version ${v.schemaVersion} is newer than ${supportedSchemaVersion}`, { line: 1 });
  }
  const result = archiveManifestSchema.safeParse(value);
  if (!result.success) throw new ArchiveError('bad-manifest', describe(result.error), { line: 1 });
  if (knownKinds) {
    const unknown = Object.keys(result.data.counts).find((kind) => !knownKinds.includes(kind));
    if (unknown !== undefined) throw new ArchiveError('unknown-kind', `manifest declares unknown kind ${unknown}`, { line: 1 });
  }
  return result.data;
}

export function totalCount(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
