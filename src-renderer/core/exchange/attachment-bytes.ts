import type { BlobRef } from '../archive-file';

/**
 * Which bytes an attachment record names (issue 18.5): its content's sha256 and size, and its file
 * name for the messages. Exchange files and backups carry each named content once, after the
 * records (docs/archive-format.md "Attachment data"); the reader refuses a file whose bytes do not
 * match. Every attachment record in a file names its bytes, a soft-deleted one too (the bytes are
 * kept while any record names them, so that restoring the record finds them).
 */
export const ATTACHMENT_KIND = 'attachments';

export function attachmentBlobRef(kind: string, record: unknown): BlobRef | null {
  if (kind !== ATTACHMENT_KIND || typeof record !== 'object' || record === null) return null;
  const { sha256, size, fileName } = record as Record<string, unknown>;
  if (typeof sha256 !== 'string' || typeof size !== 'number') return null;
  return { sha256, size, name: typeof fileName === 'string' ? fileName : sha256 };
}
