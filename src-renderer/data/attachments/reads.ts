import { ATTACHMENT_OWNER_KINDS, type AttachmentOwner } from '../../core/attachments';
import { recordTable, type AirgapDb } from '../db';
import { liveOnly } from '../repository/common';
import { attachmentTables, type AttachmentRecord } from './tables';

const newestFirst = (a: AttachmentRecord, b: AttachmentRecord) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Every live file of a customer and of its live records (the 附件 tab), newest first (ids are
 * time-ordered). A file of a deleted interaction, requirement or complaint goes with it and comes
 * back with its restore: the record is its context.
 */
export async function attachmentsOfCustomer(db: AirgapDb, customerId: string): Promise<AttachmentRecord[]> {
  const rows = liveOnly(await attachmentTables(db).attachments.where('customerId').equals(customerId).toArray());
  return (await withLiveOwners(db, rows)).sort(newestFirst);
}

/** The rows whose owning record is live (one bulk read per owner kind). */
async function withLiveOwners(db: AirgapDb, rows: AttachmentRecord[]): Promise<AttachmentRecord[]> {
  const live = new Set<string>();
  for (const kind of ATTACHMENT_OWNER_KINDS) {
    const ids = [...new Set(rows.filter((r) => r.owner.kind === kind).map((r) => r.owner.id))];
    if (ids.length === 0) continue;
    const owners = await recordTable(db, kind).bulkGet(ids);
    for (const owner of owners) if (owner && owner.deletedAt === null) live.add(`${kind}:${owner.id}`);
  }
  return rows.filter((r) => live.has(`${r.owner.kind}:${r.owner.id}`));
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

/** A file's bytes for leaving the app (下载, 用系统程序打开): refused when they are not on this PC. */
export async function requireAttachmentBytes(db: AirgapDb, record: Pick<AttachmentRecord, 'id' | 'sha256'>): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await attachmentContent(db, record);
  if (!blob) throw new Error(`attachment ${record.id}: bytes ${record.sha256} are not on this PC`);
  return new Uint8Array(await blob.arrayBuffer());
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
