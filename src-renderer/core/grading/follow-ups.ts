import { addDays } from '../days';
import type { InteractionKind } from '../customers/enums';
import type { IsoDate } from '../iso-dates';
import type { ServicePolicy } from './service-policy';
import type { Grade } from './types';

/**
 * Interactions that count as a follow-up contact (回访): the ones where we talk with the customer.
 * A delivery or an "other" entry does not reset the visit clock.
 */
export const FOLLOW_UP_INTERACTION_KINDS: readonly InteractionKind[] = ['visit', 'call', 'meeting', 'tech_exchange', 'after_sales'];

/** A follow-up due within this many days is shown as due (on the dashboard), not merely upcoming. */
export const FOLLOW_UP_DUE_SOON_DAYS = 7;

export type FollowUpStatus = 'upcoming' | 'due' | 'overdue';

/**
 * When the next follow-up is due: one visit interval of the grade after the last follow-up contact
 * (or after the day the grade was given, when there was none). Never before the grade was given: a
 * customer just raised to AAA whose last visit was four months ago is due on the day of the new
 * grade, not already months overdue, so a batch re-grading does not flood the dashboard with
 * instant overdue tasks.
 */
export function nextFollowUp(grade: Grade, lastVisitDay: IsoDate | null, gradedSinceDay: IsoDate, policy: ServicePolicy): IsoDate {
  const from = lastVisitDay ?? gradedSinceDay;
  const due = addDays(from, policy[grade].visitIntervalDays);
  return due < gradedSinceDay ? gradedSinceDay : due;
}

/** overdue: the due day has passed; due: today or within `dueSoonDays`; upcoming: later. */
export function followUpStatus(dueDay: IsoDate, today: IsoDate, dueSoonDays = FOLLOW_UP_DUE_SOON_DAYS): FollowUpStatus {
  if (dueDay < today) return 'overdue';
  return dueDay <= addDays(today, dueSoonDays) ? 'due' : 'upcoming';
}

export interface FollowUpCustomer {
  customerId: string;
  /** null: not graded, no policy, no task. */
  grade: Grade | null;
  lastVisitDay: IsoDate | null;
  gradedSinceDay: IsoDate;
}

export interface FollowUpTask {
  customerId: string;
  grade: Grade;
  dueDay: IsoDate;
  status: FollowUpStatus;
}

export interface FollowUpPlan {
  /** In the order of the input; the screen sorts what it shows. */
  tasks: FollowUpTask[];
  counts: Record<FollowUpStatus, number>;
}

/** The 回访计划 of many customers: one task per graded customer. Pure and linear. */
export function planFollowUps(
  customers: readonly FollowUpCustomer[],
  policy: ServicePolicy,
  today: IsoDate,
  dueSoonDays = FOLLOW_UP_DUE_SOON_DAYS,
): FollowUpPlan {
  const tasks: FollowUpTask[] = [];
  const counts: Record<FollowUpStatus, number> = { upcoming: 0, due: 0, overdue: 0 };
  for (const c of customers) {
    if (c.grade === null) continue;
    const dueDay = nextFollowUp(c.grade, c.lastVisitDay, c.gradedSinceDay, policy);
    const status = followUpStatus(dueDay, today, dueSoonDays);
    counts[status]++;
    tasks.push({ customerId: c.customerId, grade: c.grade, dueDay, status });
  }
  return { tasks, counts };
}
