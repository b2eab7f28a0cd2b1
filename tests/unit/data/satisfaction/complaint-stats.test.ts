import { describe, expect, it } from 'vitest';
import { complaintStatsOfYear, complaintYears } from '../../../../src-renderer/data/complaint-stats';
import { createRecords, softDeleteRecord } from '../../../../src-renderer/data/records';
import { createSurvey } from '../../../../src-renderer/data/satisfaction';
import { DEFAULT_QUESTIONNAIRE_ID } from '../../../../src-renderer/core/satisfaction-records';
import { STATS_NOW, statsFixtureComplaints } from '../../../e2e/data/complaint-stats-fixture';
import { archivePerTest } from '../customers/fixtures';

/** The statistics read over the shared fixture (its header gives every number asserted here). */
const w = archivePerTest((a) => createRecords(a.db, 'complaints', statsFixtureComplaints(a.institute.id) as never[], a.ctx));

describe('complaintStatsOfYear', () => {
  it('counts a year by category, department, severity and month, with on-time rate, mean days and satisfaction', async () => {
    const s = await complaintStatsOfYear(w.db, 2026, null, STATS_NOW);
    expect(s.total).toBe(6);
    expect(s.byCategory).toEqual({ quality: 2, delivery: 2, tech_service: 1, documentation: 1, price: 0, other: 0 });
    expect(s.byDepartment).toEqual({ 质量部: 3, 生产部: 2, 技术部: 1 });
    expect(s.bySeverity).toEqual({ critical: 1, major: 2, minor: 3 });
    expect(s.byMonth).toEqual({ '2026-03': 2, '2026-05': 1, '2026-07': 1, '2026-09': 1, '2026-11': 1 });
    expect({ due: s.dueCount, onTime: s.onTimeCount, rate: s.onTimeRate }).toEqual({ due: 5, onTime: 3, rate: 0.6 });
    expect(s.meanDaysToAnswer).toBe(7.25);
    expect(s.meanDaysToClose).toBe(16);
    expect(s.closeOnTime).toEqual({ due: 5, onTime: 2, rate: 0.4 });
    expect(s.verification).toEqual({ count: 3, mean: 3.67, meanPercent: 66.67 });
    expect(s.surveys).toEqual({ count: 0, meanPercent: null });
  });

  it('keeps the year in China time: 2025-12-31 23:00 belongs to 2025', async () => {
    const s = await complaintStatsOfYear(w.db, 2025, null, STATS_NOW);
    expect(s.total).toBe(2);
    expect(s.byMonth).toEqual({ '2025-06': 1, '2025-12': 1 });
    expect({ rate: s.onTimeRate, answer: s.meanDaysToAnswer, close: s.meanDaysToClose }).toEqual({ rate: 1, answer: 4.5, close: 8 });
    expect(s.closeOnTime.rate).toBe(0.5);
  });

  it('filters by grade, ungraded included on request', async () => {
    const aaa = await complaintStatsOfYear(w.db, 2026, ['AAA'], STATS_NOW);
    expect({ total: aaa.total, rate: aaa.onTimeRate, answer: aaa.meanDaysToAnswer, close: aaa.meanDaysToClose }).toEqual({
      total: 3,
      rate: 0.5,
      answer: 8,
      close: 18,
    });
    const ungraded = await complaintStatsOfYear(w.db, 2026, ['ungraded'], STATS_NOW);
    expect(ungraded.byCategory.tech_service).toBe(1);
    expect(ungraded.total).toBe(1);
  });

  it('leaves deleted complaints out and adds the year’s surveys, read again after each write', async () => {
    // Read once first: the year's rows are kept in memory, and a write must make the next read see it.
    expect((await complaintStatsOfYear(w.db, 2026, null, STATS_NOW)).total).toBe(6);
    const [first] = await w.db.table('complaints').where('receivedAt').between('2026-03-01', '2026-03-03').toArray();
    await softDeleteRecord(w.db, 'complaints', first.id, w.ctx);
    await createSurvey(
      w.db,
      w.institute.id,
      {
        date: '2026-06-01',
        source: 'questionnaire',
        questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
        questionnaireVersion: 1,
        scores: { product_quality: 5, delivery: 3 },
      },
      w.ctx,
    );
    await createSurvey(
      w.db,
      w.institute.id,
      { date: '2025-06-01', source: 'questionnaire', questionnaireId: DEFAULT_QUESTIONNAIRE_ID, questionnaireVersion: 1, scores: { price: 1 } },
      w.ctx,
    );
    const s = await complaintStatsOfYear(w.db, 2026, null, STATS_NOW);
    expect(s.total).toBe(5);
    expect(s.verification.count).toBe(2);
    expect(s.surveys).toEqual({ count: 1, meanPercent: 75 });
    // The institute is not graded: an AAA-only view has no survey.
    expect((await complaintStatsOfYear(w.db, 2026, ['AAA'], STATS_NOW)).surveys.count).toBe(0);
  });

  it('offers the years from the first complaint to the current year, newest first', async () => {
    expect(await complaintYears(w.db, 2027)).toEqual([2027, 2026, 2025]);
    expect(await complaintYears(await (await import('../helpers')).freshDb(), 2026)).toEqual([2026]);
  });
});
