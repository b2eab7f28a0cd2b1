import type { AirgapDb } from '../db';

export type { AttachmentBlobRow, AttachmentRecord } from '../rows/attachments';

/** The two tables of attachments: the metadata records and the bytes by SHA-256. */
export function attachmentTables(db: AirgapDb) {
  return { attachments: db.attachments, attachmentBlobs: db.attachmentBlobs };
}
