import { archiveBlobOf, type ArchiveBlob, type BlobsDeclaration } from '../../core/archive-file';
import { attachmentTables } from '../attachments';
import type { AirgapDb } from '../db';

/**
 * The attachment bytes an archive file carries (issue 18.5): each content named by an attachment
 * record of the file, once (the same file attached twice is stored and sent once), in the order
 * first named. Exchange exports and backups both write them through here.
 */
export class NamedContents {
  /** sha256 → size, as the records name them. */
  private readonly sizes = new Map<string, number>();

  note(record: { sha256: string; size: number }): void {
    this.sizes.set(record.sha256, record.size);
  }

  get count(): number {
    return this.sizes.size;
  }

  get bytes(): number {
    let total = 0;
    for (const size of this.sizes.values()) total += size;
    return total;
  }

  /** What the manifest declares: nothing when no record names bytes (the file stays format 3). */
  declaration(): BlobsDeclaration | undefined {
    return this.sizes.size === 0 ? undefined : { count: this.sizes.size, bytes: this.bytes };
  }

  /**
   * The contents, read one at a time as the writer pulls them (a Blob of IndexedDB: its bytes are
   * read a part at a time by the writer, outside any transaction). A content missing here is left
   * out, and the writer refuses the file naming its file (blob-missing): never a file without it.
   */
  async *sources(db: AirgapDb): AsyncGenerator<ArchiveBlob> {
    const table = attachmentTables(db).attachmentBlobs;
    for (const sha256 of this.sizes.keys()) {
      const row = await table.get(sha256);
      if (row) yield archiveBlobOf(sha256, row.blob);
    }
  }
}

/** Every attachment record of the database (live and deleted: a deleted one's bytes travel too), and their marks. */
export async function namedContentsOfAll(db: AirgapDb, levels?: unknown[]): Promise<NamedContents> {
  const named = new NamedContents();
  await attachmentTables(db).attachments.each((record) => {
    named.note(record);
    levels?.push(record.classification);
  });
  return named;
}
