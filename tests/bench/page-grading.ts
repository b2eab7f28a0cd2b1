import { DEFAULT_TODAY } from '../../src-renderer/core/synthetic/index';
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
