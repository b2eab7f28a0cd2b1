import { gzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src-renderer/core/ids';
import { newRestoreDatabaseName } from '../../../src-renderer/data/active-database';
import { RESTORE_BUFFER_BYTES, RestoreStager } from '../../../src-renderer/data/backup';
import { openDatabase } from '../../../src-renderer/data/db';
import { previewImport } from '../../../src-renderer/data/exchange';
import { STAGED_BATCH_BYTES, STAGED_BATCH_RECORDS, stagingTable } from '../../../src-renderer/data/exchange/staging';
import type { StagedBatch } from '../../../src-renderer/data/rows/exchange';
import { closeAll, department } from '../data/exchange/departments-fixture';
import { ArchiveError, DEFAULT_MAX_PAYLOAD_BYTES, readArchive } from '../../../src-renderer/core/archive-file';
import { MAX_OPEN_FILE_BYTES } from '../../../src-renderer/core/host-contract';
import { CURRENT_SCHEMA_VERSION as V } from '../../../src-renderer/data/schema';
import { customers, gzipLines, payloadLines, PASSPHRASE, sealPassphrase } from './build';
import { trustCorpusSigner } from './trust-signer';

/**
 * Issue 14.2: every stage is bounded by bytes as well as records — a staged batch, a line, the whole
 * decompressed payload — so that a file anyone with the public recipient can make costs bounded
 * memory before its signature is checked.
 */
afterAll(closeAll);

const MiB = 1024 * 1024;
const enc = new TextEncoder();

describe('a staged batch is bounded by bytes', () => {
  it('big-but-valid records are staged in batches of at most STAGED_BATCH_BYTES (plus one record), not STAGED_BATCH_RECORDS', async () => {
    // 1,800 customers with 2,000-character notes (the field's limit): ≈ 6 KB a line, ≈ 11 MB in all.
    const n = 1_800;
    expect(n).toBeLessThan(STAGED_BATCH_RECORDS);
    const notes = (i: number) => ({ notes: `${'很'.repeat(1990)}${String(i).padStart(10, '0')}` });
    const lines = await payloadLines(V, customers(n, notes));
    const lineBytes = lines.slice(2, -1).map((l) => enc.encode(l).length + 1);
    expect(lineBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(STAGED_BATCH_BYTES);
    const receiver = await department('科研处');
    await trustCorpusSigner(receiver);
    const preview = await previewImport(
      receiver.db,
      await sealPassphrase(gzipLines(lines)),
      { passphrase: PASSPHRASE },
      { installation: receiver.installation, now: () => Date.now() },
    );
    if (preview.status !== 'ready') throw new Error(preview.status);
    const batches = (await stagingTable(receiver.db).toArray()).filter((row): row is StagedBatch => !('verified' in row));
    expect(batches.length).toBeGreaterThan(1);
    const biggest = Math.max(...lineBytes);
    for (const batch of batches) expect(enc.encode(JSON.stringify(batch.records)).length).toBeLessThan(STAGED_BATCH_BYTES + 2 * biggest);
    expect(batches.reduce((sum, b) => sum + b.records.length, 0)).toBe(n);
  }, 60_000);
});

describe('the whole payload is bounded by its decompressed bytes', () => {
  it('a gzip bomb stops at the cap, before its lines are read', async () => {
    const [manifest] = await payloadLines(V, customers(1));
    // 8 MiB of one byte, deflated to ~8 KB: the cap (here 1 MiB) stops it after one slice.
    const bomb = new Uint8Array(8 * MiB).fill(0x20);
    const big = await sealPassphrase(gzipSync(concat(enc.encode(`${manifest}\n`), bomb), { level: 9 }));
    expect(big.length).toBeLessThan(MiB);
    const started = performance.now();
    const events: string[] = [];
    const options = { knownKinds: ['customers'], supportedSchemaVersion: V, maxPayloadBytes: MiB };
    const error = await (async () => {
      for await (const event of readArchive(big, { passphrase: PASSPHRASE }, options)) events.push(event.type);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('payload-too-large');
    expect(events).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('the default cap is far above the full institute and takes any file the host reads at the ratio NDJSON compresses at', () => {
    // The full institute's backup inflates to ≈ 525 MB (docs/archive-format.md); the host reads at most 256 MiB
    // of file, which our NDJSON (≈ 7 : 1) inflates to ≈ 1.8 GB.
    expect(DEFAULT_MAX_PAYLOAD_BYTES).toBeGreaterThan(3 * 525 * 1000 * 1000);
    expect(DEFAULT_MAX_PAYLOAD_BYTES).toBeGreaterThan(7 * MAX_OPEN_FILE_BYTES);
    expect(DEFAULT_MAX_PAYLOAD_BYTES).toBeLessThanOrEqual(8 * MAX_OPEN_FILE_BYTES);
  });
});

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

describe('the restore buffers are bounded by bytes', () => {
  it('a kind is written out once its buffered lines reach RESTORE_BUFFER_BYTES, long before PAGE records', async () => {
    const name = newRestoreDatabaseName(newId());
    const stager = await RestoreStager.create(name);
    const reader = await openDatabase(name);
    try {
      const [a, b, c] = customers(3).map((l) => l.record);
      await stager.add('customers', a, RESTORE_BUFFER_BYTES - 1);
      expect(await reader.customers.count()).toBe(0);
      await stager.add('customers', b, 1);
      expect(await reader.customers.count()).toBe(2);
      // Across kinds: each buffer under the bound, but twice the bound in all writes every buffer out.
      await stager.add('customers', c, RESTORE_BUFFER_BYTES - 1);
      await stager.add('managers', { id: newId() }, RESTORE_BUFFER_BYTES - 1);
      expect([await reader.customers.count(), await reader.managers.count()]).toEqual([2, 0]);
      await stager.add('contacts', { id: newId() }, 2);
      expect([await reader.customers.count(), await reader.managers.count(), await reader.contacts.count()]).toEqual([3, 1, 1]);
      await stager.finish();
    } finally {
      reader.close();
      await RestoreStager.discard(name);
    }
  });
});
