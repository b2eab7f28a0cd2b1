import type { AttachmentFields } from '../../core/attachments';
import type { Envelope } from '../../core/envelope';

/** An attachment's metadata (issue 18): a record like any other (history, soft delete, exchange). */
export type AttachmentRecord = AttachmentFields & Envelope;

/** A file's bytes, stored once per content: the key is their SHA-256 (hex). */
export interface AttachmentBlobRow {
  sha256: string;
  size: number;
  blob: Blob;
}
