import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_CONFIG,
  addDeadlineDays,
  chinaDayNumber,
  chinaDayOf,
  chinaInstant,
  chinaTimeOf,
  complaintDeadlineConfigSchema,
  deadlinesFor,
  overdueStatus,
  type ComplaintDeadlineConfig,
} from '../../../../src-renderer/core/complaints';
import { DEFAULT_SERVICE_POLICY } from '../../../../src-renderer/core/grading';

const config = (over: Partial<ComplaintDeadlineConfig> = {}): ComplaintDeadlineConfig => ({ ...structuredClone(DEFAULT_DEADLINE_CONFIG), ...over });
// 2027-12-31 is a Friday (10:00 in Beijing); 2026-12-31 is a Thursday.
const FRIDAY_NYE = '2027-12-31T02:00:00.000Z';
const THURSDAY_NYE = '2026-12-31T02:00:00.000Z';

describe('working days across a weekend and a year boundary', () => {
  it('received Friday 2027-12-31, AAA critical: acknowledge Monday, answer in 3 working days, close 20 after', () => {
    expect(deadlinesFor({ receivedAt: FRIDAY_NYE, severity: 'critical' }, 'AAA')).toEqual({
      acknowledge: '2028-01-03', // Sat and Sun skipped
      answer: '2028-01-05', // 3 working days: Mon, Tue, Wed
      close: '2028-02-02', // 23 working days
    });
  });

  it('received Thursday 2026-12-31, A minor: acknowledge in 3 working days, answer in 30', () => {
    const d = deadlinesFor({ receivedAt: THURSDAY_NYE, severity: 'minor' }, 'A');
    expect(d.acknowledge).toBe('2027-01-05'); // Fri 1, Mon 4, Tue 5
    expect(d.answer).toBe('2027-02-11'); // 30 working days = 6 weeks from Thursday
  });

  it('the answer deadline is the grading service policy’s; an ungraded customer gets the A row', () => {
    const policy = structuredClone(DEFAULT_SERVICE_POLICY) as typeof DEFAULT_SERVICE_POLICY;
    (policy.AAA.complaintDeadlineDays as { critical: number }).critical = 1;
    expect(deadlinesFor({ receivedAt: FRIDAY_NYE, severity: 'critical' }, 'AAA', DEFAULT_DEADLINE_CONFIG, policy).answer).toBe('2028-01-03');
    expect(deadlinesFor({ receivedAt: FRIDAY_NYE, severity: 'major' }, null)).toEqual(deadlinesFor({ receivedAt: FRIDAY_NYE, severity: 'major' }, 'A'));
  });

  it('holidays are skipped and make-up working days (调休) count', () => {
    expect(addDeadlineDays('2027-12-31', 1, config({ holidays: ['2028-01-03'] }))).toBe('2028-01-04');
    expect(addDeadlineDays('2027-12-31', 1, config({ makeUpWorkdays: ['2028-01-01'] }))).toBe('2028-01-01');
  });

  it('calendar days when configured', () => {
    expect(addDeadlineDays('2026-12-31', 3, config({ dayCount: 'calendar' }))).toBe('2027-01-03');
  });

  it('the office day is China time whatever the machine’s zone: 17:00 UTC is the next day', () => {
    expect(chinaDayOf('2027-12-31T15:59:59.000Z')).toBe('2027-12-31');
    expect(chinaDayOf('2027-12-31T16:00:00.000Z')).toBe('2028-01-01');
    expect(chinaDayOf('2028-01-01T00:30:00+08:00')).toBe('2028-01-01');
  });

  it('an office day and time round-trip through the stored UTC instant, across the new year', () => {
    const stored = new Date(chinaInstant('2028-01-01', '07:30')).toISOString();
    expect(stored).toBe('2027-12-31T23:30:00.000Z');
    expect([chinaDayOf(stored), chinaTimeOf(stored)]).toEqual(['2028-01-01', '07:30']);
    expect(new Date(chinaInstant('2028-01-01')).toISOString()).toBe('2027-12-31T16:00:00.000Z');
    expect(Number.isNaN(Date.parse(chinaInstant('2028-13-01', '07:30')))).toBe(true);
  });

  it('the UTC fast path agrees with Date.parse every hour of a year', () => {
    for (let t = Date.UTC(2027, 11, 1); t < Date.UTC(2028, 11, 31); t += 3_600_000) {
      const iso = new Date(t).toISOString();
      expect(chinaDayNumber(iso)).toBe(Math.floor((t + 8 * 3_600_000) / 86_400_000));
    }
  });

  it('a reopened complaint’s clock starts again from the reopening', () => {
    const d = deadlinesFor({ receivedAt: THURSDAY_NYE, reopenedAt: FRIDAY_NYE, severity: 'critical' }, 'AAA');
    expect(d.acknowledge).toBe('2028-01-03');
  });
});

describe('overdueStatus', () => {
  const deadlines = deadlinesFor({ receivedAt: FRIDAY_NYE, severity: 'critical' }, 'AAA');

  it('nothing is overdue on the deadline day itself', () => {
    expect(overdueStatus({ status: 'registered', deadlines }, '2028-01-03T15:00:00.000Z')).toEqual({ overdue: false, stages: [], worst: null });
  });

  it('an unacknowledged complaint is overdue the day after, by calendar days', () => {
    expect(overdueStatus({ status: 'registered', deadlines }, '2028-01-04T01:00:00.000Z')).toEqual({
      overdue: true,
      stages: [{ stage: 'acknowledge', deadline: '2028-01-03', daysOverdue: 1 }],
      worst: { stage: 'acknowledge', deadline: '2028-01-03', daysOverdue: 1 },
    });
  });

  it('lists every stage not reached, the worst first by days', () => {
    const s = overdueStatus({ status: 'registered', deadlines }, '2028-02-05T01:00:00.000Z');
    expect(s.stages.map((x) => [x.stage, x.daysOverdue])).toEqual([
      ['acknowledge', 33],
      ['answer', 31],
      ['close', 3],
    ]);
    expect(s.worst?.stage).toBe('acknowledge');
    expect(overdueStatus({ status: 'analysing', deadlines }, '2028-02-05T01:00:00.000Z').stages.map((x) => x.stage)).toEqual(['answer', 'close']);
    expect(overdueStatus({ status: 'verified', deadlines }, '2028-02-05T01:00:00.000Z').stages.map((x) => x.stage)).toEqual(['close']);
  });

  it.each(['closed', 'rejected'] as const)('a %s complaint is never overdue', (status) => {
    expect(overdueStatus({ status, deadlines }, '2030-01-01T00:00:00.000Z').overdue).toBe(false);
  });
});

describe('complaintDeadlineConfigSchema', () => {
  it('accepts the defaults', () => {
    expect(complaintDeadlineConfigSchema.safeParse(DEFAULT_DEADLINE_CONFIG).success).toBe(true);
  });

  it('refuses zero days, a better grade acknowledged later, a date both holiday and workday, a bad date', () => {
    const messages = (c: unknown) => (complaintDeadlineConfigSchema.safeParse(c).error?.issues ?? []).map((i) => i.message);
    const c1 = config();
    c1.closeAfterAnswerDays = { critical: 0, major: 1, minor: 1 };
    expect(messages(c1)).toContain('validation.complaints.days');
    const c2 = config();
    c2.acknowledgeDays = { ...c2.acknowledgeDays, AAA: { critical: 3, major: 3, minor: 3 } };
    expect(messages(c2)).toContain('validation.grading.gradeOrder');
    expect(messages(config({ holidays: ['2028-01-03'], makeUpWorkdays: ['2028-01-03'] }))).toContain('validation.complaints.holidayAndWorkday');
    expect(messages(config({ holidays: ['2028-02-30'] }))).toContain('validation.complaints.date');
  });
});
