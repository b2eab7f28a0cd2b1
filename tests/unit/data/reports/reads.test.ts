import { describe, expect, it } from 'vitest';
import { generateInstitute } from '../../../../src-renderer/core/synthetic';
import { softDeleteRecord } from '../../../../src-renderer/data/records';
import { approveRun, draftGrading, overrideGrading, runEntries } from '../../../../src-renderer/data/grading';
import { complaintByNumber, complaintStatsOfPeriod, customerDossier, gradedRoster, rosterYears } from '../../../../src-renderer/data/reports';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { freshDb, testContext } from '../helpers';

/** A small synthetic institute (core's generator), written as the bench loads it. */
async function institute(db: AirgapDb, ctx: ReturnType<typeof testContext>) {
  const all: Record<string, { id: string; customerId?: string; receivedAt?: string; number?: string }[]> = {};
  for (const batch of generateInstitute({ customers: 30, contacts: 60, interactions: 120, complaints: 40 }, 11)) {
    const rows = batch.records.map((r) => ({ ...r, rev: ctx.clock.now(), origin: ctx.origin, updatedBy: ctx.actor.name, deletedAt: null }));
    await db.table(batch.table).bulkPut(rows);
    (all[batch.table] ??= []).push(...rows);
  }
  return all;
}

describe('report reads', () => {
  it('the roster of a year: the latest approved grading per live customer, with the facts it read', async () => {
    const db = await freshDb();
    const ctx = testContext();
    const data = await institute(db, ctx);
    expect(await rosterYears(db)).toEqual([]);
    const batch = await draftGrading(db, { evaluationDate: '2026-06-30' }, ctx);
    await approveRun(db, batch.id, {}, ctx, '2026-06-30');
    const first = data.customers![0]!.id;
    // A later single re-grading of one customer (drafted, overridden to B, approved) wins for that customer.
    ctx.tick(60_000);
    const single = await draftGrading(db, { evaluationDate: '2026-07-15', customerId: first }, ctx);
    const [entry] = await runEntries(db, single.id);
    await overrideGrading(db, entry!.id, { grade: 'B', reason: '连续两次延期付款' }, ctx);
    await approveRun(db, single.id, {}, ctx, '2026-07-15');
    // A deleted customer leaves the roster.
    const gone = data.customers![1]!.id;
    await softDeleteRecord(db, 'customers', gone, ctx);

    expect(await rosterYears(db)).toEqual([2026]);
    const rows = await gradedRoster(db, 2026);
    expect(rows).toHaveLength(29);
    expect(rows.some((r) => r.customerId === gone)).toBe(false);
    const regraded = rows.find((r) => r.customerId === first)!;
    expect(regraded).toMatchObject({ grade: 'B', evaluationDate: '2026-07-15', benefitYear: 2025 });
    expect(await gradedRoster(db, 2025)).toEqual([]);
  });

  it("a dossier holds the customer's children; complaint statistics count exactly the period's days (China time)", async () => {
    const db = await freshDb();
    const ctx = testContext();
    const data = await institute(db, ctx);
    const complaint = data.complaints![0]!;
    const dossier = (await customerDossier(db, complaint.customerId!))!;
    expect(dossier.complaints.map((c) => c.id)).toContain(complaint.id);
    expect(dossier.contacts.every((c) => c.customerId === complaint.customerId)).toBe(true);
    expect(await customerDossier(db, '01900000-0000-7000-8000-00000000dead')).toBeUndefined();

    // China day of an instant: UTC + 8 h.
    const chinaDay = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
    const days = data.complaints!.map((c) => chinaDay(c.receivedAt!)).sort();
    const from = days[5]!;
    const to = days[30]!;
    const expected = days.filter((d) => d >= from && d <= to).length;
    const { statistics, levels } = await complaintStatsOfPeriod(db, from, to, new Date('2026-11-27T00:00:00Z'));
    expect(statistics.total).toBe(expected);
    expect(levels.length).toBeGreaterThan(0);

    expect((await complaintByNumber(db, ` ${complaint.number!.toLowerCase()} `))?.id).toBe(complaint.id);
    expect(await complaintByNumber(db, 'TS-1999-9999')).toBeUndefined();
  });
});
