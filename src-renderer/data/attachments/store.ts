import {
  attachmentEntrySchema,
  attachmentFileNameSchema,
  attachmentOwnerSchema,
  attachmentSizeProblem,
  sniffFileType,
  SNIFF_BYTES,
  type AttachmentFields,
  type AttachmentOwner,
} from '../../core/attachments';
import { requireRecordWrite } from '../../core/accounts';
import { hasZeroing } from '../../core/complaints';
import type { Fields } from '../../core/envelope';
import { fieldErrorsOf, ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';
import { recordTable } from '../db';
import { createRecords, restoreRecord, softDeleteRecord, updateRecord, writeScope } from '../records';
import { parseInput, refuse } from '../repository/common';
import type { WriteContext } from '../write-context';
import { hashBlobs } from './hash';
import { attachmentTables, type AttachmentRecord } from './tables';

/** One file to attach, as chosen: its bytes, its name on disk, and what the person filled in. */
export interface NewAttachment {
  file: Blob;
  fileName: string;
  /** title, kind, classification, notes (core attachmentEntrySchema). */
  entry: unknown;
}

export const MAX_FILES_PER_ADD = 100;

interface CheckedFile {
  fields: Omit<AttachmentFields, 'customerId' | 'owner' | 'sha256'>;
  file: Blob;
}

/**
 * Every check a file can fail before anything is stored: its form fields, its name, its size
 * against the cap and its content against its name. All problems of all files at once, keyed
 * `items.<n>.<field>` (`items.<n>.file` for the file itself); none passes unless all do.
 */
async function checkFiles(items: readonly NewAttachment[], capBytes: number): Promise<CheckedFile[]> {
  if (items.length === 0) refuse('_', 'validation.attachments.noFiles');
  if (items.length > MAX_FILES_PER_ADD) refuse('_', 'validation.attachments.tooMany');
  const errors: Record<string, string> = {};
  const checked: CheckedFile[] = [];
  for (const [n, item] of items.entries()) {
    const entry = attachmentEntrySchema.safeParse(item.entry);
    if (!entry.success) for (const [field, key] of Object.entries(fieldErrorsOf(entry.error))) errors[`items.${n}.${field}`] = key;
    const name = attachmentFileNameSchema.safeParse(item.fileName);
    if (!name.success) errors[`items.${n}.fileName`] = name.error.issues[0]!.message;
    const sizeProblem = attachmentSizeProblem(item.file.size, capBytes);
    if (sizeProblem) {
      errors[`items.${n}.file`] = sizeProblem;
      continue;
    }
    const head = new Uint8Array(await item.file.slice(0, SNIFF_BYTES).arrayBuffer());
    const type = sniffFileType(name.success ? name.data : item.fileName, head);
    if (!type.ok) errors[`items.${n}.file`] = type.message;
    if (entry.success && name.success && type.ok) {
      checked.push({
        fields: { ...entry.data, fileName: name.data, mimeType: type.type.mimeType as AttachmentFields['mimeType'], size: item.file.size },
        file: item.file,
      });
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return checked;
}

/** The live record a file is attached to, and the customer it belongs to. Refuses a deleted or missing owner. */
async function ownerCustomerId(db: AirgapDb, owner: AttachmentOwner): Promise<string> {
  const record = (await recordTable(db, owner.kind).get(owner.id)) as { deletedAt: string | null; customerId?: string | null; category?: string } | undefined;
  if (!record || record.deletedAt !== null) refuse('owner', 'validation.attachments.ownerGone');
  if (owner.zeroingItem !== undefined && !hasZeroing(record.category as Parameters<typeof hasZeroing>[0])) refuse('owner', 'validation.attachments.noZeroing');
  const customerId = owner.kind === 'customers' ? owner.id : record.customerId;
  if (!customerId) refuse('owner', 'validation.attachments.ownerGone');
  return customerId;
}

/**
 * Attaches files to one record (issue 18.1–2): all or none. The checks run first, then the
 * hashing (off the main thread), then ONE transaction stores each content not yet stored (by its
 * SHA-256: the same file attached twice is stored once) and creates the metadata records with their
 * change-log entry. Attaching is a change of the owning record, so the signed-in user must be
 * allowed to change that kind (a complaint handler attaches to complaints, not to customers).
 */
export async function addAttachments(
  db: AirgapDb,
  ownerInput: AttachmentOwner,
  items: readonly NewAttachment[],
  ctx: WriteContext,
  capBytes: number,
): Promise<AttachmentRecord[]> {
  const owner = parseInput(attachmentOwnerSchema, ownerInput);
  requireRecordWrite(ctx.actor, owner.kind, 'update');
  const checked = await checkFiles(items, capBytes);
  let hashes: string[];
  try {
    hashes = await hashBlobs(checked.map((c) => c.file));
  } catch {
    refuse('_', 'validation.attachments.changed');
  }
  const { attachmentBlobs } = attachmentTables(db);
  return db.transaction('rw', [...writeScope(db, ['attachments', owner.kind]), attachmentBlobs], async () => {
    const customerId = await ownerCustomerId(db, owner);
    for (const [n, { fields, file }] of checked.entries()) {
      const sha256 = hashes[n]!;
      if (!(await attachmentBlobs.get(sha256))) await attachmentBlobs.add({ sha256, size: file.size, blob: file.slice(0, file.size, fields.mimeType) });
    }
    const records: Fields<AttachmentRecord>[] = checked.map(({ fields }, n) => ({ ...fields, customerId, owner, sha256: hashes[n]! }));
    return createRecords<AttachmentRecord>(db, 'attachments', records, ctx);
  });
}

/** Changes what the person filled in (title, kind, mark, notes); the file itself never changes. */
export async function updateAttachment(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<AttachmentRecord> {
  const values = parseInput(attachmentEntrySchema, input);
  return updateRecord<AttachmentRecord>(db, 'attachments', id, values, ctx);
}

/** Soft delete: the file leaves the lists and goes to the recycle bin; its bytes stay for a restore. */
export async function deleteAttachment(db: AirgapDb, id: string, ctx: WriteContext): Promise<AttachmentRecord> {
  return softDeleteRecord<AttachmentRecord>(db, 'attachments', id, ctx);
}

/** Back from the recycle bin, only while the record it is attached to is live. */
export async function restoreAttachment(db: AirgapDb, id: string, ctx: WriteContext): Promise<AttachmentRecord> {
  const current = await attachmentTables(db).attachments.get(id);
  const tables = current ? (['attachments', current.owner.kind] as const) : (['attachments'] as const);
  return db.transaction('rw', writeScope(db, tables), async () => {
    const attachment = await attachmentTables(db).attachments.get(id);
    if (attachment) await ownerCustomerId(db, attachment.owner);
    return restoreRecord<AttachmentRecord>(db, 'attachments', id, ctx);
  });
}
