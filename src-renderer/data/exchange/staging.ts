import Dexie, { type Table } from 'dexie';
import type { AirgapDb } from '../db';
import type { StagedBatch, StagedBlobPart, StagedVerification, StagingRow } from '../rows/exchange';

/**
 * The import's staging area (`importStaging`, local, never exported or backed up). The preview
 * streams the file once and parks its validated records here in batches, each in its own small
 * transaction, so that memory holds one batch at a time instead of the whole file (≈ 880 MB of
 * heap at full scale). The apply then reads the batches back inside its ONE transaction: reading
 * them is an IndexedDB request, which keeps that transaction alive, where decrypting or reading a
 * stream would let it commit half-way.
 *
 * Rows of one import share `importId`; `seq` 1…n are the batches in file order, then come the parts
 * of the attachments' bytes (issue 18.5, `stagedBlobPart`), and `seq` 0 is
 * written only once the whole file verified (hash, signature, counts, records): the apply refuses
 * an import without it. Rows of an import that crashed, was abandoned or refused are never read as
 * data; the next preview clears them.
 */
export const STAGED_BATCH_RECORDS = 5_000;
/**
 * A batch is also flushed at this many bytes of record lines (issue 14.2): 5,000 records of the
 * institute's data are ≈ 3 MB of NDJSON (measured: 625 bytes a line on average, 3,220 at most, in the
 * CLI's `sample` institute), so this bound never cuts a normal
 * batch; it stops big-but-valid records (2,000-character notes, full tag lists) from holding
 * 5,000 × tens of KB in memory before the signature is checked.
 */
export const STAGED_BATCH_BYTES = 8 * 1024 * 1024;
export const VERIFIED_SEQ: StagedVerification['seq'] = 0;

export type { StagedBatch, StagedBlobPart, StagedVerification, StagingRow } from '../rows/exchange';

export function stagingTable(db: AirgapDb): Table<StagingRow, [string, number]> {
  return db.importStaging;
}

/** The row saying an import's file verified whole; undefined until the preview finished (or once it was cleared). */
export async function stagedVerification(db: AirgapDb, importId: string): Promise<StagedVerification | undefined> {
  const row = await stagingTable(db).get([importId, VERIFIED_SEQ]);
  return row && 'verified' in row ? row : undefined;
}

/** One parked batch of an import (seq 1…n); undefined once cleared (by a preview in another window). */
export async function stagedBatch(db: AirgapDb, importId: string, seq: number): Promise<StagedBatch | undefined> {
  const row = await stagingTable(db).get([importId, seq]);
  return row && 'records' in row ? row : undefined;
}

/**
 * One parked part of an attachment's bytes (seq after the batches: the file's data lines follow its
 * records). Decoded parts are kept as Blobs, never joined in memory: the apply joins them as a Blob.
 */
export async function stagedBlobPart(db: AirgapDb, importId: string, seq: number): Promise<StagedBlobPart | undefined> {
  const row = await stagingTable(db).get([importId, seq]);
  return row && 'blobPart' in row ? row : undefined;
}

/** Deletes the staged rows of one import, or of every import when `importId` is omitted. */
export async function clearStaging(db: AirgapDb, importId?: string): Promise<void> {
  const table = stagingTable(db);
  if (importId === undefined) await table.clear();
  else await table.where('[importId+seq]').between([importId, Dexie.minKey], [importId, Dexie.maxKey], true, true).delete();
}
