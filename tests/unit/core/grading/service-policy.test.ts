import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_SEVERITIES,
  complaintDeadlineDays,
  DEFAULT_SERVICE_POLICY,
  followUpStatus,
  GRADES,
  nextFollowUp,
  planFollowUps,
  servicePolicySchema,
  type ServicePolicy,
} from '../../../../src-renderer/core/grading';
import { fieldErrorsOf, type FieldErrors } from '../../../../src-renderer/core/validation';

const errors = (policy: unknown): FieldErrors => {
  const r = servicePolicySchema.safeParse(policy);
  return r.success ? {} : fieldErrorsOf(r.error);
};
const withPatch = (edit: (p: ServicePolicy) => void): ServicePolicy => {
  const copy = structuredClone(DEFAULT_SERVICE_POLICY) as ServicePolicy;
  edit(copy);
  return copy;
};

describe('service policy', () => {
  it('the default is valid, frozen, and serves a better grade at least as well', () => {
    expect(errors(DEFAULT_SERVICE_POLICY)).toEqual({});
    expect(Object.isFrozen(DEFAULT_SERVICE_POLICY.AAA.complaintDeadlineDays)).toBe(true);
    expect(GRADES.map((g) => DEFAULT_SERVICE_POLICY[g].visitIntervalDays)).toEqual([30, 60, 90, 180]);
    expect(COMPLAINT_SEVERITIES.map((s) => DEFAULT_SERVICE_POLICY.AAA.complaintDeadlineDays[s])).toEqual([3, 7, 15]);
  });

  it.each<[string, (p: ServicePolicy) => void, FieldErrors]>([
    ['AAA visited less often than AA', (p) => (p.AAA.visitIntervalDays = 90), { 'AAA.visitIntervalDays': 'validation.grading.gradeOrder' }],
    ['AA answered later than A', (p) => (p.AA.complaintDeadlineDays.minor = 31), { 'AA.complaintDeadlineDays.minor': 'validation.grading.gradeOrder' }],
    ['critical later than major', (p) => (p.B.complaintDeadlineDays.critical = 20), { 'B.complaintDeadlineDays.critical': 'validation.grading.severityOrder' }],
    ['zero days', (p) => (p.AAA.complaintDeadlineDays.critical = 0), { 'AAA.complaintDeadlineDays.critical': 'validation.grading.policyDays' }],
    ['fractional interval', (p) => (p.B.visitIntervalDays = 180.5), { 'B.visitIntervalDays': 'validation.grading.policyDays' }],
    ['unknown sign-off role', (p) => ((p.A as { signOffRole: string }).signOffRole = 'director'), { 'A.signOffRole': 'validation.choice' }],
  ])('refuses %s', (_label, edit, expected) => expect(errors(withPatch(edit))).toEqual(expected));

  it('complaint deadlines by grade and severity; an ungraded customer gets the A row', () => {
    expect(complaintDeadlineDays(DEFAULT_SERVICE_POLICY, 'AAA', 'critical')).toBe(3);
    expect(complaintDeadlineDays(DEFAULT_SERVICE_POLICY, 'B', 'minor')).toBe(30);
    expect(complaintDeadlineDays(DEFAULT_SERVICE_POLICY, null, 'major')).toBe(15);
  });
});

describe('follow-ups (回访计划)', () => {
  it('are due one interval after the last follow-up contact, or after the grading when there was none', () => {
    expect(nextFollowUp('AAA', '2026-05-10', '2026-01-15', DEFAULT_SERVICE_POLICY)).toBe('2026-06-09');
    expect(nextFollowUp('AA', null, '2026-01-15', DEFAULT_SERVICE_POLICY)).toBe('2026-03-16');
  });

  it('are never due before the grade was given', () => {
    expect(nextFollowUp('AAA', '2025-09-01', '2026-03-01', DEFAULT_SERVICE_POLICY)).toBe('2026-03-01');
  });

  it.each([
    ['2026-06-29', 'overdue'],
    ['2026-06-30', 'due'],
    ['2026-07-07', 'due'],
    ['2026-07-08', 'upcoming'],
  ] as const)('due %s seen on 2026-06-30 is %s', (due, status) => expect(followUpStatus(due, '2026-06-30')).toBe(status));

  it('plans one task per graded customer, in input order, with counts', () => {
    const plan = planFollowUps(
      [
        { customerId: 'a', grade: 'AAA', lastVisitDay: '2026-05-01', gradedSinceDay: '2026-01-10' },
        { customerId: 'b', grade: null, lastVisitDay: null, gradedSinceDay: '2026-01-10' },
        { customerId: 'c', grade: 'B', lastVisitDay: '2026-06-01', gradedSinceDay: '2026-01-10' },
        { customerId: 'd', grade: 'AA', lastVisitDay: '2026-05-01', gradedSinceDay: '2026-01-10' },
      ],
      DEFAULT_SERVICE_POLICY,
      '2026-06-30',
    );
    expect(plan.tasks).toEqual([
      { customerId: 'a', grade: 'AAA', dueDay: '2026-05-31', status: 'overdue' },
      { customerId: 'c', grade: 'B', dueDay: '2026-11-28', status: 'upcoming' },
      { customerId: 'd', grade: 'AA', dueDay: '2026-06-30', status: 'due' },
    ]);
    expect(plan.counts).toEqual({ overdue: 1, due: 1, upcoming: 1 });
  });
});
