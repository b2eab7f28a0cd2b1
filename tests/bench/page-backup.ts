import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import Dexie, { type Table } from 'dexie';
import { BACKUP_KINDS, LOCAL_TABLES } from '../../src-renderer/core/backup';
import { entryBatches } from '../../src-renderer/core/change-log';
import { newId } from '../../src-renderer/core/ids';
import { RECORD_KINDS } from '../../src-renderer/core/record-kinds';
import { generateInstitute, type ScaleName } from '../../src-renderer/core/synthetic/index';
import { createBackupFile, restoreBackupFile } from '../../src-renderer/data/backup-file';
import { openDatabase, type AirgapDb } from '../../src-renderer/data/db';
import { restoreClock } from '../../src-renderer/data/installation';
import { loadOrCreateInstallation } from '../shared/clear-installation';
import { getProfile, saveProfile } from '../../src-renderer/data/profile-repo';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { gradeInstitute } from './page-grading';
import { PROFILE_INPUT } from './page-load';
import { testActor } from '../shared/actors';

/**
 * backup.roundtrip-full, on the scratch profile: the institute at the bench's scale in a source
 * database — bulk-loaded with envelopes, each batch logged in the change log as an import logs it
 * (create entries, core/change-log.ts), then graded and approved through the app (so the log holds
 * the first-grade entries whose `before` is absent, issue 12) — is backed up with a passphrase at the
 * production work factor (createBackupFile) and restored into a new database (restoreBackupFile),
 * both timed. The restored database must equal the source: per backed-up table, the row count and
 * a SHA-256 over every row's JSON in primary-key order (JSON: what the file can carry — a key whose
 * value is `undefined` is absent on both sides).
 *
 * The floor, same run: reading every backed-up table of the source raw and `bulkPut`ting the same
 * rows into another empty database — what any copy of the database must cost.
 */
const PASSPHRASE = 'bench 备份口令 correct horse';
const SOURCE = 'airgap-bench-backup-source';
const RAW = 'airgap-bench-backup-raw';
const PAGE = 10_000;

type Log = (line: string) => void;

/** The backed-up tables and their primary keys (the installation row of `meta` is compared apart). */
const TABLES: readonly { name: string; key: string }[] = [
  ...RECORD_KINDS.map((name) => ({ name, key: ':id' })),
  { name: 'changes', key: 'seq' },
  ...LOCAL_TABLES.map((name) => ({ name, key: ':id' })),
];

async function* pagesOf(table: Table, key: string): AsyncGenerator<unknown[]> {
  const field = key === ':id' ? 'id' : key;
  let last: unknown;
  for (;;) {
    const rows = await (last === undefined ? table.orderBy(key) : table.where(key).above(last)).limit(PAGE).toArray();
    if (rows.length === 0) return;
    yield rows;
    last = (rows[rows.length - 1] as Record<string, unknown>)[field];
  }
}

/** Per table: rows and the SHA-256 of their JSON lines in key order; plus the installation row. */
async function fingerprint(db: AirgapDb): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  const installation = JSON.stringify((await db.meta.get('installation'))?.value ?? null);
  out.installation = { rows: 1, sha256: bytesToHex(sha256(new TextEncoder().encode(installation))) };
  const encoder = new TextEncoder();
  for (const { name, key } of TABLES) {
    const hash = sha256.create();
    let rows = 0;
    for await (const page of pagesOf(db.table(name), key)) {
      hash.update(encoder.encode(page.map((row) => `${JSON.stringify(row)}\n`).join('')));
      rows += page.length;
    }
    out[name] = { rows, sha256: bytesToHex(hash.digest()) };
  }
  return out;
}

/** The source: setup done, the institute loaded and logged as an import, graded and approved. */
async function buildSource(scale: ScaleName, seed: number, log: Log): Promise<AirgapDb> {
  await Dexie.delete(SOURCE);
  const db = await openDatabase(SOURCE);
  const installation = await loadOrCreateInstallation(db);
  const ctx: WriteContext = {
    clock: await restoreClock(db),
    origin: installation.installationId,
    actor: testActor(PROFILE_INPUT.operatorName),
    now: () => new Date(),
  };
  await saveProfile(db, PROFILE_INPUT, ctx);
  for (const batch of generateInstitute(scale, seed)) {
    const rev = ctx.clock.now();
    const rows = batch.records.map((r) => ({ ...r, rev, origin: ctx.origin, updatedBy: ctx.actor.name, deletedAt: null }));
    const at = ctx.now().toISOString();
    const entries = entryBatches(rows.map((r) => r.id)).map((recordIds) => ({
      table: batch.table,
      recordIds,
      op: 'create' as const,
      rev,
      origin: ctx.origin,
      by: ctx.actor.name,
      at,
      fields: [],
    }));
    await db.transaction('rw', [db.table(batch.table), db.changes], async () => {
      await db.table(batch.table).bulkPut(rows);
      await db.changes.bulkAdd(entries);
    });
  }
  await gradeInstitute(db);
  log(`backup: source loaded and graded, ${await db.changes.count()} change-log entries`);
  return db;
}

export async function measureBackupRoundTrip(scale: ScaleName, seed: number, log: Log) {
  const source = await buildSource(scale, seed, log);
  let restoredName: string | null = null;
  try {
    const installation = await loadOrCreateInstallation(source);
    const profile = (await getProfile(source))!;
    const started = performance.now();
    const bytes = (
      await createBackupFile(source, {
        profile,
        installation,
        appVersion: 'bench',
        actor: testActor('张伟'),
        purpose: '性能测试',
        lock: { passphrase: PASSPHRASE },
      })
    ).bytes;
    const backupSeconds = (performance.now() - started) / 1000;
    log(`backup: ${(bytes.length / 1e6).toFixed(1)} MB in ${backupSeconds.toFixed(1)} s`);
    const restoreStarted = performance.now();
    const restored = await restoreBackupFile(bytes, { passphrase: PASSPHRASE }, { stamp: newId(), by: testActor() });
    restoredName = restored.databaseName;
    const restoreSeconds = (performance.now() - restoreStarted) / 1000;
    log(`backup: restored in ${restoreSeconds.toFixed(1)} s`);

    const expected = await fingerprint(source);
    const copy = await openDatabase(restored.databaseName);
    const actual = await fingerprint(copy).finally(() => copy.close());
    const differing = [...Object.keys(expected)].filter((t) => expected[t]!.rows !== actual[t]?.rows || expected[t]!.sha256 !== actual[t]?.sha256);
    if (differing.length > 0)
      throw new Error(`the restored database differs: ${differing.map((t) => `${t} ${expected[t]!.rows}→${actual[t]?.rows ?? 0} rows`).join(', ')}`);
    const records = Object.values(expected).reduce((sum, t) => sum + t.rows, 0);
    if (records !== Object.values(restored.counts).reduce((a, b) => a + b, 0)) throw new Error('the file holds another number of records than the database');

    const floorSeconds = await rawCopySeconds(source);
    log(`backup: raw read + bulkPut of the same rows in ${floorSeconds.toFixed(1)} s`);
    return { records, fileBytes: bytes.length, backupSeconds, restoreSeconds, floorSeconds, tables: BACKUP_KINDS.length, changes: expected.changes!.rows };
  } finally {
    source.close();
    await Dexie.delete(SOURCE);
    if (restoredName) await Dexie.delete(restoredName);
  }
}

/** The floor: every backed-up table of `source` read raw, page by page, and bulkPut into an empty database. */
async function rawCopySeconds(source: AirgapDb): Promise<number> {
  await Dexie.delete(RAW);
  const raw = await openDatabase(RAW);
  try {
    const started = performance.now();
    await raw.meta.put({ key: 'installation', value: (await source.meta.get('installation'))!.value });
    for (const { name, key } of TABLES) for await (const page of pagesOf(source.table(name), key)) await raw.table(name).bulkPut(page);
    return (performance.now() - started) / 1000;
  } finally {
    raw.close();
    await Dexie.delete(RAW);
  }
}
