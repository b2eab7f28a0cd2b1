import type { AttachmentOwner } from '../../core/attachments';
import type { AirgapDb } from '../db';
import { liveOnly } from '../repository/common';
import { attachmentTables, type AttachmentRecord } from './tables';

const newestFirst = (a: AttachmentRecord, b: AttachmentRecord) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Every live file of a customer and of its records (the 附件 tab), newest first (ids are time-ordered). */
export async function attachmentsOfCustomer(db: AirgapDb, customerId: string): Promise<AttachmentRecord[]> {
  return liveOnly(await attachmentTables(db).attachments.where('customerId').equals(customerId).toArray()).sort(newestFirst);
}

/** The live files of one record; with `zeroingItem`, of that zeroing item only (without it, a complaint's own files). */
export async function attachmentsOf(db: AirgapDb, owner: AttachmentOwner): Promise<AttachmentRecord[]> {
  const rows = liveOnly(await attachmentTables(db).attachments.where('owner.id').equals(owner.id).toArray());
  return rows.filter((r) => r.owner.kind === owner.kind && r.owner.zeroingItem === owner.zeroingItem).sort(newestFirst);
}

/** The live files of a complaint and of all its zeroing items (the zeroing report lists them). */
export async function attachmentsOfComplaint(db: AirgapDb, complaintId: string): Promise<AttachmentRecord[]> {
  const rows = liveOnly(await attachmentTables(db).attachments.where('owner.id').equals(complaintId).toArray());
  return rows.filter((r) => r.owner.kind === 'complaints').sort(newestFirst);
}

/** An attachment's bytes (a Blob of its stored type), or undefined when they are not on this PC. */
export async function attachmentContent(db: AirgapDb, record: Pick<AttachmentRecord, 'sha256'>): Promise<Blob | undefined> {
  return (await attachmentTables(db).attachmentBlobs.get(record.sha256))?.blob;
}

export interface AttachmentDiskUse {
  /** Distinct stored contents. */
  files: number;
  bytes: number;
}

/** What the attachments take on disk (settings): each stored content once, deleted ones included (their bytes stay for a restore). */
export async function attachmentDiskUse(db: AirgapDb): Promise<AttachmentDiskUse> {
  let files = 0;
  let bytes = 0;
  await attachmentTables(db).attachmentBlobs.each((row) => {
    files += 1;
    bytes += row.size;
  });
  return { files, bytes };
}
