import Dexie from 'dexie';
import { openAge, sealAge } from '../../src-renderer/core/archive-file/age-layer';
import { generateInstitute, type ScaleName } from '../../src-renderer/core/synthetic/index';
import { openDatabase, type AirgapDb } from '../../src-renderer/data/db';
import { EXCHANGE_KINDS } from '../../src-renderer/core/exchange/kinds';
import { applyCard, applyImport, exportArchive, exportMyCard, previewCard, previewImport } from '../../src-renderer/data/exchange/index';
import { restoreClock } from '../../src-renderer/data/installation';
import { loadOrCreateInstallation } from '../shared/clear-installation';
import { getProfile, saveProfile } from '../../src-renderer/data/profile-repo';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { BENCH_KEY_PASSPHRASE, PROFILE_INPUT } from './page-load';
import { KeyRing } from '../../src-renderer/data/key-store';
import { createBrowserHost } from '../../src-renderer/host/browser-host';
import type { Installation } from '../../src-renderer/data/installation';
import { testActor } from '../shared/actors';

/**
 * Exchange benches. The export reads the 'data' profile's archive as it is (nothing written);
 * the import runs on the scratch profile: a source database holding the institute exports a
 * file (production scrypt work factor), which is imported into an empty database and, for the
 * floor, `bulkPut` as the same records into another empty database.
 */
export const PASSPHRASE = 'bench 交换口令 correct horse';
const SOURCE = 'airgap-bench-exchange-source';
const TARGET = 'airgap-bench-exchange-target';
const RAW = 'airgap-bench-exchange-raw';
const BATCH = 10_000;

type Log = (line: string) => void;

/** An app database with setup done (installation keys, profile), as the app leaves it after 首次使用设置. */
export async function setUp(name: string) {
  await Dexie.delete(name);
  const db = await openDatabase(name);
  const installation = await loadOrCreateInstallation(db);
  const ctx: WriteContext = {
    clock: await restoreClock(db),
    origin: installation.installationId,
    actor: testActor(PROFILE_INPUT.operatorName),
    now: () => new Date(),
  };
  const profile = await saveProfile(db, PROFILE_INPUT, ctx);
  return { db, installation, profile, ctx };
}

/** The receiving side adds the sender's key card to its directory, as a user does before a first import. */
export async function addSignerCard(target: Awaited<ReturnType<typeof setUp>>, card: string) {
  await applyCard(target.db, await previewCard(target.db, card, target.installation), target.ctx);
}

/**
 * The whole archive of `db` as an exchange file; progress lines every 10 %. `installation` with its
 * keys in clear (default: the clear row the scratch databases hold).
 */
export async function exportWhole(db: AirgapDb, log: Log, installation?: Installation) {
  installation ??= await loadOrCreateInstallation(db);
  const profile = (await getProfile(db))!;
  let reports = 0;
  let nextTenth = 1;
  const started = performance.now();
  const result = await exportArchive(db, {
    scope: { type: 'full' },
    lock: { passphrase: PASSPHRASE },
    installation,
    profile,
    appVersion: 'bench',
    actor: testActor('张伟'),
    purpose: '性能测试',
    onProgress: ({ done, total }) => {
      reports++;
      if (total > 0 && done >= (total * nextTenth) / 10) {
        log(`export: ${done} / ${total} records`);
        nextTenth = Math.floor((done * 10) / total) + 1;
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const records = Object.values(result.counts).reduce((a, b) => a + b, 0);
  // The sender's key card: an import trusts only a signer in the directory (addSignerCard).
  return { bytes: result.bytes, seconds, records, progressReports: reports, card: exportMyCard(installation, profile).text };
}

/** Every row of `table` in primary-key order, pages of 10,000 (raw Dexie reads). */
async function readAllRaw(db: AirgapDb, table: string): Promise<number> {
  let rows = 0;
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? db.table(table).orderBy(':id') : db.table(table).where(':id').above(last)).limit(BATCH).toArray();
    if (page.length === 0) return rows;
    rows += page.length;
    last = (page[page.length - 1] as { id: string }).id;
  }
}

/** Drains a stream: its bytes, joined. */
async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * exchange.export-full: the 'data' profile's app database, exported whole. Then its floor, same
 * database: every exported record read raw (pages of 10,000 per table, the lineage rows too), and gzip
 * (CompressionStream) + age (the same passphrase and scrypt work factor) of the same bytes — the file's
 * NDJSON payload, taken from the export itself (opened and gunzipped, not timed).
 */
export async function measureExportFull(log: Log) {
  const db = await openDatabase();
  try {
    // The profile's keys are sealed with the bench's key passphrase (page-load.ts sealBenchKeys), as the
    // app leaves them: unlocked here as a user unlocks them before 导出.
    const ring = await KeyRing.open(db, createBrowserHost(document));
    const installation = ring.unlocked() ?? (await ring.unlock(BENCH_KEY_PASSPHRASE));
    const { bytes, seconds, records, progressReports } = await exportWhole(db, log, installation);
    const payload = await bytesOf(
      (await openAge(bytes, { passphrase: PASSPHRASE })).plaintext.pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
      ),
    );
    const started = performance.now();
    let floorRecords = 0;
    for (const kind of [...EXCHANGE_KINDS, 'lineages']) floorRecords += await readAllRaw(db, kind);
    const readSeconds = (performance.now() - started) / 1000;
    const gzipped = new Blob([payload as BlobPart]).stream().pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
    const sealed = await bytesOf(await sealAge(gzipped, { passphrase: PASSPHRASE }));
    const floorSeconds = (performance.now() - started) / 1000;
    log(
      `export floor: ${floorRecords} records read in ${readSeconds.toFixed(1)} s, ${(payload.length / 1e6).toFixed(1)} MB sealed in ${(floorSeconds - readSeconds).toFixed(1)} s`,
    );
    return {
      seconds,
      records,
      fileBytes: bytes.length,
      progressReports,
      floorSeconds,
      floorReadSeconds: readSeconds,
      floorRecords,
      payloadBytes: payload.length,
      floorFileBytes: sealed.length,
    };
  } finally {
    db.close();
  }
}

/**
 * The generated institute written raw into `side`'s database (bulkPut, each row with the envelope of
 * a write of `side`), as a source to export; returns the last rev written ('' for an empty institute).
 */
export async function putInstitute(side: Awaited<ReturnType<typeof setUp>>, scale: ScaleName, seed: number): Promise<string> {
  let lastRev = '';
  for (const batch of generateInstitute(scale, seed)) {
    const rows = batch.records.map((r) => ({
      ...r,
      rev: side.ctx.clock.now(),
      origin: side.ctx.origin,
      updatedBy: side.ctx.actor.name,
      deletedAt: null,
    }));
    await side.db.table(batch.table).bulkPut(rows);
    lastRev = rows[rows.length - 1]?.rev ?? lastRev;
  }
  return lastRev;
}

/** exchange.import-full and exchange.import-vs-bulkput, on the scratch profile. */
export async function measureImportVsBulkPut(scale: ScaleName, seed: number, log: Log) {
  const source = await setUp(SOURCE);
  let file: Uint8Array;
  let card: string;
  // The import no longer holds the file's records (they are staged in IndexedDB), so the floor
  // bulkPuts the same generated records again, with the envelope of the last one written here.
  let envelope = { rev: '', origin: source.ctx.origin, updatedBy: source.ctx.actor.name, deletedAt: null };
  try {
    envelope = { ...envelope, rev: await putInstitute(source, scale, seed) };
    ({ bytes: file, card } = await exportWhole(source.db, log));
    log(`import: source file ${(file.length / 1e6).toFixed(1)} MB`);
  } finally {
    source.db.close();
    await Dexie.delete(SOURCE);
  }

  const target = await setUp(TARGET);
  await addSignerCard(target, card);
  let importSeconds: number;
  let previewSeconds: number;
  let unlockSeconds: number;
  let records: number;
  let progressReports = 0;
  // Peak JS heap during the import (performance.memory: Chromium only,
  // coarse without --enable-precise-memory-info; 0 elsewhere).
  let peakHeap = 0;
  const sampleHeap = () => {
    peakHeap = Math.max(peakHeap, (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  };
  try {
    const started = performance.now();
    const preview = await previewImport(
      target.db,
      file,
      { passphrase: PASSPHRASE },
      {
        installation: target.installation,
        onProgress: ({ records: read }) => {
          sampleHeap();
          if (++progressReports % 50 === 0) log(`import: read ${read} records`);
        },
      },
    );
    if (preview.status !== 'ready') throw new Error(`preview: ${preview.status}`);
    previewSeconds = (performance.now() - started) / 1000;
    sampleHeap();
    // Sampled while the apply writes too: it reads the staged batches back one at a time.
    const report = await applyImport(target.db, preview.file, target.ctx, sampleHeap);
    importSeconds = (performance.now() - started) / 1000;
    sampleHeap();
    records = report.total.new;
    log(`import: ${records} records in ${importSeconds.toFixed(1)} s (preview ${previewSeconds.toFixed(1)} s)`);
    // Not timed with the import: how much of it unlocking alone takes (scrypt at the production
    // work factor, a fixed cost that dominates the small scale's ratio).
    const unlockStarted = performance.now();
    await (await openAge(file, { passphrase: PASSPHRASE })).plaintext.cancel();
    unlockSeconds = (performance.now() - unlockStarted) / 1000;
  } finally {
    target.db.close();
    await Dexie.delete(TARGET);
  }

  await Dexie.delete(RAW);
  const raw = await openDatabase(RAW);
  let bulkPutSeconds = 0;
  let bulkPutRecords = 0;
  try {
    for (const batch of generateInstitute(scale, seed)) {
      if (!(EXCHANGE_KINDS as readonly string[]).includes(batch.table)) continue;
      const rows = batch.records.map((r) => ({ ...r, ...envelope }));
      // Only the writes are timed, not generating the rows.
      const started = performance.now();
      for (let i = 0; i < rows.length; i += BATCH) await raw.table(batch.table).bulkPut(rows.slice(i, i + BATCH));
      bulkPutSeconds += (performance.now() - started) / 1000;
      bulkPutRecords += rows.length;
    }
    if (bulkPutRecords !== records) throw new Error(`bulkPut wrote ${bulkPutRecords} records, the import ${records}`);
    log(`bulkPut: the same records in ${bulkPutSeconds.toFixed(1)} s`);
  } finally {
    raw.close();
    await Dexie.delete(RAW);
  }
  return { records, fileBytes: file.length, importSeconds, previewSeconds, unlockSeconds, bulkPutSeconds, progressReports, peakHeapBytes: peakHeap };
}

/** The same pseudo-random bytes scripts/bench.mjs writes for the `age` binary (xorshift32). */
export function benchBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    words[i] = x;
  }
  return new Uint8Array(words.buffer, 0, length);
}

/** exchange.age-vs-cli, the app's side: age-encrypt `length` bytes for one X25519 recipient. */
export async function measureAgeEncrypt(length: number, seed: number, recipient: string) {
  const bytes = benchBytes(length, seed);
  const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
  const CHUNK = 64 * 1024;
  const started = performance.now();
  let offset = 0;
  const plaintext = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  });
  const sealed = (await sealAge(plaintext, { recipients: [recipient] })).getReader();
  let out = 0;
  for (let chunk = await sealed.read(); !chunk.done; chunk = await sealed.read()) out += chunk.value.length;
  const seconds = (performance.now() - started) / 1000;
  return { seconds, sealedBytes: out, sha256: digest };
}
