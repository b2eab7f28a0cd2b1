import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readArchive, writeArchive, type ArchiveRecordLine } from '../../../../src-renderer/core/archive-file';
import { collect, customer, manifestFor, readOptions, testKeys } from './fixtures';

/**
 * Streaming both ways at a size where buffering would show: 50,000 records of ~600 bytes (≈ 30 MB
 * of NDJSON), written and read through one pipe. Memory is sampled after forced GCs.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const N = 50_000;
const NOTE = '往来记录：技术交流会，讨论复合材料工艺改进与交付计划。'.repeat(4);
/** Hex noise so that the data compresses like real records (≈ 2–3 : 1), not 40 : 1. A pool far
 * larger than gzip's 32 KiB window keeps the generator cheap without making repeats compressible. */
const NOISE = Array.from({ length: 2_000 }, () => Array.from(crypto.getRandomValues(new Uint8Array(96)), (b) => b.toString(16).padStart(2, '0')).join(''));

async function* counted(n: number, produced: { count: number }): AsyncGenerator<ArchiveRecordLine> {
  for (let i = 0; i < n; i++) {
    produced.count++;
    yield { kind: 'customers', record: customer(i, { notes: `${NOTE}${i}`, digest: NOISE[i % NOISE.length] }) };
  }
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

describe('streaming', () => {
  it(`pipes ${N.toLocaleString()} records from writer to reader in bounded memory`, async () => {
    const keys = await testKeys();
    const produced = { count: 0 };
    let plaintextBytes = 0;
    const baseline = heapMb();
    const started = performance.now();
    const stream = await writeArchive({
      manifest: manifestFor({ customers: N, contacts: 0 }),
      records: counted(N, produced),
      signingSecretKey: keys.signingSecretKey,
      lock: { recipients: [keys.ageRecipient] },
      onComplete: (summary) => (plaintextBytes = summary.plaintextBytes),
    });
    let records = 0;
    let maxLag = 0;
    let peak = 0;
    for await (const event of readArchive(stream, { identities: [keys.ageIdentity] }, readOptions())) {
      if (event.type !== 'record') continue;
      records++;
      maxLag = Math.max(maxLag, produced.count - records);
      if (records % 10_000 === 0) peak = Math.max(peak, heapMb() - baseline);
    }
    const seconds = (performance.now() - started) / 1000;
    expect(records).toBe(N);
    // The writer never runs far ahead of the reader: only a few 64 KiB chunks are in flight.
    expect(maxLag).toBeLessThan(5_000);
    // What stays in memory is the duplicate check's id set (~100 bytes a record), not the payload.
    expect(plaintextBytes).toBeGreaterThan(25e6);
    expect(peak * 1e6).toBeLessThan(plaintextBytes / 3);
    console.log(
      `archive pipe: ${N} records, ${(plaintextBytes / 1e6).toFixed(1)} MB NDJSON, write+read ${seconds.toFixed(2)} s ` +
        `(${Math.round(N / seconds)} records/s, ${(plaintextBytes / 1e6 / seconds).toFixed(1)} MB/s), heap growth peak ${peak.toFixed(1)} MB, max lag ${maxLag}`,
    );
  }, 60_000);

  it('yields records long before the input ends', async () => {
    const keys = await testKeys();
    const file = await collect(
      await writeArchive({
        manifest: manifestFor({ customers: 5_000, contacts: 0 }),
        records: counted(5_000, { count: 0 }),
        signingSecretKey: keys.signingSecretKey,
        lock: { recipients: [keys.ageRecipient] },
      }),
    );
    let delivered = 0;
    let offset = 0;
    const slow = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (offset >= file.length) return controller.close();
          const chunk = file.subarray(offset, offset + 8192);
          offset += chunk.length;
          delivered += chunk.length;
          controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    let deliveredAtFirstRecord = -1;
    for await (const event of readArchive(slow, { identities: [keys.ageIdentity] }, readOptions())) {
      if (event.type === 'record' && deliveredAtFirstRecord < 0) deliveredAtFirstRecord = delivered;
    }
    expect(deliveredAtFirstRecord).toBeGreaterThan(0);
    expect(deliveredAtFirstRecord).toBeLessThan(file.length / 4);
  });

  it('measures write and read separately', async () => {
    const keys = await testKeys();
    let t = performance.now();
    const file = await collect(
      await writeArchive({
        manifest: manifestFor({ customers: N, contacts: 0 }),
        records: counted(N, { count: 0 }),
        signingSecretKey: keys.signingSecretKey,
        lock: { recipients: [keys.ageRecipient] },
      }),
    );
    const write = (performance.now() - t) / 1000;
    t = performance.now();
    let records = 0;
    for await (const event of readArchive(file, { identities: [keys.ageIdentity] }, readOptions())) if (event.type === 'record') records++;
    const read = (performance.now() - t) / 1000;
    expect(records).toBe(N);
    console.log(
      `archive: ${N} records → ${(file.length / 1e6).toFixed(1)} MB file; write ${write.toFixed(2)} s (${Math.round(N / write)} records/s), ` +
        `read+verify ${read.toFixed(2)} s (${Math.round(N / read)} records/s)`,
    );
  }, 60_000);
});
