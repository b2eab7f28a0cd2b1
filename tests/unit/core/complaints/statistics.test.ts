import { describe, expect, it } from 'vitest';
import { complaintStatistics, milestonesOf, type ComplaintHistoryEntry, type ComplaintStatsRow } from '../../../../src-renderer/core/complaints';

const row = (over: Partial<ComplaintStatsRow>): ComplaintStatsRow => ({
  category: 'quality',
  severity: 'major',
  department: 'quality',
  grade: 'AA',
  receivedAt: '2026-03-02T02:00:00.000Z', // Monday 2026-03-02 in Beijing
  answerDeadline: '2026-03-12',
  answeredAt: null,
  closedAt: null,
  ...over,
});

/** Five complaints with known numbers. */
const FIXTURE: ComplaintStatsRow[] = [
  row({ answeredAt: '2026-03-10T02:00:00.000Z', closedAt: '2026-03-22T02:00:00.000Z' }), // on time, 8 / 20 days
  row({ category: 'delivery', department: 'scheduling', answeredAt: '2026-03-14T02:00:00.000Z', closedAt: '2026-04-01T02:00:00.000Z' }), // late, 12 / 30
  row({
    category: 'delivery',
    severity: 'minor',
    department: 'scheduling',
    grade: 'B',
    receivedAt: '2026-04-01T02:00:00.000Z',
    answerDeadline: '2026-04-30',
    answeredAt: '2026-04-30T15:00:00.000Z',
  }), // deadline day, 29 days
  row({ severity: 'critical', grade: null, receivedAt: '2026-04-20T02:00:00.000Z', answerDeadline: '2026-04-25' }), // unanswered, past due by May
  row({ receivedAt: '2025-12-31T17:00:00.000Z', answerDeadline: '2026-01-10' }), // 2026-01-01 in Beijing: counts in 2026
];

describe('complaintStatistics', () => {
  it('counts by category, severity, department and month, with on-time rate and mean times', () => {
    const s = complaintStatistics(FIXTURE, { year: 2026 }, '2026-05-01T02:00:00.000Z');
    expect(s.total).toBe(5);
    expect(s.byCategory).toEqual({ quality: 3, delivery: 2, tech_service: 0, documentation: 0, price: 0, other: 0 });
    expect(s.bySeverity).toEqual({ critical: 1, major: 3, minor: 1 });
    expect(s.byDepartment).toEqual({ quality: 3, scheduling: 2 });
    expect(s.byMonth).toEqual({ '2026-01': 1, '2026-03': 2, '2026-04': 2 });
    // Due: 3 answered + 2 unanswered past deadline; on time: #1 and #3 (answered on the deadline day).
    expect([s.dueCount, s.onTimeCount, s.onTimeRate]).toEqual([5, 2, 0.4]);
    expect(s.meanDaysToAnswer).toBe(16.33); // (8 + 12 + 29) / 3
    expect(s.meanDaysToClose).toBe(25); // (20 + 30) / 2
  });

  it('without now only answered complaints count for the rate', () => {
    const s = complaintStatistics(FIXTURE, { year: 2026 });
    expect([s.dueCount, s.onTimeCount]).toEqual([3, 2]);
  });

  it('filters by year and grade', () => {
    expect(complaintStatistics(FIXTURE, { year: 2025 }).total).toBe(0);
    const ungradedOrB = complaintStatistics(FIXTURE, { grades: ['B', 'ungraded'] });
    expect(ungradedOrB.total).toBe(2);
    expect(ungradedOrB.bySeverity).toEqual({ critical: 1, major: 0, minor: 1 });
    const empty = complaintStatistics([], {});
    expect([empty.onTimeRate, empty.meanDaysToAnswer, empty.meanDaysToClose]).toEqual([null, null, null]);
  });
});

describe('milestonesOf', () => {
  const e = (action: ComplaintHistoryEntry['action'], to: ComplaintHistoryEntry['to'], at: string): ComplaintHistoryEntry => ({
    action,
    from: 'registered',
    to,
    by: 'x',
    at,
    comment: '',
  });

  it('a reopen clears the answer and close; the latest ones count', () => {
    const h = [
      e('accept', 'accepted', 'T1'),
      e('answer', 'answered', 'T2'),
      e('verify', 'reopened', 'T3'),
      e('answer', 'answered', 'T4'),
      e('close', 'closed', 'T5'),
    ];
    expect(milestonesOf(h)).toEqual({ acknowledgedAt: 'T1', answeredAt: 'T4', closedAt: 'T5', reopenedAt: 'T3' });
    expect(milestonesOf(h.slice(0, 3))).toEqual({ acknowledgedAt: 'T1', answeredAt: null, closedAt: null, reopenedAt: 'T3' });
  });

  it('a rejection answers and ends the complaint', () => {
    expect(milestonesOf([e('reject', 'rejected', 'T1')])).toEqual({ acknowledgedAt: 'T1', answeredAt: 'T1', closedAt: 'T1', reopenedAt: null });
  });
});
