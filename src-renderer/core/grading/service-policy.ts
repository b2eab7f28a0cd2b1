import { z } from 'zod';
import { COMPLAINT_SEVERITIES, type ComplaintSeverity } from '../complaints/enums';
import { deepFreeze } from '../deep-freeze';
import { numberIn } from './number-field';
import { GRADES, type Grade } from './types';

export { COMPLAINT_SEVERITIES, type ComplaintSeverity };

/**
 * Who signs off a complaint answer and a follow-up for customers of a grade. They are the roles of
 * PRODUCT.md §6 that work with customers (the three administrators never do).
 */
export const SIGN_OFF_ROLES = ['account_manager', 'complaint_handler', 'department_head'] as const;
export type SignOffRole = (typeof SIGN_OFF_ROLES)[number];

export interface GradeServicePolicy {
  /** Days between two follow-up contacts (回访). */
  visitIntervalDays: number;
  /** Days from receipt to the answer to the customer, by complaint severity. */
  complaintDeadlineDays: Record<ComplaintSeverity, number>;
  signOffRole: SignOffRole;
}

export type ServicePolicy = Record<Grade, GradeServicePolicy>;

/**
 * Differentiated service, most for the key customers (the 80/20 rule):
 * - visits: AAA monthly (the few customers that make most of the benefit), AA every two months,
 *   A quarterly, B twice a year (kept in touch, not courted);
 * - complaint answers: the A/B row is the institute's baseline (critical 7, major 15, minor 30
 *   days, as the synthetic archive already assumes); AA answers a third faster, AAA about twice as
 *   fast. No grade is answered slower than the baseline: a quality problem in a defence product is
 *   serious whoever reports it;
 * - sign-off: the department head for AAA and AA (their relationship is the institute's), the
 *   account manager for A and B.
 */
export const DEFAULT_SERVICE_POLICY: Readonly<ServicePolicy> = deepFreeze({
  AAA: { visitIntervalDays: 30, complaintDeadlineDays: { critical: 3, major: 7, minor: 15 }, signOffRole: 'department_head' },
  AA: { visitIntervalDays: 60, complaintDeadlineDays: { critical: 5, major: 10, minor: 20 }, signOffRole: 'department_head' },
  A: { visitIntervalDays: 90, complaintDeadlineDays: { critical: 7, major: 15, minor: 30 }, signOffRole: 'account_manager' },
  B: { visitIntervalDays: 180, complaintDeadlineDays: { critical: 7, major: 15, minor: 30 }, signOffRole: 'account_manager' },
} satisfies ServicePolicy);

/** The policy row for a customer not graded yet: A, the grade of a customer that meets no condition. */
export const UNGRADED_POLICY_GRADE: Grade = 'A';

const days = (max: number) => numberIn(1, max, 'validation.grading.policyDays').int('validation.grading.policyDays');

const gradePolicySchema = z
  .object({
    visitIntervalDays: days(366),
    complaintDeadlineDays: z.object({ critical: days(365), major: days(365), minor: days(365) }),
    signOffRole: z.enum(SIGN_OFF_ROLES, { error: 'validation.choice' }),
  })
  .superRefine((p, ctx) => {
    const d = p.complaintDeadlineDays;
    // A more severe complaint is never answered later than a lighter one.
    if (d.critical > d.major) ctx.addIssue({ code: 'custom', message: 'validation.grading.severityOrder', path: ['complaintDeadlineDays', 'critical'] });
    if (d.major > d.minor) ctx.addIssue({ code: 'custom', message: 'validation.grading.severityOrder', path: ['complaintDeadlineDays', 'major'] });
  });

/** A policy where a better grade is never served less: no longer visit interval, no later complaint deadline. */
export const servicePolicySchema = z
  .object({ AAA: gradePolicySchema, AA: gradePolicySchema, A: gradePolicySchema, B: gradePolicySchema })
  .superRefine((policy, ctx) => {
    for (let i = 1; i < GRADES.length; i++) {
      const better = policy[GRADES[i - 1]!];
      const worse = policy[GRADES[i]!];
      const grade = GRADES[i - 1]!;
      if (better.visitIntervalDays > worse.visitIntervalDays)
        ctx.addIssue({ code: 'custom', message: 'validation.grading.gradeOrder', path: [grade, 'visitIntervalDays'] });
      for (const severity of COMPLAINT_SEVERITIES) {
        if (better.complaintDeadlineDays[severity] > worse.complaintDeadlineDays[severity]) {
          ctx.addIssue({ code: 'custom', message: 'validation.grading.gradeOrder', path: [grade, 'complaintDeadlineDays', severity] });
        }
      }
    }
  });

/** Days to answer a complaint of `severity` from a customer of `grade` (null: not graded, see UNGRADED_POLICY_GRADE). */
export function complaintDeadlineDays(policy: ServicePolicy, grade: Grade | null, severity: ComplaintSeverity): number {
  return policy[grade ?? UNGRADED_POLICY_GRADE].complaintDeadlineDays[severity];
}
