import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateInstitute } from '../../../../src-renderer/core/synthetic/index';
import { draftGrading, previewGrading, runEntries, saveAssessment } from '../../../../src-renderer/data/grading';
import { softDeleteRecord } from '../../../../src-renderer/data/records';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { freshDb, testContext } from '../helpers';

/**
 * A batch draft reads every table once (customers, the year's figures, settlements, assessments:
 * all at once) and groups the rows in memory; one customer's grading reads that customer's rows by
 * its indexes. On generated institutes — figures of several years, settlements of any age,
 * assessments of this year and others, deleted figures, a deleted customer — every entry of the
 * batch is exactly what the customer's own grading gives (previewGrading, and a single draft).
 */
const EVALUATION_DATE = '2026-06-30';

async function institute(seed: number, customers: number, picks: readonly number[]): Promise<{ db: AirgapDb; ctx: ReturnType<typeof testContext> }> {
  const db = await freshDb();
  const ctx = testContext();
  for (const batch of generateInstitute({ customers, contacts: 0, interactions: 0, complaints: 0 }, seed, { today: EVALUATION_DATE })) {
    const rows = batch.records.map((r) => ({ ...r, rev: ctx.clock.now(), origin: ctx.origin, updatedBy: ctx.actor.name, deletedAt: null }));
    await db.table(batch.table).bulkPut(rows);
  }
  const ids = (await db.table('customers').toCollection().primaryKeys()) as string[];
  const benefits = (await db.table('benefits').toArray()) as { id: string; year: number }[];
  const settlements = (await db.table('settlements').toCollection().primaryKeys()) as string[];
  // Driven by the picks: assessments (this grading year, and the year before, which must not count),
  // a deleted figure of the year, a deleted settlement, a deleted customer.
  for (const [i, pick] of picks.entries()) {
    const id = ids[pick % ids.length]!;
    const entries = { communication: pick % 26, demand_match: (pick * 7) % 26, loyalty: i % 2 === 0 ? (pick * 3) % 31 : null, potential: pick % 21 };
    await saveAssessment(db, id, { year: i % 3 === 2 ? 2025 : 2026, entries, communicationDifficult: pick % 5 === 0 }, ctx);
  }
  const ofYear = benefits.filter((b) => b.year === 2025);
  if (picks.length > 0 && ofYear.length > 0) await softDeleteRecord(db, 'benefits', ofYear[picks[0]! % ofYear.length]!.id, ctx);
  if (picks.length > 1 && settlements.length > 0) await softDeleteRecord(db, 'settlements', settlements[picks[1]! % settlements.length]!, ctx);
  if (picks.length > 2) await softDeleteRecord(db, 'customers', ids[picks[2]! % ids.length]!, ctx);
  return { db, ctx };
}

/** What a grading entry computed (not who or when). */
const computed = (e: { facts: unknown; payment: unknown; items: unknown; objectiveTotal: unknown; decision: unknown; reasons: unknown }) => ({
  facts: e.facts,
  payment: e.payment,
  items: e.items,
  objectiveTotal: e.objectiveTotal,
  decision: e.decision,
  reasons: e.reasons,
});

describe('batch draft = each customer graded on its own', () => {
  it('on generated institutes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.nat({ max: 10_000 }), { maxLength: 8 }),
        async (seed, customers, picks) => {
          const { db, ctx } = await institute(seed, customers, picks);
          try {
            const run = await draftGrading(db, { evaluationDate: EVALUATION_DATE }, ctx);
            const entries = await runEntries(db, run.id);
            const live = ((await db.table('customers').toArray()) as { id: string; deletedAt: string | null }[]).filter((c) => c.deletedAt === null);
            expect(entries.map((e) => e.customerId)).toEqual(live.map((c) => c.id));
            for (const entry of entries) {
              const own = await previewGrading(db, entry.customerId, EVALUATION_DATE);
              expect(computed(entry)).toEqual(
                computed({
                  ...own,
                  payment: { maxOverdueDays: own.payment.maxOverdueDays, counted: own.payment.counted },
                  items: own.score.items,
                  objectiveTotal: own.score.objectivePoints,
                }),
              );
            }
            // One customer's own draft (its index reads) holds the same as its batch entry.
            const first = entries[0];
            if (first) {
              const single = await draftGrading(db, { evaluationDate: EVALUATION_DATE, customerId: first.customerId }, ctx);
              const [own] = await runEntries(db, single.id);
              expect(computed(own!)).toEqual(computed(first));
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
