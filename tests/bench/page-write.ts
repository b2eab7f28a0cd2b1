import Dexie from 'dexie';
import type { Fields } from '../../src-renderer/core/envelope';
import { HybridLogicalClock } from '../../src-renderer/core/hlc';
import { newId } from '../../src-renderer/core/ids';
import type { InteractionFields } from '../../src-renderer/core/model';
import { generateInstitute } from '../../src-renderer/core/synthetic/index';
import { openDatabase, type AirgapDb } from '../../src-renderer/data/db';
import { createRecords } from '../../src-renderer/data/records';
import type { SchemaVersion } from '../../src-renderer/data/schema';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { testActor } from '../shared/actors';

/**
 * Write throughput of the app's write path (`createRecords`: envelope + one change-log entry per batch,
 * one transaction per batch) against the storage floor (Dexie `bulkPut` of the same, already stamped
 * records). Each run uses a fresh scratch database so neither path pays for the other's rows.
 */
const SCRATCH = 'airgap-bench-scratch';
const BATCH = 10_000;

type Interaction = InteractionFields & { id: string; rev: string; origin: string; updatedBy: string; deletedAt: null };

interface WritePath {
  /** Untimed preparation (the raw floor gets its records stamped here). */
  prepare?: (batch: Fields<Interaction>[], ctx: WriteContext) => Interaction[];
  /** Timed: write one batch. */
  write: (db: AirgapDb, batch: readonly Fields<Interaction>[], prepared: Interaction[] | undefined, ctx: WriteContext) => Promise<unknown>;
  /** Schema of the scratch database, when the variant changes it. */
  versions?: readonly SchemaVersion[];
}

const stampAll = (batch: readonly Fields<Interaction>[], ctx: WriteContext): Interaction[] =>
  batch.map((f) => ({ ...f, id: newId(), rev: ctx.clock.now(), origin: ctx.origin, updatedBy: ctx.actor.name, deletedAt: null }));

export const PATHS: Record<string, WritePath> = {
  raw: { prepare: (b, ctx) => stampAll(b, ctx), write: (db, _b, rows) => db.table('interactions').bulkPut(rows!) },
  app: { write: (db, batch, _p, ctx) => createRecords(db, 'interactions', batch, ctx) },
};

export function interactionFields(n: number, seed: number): Fields<Interaction>[] {
  const out: Fields<Interaction>[] = [];
  for (const batch of generateInstitute({ customers: 100, contacts: 0, interactions: n, complaints: 0 }, seed)) {
    if (batch.table !== 'interactions') continue;
    for (const { id: _id, ...fields } of batch.records) out.push(fields);
  }
  return out;
}

/** Records per second of one path on a fresh scratch database. */
export async function timePath(name: string, fields: readonly Fields<Interaction>[]): Promise<number> {
  const path = PATHS[name]!;
  await Dexie.delete(SCRATCH);
  const db = await openDatabase(SCRATCH, path.versions);
  const ctx: WriteContext = { clock: new HybridLogicalClock(), origin: newId(), actor: testActor('张明'), now: () => new Date() };
  const batches: { batch: Fields<Interaction>[]; prepared?: Interaction[] }[] = [];
  for (let i = 0; i < fields.length; i += BATCH) {
    const batch = fields.slice(i, i + BATCH);
    batches.push({ batch, prepared: path.prepare?.(batch, ctx) });
  }
  try {
    const started = performance.now();
    for (const { batch, prepared } of batches) await path.write(db, batch, prepared, ctx);
    return fields.length / ((performance.now() - started) / 1000);
  } finally {
    db.close();
    await Dexie.delete(SCRATCH);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface PathResult {
  /** Median records/s. */
  perSecond: number;
  /** Median of (this path ÷ raw) over back-to-back pairs. */
  ratio: number;
}

/**
 * Each path against the raw floor in back-to-back pairs (raw, path), (path, raw), … after one
 * untimed warm-up run of each (JIT, LevelDB). Every deleted scratch database lingers in the
 * origin's LevelDB until compaction, so throughput drifts down during a session: a ratio taken
 * within a pair cancels that drift, a ratio of whole-session averages would not.
 */
export async function comparePaths(
  names: readonly string[],
  n: number,
  seed: number,
  log: (line: string) => void,
  rounds = 4,
): Promise<Record<string, PathResult>> {
  const fields = interactionFields(n, seed);
  for (const name of ['raw', ...names]) await timePath(name, fields.slice(0, Math.min(n, 2_000)));
  const raw: number[] = [];
  const results: Record<string, PathResult> = {};
  for (const name of names) {
    const perSecond: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const times: Record<string, number> = {};
      for (const path of round % 2 ? [name, 'raw'] : ['raw', name]) times[path] = await timePath(path, fields);
      raw.push(times.raw!);
      perSecond.push(times[name]!);
      ratios.push(times[name]! / times.raw!);
      log(`${name}: ${Math.round(times[name]!)} records/s, raw ${Math.round(times.raw!)} → ${ratios.at(-1)!.toFixed(2)}`);
    }
    results[name] = { perSecond: median(perSecond), ratio: median(ratios) };
  }
  return { raw: { perSecond: median(raw), ratio: 1 }, ...results };
}

export async function measureWriteVsBulkPut(n: number, seed: number, log: (line: string) => void) {
  const { raw, app } = await comparePaths(['app'], n, seed, log);
  return { n, appPerSec: Math.round(app!.perSecond), rawPerSec: Math.round(raw!.perSecond), ratio: app!.ratio };
}
