import { z } from 'zod';
import { CLASSIFICATION_LEVELS } from '../classification';
import { ZEROING_ITEMS } from '../complaints/zeroing';
import { choice, multiline, requiredLine } from '../customers/fields';
import { isUuid } from '../ids';
import { searchKeysOf } from '../search/keys';
import { CONTROL_CHARS, TEXT_LIMITS } from '../validation';
import { ATTACHMENT_KINDS, ATTACHMENT_OWNER_KINDS } from './kinds';
import { STORED_MIME_TYPES } from './file-type';

/** Default cap on one file (issue 18.2); the security administrator's policy may lower or raise it. */
export const DEFAULT_ATTACHMENT_CAP_BYTES = 100 * 1024 * 1024;
/** The policy's bounds: a cap outside them is refused, never clamped. */
export const ATTACHMENT_CAP_RANGE = { minBytes: 1024 * 1024, maxBytes: 2 * 1024 * 1024 * 1024 } as const;
export const MAX_ATTACHMENT_FILE_NAME = 200;

/** Folder separators and the characters Windows refuses in a name: a file name is a name, never a path. */
const PATH_CHARS = /[/\\:*?"<>|]/;
// eslint-disable-next-line no-control-regex
const C0_CONTROLS = /[\u0000-\u001f\u007f]/;

/**
 * A file's name as chosen on disk: kept as it is (only the ends trimmed), but never a path, never a
 * control character, never only dots. What the user sees and what a download is named.
 */
export const attachmentFileNameSchema = z
  .string({ error: 'validation.required' })
  .overwrite((s) => s.trim())
  .min(1, 'validation.required')
  .max(MAX_ATTACHMENT_FILE_NAME, 'validation.tooLong')
  .refine((s) => !PATH_CHARS.test(s), 'validation.attachments.pathChars')
  .refine((s) => !C0_CONTROLS.test(s) && !CONTROL_CHARS.test(s), 'validation.controlChars')
  .refine((s) => !/^\.+$/.test(s), 'validation.attachments.pathChars');

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'validation.invalid');
const idSchema = z.string().refine(isUuid, 'validation.invalidId');

export const attachmentOwnerSchema = z
  .object({
    kind: choice(ATTACHMENT_OWNER_KINDS),
    id: idSchema,
    zeroingItem: z.enum(ZEROING_ITEMS).optional(),
  })
  .strict()
  .refine((o) => o.zeroingItem === undefined || o.kind === 'complaints', { message: 'validation.invalid', path: ['zeroingItem'] });

/** What the person fills in for each file: title, kind, mark (default: the record's) and notes. */
export const attachmentEntrySchema = z.object({
  title: requiredLine(TEXT_LIMITS.name),
  kind: choice(ATTACHMENT_KINDS),
  classification: choice(CLASSIFICATION_LEVELS),
  notes: multiline(TEXT_LIMITS.long),
});
export type AttachmentEntry = z.output<typeof attachmentEntrySchema>;

/**
 * An attachment's metadata as stored and exchanged (the envelope is added by the write path). The
 * bytes live apart, once per `sha256` (the same file attached twice is stored once).
 */
export const attachmentFieldsSchema = attachmentEntrySchema.extend({
  customerId: idSchema,
  owner: attachmentOwnerSchema,
  fileName: attachmentFileNameSchema,
  mimeType: z.enum(STORED_MIME_TYPES),
  size: z.number().int().min(1).max(ATTACHMENT_CAP_RANGE.maxBytes),
  sha256: sha256Hex,
  /** When the file was added (the 附件 tab sorts by it, the timeline shows it on its day). */
  addedAt: z.iso.datetime({ offset: true, error: 'validation.invalid' }),
});
export type AttachmentFields = z.output<typeof attachmentFieldsSchema>;

/**
 * An attachment as stored: its fields and the prefix-search keys of its title and file name (the
 * name without its extension: '归零报告.pdf' is found by 归零, gl and guiling), derived on save.
 */
export type StoredAttachmentFields = AttachmentFields & { searchKeys: string[] };

export function attachmentSearchKeys(fields: Pick<AttachmentFields, 'title' | 'fileName'>): string[] {
  const dot = fields.fileName.lastIndexOf('.');
  return searchKeysOf([fields.title, dot > 0 ? fields.fileName.slice(0, dot) : fields.fileName]);
}

/** The size check of one file against the cap in force: a refusal key or null. */
export function attachmentSizeProblem(size: number, capBytes: number): string | null {
  if (size <= 0) return 'validation.attachments.empty';
  if (size > capBytes) return 'validation.attachments.tooLarge';
  return null;
}
