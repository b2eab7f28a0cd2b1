import Dexie from 'dexie';
import { DEFAULT_TODAY, generateInstitute, SCALES, type ScaleName } from '../../src-renderer/core/synthetic/index';
import { openDatabase, type AirgapDb } from '../../src-renderer/data/db';
import { approveRun, assessmentYearOf, draftGrading } from '../../src-renderer/data/grading';
import { restoreClock } from '../../src-renderer/data/installation';
import { loadOrCreateInstallation } from '../shared/clear-installation';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { testActor } from '../shared/actors';

async function contextOf(db: AirgapDb): Promise<WriteContext> {
  const installation = await loadOrCreateInstallation(db);
  return { clock: await restoreClock(db), origin: installation.installationId, actor: testActor('基准测试'), now: () => new Date() };
}

/**
 * Setup (not measured): the institute graded once, the app's way — a batch draft on the dataset's
 * "today", approved — so the dashboard has grades and follow-ups to show.
 */
export async function gradeInstitute(db: AirgapDb): Promise<void> {
  const ctx = await contextOf(db);
  const run = await draftGrading(db, { evaluationDate: DEFAULT_TODAY }, ctx);
  await approveRun(db, run.id, {}, ctx, DEFAULT_TODAY);
}

/** The same tables draftGrading reads for a batch draft, read raw: the floor of grading.regrade-all. */
async function readGradingTables(db: AirgapDb): Promise<number> {
  const benefitYear = assessmentYearOf(DEFAULT_TODAY) - 1;
  const [customers, benefits, settlements, assessments] = await Promise.all([
    db.table('customers').toArray(),
    db.table('benefits').where('year').equals(benefitYear).toArray(),
    db.table('settlements').toArray(),
    db.table('assessments').toArray(),
  ]);
  return customers.length + benefits.length + settlements.length + assessments.length;
}

/**
 * grading.regrade-all: a batch re-grading draft of every customer (read the figures, compute,
 * write the draft with its entries) through the app's repository, `runs` times; each draft is
 * removed afterwards, rows and change-log entries, so the profile stays as loaded. Before each draft,
 * the floor: the raw reads of the same tables (customers, the year's figures by the `year` index,
 * settlements, assessments).
 */
export async function measureRegradeAll(runs: number): Promise<{ samples: number[]; floorSamples: number[]; entries: number; floorRows: number }> {
  const db = await openDatabase();
  try {
    const ctx = await contextOf(db);
    const samples: number[] = [];
    const floorSamples: number[] = [];
    let entries = 0;
    let floorRows = 0;
    for (let i = 0; i < runs; i++) {
      const floorStarted = performance.now();
      floorRows = await readGradingTables(db);
      floorSamples.push(Math.round(performance.now() - floorStarted));
      const seqBefore = ((await db.changes.orderBy('seq').last())?.seq ?? 0) as number;
      const started = performance.now();
      const run = await draftGrading(db, { evaluationDate: DEFAULT_TODAY }, ctx);
      samples.push(Math.round(performance.now() - started));
      entries = run.summary.total;
      await db.transaction('rw', [db.table('gradeRuns'), db.table('gradings'), db.changes], async () => {
        await db.table('gradings').where('runId').equals(run.id).delete();
        await db.table('gradeRuns').delete(run.id);
        await db.changes.where('seq').above(seqBefore).delete();
      });
    }
    return { samples, floorSamples, entries, floorRows };
  } finally {
    db.close();
  }
}

const APPROVE_DB = 'airgap-bench-approve';

/**
 * grading.approve-all, on the scratch profile: the yearly grading's 审批 — a database holding the
 * institute's customers and their figures (benefits, settlements), never graded, gets a batch draft
 * (setup, not timed); approving it (approveRun: every customer's grade set, a follow-up plan per
 * customer, the run approved and audited, one transaction) is timed. The floor, same database: the
 * rows the approval changed (every record its change-log entries name, as they are after it)
 * written again with raw bulkPut in one transaction, median of 3.
 */
export async function measureApproveAll(scale: ScaleName, seed: number, log: (line: string) => void) {
  await Dexie.delete(APPROVE_DB);
  const db = await openDatabase(APPROVE_DB);
  try {
    const ctx = await contextOf(db);
    // Grading reads customers, benefits and settlements only: the other sections are not generated.
    const counts = { ...SCALES[scale], contacts: 0, interactions: 0, complaints: 0 };
    for (const batch of generateInstitute(counts, seed)) {
      const rows = batch.records.map((r) => ({ ...r, rev: ctx.clock.now(), origin: ctx.origin, updatedBy: ctx.actor.name, deletedAt: null }));
      await db.table(batch.table).bulkPut(rows);
    }
    const run = await draftGrading(db, { evaluationDate: DEFAULT_TODAY }, ctx);
    log(`approve-all: draft of ${run.summary.total} customers ready`);
    const seqBefore = ((await db.changes.orderBy('seq').last())?.seq ?? 0) as number;

    const started = performance.now();
    await approveRun(db, run.id, {}, ctx, DEFAULT_TODAY);
    const approveMs = performance.now() - started;

    // What the approval changed, by its change-log entries: table → ids, then the rows as they are now.
    const ids = new Map<string, Set<string>>();
    await db.changes
      .where('seq')
      .above(seqBefore)
      .each((entry) => {
        const set = ids.get(entry.table) ?? new Set<string>();
        for (const id of entry.recordIds) set.add(id);
        ids.set(entry.table, set);
      });
    const changed = new Map<string, unknown[]>();
    for (const [table, set] of ids)
      changed.set(
        table,
        (await db.table(table).bulkGet([...set])).filter((r) => r !== undefined),
      );
    const tables = [...changed.keys()].map((t) => db.table(t));
    const floorSamples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const floorStarted = performance.now();
      await db.transaction('rw', tables, async () => {
        for (const [table, rows] of changed) await db.table(table).bulkPut(rows);
      });
      floorSamples.push(Math.round(performance.now() - floorStarted));
    }
    const rows = Object.fromEntries([...changed].map(([t, r]) => [t, r.length]));
    return { approveMs: Math.round(approveMs), floorMs: [...floorSamples].sort((a, b) => a - b)[1]!, floorSamples, grades: run.summary.total, rows };
  } finally {
    db.close();
    await Dexie.delete(APPROVE_DB);
  }
}
