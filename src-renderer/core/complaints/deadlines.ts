import { z } from 'zod';
import { addDays, dayOf, isoOf } from '../days';
import { complaintDeadlineDays, DEFAULT_SERVICE_POLICY, GRADES, UNGRADED_POLICY_GRADE, type Grade, type ServicePolicy } from '../grading';
import type { IsoDate, IsoDateTime } from '../iso-dates';
import { COMPLAINT_SEVERITIES, type ComplaintSeverity, type ComplaintStatus } from './enums';
// A generic helper, not grading logic: shared rather than copied.
import { deepFreeze } from '../deep-freeze';

/**
 * Complaint deadlines (PRODUCT.md §3): acknowledge, answer and close, by severity × customer grade.
 * The answer deadline is the grading service policy's (`complaintDeadlineDays`, one number for both
 * modules); acknowledge and close are this module's config. Days are WORKING days by default:
 * Saturdays and Sundays do not count, nor the listed holidays, while listed make-up working days
 * (调休) do. China's public holidays and 调休 change every year (announced by the State Council), so
 * they are configuration — empty by default — never a table in the code.
 */
export const DEADLINE_STAGES = ['acknowledge', 'answer', 'close'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];
export const DAY_COUNTS = ['working', 'calendar'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

type BySeverity = Record<ComplaintSeverity, number>;

export interface ComplaintDeadlineConfig {
  /** Days from receipt to acceptance (受理), per grade and severity. */
  acknowledgeDays: Record<Grade, BySeverity>;
  /** Days from the answer deadline to the close deadline (verification, and zeroing for quality). */
  closeAfterAnswerDays: BySeverity;
  dayCount: DayCount;
  /** Days off that would otherwise be working days (春节, 国庆…), 'YYYY-MM-DD'. */
  holidays: IsoDate[];
  /** Saturdays or Sundays that are working days (调休). */
  makeUpWorkdays: IsoDate[];
}

/**
 * Defaults: acknowledge within 1 working day for critical complaints of AAA/AA customers, up to 3 for
 * a minor one of an A/B customer — acceptance is a phone call, not a study, so it is short everywhere
 * and follows the policy's order (a better grade, a more severe complaint: never later). Close
 * 20 / 15 / 10 working days after the answer deadline: a critical problem needs the longest zeroing.
 */
export const DEFAULT_DEADLINE_CONFIG: Readonly<ComplaintDeadlineConfig> = deepFreeze({
  acknowledgeDays: {
    AAA: { critical: 1, major: 1, minor: 2 },
    AA: { critical: 1, major: 2, minor: 2 },
    A: { critical: 2, major: 2, minor: 3 },
    B: { critical: 2, major: 2, minor: 3 },
  },
  closeAfterAnswerDays: { critical: 20, major: 15, minor: 10 },
  dayCount: 'working',
  holidays: [],
  makeUpWorkdays: [],
} satisfies ComplaintDeadlineConfig);

const dayNumber = (max: number) =>
  z
    .number({ error: 'validation.complaints.days' })
    .int('validation.complaints.days')
    .min(1, 'validation.complaints.days')
    .max(max, 'validation.complaints.days');
const bySeverity = (max: number) => z.object({ critical: dayNumber(max), major: dayNumber(max), minor: dayNumber(max) });
const isoDay = z.iso.date({ error: 'validation.complaints.date' });

export const complaintDeadlineConfigSchema = z
  .object({
    acknowledgeDays: z.object({ AAA: bySeverity(30), AA: bySeverity(30), A: bySeverity(30), B: bySeverity(30) }),
    closeAfterAnswerDays: bySeverity(365),
    dayCount: z.enum(DAY_COUNTS, { error: 'validation.choice' }),
    holidays: z.array(isoDay).max(1000),
    makeUpWorkdays: z.array(isoDay).max(1000),
  })
  .superRefine((config, ctx) => {
    // The same orders as the service policy: never later for a better grade or a more severe complaint.
    for (const grade of GRADES) {
      const d = config.acknowledgeDays[grade];
      if (d.critical > d.major || d.major > d.minor)
        ctx.addIssue({ code: 'custom', message: 'validation.grading.severityOrder', path: ['acknowledgeDays', grade] });
    }
    for (let i = 1; i < GRADES.length; i++) {
      const better = config.acknowledgeDays[GRADES[i - 1]!];
      const worse = config.acknowledgeDays[GRADES[i]!];
      if (COMPLAINT_SEVERITIES.some((s) => better[s] > worse[s]))
        ctx.addIssue({ code: 'custom', message: 'validation.grading.gradeOrder', path: ['acknowledgeDays', GRADES[i - 1]!] });
    }
    const overlap = config.holidays.find((d) => config.makeUpWorkdays.includes(d));
    if (overlap) ctx.addIssue({ code: 'custom', message: 'validation.complaints.holidayAndWorkday', path: ['makeUpWorkdays'] });
  });

/**
 * The office day of an instant: China Standard Time (UTC+8, one zone, no daylight saving), so the
 * day does not depend on the machine's time zone setting.
 */
export function chinaDayOf(instant: IsoDateTime): IsoDate {
  return isoOf(chinaDayNumber(instant));
}

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * The office day as a day number (core/days.ts). Stored instants are UTC ('…Z', toISOString), so
 * they take an integer fast path — 8 hours ahead moves to the next day from 16:00 UTC — which keeps
 * statistics over 50,000 complaints in milliseconds; any other offset goes through Date.parse.
 */
export function chinaDayNumber(instant: IsoDateTime): number {
  if (UTC_INSTANT.test(instant)) return dayOf(instant.slice(0, 10)) + (Number(instant.slice(11, 13)) >= 16 ? 1 : 0);
  return Math.floor((Date.parse(instant) + 8 * 3_600_000) / 86_400_000);
}

/** The office time (China, UTC+8) of an instant as HH:MM, whatever the PC's time zone. */
export function chinaTimeOf(instant: IsoDateTime): string {
  const d = new Date(Date.parse(instant) + 8 * 3_600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * An office day and time (HH:MM, China time) as an ISO instant with its +08:00 offset: forms and
 * ranges read days as China time, like every deadline. Malformed parts give a malformed instant,
 * which the schemas refuse with their message.
 */
export function chinaInstant(day: IsoDate, time = '00:00'): IsoDateTime {
  return `${day}T${time}:00+08:00`;
}

/** A day test for the config; the sets are built once per config, not per complaint. */
export function workingDayTest(config: Pick<ComplaintDeadlineConfig, 'holidays' | 'makeUpWorkdays'>): (day: IsoDate) => boolean {
  const holidays = new Set(config.holidays);
  const makeUp = new Set(config.makeUpWorkdays);
  return (day) => {
    if (makeUp.has(day)) return true;
    if (holidays.has(day)) return false;
    const weekday = (((dayOf(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday !== 0 && weekday !== 6;
  };
}

/**
 * `days` days after `start`, the start day not counted (received on a Friday with 1 working day →
 * Monday). A working-day count skips days off; the deadline is always a working day.
 */
export function addDeadlineDays(start: IsoDate, days: number, config: Pick<ComplaintDeadlineConfig, 'dayCount' | 'holidays' | 'makeUpWorkdays'>): IsoDate {
  if (config.dayCount === 'calendar') return addDays(start, days);
  const isWorking = workingDayTest(config);
  let day = dayOf(start);
  let left = days;
  while (left > 0) {
    day += 1;
    if (isWorking(isoOf(day))) left -= 1;
  }
  return isoOf(day);
}

export type ComplaintDeadlines = Record<DeadlineStage, IsoDate>;

export interface DeadlineComplaint {
  receivedAt: IsoDateTime;
  severity: ComplaintSeverity;
  /** When it was last reopened: the clock starts again from there (null/absent: never reopened). */
  reopenedAt?: IsoDateTime | null;
}

/** The three deadlines of a complaint, counted from its receipt (or its last reopening). `grade` null: not graded yet. */
export function deadlinesFor(
  complaint: DeadlineComplaint,
  grade: Grade | null,
  config: ComplaintDeadlineConfig = DEFAULT_DEADLINE_CONFIG,
  policy: ServicePolicy = DEFAULT_SERVICE_POLICY,
): ComplaintDeadlines {
  const start = chinaDayOf(complaint.reopenedAt ?? complaint.receivedAt);
  const answerDays = complaintDeadlineDays(policy, grade, complaint.severity);
  const ackDays = config.acknowledgeDays[grade ?? UNGRADED_POLICY_GRADE][complaint.severity];
  return {
    acknowledge: addDeadlineDays(start, ackDays, config),
    answer: addDeadlineDays(start, answerDays, config),
    close: addDeadlineDays(start, answerDays + config.closeAfterAnswerDays[complaint.severity], config),
  };
}

/** Which stages a status has passed: a rejection answers and ends the complaint; a reopened one was acknowledged before. */
const STAGES_DONE: Record<ComplaintStatus, readonly DeadlineStage[]> = {
  registered: [],
  accepted: ['acknowledge'],
  analysing: ['acknowledge'],
  corrective_action: ['acknowledge'],
  reopened: ['acknowledge'],
  answered: ['acknowledge', 'answer'],
  verified: ['acknowledge', 'answer'],
  closed: ['acknowledge', 'answer', 'close'],
  rejected: ['acknowledge', 'answer', 'close'],
};

/** The stages a status has not reached yet (their deadlines still run), in deadline order. */
export function openStages(status: ComplaintStatus): DeadlineStage[] {
  return DEADLINE_STAGES.filter((stage) => !STAGES_DONE[status].includes(stage));
}

/**
 * The earliest deadline the status has not met yet (the stages are in deadline order), null once
 * every stage is met (closed, rejected). Stored as `nextDeadline` and indexed, so `nextDeadline <
 * today` is exactly the set `overdueStatus` calls overdue.
 */
export function nextDeadlineOf(complaint: { status: ComplaintStatus; deadlines: ComplaintDeadlines }): IsoDate | null {
  const open = openStages(complaint.status).map((stage) => complaint.deadlines[stage]);
  return open.length === 0 ? null : open.reduce((a, b) => (b < a ? b : a));
}

export interface OverdueStage {
  stage: DeadlineStage;
  deadline: IsoDate;
  /** Calendar days past the deadline (what a person reads as "逾期 3 天"). */
  daysOverdue: number;
}

export interface OverdueStatus {
  overdue: boolean;
  /** Every stage not reached and past its deadline, earliest deadline first. */
  stages: OverdueStage[];
  /** The most overdue one (the list's flag), null when none. */
  worst: OverdueStage | null;
}

/**
 * Overdue stages of a complaint at `now`: a stage is overdue from the day after its deadline (a
 * deadline day is met all day long) while the status has not reached it.
 */
export function overdueStatus(complaint: { status: ComplaintStatus; deadlines: ComplaintDeadlines }, now: IsoDateTime): OverdueStatus {
  const today = chinaDayNumber(now);
  const done = STAGES_DONE[complaint.status];
  const stages: OverdueStage[] = [];
  for (const stage of DEADLINE_STAGES) {
    if (done.includes(stage)) continue;
    const late = today - dayOf(complaint.deadlines[stage]);
    if (late > 0) stages.push({ stage, deadline: complaint.deadlines[stage], daysOverdue: late });
  }
  const worst = stages.reduce<OverdueStage | null>((w, s) => (w === null || s.daysOverdue > w.daysOverdue ? s : w), null);
  return { overdue: stages.length > 0, stages, worst };
}
